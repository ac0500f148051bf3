"""Write resources/icons/selected/*.svg: the white copies of the icons, for the Selected mode.

Run after adding or changing an icon: ``.venv/bin/python tools/selected_icons.py``.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ui.icons import selected_copy

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> None:
    target = ICONS / "selected"
    target.mkdir(exist_ok=True)
    for source in sorted(ICONS.glob("*.svg")):
        (target / source.name).write_bytes(selected_copy(source.read_bytes()))


if __name__ == "__main__":
    main()
