"""Help texts, usage errors and the exit statuses they give."""

import pytest

from briefing import __version__


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "briefing check FILE"),
        (["check"], "usage: briefing check"),
        (["export"], "--paper"),
        (["sample"], "usage: briefing sample"),
        (["calendar"], "usage: briefing calendar"),
        (["diff"], "usage: briefing diff"),
        (["issue"], "usage: briefing issue"),
        (["export"], "--as {pack,card}"),
    ],
)
def test_every_command_has_help(cli, argv, expected):
    status, out, err = cli(*argv, "--help")
    assert status == 0
    assert expected in out
    assert err == ""


def test_version(cli):
    status, out, _ = cli("--version")
    assert status == 0
    assert __version__ in out


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["check"], "FILE"),
        (["check", "a.yaml", "b.yaml"], "unrecognized arguments"),
        (["export"], "FILE"),
        (["export", "a.yaml", "--paper", "a5"], "a5"),
        (["export", "a.yaml", "-o"], "-o"),
        (["sample", "--force"], "--force"),
        (["export", "a.yaml", "--as", "poster"], "poster"),
        (["calendar"], "FILE"),
        (["diff", "a.yaml"], "NEW"),
        (["issue"], "FILE"),
        (["--bogus"], "--bogus"),
        (["a.yaml", "b.yaml"], "b.yaml"),
    ],
)
def test_bad_arguments_are_usage_errors(cli, argv, hint):
    status, out, err = cli(*argv)
    assert status == 2
    assert out == ""
    assert hint in err
    assert "--help" in err
    assert "Traceback" not in err


def test_python_dash_m_briefing_runs_the_same_command_line(program):
    done = program("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: briefing")
    done = program("export")
    assert done.returncode == 2
    assert "usage: briefing export" in done.stderr


@pytest.mark.parametrize("argv", [[], ["visite.visit.yaml"], [""], ["a b.yaml"], ["check.yaml"]])
def test_the_app_is_started_with_the_arguments_argparse_would_give(argv):
    from briefing.cli import _app_arguments, _app_parser

    assert _app_arguments(argv) == _app_parser().parse_args(argv)


def test_starting_the_app_with_a_file_does_not_build_the_parser(monkeypatch):
    import briefing.cli as cli

    def refuse():
        raise AssertionError("the parser was built")

    monkeypatch.setattr(cli, "_app_parser", refuse)
    assert cli._app_arguments(["visite.visit.yaml"]).file == "visite.visit.yaml"
    with pytest.raises(AssertionError):
        cli._app_arguments(["--version"])
