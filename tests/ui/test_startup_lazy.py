"""Start-up builds only what the first window shows; the rest comes when first used."""

from __future__ import annotations

from briefing.storage import load_visit
from briefing.ui.commands import SetValue


def built(window) -> set[str]:
    return set(dict.keys(window.editors.editors))


def test_only_the_shown_editor_is_built(window):
    assert built(window) == {"details"}
    assert window.editors.currentWidget() is window.editors.editors["details"]


def test_choosing_a_section_builds_its_editor_once(window, qtbot):
    window.sections.setCurrentRow(window.editors.keys.index("qa"))
    editor = window.editors.currentWidget()
    assert built(window) == {"details", "qa"}
    assert editor.objectName() == "editor-qa"
    window.sections.setCurrentRow(0)
    window.sections.setCurrentRow(window.editors.keys.index("qa"))
    assert window.editors.currentWidget() is editor
    assert window.editors.count() == len(window.editors.keys)


def test_an_editor_built_late_shows_the_visit_as_edited(window, sample):
    window.doc.replace(load_visit(sample).visit, sample)
    stop = window.doc.visit.itinerary[0]
    window.doc.push(SetValue(window.doc, "itinerary", stop, "title", "Arrivée tardive", "Edit title", merge=False))
    assert "itinerary" not in built(window)
    programme = window.editors.show_section("itinerary")
    assert window.editors.currentWidget() is programme
    titles = [programme.model.index(r, 0).data() for r in range(programme.model.rowCount())]
    assert "Arrivée tardive" in " ".join(str(t) for t in titles) or programme.form.widget("title").text() == (
        "Arrivée tardive"
    )


def test_going_to_a_warning_builds_the_editor_it_needs(window, sample):
    window.doc.replace(load_visit(sample).visit, sample)
    window.editors.go_to(("attendees", 0, "name"))
    assert "attendees" in built(window)
    assert window.editors.currentWidget() is window.editors.editors["attendees"]


def uses_style_sheets(widget) -> bool:
    return widget.style().metaObject().className() == "QStyleSheetStyle"


def test_style_sheets_reach_only_the_widgets_they_style(qapp, make_window):
    from PySide6.QtWidgets import QWidget

    from briefing.ui.style import apply_style

    try:
        apply_style(qapp)
        assert qapp.styleSheet() == ""  # an app-wide sheet would route every widget through it
        window = make_window()
        window.editors.show_section("itinerary")
        widgets = window.findChildren(QWidget)
        styled = [w for w in widgets if uses_style_sheets(w)]
        assert uses_style_sheets(window.sections)  # the section list keeps its look
        assert uses_style_sheets(window.preview.findChild(QWidget, "previewBar"))
        assert not uses_style_sheets(window.editors.currentWidget())
        assert len(styled) < len(widgets) // 4, (len(styled), len(widgets))
    finally:
        qapp.setStyleSheet("")


def opaque_colours(qicon, mode) -> set[str]:
    from PySide6.QtCore import QSize

    image = qicon.pixmap(QSize(20, 20), 2.0, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    }


def test_icons_are_drawn_when_painted_not_when_made(qapp, monkeypatch):
    from PySide6.QtGui import QIcon

    from briefing.ui import icons

    def no_drawing(*_args, **_kwargs):
        raise AssertionError("an icon was drawn before anything painted it")

    icons.icon.cache_clear()
    monkeypatch.setattr(icons, "QSvgRenderer", no_drawing, raising=False)
    monkeypatch.setattr(icons, "QPixmap", no_drawing, raising=False)
    made = icons.icon("section-details", on_selection=True)
    assert not made.isNull()
    monkeypatch.undo()
    # Drawn once painted: dark on a plain row, white on a selection, grey when disabled.
    assert opaque_colours(made, QIcon.Mode.Normal) & {"#3d4b5c"}
    assert opaque_colours(made, QIcon.Mode.Selected) == {"#ffffff"}
    assert "#3d4b5c" not in opaque_colours(made, QIcon.Mode.Disabled)
    assert icons.icon("no-such-icon").isNull()


def test_only_icons_drawn_on_a_selection_get_their_white_copy(qapp):
    """A toolbar, a menu or a button never draws the Selected mode: no copy read for them."""
    from PySide6.QtGui import QIcon

    from briefing.ui import icons

    assert opaque_colours(icons.icon("save", on_selection=True), QIcon.Mode.Selected) == {"#ffffff"}
    assert opaque_colours(icons.icon("save"), QIcon.Mode.Selected) != {"#ffffff"}


