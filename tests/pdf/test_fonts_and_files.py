"""Every font is embedded; the file is written in one step or not at all; no Qt or YAML."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pdf_helpers import PRODUCED

from briefing.pdf import PackOptions, export_pack


def _fonts(reader) -> dict[str, dict]:
    found = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_only_embedded_fonts(pack):
    fonts = _fonts(pack.reader)
    assert fonts, "the pack uses fonts"
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name
        descendant = font.get("/DescendantFonts")
        descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    assert {n.split("+")[-1] for n in fonts} >= {"NotoSans-Regular", "NotoSans-Bold"}


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed")
def test_pdffonts_lists_only_embedded_fonts(pack, tmp_path):
    path = tmp_path / "pack.pdf"
    path.write_bytes(pack.data)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = [line.split() for line in lines[2:] if line.strip()]
    assert rows
    for row in rows:
        emb = row[-5]
        assert emb == "yes", row


def test_export_writes_the_file(visit, tmp_path):
    out = tmp_path / "pack.pdf"
    warnings = export_pack(visit, out, PackOptions(produced=PRODUCED))
    assert warnings == []
    assert out.read_bytes().startswith(b"%PDF-")


def test_failed_build_leaves_the_existing_pdf_untouched(visit, tmp_path, monkeypatch):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"previous pack")

    def broken(*args, **kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr("briefing.pdf.build.build_pack", broken)
    with pytest.raises(RuntimeError):
        export_pack(visit, out)
    assert out.read_bytes() == b"previous pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_failed_write_leaves_no_partial_file(visit, tmp_path, monkeypatch):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"previous pack")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError):
        export_pack(visit, out, PackOptions(produced=PRODUCED))
    assert out.read_bytes() == b"previous pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_same_visit_same_text(visit):
    from pdf_helpers import build

    assert build(visit).pages == build(visit).pages


def test_packs_built_at_once_in_threads_leave_reportlab_as_it_was(visit):
    import threading

    from reportlab import rl_config

    from briefing.pdf import build_pack_bytes

    before = rl_config.useA85
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(build_pack_bytes(visit, PackOptions()))) for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 3 and all(data.startswith(b"%PDF") for data, _ in results)
    assert rl_config.useA85 == before
