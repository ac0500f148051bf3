"""The command line (placeholder until the storage layer lands)."""

import sys


def main(argv: list[str] | None = None) -> int:
    print("briefing: not yet implemented", file=sys.stderr)
    return 2
