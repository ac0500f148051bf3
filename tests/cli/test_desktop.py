"""The desktop knows visit files: menu entry, icons and file type (packaging/linux).

Checked with the freedesktop tools themselves; a test whose tool is missing
is skipped and says which package brings it (.ci/run installs them).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "linux" / "desktop.py"
TYPE = "application/x-briefing-visit"


def needs(tool: str, package: str):
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed (Debian: {package})")


@pytest.fixture
def user(tmp_path, monkeypatch):
    """A user's folders, empty; and a program for the menu entry, in a folder whose name needs quoting."""
    env = {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_DIRS": "/usr/share",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    program = tmp_path / "Program Files" / "briefing"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return tmp_path, program


def desktop(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120, env=env or os.environ
    )


@needs("desktop-file-validate", "desktop-file-utils")
def test_the_menu_entry_passes_desktop_file_validate(user):
    home, program = user
    assert desktop("install", "--exec", str(program)).returncode == 0
    entry = home / "data" / "applications" / "briefing.desktop"
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in text
    assert f"MimeType={TYPE};" in text


@needs("update-mime-database", "shared-mime-info")
@needs("xdg-mime", "xdg-utils")
def test_a_visit_file_is_of_briefings_type_and_opens_in_briefing(user):
    if shutil.which("mimetype") is None and shutil.which("gio") is None:
        pytest.skip(
            "xdg-mime falls back to `file` here, which does not read shared-mime-info (Debian: libfile-mimeinfo-perl)"
        )
    home, program = user
    visit = home / "visite.visit.yaml"
    shutil.copyfile(REPO / "resources" / "samples" / "sample.visit.yaml", visit)

    def filetype() -> str:
        return subprocess.run(
            ["xdg-mime", "query", "filetype", str(visit)], capture_output=True, text=True
        ).stdout.strip()

    assert filetype() != TYPE  # before: plain YAML
    assert desktop("install", "--exec", str(program)).returncode == 0
    assert (home / "data" / "mime" / "globs2").is_file()  # update-mime-database ran into the user's folder
    assert filetype() == TYPE
    default = subprocess.run(["xdg-mime", "query", "default", TYPE], capture_output=True, text=True).stdout.strip()
    assert default == "briefing.desktop"


def test_the_icons_come_in_the_hicolor_sizes(user):
    home, program = user
    assert desktop("install", "--exec", str(program)).returncode == 0
    hicolor = home / "data" / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        for name in ("apps/briefing.png", "mimetypes/application-x-briefing-visit.png"):
            png = hicolor / f"{size}x{size}" / name
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
            width, height = (
                int.from_bytes(png.read_bytes()[16:20], "big"),
                int.from_bytes(png.read_bytes()[20:24], "big"),
            )
            assert (width, height) == (size, size), png
    assert (hicolor / "scalable" / "apps" / "briefing.svg").is_file()


@needs("make", "make")
def test_make_install_and_uninstall_desktop_for_the_current_user(user):
    home, _ = user
    data = home / "data"
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    # The running venv is taken as set up (-o): were pyproject.toml newer than its
    # stamp, make would reinstall this checkout into the venv running the tests.
    stamp = Path(sys.prefix) / ".installed"
    installed = subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(REPO),
            "-o",
            str(stamp),
            "install-desktop",
            f"VENV={sys.prefix}",
            f"BRIEFING_EXEC={sys.executable}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert installed.returncode == 0, installed.stderr
    assert (data / "applications" / "briefing.desktop").is_file()
    assert (data / "mime" / "packages" / "briefing-visit.xml").is_file()
    removed = subprocess.run(
        ["make", "-s", "-C", str(REPO), "uninstall-desktop"], capture_output=True, text=True, timeout=300, env=env
    )
    assert removed.returncode == 0, removed.stderr
    left = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file() and "briefing" in p.name)
    assert left == []


def test_install_refuses_a_program_that_is_not_there(user):
    done = desktop("install", "--exec", "/nowhere/briefing")
    assert done.returncode == 2
    assert "not a program" in done.stderr
