"""`briefing export`: the pack beside the visit or where -o says, atomically."""

import os
import shutil
from pathlib import Path

import pytest

from briefing.cli_files import default_pdf_path

OLD_PDF = b"%PDF-1.4 the pack printed yesterday\n%%EOF\n"


@pytest.mark.parametrize(
    ("visit", "pdf"),
    [
        ("visite.visit.yaml", "visite.pdf"),
        ("dossiers/marseille.yaml", "dossiers/marseille.pdf"),
        ("MARSEILLE.VISIT.YAML", "MARSEILLE.pdf"),
        ("visite.visit.yml", "visite.pdf"),
        ("visite.2027.yaml", "visite.2027.pdf"),
        ("notes.txt", "notes.txt.pdf"),
        ("visite", "visite.pdf"),
        (".yaml", ".yaml.pdf"),
    ],
)
def test_default_output_name(visit, pdf):
    assert default_pdf_path(visit) == Path(pdf)


@pytest.fixture
def visit(tmp_path, sample) -> Path:
    path = tmp_path / "visite-marseille.visit.yaml"
    shutil.copyfile(sample, path)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_export_beside_the_visit(cli, visit):
    status, out, err = cli("export", visit)
    assert status == 0, err
    written = visit.with_name("visite-marseille.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in out
    assert leftovers(visit.parent) == []


def test_export_replaces_an_existing_pdf_of_that_name(cli, visit):
    target = visit.with_name("visite-marseille.pdf")
    target.write_bytes(OLD_PDF)
    assert cli("export", visit)[0] == 0
    assert target.read_bytes() != OLD_PDF
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_export_to_a_chosen_file_and_paper(cli, visit, tmp_path, paper, size):
    from pypdf import PdfReader

    out = tmp_path / "dossier" / "pack.pdf"
    out.parent.mkdir()
    status, _, err = cli("export", visit, "-o", out, "--paper", paper)
    assert status == 0, err
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert not visit.with_name("visite-marseille.pdf").exists()


def test_a_refused_visit_leaves_the_existing_pdf_alone(cli, tmp_path):
    visit = tmp_path / "v.visit.yaml"
    visit.write_text("format: briefing-visit\nversion: 1\nvisit:\n  title: T\n", encoding="utf-8")
    target = tmp_path / "v.pdf"
    target.write_bytes(OLD_PDF)
    status, out, err = cli("export", visit)
    assert status == 1
    assert out == ""
    assert "no PDF was written" in err
    assert "Traceback" not in err
    assert target.read_bytes() == OLD_PDF
    assert leftovers(tmp_path) == []


def test_a_failure_while_making_the_pack_leaves_the_existing_pdf_alone(cli, visit, monkeypatch):
    import briefing.pdf

    def broken(*args, **kwargs):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(briefing.pdf, "build_pack_bytes", broken)
    target = visit.with_name("visite-marseille.pdf")
    target.write_bytes(OLD_PDF)
    status, out, err = cli("export", visit)
    assert status == 1
    assert out == ""
    assert "layout exploded" in err
    assert "Traceback" not in err
    assert target.read_bytes() == OLD_PDF
    assert leftovers(visit.parent) == []


def test_a_folder_named_like_the_pdf(cli, visit):
    folder = visit.with_name("visite-marseille.pdf")
    folder.mkdir()
    status, _, err = cli("export", visit)
    assert status == 1
    assert "is a folder" in err
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_destination_in_a_missing_folder(cli, visit, tmp_path):
    status, _, err = cli("export", visit, "-o", tmp_path / "nowhere" / "pack.pdf")
    assert status == 1
    assert "does not exist" in err


def test_an_unwritable_destination(cli, visit, tmp_path):
    if os.geteuid() == 0:
        # root writes anywhere on a normal disk; /proc refuses even root.
        out = Path("/proc/briefing-pack.pdf")
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        out = folder / "pack.pdf"
    status, _, err = cli("export", visit, "-o", out)
    assert status == 1
    assert f"cannot write {out}" in err
    assert "Traceback" not in err


def test_the_pdf_may_not_replace_the_visit_itself(cli, visit):
    before = visit.read_bytes()
    status, _, err = cli("export", visit, "-o", visit)
    assert status == 1
    assert "the visit file itself" in err
    assert visit.read_bytes() == before


@pytest.mark.parametrize("make", ["missing", "folder", "empty"])
def test_bad_visit_paths(cli, tmp_path, make):
    path = tmp_path / "v.visit.yaml"
    if make == "folder":
        path.mkdir()
    elif make == "empty":
        path.write_bytes(b"")
    status, out, err = cli("export", path)
    assert status == 1
    assert out == ""
    assert err.strip() and "Traceback" not in err
    assert not (tmp_path / "v.pdf").exists()


def test_a_new_pdf_is_readable_by_colleagues(cli, visit):
    # Written through a private temporary file, it must end up an ordinary file.
    assert cli("export", visit)[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert visit.with_name("visite-marseille.pdf").stat().st_mode & 0o777 == 0o666 & ~mask


def test_the_warnings_of_the_visit_and_of_the_pack_are_printed(cli, tmp_path, monkeypatch):
    import briefing.pdf
    from briefing.model import Finding

    warning = Finding("something", (), "a pack warning")
    monkeypatch.setattr(briefing.pdf, "build_pack_bytes", lambda visit, options: (b"%PDF-1.4\n", [warning]))
    visit = tmp_path / "v.visit.yaml"
    visit.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-03-16\n"
        "attendees:\n  - id: a\n    name: Anne\n    photo: aGVsbG8gd29ybGQ=\n",
        encoding="utf-8",
    )
    status, out, err = cli("export", visit)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("line 10, attendees[0].photo: ")
    assert lines[1] == "a pack warning"
    assert lines[2] == f"Briefing pack written to {tmp_path / 'v.pdf'}"
    assert (tmp_path / "v.pdf").read_bytes() == b"%PDF-1.4\n"


def test_an_unusable_photo_is_reported_once_with_the_name_as_written(cli, tmp_path):
    visit = tmp_path / "v.visit.yaml"
    visit.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-03-16\n"
        "attendees:\n  - id: a\n    name: Łukasz 😀 Nowak\n    photo: aGVsbG8gd29ybGQ=\n",
        encoding="utf-8",
    )
    status, out, err = cli("export", visit)
    assert status == 0, err
    about_photo = [line for line in out.splitlines() if "photo of" in line]
    assert len(about_photo) == 1, out
    assert about_photo[0].startswith("line 10, attendees[0].photo: The photo of Łukasz 😀 Nowak cannot be used")
    assert "\N{REPLACEMENT CHARACTER} Nowak" not in out
