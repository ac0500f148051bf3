"""What the standalone app's two executables run (see briefing.spec).

The windowed ``Briefing`` and the console ``briefing`` run the same program:
without a command it opens the desktop app, with one it answers the command
line, exactly as ``python -m briefing`` does.
"""

import sys

from briefing.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
