"""`briefing [FILE]`: the app is loaded only here, and bad paths are refused before Qt."""

import sys
import types

import pytest


@pytest.fixture
def fake_app(monkeypatch):
    """Stands in for briefing.ui.app so that no window opens; records the calls."""
    calls = []
    module = types.ModuleType("briefing.ui.app")

    def run_app(path):
        calls.append(path)
        return 0

    module.run_app = run_app
    monkeypatch.setitem(sys.modules, "briefing.ui.app", module)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return calls


def test_no_file_opens_an_empty_visit(cli, fake_app):
    assert cli() == (0, "", "")
    assert fake_app == [None]


def test_a_file_opens_it(cli, fake_app, sample):
    assert cli(sample)[0] == 0
    assert fake_app == [str(sample)]


def test_the_app_status_is_passed_on(cli, fake_app, monkeypatch):
    monkeypatch.setattr(sys.modules["briefing.ui.app"], "run_app", lambda path: 3)
    assert cli()[0] == 3


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_a_bad_path_is_refused_before_the_app_starts(cli, fake_app, tmp_path, kind):
    path = tmp_path / "visite.visit.yaml"
    if kind == "folder":
        path.mkdir()
    status, _, err = cli(path)
    assert status == 1
    assert str(path) in err
    assert fake_app == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux needs a display server")
def test_no_screen_is_said_in_a_sentence(cli, fake_app, monkeypatch):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    status, _, err = cli()
    assert status == 1
    assert "needs a screen" in err
    assert fake_app == []


def test_the_real_app_module_offers_run_app():
    from briefing.ui.app import run_app

    assert callable(run_app)
