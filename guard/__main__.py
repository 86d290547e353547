"""``python -m guard`` is the ``guard`` command."""

from guard.cli.app import main

main()
