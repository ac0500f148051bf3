"""What start-up loads: the window opens without the modules only some actions need.

Run in a fresh interpreter: this test process has imported everything already.
"""

from __future__ import annotations

import json

from .fresh import copy_of_sample, run_fresh

# Loaded by the action that needs them: photos (Pillow), reading and writing
# visit files (PyYAML), recovery copies (hashlib, uuid and the recovery code),
# the pack (reportlab), printing (QtPrintSupport), the preview's builder
# process (multiprocessing), importing people (briefing.imports). ctypes: the
# reference-count guard makes the one type it needs from _ctypes.
LATER = (
    "ctypes",
    "PIL",
    "yaml",
    "hashlib",
    "uuid",
    "briefing.ui.recovery",
    "briefing.storage.reader",
    "reportlab",
    "PySide6.QtPrintSupport",
    "multiprocessing",
    "briefing.imports",
)
# Not even once a file is open (``briefing FILE``): the lock's host name comes
# without the socket module, a recovery copy's name is made when one is written,
# and the recovery code (with json) is loaded when its folder holds a copy.
# difflib only suggests names for unknown fields, which the sample has none of.
# The comparison with the last revision waits until the Changes tab is opened.
NOT_FOR_A_FILE = (
    "briefing.model.revisions",
    "briefing.model.words",
    "socket",
    "uuid",
    "briefing.ui.recovery",
    "json",
    "multiprocessing",
    "briefing.imports",
    "reportlab",
    "PySide6.QtPrintSupport",
    "difflib",
)

SCRIPT = """
import sys
from briefing.ui.app import create_app, new_window, offer_recovery, open_in
app = create_app()
window = new_window()
window.show()
offer_recovery(window)
if len(sys.argv) > 1:
    open_in(window, sys.argv[1])
app.processEvents()
shown = sorted(sys.modules)
window.editors.show_section("attendees")  # an editor with photos, chosen but showing none
app.processEvents()
chosen = sorted(sys.modules)
import json  # this script's own, once the modules are listed
print(json.dumps(shown))
print(json.dumps(chosen))
window.close()
"""


def loaded_after_start(tmp_path, *args: str, shown_first: bool = False) -> set[str]:
    """The modules once the attendees editor has been chosen too, or (``shown_first``)
    those the first window needed."""
    return set(json.loads(run_fresh(SCRIPT, tmp_path, *args)[-2 if shown_first else -1]))


def test_the_window_opens_without_what_only_some_actions_need(tmp_path):
    modules = loaded_after_start(tmp_path)
    early = [name for name in LATER if name in modules]
    assert early == []


def test_opening_a_file_at_start_loads_only_what_reading_it_needs(tmp_path):
    modules = loaded_after_start(tmp_path, str(copy_of_sample(tmp_path)))
    assert "briefing.storage.reader" in modules  # it was read
    assert [name for name in NOT_FOR_A_FILE if name in modules] == []


def test_a_file_with_photos_opens_without_pillow_until_a_photo_is_shown(tmp_path):
    copy = copy_of_sample(tmp_path)
    assert "photo:" in copy.read_text(encoding="utf-8")  # the sample has portraits to check
    # Their headers and structure are checked at open without Pillow (model/photo_headers);
    # decoding them waits until the window is on screen.
    assert "PIL" not in loaded_after_start(tmp_path, str(copy), shown_first=True)


def test_a_file_opened_at_start_is_stamped_without_hashlib_until_the_window_is_up(tmp_path):
    """The "changed on disk" stamp is hashed from the bytes read, after the first paint (or when needed)."""
    copy = copy_of_sample(tmp_path)
    assert "hashlib" not in loaded_after_start(tmp_path, str(copy), shown_first=True)


def test_a_file_opened_at_start_is_opened_without_the_recovery_code_when_nothing_waits(tmp_path):
    """No copy left by a crash (the recovery folder missing or empty): neither start-up question loads it."""
    copy = copy_of_sample(tmp_path)
    assert "briefing.ui.recovery" not in loaded_after_start(tmp_path, str(copy), shown_first=True)
    folder = tmp_path / "xdg_data_home" / "Briefing" / "Briefing" / "recovery"
    folder.mkdir(parents=True)
    assert "briefing.ui.recovery" not in loaded_after_start(tmp_path, str(copy), shown_first=True)
    (folder / "stray.txt").write_text("not a recovery copy")  # something there: the recovery code looks
    assert "briefing.ui.recovery" in loaded_after_start(tmp_path, str(copy), shown_first=True)


