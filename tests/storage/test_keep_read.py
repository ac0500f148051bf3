"""load_visit(keep_read=True): the bytes read and the file's time and size then, for the app's stamp."""

from __future__ import annotations

from briefing.storage import FileBytes, load_visit

MINIMAL = b"format: briefing-visit\nversion: 1\nvisit:\n  title: Visite\n  principal: Mme X\n  start_date: 2026-03-12\n"


def test_the_bytes_read_are_kept_when_asked(tmp_path):
    path = tmp_path / "visite.visit.yaml"
    path.write_bytes(b"# by hand\n" + MINIMAL)
    status = path.stat()
    loaded = load_visit(path, regular_only=True, keep_read=True)
    assert loaded.read == FileBytes(b"# by hand\n" + MINIMAL, status.st_mtime_ns, status.st_size)
    assert loaded.visit.details.title == "Visite"


def test_the_command_line_keeps_no_copy_of_the_file(tmp_path):
    path = tmp_path / "visite.visit.yaml"
    path.write_bytes(MINIMAL)
    assert load_visit(path).read is None
