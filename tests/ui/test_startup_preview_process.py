"""The preview's packs are built in a child process: reportlab's layout never runs in the app's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing.model import Visit
from briefing.storage import load_visit
from briefing.ui.pack_process import BuilderStopped, PackProcess

REPO = Path(__file__).resolve().parents[2]


def frozen(visit) -> bytes:
    """A visit as the preview sends it to its builder."""
    from briefing.model.snapshot import freeze

    return freeze(visit)


@pytest.fixture
def builder():
    made = PackProcess()
    yield made
    made.stop()


def test_a_pack_is_built_in_another_process(builder, sample):
    visit = load_visit(sample).visit
    data, warnings = builder.build(frozen(visit), "a4")
    assert data.startswith(b"%PDF")
    assert isinstance(warnings, list)
    assert builder.running() and builder._process.pid != os.getpid()
    first = builder._process.pid
    builder.build(frozen(visit), "letter")
    assert builder._process.pid == first  # one process, kept for the next builds


def test_a_failed_build_says_why_and_the_process_goes_on(builder):
    with pytest.raises(RuntimeError) as failure:
        builder.build(b"not a visit", "a4")
    assert not isinstance(failure.value, BuilderStopped)
    assert builder.running()
    data, _ = builder.build(frozen(Visit()), "a4")
    assert data.startswith(b"%PDF")


def test_a_builder_that_dies_is_started_again(builder, sample):
    visit = frozen(load_visit(sample).visit)
    builder.build(visit, "a4")
    builder._process.kill()
    builder._process.join(5)
    data, _ = builder.build(visit, "a4")  # a new process
    assert data.startswith(b"%PDF")


def test_stopping_cancels_a_build_under_way(builder, sample):
    visit = frozen(load_visit(sample).visit)
    builder.build(visit, "a4")  # the process is up
    outcome = []

    def build():
        try:
            builder.build(visit, "a4")
            outcome.append("built")
        except BuilderStopped:
            outcome.append("stopped")

    worker = threading.Thread(target=build)
    worker.start()
    while not builder._lock.locked():
        pass
    builder.stop()
    worker.join(10)
    assert not worker.is_alive()
    assert outcome in (["stopped"], ["built"])  # a very fast build may finish first
    assert not builder.running()


SCRIPT = """
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from briefing.ui.app import create_app, new_window
app = create_app()
window = new_window()
window.show()
window.showNormal()
window.resize(1280, 800)  # below 1,200 px the preview makes room for the editors
loop = QEventLoop()
window.preview.loaded.connect(lambda *_: loop.quit())
window.preview.failed.connect(lambda *_: loop.quit())
QTimer.singleShot(60_000, loop.quit)
window.files.open_path(sys.argv[1])
loop.exec()
print(json.dumps({"pages": window.preview.page_count(), "layout": sorted(m for m in ("reportlab.platypus", "briefing.pdf.build") if m in sys.modules)}))
window.files.doc.undo_stack.setClean()
window.close()
app.quit()
"""


def test_the_app_previews_without_laying_out_the_pack_itself(tmp_path, sample):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sample)], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["pages"] > 1
    assert seen["layout"] == []  # reportlab's layout engine never ran here


def test_a_visit_opened_at_start_is_built_after_the_window_first_paints(make_window, sample, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QObject

    from briefing.ui import tasks

    order = []
    real_start = tasks.start
    monkeypatch.setattr(tasks, "start", lambda *args, **kw: (order.append("build"), real_start(*args, **kw)))

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    window = make_window(show=False)
    watcher = Paints()
    window.preview.pages.viewport().installEventFilter(watcher)
    window.show()  # as run_app: shown, then the file opened before the event loop runs
    window.showNormal()
    window.resize(1280, 800)  # below 1,200 px the preview makes room for the editors
    window.files.open_path(sample)
    assert order == []
    with qtbot.waitSignal(window.preview.loaded, timeout=30_000):
        pass
    assert order[:2] == ["paint", "build"]


def test_the_shared_builder_stops_when_the_app_quits(qapp, sample):
    from briefing.ui import pack_process

    shared = pack_process.shared()
    shared.build(frozen(load_visit(sample).visit), "a4")
    assert shared.running()
    qapp.aboutToQuit.emit()  # what QApplication.exec() sends on its way out
    assert not shared.running()
    data, _ = shared.build(frozen(Visit()), "a4")  # and starts again if asked
    assert data.startswith(b"%PDF")


def test_the_builders_warnings_come_back_as_findings(builder, sample):
    visit = load_visit(sample).visit
    visit.details.title = "Visite 漢字"
    _data, warnings = builder.build(frozen(visit), "a4")
    (title,) = [w for w in warnings if w.path == ("visit", "title")]
    assert title.code == "unprintable-characters"
    assert "U+6F22" in title.params["chars"] and title.params["substitute"]
