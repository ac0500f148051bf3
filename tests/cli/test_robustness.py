"""Whatever goes wrong, a sentence and a status, never a traceback; and no Qt outside the app."""

import subprocess
import sys
import textwrap

import pytest

import briefing.cli


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "/nonexistent/visite.visit.yaml"],
        ["check", "/"],
        ["check", "/dev/null"],
        ["export", "/nonexistent/visite.visit.yaml"],
        ["sample", "-o", "/nonexistent/folder/v.yaml"],
        ["check", "--paper"],
        ["/nonexistent/visite.visit.yaml"],
    ],
)
def test_no_traceback_as_a_program(program, argv):
    done = program(*argv)
    assert done.returncode in (1, 2)
    assert done.stderr.strip()
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) <= 3


def test_an_unexpected_error_is_a_sentence(cli, monkeypatch, tmp_path):
    def broken(args):
        raise ValueError("the unexpected")

    monkeypatch.setattr(briefing.cli, "run_check", broken)
    status, _, err = cli("check", tmp_path)
    assert status == 1
    assert "the unexpected" in err
    assert "bug" in err
    assert "Traceback" not in err


def test_an_interruption_is_quiet(cli, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(briefing.cli, "run_sample", interrupted)
    status, _, err = cli("sample")
    assert status == 130
    assert err == "briefing: interrupted.\n"


WRAPPER = textwrap.dedent(
    """
    import sys
    from briefing.cli import main
    status = main(sys.argv[1:])
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("briefing.ui"))
    print("QT-MODULES:" + ",".join(qt), file=sys.stderr)
    sys.exit(status)
    """
)


def loaded_qt(*argv: str) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True, text=True, timeout=120)
    line = next(line for line in done.stderr.splitlines() if line.startswith("QT-MODULES:"))
    return done.returncode, [m for m in line.removeprefix("QT-MODULES:").split(",") if m]


def test_check_never_loads_qt(sample):
    assert loaded_qt("check", str(sample)) == (0, [])


def test_export_never_loads_qt(sample, tmp_path):
    assert loaded_qt("export", str(sample), "-o", str(tmp_path / "pack.pdf")) == (0, [])
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")


def test_sample_and_help_never_load_qt(tmp_path):
    assert loaded_qt("sample", "-o", str(tmp_path / "v.yaml")) == (0, [])
    assert loaded_qt("--help") == (0, [])


def test_a_terminal_without_unicode_gets_escapes_not_a_crash(program, tmp_path):
    path = tmp_path / "v.visit.yaml"
    path.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-03-16\n"
        'itinerary:\n  - id: a\n    start: "09:00"\n    end: "10:00"\n    title: Étape\n'
        '  - id: b\n    start: "09:30"\n    title: Deux\n',
        encoding="utf-8",
    )
    done = program("check", path, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert "overlap" in done.stdout
    assert "\\xc9tape" in done.stdout
