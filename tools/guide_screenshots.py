"""Screenshots of the real window for the press officers' guide (docs/guide.md).

    .venv/bin/python tools/guide_screenshots.py [--out FOLDER]     (or: make guide-screenshots)

Starts the app as `briefing` does (create_app), in English, with throw-away
settings, opens the bundled sample, shows a few sections and grabs the
window into docs/images/. Runs on Qt's offscreen platform unless
QT_QPA_PLATFORM says otherwise (e.g. xcb on an Xvfb screen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "images"
SIZE = (1280, 800)
# (file name, section shown, what the guide says it shows)
SHOTS = [
    ("window.png", "details", "the window on the sample visit"),
    ("programme.png", "itinerary", "the programme"),
    ("people.png", "attendees", "the people"),
]


def wait(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where the pictures go (default: {OUT})")
    out = parser.parse_args(argv).out
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="briefing-shots-")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(Path(home) / name.lower())
    os.environ["LANGUAGE"] = os.environ["LANG"] = "en_GB.UTF-8"
    try:
        return shoot(out)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def shoot(out: Path) -> int:
    from briefing.resources import sample_visit_path
    from briefing.ui.app import create_app, new_window, open_in
    from briefing.ui.settings import Settings

    app = create_app(["briefing"])
    Settings().set_language("en")
    window = new_window()
    window.show()
    open_in(window, str(sample_visit_path()))
    wait(app, 0.5)
    window.resize(*SIZE)  # after the window has restored its remembered size
    out.mkdir(parents=True, exist_ok=True)
    for name, section, _ in SHOTS:
        window.editors.show_section(section)
        wait(app, 3)  # the preview builds in the background
        window.grab().save(str(out / name))
        print(out / name)
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
