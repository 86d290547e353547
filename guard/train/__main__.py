"""``python -m guard.train ...`` == ``guard train ...``; lets ``accelerate launch -m guard.train`` spawn workers.

Under a launcher every rank runs this; only rank 0 prints results (stdout). Errors (stderr) and the
exit status stay per rank, so a rank that stops says why.
"""

from __future__ import annotations

import os
from contextlib import ExitStack, redirect_stdout

import typer

from guard.cli.train import train


def main() -> None:
    with ExitStack() as stack:
        if os.environ.get("RANK", "0") != "0":  # torchrun / accelerate launch set RANK on every worker
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # read when transformers is imported
            stack.enter_context(redirect_stdout(stack.enter_context(open(os.devnull, "w", encoding="utf-8"))))
        typer.run(train)


if __name__ == "__main__":
    main()
