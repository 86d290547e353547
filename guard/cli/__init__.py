"""The ``guard`` command line. Each module holds one command group; heavy imports stay inside commands."""
