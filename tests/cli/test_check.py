"""`briefing check`: warnings on standard output, errors on standard error, each with where."""

import pytest

MINIMAL = """\
format: briefing-visit
version: 1
visit:
  title: Visite test
  principal: Cédric O
  start_date: 2027-03-16
"""

OVERLAPPING = (
    MINIMAL
    + """\
itinerary:
  - id: a
    start: "09:00"
    end: "10:00"
    title: Première étape
  - id: b
    start: "09:30"
    end: "10:30"
    title: Deuxième étape
    attendees: [personne-inconnue]
"""
)

BAD_TIME = (
    MINIMAL
    + """\
itinerary:
  - id: a
    start: "25:99"
    title: Étape impossible
"""
)


def test_the_sample_is_clean(cli, sample):
    assert cli("check", sample) == (0, "", "")


def test_a_minimal_visit_is_clean(cli, tmp_path):
    path = tmp_path / "v.visit.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert cli("check", path) == (0, "", "")


def test_warnings_go_to_stdout_one_a_line_with_where(cli, tmp_path):
    path = tmp_path / "v.visit.yaml"
    path.write_text(OVERLAPPING, encoding="utf-8")
    status, out, err = cli("check", path)
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    assert any("itinerary[1]" in line and "overlap" in line for line in lines)
    assert any("itinerary[1].attendees[0]" in line and "personne-inconnue" in line for line in lines)


def test_errors_go_to_stderr_with_line_and_path(cli, tmp_path):
    path = tmp_path / "v.visit.yaml"
    path.write_text(BAD_TIME, encoding="utf-8")
    status, out, err = cli("check", path)
    assert status == 1
    assert out == ""
    line_of_start = BAD_TIME.splitlines().index('    start: "25:99"') + 1
    assert f"line {line_of_start}" in err
    assert "itinerary[0].start" in err
    assert "Traceback" not in err


def test_a_typo_in_a_key_names_the_key_meant(cli, tmp_path):
    path = tmp_path / "v.visit.yaml"
    path.write_text(OVERLAPPING.replace("attendees:", "atendees:"), encoding="utf-8")
    status, out, err = cli("check", path)
    assert status == 1
    assert out == ""
    assert "atendees" in err
    assert "attendees" in err.replace("atendees", "")


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"", "empty.visit.yaml"),
        (b"\x00\x01\x02\xff\xfe" * 50, "binary.visit.yaml"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image.yaml"),
        (b"[]\n", "list.yaml"),
        (b"format: briefing-visit\nversion: 99\nvisit: {}\n", "future.yaml"),
        (b"a: *nowhere\n", "alias.yaml"),
        (b"!!python/object/apply:os.system ['echo pwned']\n", "evil.yaml"),
        ("visite: « été »".encode("latin-1"), "latin1.yaml"),
    ],
)
def test_unreadable_files_are_refused_in_a_sentence(cli, tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    status, out, err = cli("check", path)
    assert status == 1
    assert out == ""
    assert err.strip()
    assert "Traceback" not in err
    assert "bug" not in err  # a refused file is not an unexpected error


def test_a_newer_version_says_so(cli, tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text(MINIMAL.replace("version: 1", "version: 7"), encoding="utf-8")
    status, _, err = cli("check", path)
    assert status == 1
    assert "newer" in err.lower()


def test_a_missing_file(cli, tmp_path):
    status, out, err = cli("check", tmp_path / "absent.visit.yaml")
    assert status == 1
    assert out == ""
    assert "absent.visit.yaml: no such file" in err


def test_a_folder(cli, tmp_path):
    status, _, err = cli("check", tmp_path)
    assert status == 1
    assert "is a folder, not a visit file" in err


def test_a_title_with_line_breaks_still_gives_one_warning_a_line(cli, tmp_path):
    path = tmp_path / "v.visit.yaml"
    path.write_text(
        OVERLAPPING.replace("title: Première étape", 'title: "Première\\nétape\\r\\nlongue"'), encoding="utf-8"
    )
    status, out, _ = cli("check", path)
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert any("Première étape longue" in line for line in lines)
