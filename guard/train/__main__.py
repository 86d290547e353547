"""``python -m guard.train ...`` == ``guard train ...``; lets ``accelerate launch -m guard.train`` spawn workers."""

from __future__ import annotations

import typer

from guard.cli.train import train


def main() -> None:
    typer.run(train)


if __name__ == "__main__":
    main()
