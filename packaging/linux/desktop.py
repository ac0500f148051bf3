"""Install Briefing's desktop entry, icons and visit file type for the current user.

    python packaging/linux/desktop.py install --exec /path/to/briefing
    python packaging/linux/desktop.py uninstall

No root: everything goes under $XDG_DATA_HOME (~/.local/share). Then the
freedesktop tools refresh their caches, where they are installed
(update-mime-database, update-desktop-database, gtk-update-icon-cache), and
Briefing becomes the default program for visit files (xdg-mime). Standard
library only, so that it also runs beside the standalone app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
REPO = PACKAGING.parent
MIME_TYPE = "application/x-briefing-visit"
DESKTOP_ID = "briefing.desktop"
MIME_ICON = MIME_TYPE.replace("/", "-")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def exec_value(program: str) -> str:
    """The Exec key's quoting (Desktop Entry spec): quote when needed, escape what is special inside quotes."""
    if all(c.isalnum() or c in "/._-+" for c in program):
        return program
    escaped = program.replace("\\", "\\\\\\\\").replace('"', '\\\\"').replace("`", "\\\\`").replace("$", "\\\\$")
    return f'"{escaped}"'


def desktop_entry(program: str) -> str:
    template = (HERE / "briefing.desktop.in").read_text(encoding="utf-8")
    # TryExec is a plain path (no quoting): the menu hides the entry once the program is gone.
    return template.replace("@EXEC@", exec_value(program)).replace("@TRYEXEC@", program)


def files(data: Path) -> dict[Path, Path | str]:
    """What install writes: target -> source file (or text)."""
    planned: dict[Path, Path | str] = {}
    for png in sorted((PACKAGING / "icons" / "hicolor").glob("*/apps/briefing.png")):
        size = png.parent.parent.name
        planned[data / "icons" / "hicolor" / size / "apps" / "briefing.png"] = png
        planned[data / "icons" / "hicolor" / size / "mimetypes" / f"{MIME_ICON}.png"] = png
    svg = REPO / "resources" / "icons" / "briefing.svg"
    planned[data / "icons" / "hicolor" / "scalable" / "apps" / "briefing.svg"] = svg
    planned[data / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_ICON}.svg"] = svg
    planned[data / "mime" / "packages" / "briefing-visit.xml"] = HERE / "briefing-visit.xml"
    return planned


def refresh(data: Path, say) -> None:
    tools = [
        ["update-mime-database", str(data / "mime")],
        ["update-desktop-database", str(data / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--force", "--ignore-theme-index", str(data / "icons" / "hicolor")],
    ]
    for command in tools:
        if shutil.which(command[0]) is None:
            say(f"{command[0]} is not installed: skipped (the desktop may notice the change only after a log-out)")
            continue
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)


def install(program: str, say=print) -> int:
    data = data_home()
    for target, source in files(data).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    entry = data / "applications" / DESKTOP_ID
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(program), encoding="utf-8")
    refresh(data, say)
    if shutil.which("xdg-mime"):
        subprocess.run(["xdg-mime", "default", DESKTOP_ID, MIME_TYPE], check=False)
    else:
        say("xdg-mime is not installed: Briefing was not made the default program for visit files")
    say(f"Briefing's menu entry, icons and visit file type are installed in {data}")
    return 0


def uninstall(say=print) -> int:
    data = data_home()
    for target in [*files(data), data / "applications" / DESKTOP_ID]:
        target.unlink(missing_ok=True)
    refresh(data, say)
    say(f"Briefing's menu entry, icons and visit file type are removed from {data}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desktop.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("install", help="install for the current user")
    add.add_argument("--exec", required=True, metavar="PROGRAM", help="the program the menu entry starts")
    commands.add_parser("uninstall", help="remove what install added")
    args = parser.parse_args(argv)
    if args.command == "install":
        program = str(Path(args.exec).absolute())
        if not os.access(program, os.X_OK):
            parser.error(f"{program} is not a program that can be run")
        return install(program)
    return uninstall()


if __name__ == "__main__":
    sys.exit(main())