def test_no_icon_of_the_section_list_or_the_checks_is_dark_on_a_selection(window, sample):
    """Sections, with and without a count of warnings, the checks panel's rows and the
    programme's modes: the dark ones turn white (the warning and error signs keep their colour)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon

    window.checks.refresh()  # a new visit: its missing first day counts on Visit, in error
    lists = (window.sections, window.checks.list)
    shown = [lst.item(row).icon() for lst in lists for row in range(lst.count())]
    window.files.open_path(sample)  # no warnings: the sections' own icons, "No problems found"
    shown += [lst.item(row).icon() for lst in lists for row in range(lst.count())]
    assert len(shown) > 2 * len(window.editors.keys)
    model = window.editors.show_section("itinerary").model  # the travel legs' modes
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    modes = [i for i in (cell.data(Qt.ItemDataRole.DecorationRole) for cell in cells) if isinstance(i, QIcon)]
    assert modes
    shown += modes
    # Without its copy Qt tints the dark icon with the selection's blue, where it
    # all but vanishes: each is drawn white, or as it is, never tinted.
    drawn = [opaque_colours(i, QIcon.Mode.Selected) for i in shown]
    normal = [opaque_colours(i, QIcon.Mode.Normal) for i in shown]
    assert [d == {"#ffffff"} or d == n for d, n in zip(drawn, normal, strict=True)] == [True] * len(shown)


def test_every_selected_copy_is_the_white_of_its_icon():
    from briefing.resources import resource
    from briefing.ui.icons import selected_copy

    folder = resource("icons")
    copies = sorted(folder.joinpath("selected").glob("*.svg"))
    assert copies
    for copy in copies:
        assert copy.read_bytes() == selected_copy(folder.joinpath(copy.name).read_bytes()), copy.name


def test_the_time_zone_list_is_read_when_the_field_is_first_used(window):
    from briefing.ui.editors import details

    details.all_timezones.cache_clear()
    details.zone_names.cache_clear()
    editor = details.DetailsEditor(window.doc, window.editors)
    assert window.doc.visit.details.timezone in details.COMMON_TIMEZONES
    assert details.all_timezones.cache_info().currsize == 0  # building it read no list
    assert editor.zone.completer().model().rowCount() == 0
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(editor.zone.lineEdit(), QFocusEvent(QEvent.Type.FocusIn))
    assert editor.zone.completer().model().rowCount() > 300
    assert "Pacific/Noumea" in editor.zone_completions().stringList()


def test_each_stand_in_names_its_editor_and_its_title():
    from briefing.ui.editors import EDITORS, SECTION_EDITORS

    classes = dict(EDITORS)
    assert [key for key, _ in SECTION_EDITORS] == list(classes)
    for key, lazy in SECTION_EDITORS:
        assert lazy.load() is classes[key]
        assert key == classes[key].SECTION
        assert lazy.title() == classes[key].title()


def test_start_up_imports_only_the_shown_editors_module(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import json, sys\n"
        "from briefing.ui.app import create_app, new_window\n"
        "app = create_app()\n"
        "window = new_window()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('briefing.ui.editors.'))))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "briefing.ui.editors.details" in loaded
    assert not loaded & {f"briefing.ui.editors.{m}" for m in ("programme", "people", "messages", "lists")}


def test_the_warning_sign_of_a_field_is_fetched_once_a_field_shows_it(window, sample):
    from briefing.ui import icons
    from briefing.ui.editors import details

    icons.warning_icon.cache_clear()
    window.doc.replace(load_visit(sample).visit, sample)
    editor = details.DetailsEditor(window.doc, window.editors)
    assert icons.warning_icon.cache_info().currsize == 0  # the fields are right: no sign needed yet
    assert editor.zone_warning.icon().isNull() and not editor.zone_warning.isVisible()
    editor.zone.setEditText("Europe/Pariss")
    assert editor.zone_warning.isVisible()
    assert editor.zone_warning.icon().cacheKey() == icons.warning_icon().cacheKey()
    assert not editor.zone_warning.icon().isNull()


def test_the_changes_behind_their_tab_are_worked_out_when_it_is_opened(window, sample, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.files.open_path(sample)
    panel = window.changes
    assert panel.visibleRegion().isEmpty()  # a new window has it behind the Checks tab
    assert panel.windowTitle() == "Changes since revision 2"  # its tab says what it compares with
    assert panel.list.count() == 0
    panel.raise_()
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty(), timeout=3000)
    shown = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert "Nouvelle personne\u00a0: Nadia Ferhat" in shown
    assert shown == panel.lines
