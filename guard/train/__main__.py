"""``python -m guard.train ...`` == ``guard train ...``; lets ``accelerate launch -m guard.train`` spawn workers.

Under a launcher every rank runs this; only rank 0 prints results (stdout). Errors (stderr) and the
exit status stay per rank, so a rank that stops says why.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack, redirect_stdout

import typer

from guard.cli.train import train


def main() -> None:
    try:
        with ExitStack() as stack:
            if os.environ.get("RANK", "0") != "0":  # torchrun / accelerate launch set RANK on every worker
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # read when transformers is imported
                stack.enter_context(redirect_stdout(stack.enter_context(open(os.devnull, "w", encoding="utf-8"))))
            typer.run(train)
    finally:
        leave_process_group()


def leave_process_group() -> None:
    """Leave the distributed process group before the interpreter exits: a rank torn down with it
    still open can abort at exit ("terminate called without an active exception")."""
    dist = sys.modules.get("torch.distributed")  # never imports torch for a run that did not
    if dist is not None and dist.is_available() and dist.is_initialized():
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
