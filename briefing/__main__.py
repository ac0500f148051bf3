"""``python -m briefing``, the ``briefing`` console script and the standalone app's executables."""

import sys

from briefing.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the standalone app a child process (the preview's, a pool's) starts
        # this same executable: freeze_support runs the child's work and exits
        # before the command line is read. Outside it, no import is paid.
        import multiprocessing

        multiprocessing.freeze_support()
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