# Classes the first window does not use. PySide6 makes a class's Python type
# (and its enums) when the class is first used; a call that hands Python a
# widget of a class it does not know (the first viewport() of a QPdfView) makes
# the types of every widget class at once, these among them: ~11 ms at start-up.
NEVER_USED = ("QMdiArea", "QWizard", "QLCDNumber", "QDial", "QSplashScreen", "QColumnView")
# Printing's page sizes (QPageSize alone has 125 of them) come with Print.
PRINTING = ("QPageSize", "QPageLayout")
# A date field's calendar and its text formats come when a calendar is opened.
CALENDAR = ("QCalendarWidget", "QTextCharFormat")
# The style is given to QApplication as an argument: setStyle() would answer a QStyle.
STYLE = ("QStyle",)
# The app's questions, file pickers and export dialogs come when one is first needed.
DIALOGS = ("QMessageBox", "QFileDialog", "QDialogButtonBox", "QProgressDialog", "QDialog")
# A URL is made only to open the last PDF (QUrl's type and enums: ~1 ms).
OPENING = ("QUrl",)
# The error hook asks which thread failed only when an error comes.
ERRORS = ("QThread",)
# Where Qt's own translations are is asked only for a language that has them;
# the form's headings are bold by markup, not a QFont; a text field keeps its
# cursor across an undo, not when the visit being opened fills it.
NOT_BEFORE_USE = ("QLibraryInfo", "QFont", "QTextCursor")
# Event classes the first Python event filter makes (all ~50 at once): the
# editors' filters wait until the window has painted (run_app holds them).
EVENTS = ("QGraphicsSceneMouseEvent", "QTabletEvent", "QWhatsThisClickedEvent")

PYSIDE_TYPES = """
import json, os, sys, time, traceback
try:
    from briefing.ui.app import create_app, new_window, open_in
    from briefing.ui.editors.inputs import hold_event_filters
    app = create_app()
    hold_event_filters()  # as run_app does
    window = new_window()
    at_paint = []  # QtPdf's modules when the pages' place first paints
    window.preview.pages.firstPainted.connect(
        lambda: at_paint.extend(m for m in ("PySide6.QtPdf", "PySide6.QtPdfWidgets") if m in sys.modules)
    )
    window.show()
    window.showNormal()
    window.resize(1280, 800)  # wide enough for the preview
    open_in(window, sys.argv[1])
    for _ in range(500):
        app.processEvents()
        if window.preview.painted:
            break
        time.sleep(0.01)
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    made = sorted(PySide6.QtWidgets.__dict__) + sorted(PySide6.QtGui.__dict__) + sorted(PySide6.QtCore.__dict__)
    print(json.dumps([window.preview.painted, made, app.style().name(), at_paint]), flush=True)
except BaseException:
    traceback.print_exc()
    sys.stderr.flush()
    os._exit(1)
os._exit(0)  # not waiting for the preview's build the paint started
"""


def test_the_first_window_makes_python_types_only_for_the_widgets_it_uses(tmp_path):
    output = run_fresh(PYSIDE_TYPES, tmp_path, str(copy_of_sample(tmp_path)))
    painted, made, style, pdf_modules = json.loads(output[-1])
    assert painted
    assert pdf_modules == []  # the pages view comes with the first build, after the paint
    assert style.lower() == "fusion"
    made = set(made)
    assert "QMainWindow" in made  # the names are there once made
    assert [
        name
        for name in NEVER_USED + PRINTING + CALENDAR + STYLE + DIALOGS + EVENTS + OPENING + ERRORS + NOT_BEFORE_USE
        if name in made
    ] == []


def test_the_host_name_is_the_one_the_socket_module_gives():
    import socket

    from briefing.processes import host_name

    assert host_name() == socket.gethostname()


def test_the_recovery_folder_checked_at_start_is_the_one_recovery_copies_go_to(qapp):
    from briefing.ui import recovery, recovery_folder

    assert recovery_folder.recovery_dir() == recovery.recovery_dir()
