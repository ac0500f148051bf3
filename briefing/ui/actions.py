"""The window's actions, menus and toolbar, built in one place.

Standard shortcuts (QKeySequence.StandardKey) so that each platform gets
what its users expect; icons for the main actions.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar, QToolButton

from briefing.ui.icons import icon


def _import_people(window) -> None:
    # Loaded when chosen: the spreadsheet readers are no part of start-up.
    from briefing.ui.import_people import import_people

    import_people(window)


SK = QKeySequence.StandardKey
translate = QCoreApplication.translate


def _action(window, text: str, slot=None, shortcut=None, icon_name: str = "", tip: str = "") -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def _keys(standard: SK, extra: str) -> list[QKeySequence]:
    keys = list(QKeySequence.keyBindings(standard))
    if sys.platform != "darwin" and QKeySequence(extra) not in keys:
        keys.append(QKeySequence(extra))
    return keys


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo, and Ctrl+Y too outside macOS (what Office users press)."""
    return _keys(SK.Redo, "Ctrl+Y")


def close_keys() -> list[QKeySequence]:
    """The platform's Close, and Ctrl+W outside macOS (where Cmd+W is already Close)."""
    return _keys(SK.Close, "Ctrl+W")


def _on_focus(method: str) -> None:
    widget = QApplication.focusWidget()
    target = getattr(widget, "lineEdit", None)  # spin boxes, editable combo boxes
    for candidate in (widget, target() if callable(target) else None):
        action = getattr(candidate, method, None)
        if callable(action):
            action()
            return


def history_action(w: QMainWindow, stack: QUndoStack, redo: bool) -> QAction:
    """Undo or Redo, named with the step it takes back ("Undo Remove person").

    The whole phrase is one translation, so that each language words it its own
    way (Qt's would put a French verb before a French noun phrase).
    """
    action = QAction(w)

    def name(text: str) -> None:
        if redo:
            label = translate("MainWindow", "&Redo {action}") if text else translate("MainWindow", "&Redo")
        else:
            label = translate("MainWindow", "&Undo {action}") if text else translate("MainWindow", "&Undo")
        action.setText(label.format(action=text))

    (stack.redoTextChanged if redo else stack.undoTextChanged).connect(name)
    (stack.canRedoChanged if redo else stack.canUndoChanged).connect(action.setEnabled)
    action.triggered.connect(stack.redo if redo else stack.undo)
    name(stack.redoText() if redo else stack.undoText())
    action.setEnabled(stack.canRedo() if redo else stack.canUndo())
    return action


def build_actions(w: QMainWindow) -> SimpleNamespace:
    """Create the actions of main window ``w`` (which provides the slots)."""
    a = SimpleNamespace()
    a.new = _action(
        w, translate("MainWindow", "&New"), w.files.new, SK.New, "new", translate("MainWindow", "Start a new visit")
    )
    a.open = _action(
        w,
        translate("MainWindow", "&Open…"),
        w.files.open_dialog,
        SK.Open,
        "open",
        translate("MainWindow", "Open a visit file"),
    )
    a.save = _action(
        w, translate("MainWindow", "&Save"), w.files.save, SK.Save, "save", translate("MainWindow", "Save the visit")
    )
    a.save_as = _action(w, translate("MainWindow", "Save &As…"), w.files.save_as, SK.SaveAs)
    a.revert = _action(w, translate("MainWindow", "&Revert to Saved"), w.files.revert)
    a.export = _action(
        w,
        translate("MainWindow", "&Export PDF…"),
        w.export_pdf,
        "Ctrl+E",
        "export-pdf",
        translate("MainWindow", "Export the briefing pack as a PDF file"),
    )
    a.print = _action(
        w,
        translate("MainWindow", "&Print…"),
        w.print_pack,
        SK.Print,
        "print",
        translate("MainWindow", "Print the briefing pack"),
    )
    a.export_card = _action(w, translate("MainWindow", "Pocket &Card…"), w.outputs.export_card)
    a.export_personal = _action(w, translate("MainWindow", "&Personal Programmes…"), w.outputs.export_personal)
    a.export_calendar = _action(w, translate("MainWindow", "Ca&lendar…"), w.outputs.export_calendar)
    a.issue = _action(
        w,
        translate("MainWindow", "&Issue Revision…"),
        w.outputs.issue_revision,
        None,
        "",
        translate("MainWindow", "Record this revision as sent out and start the next one"),
    )
    a.import_people = _action(w, translate("MainWindow", "&Import People…"), lambda: _import_people(w))
    a.open_pdf = _action(w, translate("MainWindow", "Open Exported P&DF"), w.open_last_pdf, None, "open-pdf")
    a.open_pdf.setEnabled(False)
    a.close = _action(w, translate("MainWindow", "&Close"), w.close, close_keys())
    a.quit = _action(w, translate("MainWindow", "&Quit"), w.quit_app, SK.Quit)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    stack = w.doc.undo_stack
    a.undo = history_action(w, stack, redo=False)
    a.undo.setShortcuts(QKeySequence.keyBindings(SK.Undo))
    a.undo.setIcon(icon("undo"))
    a.redo = history_action(w, stack, redo=True)
    a.redo.setShortcuts(redo_keys())
    a.redo.setIcon(icon("redo"))
    # Cut, copy and paste act on the focused field (a text field handles its own
    # keys first; the menu entries are for those who look for them there).
    a.cut = _action(w, translate("MainWindow", "Cu&t"), lambda: _on_focus("cut"), SK.Cut)
    a.copy = _action(w, translate("MainWindow", "&Copy"), lambda: _on_focus("copy"), SK.Copy)
    a.paste = _action(w, translate("MainWindow", "&Paste"), lambda: _on_focus("paste"), SK.Paste)
    a.prefs = _action(w, translate("MainWindow", "Pr&eferences…"), w.show_preferences, SK.Preferences, "preferences")
    a.prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.preview = _action(
        w,
        translate("MainWindow", "Pre&view"),
        None,
        "Ctrl+Shift+P",
        "preview",
        translate("MainWindow", "Show or hide the preview of the pack"),
    )
    a.preview.setCheckable(True)
    a.preview.toggled.connect(w.set_preview_visible)
    a.checks = w.checks.toggleViewAction()
    a.checks.setText(translate("MainWindow", "Show &Checks"))
    a.checks.setIcon(icon("warning"))
    a.changes = w.changes.toggleViewAction()
    a.changes.setText(translate("MainWindow", "Show C&hanges"))
    a.next_warning = _action(w, translate("MainWindow", "Go to &Next Warning"), w.next_warning, "F8")
    a.next_pane = _action(w, translate("MainWindow", "Next &Pane"), lambda: w.focus_next_pane(1), "F6")
    a.previous_pane = _action(w, translate("MainWindow", "Previous Pa&ne"), lambda: w.focus_next_pane(-1), "Shift+F6")
    a.sample = _action(w, translate("MainWindow", "Open the &Sample Visit"), w.files.open_sample)
    a.sample.setStatusTip(translate("MainWindow", "A complete example visit to explore or start from"))
    a.about = _action(w, translate("MainWindow", "&About Briefing"), w.show_about)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    return a


def build_menus(w: QMainWindow, a: SimpleNamespace) -> QMenu:
    """Fill the menu bar and toolbar; returns the Open Recent menu (filled on show)."""
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([a.new, a.open])
    recent = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    recent.setObjectName("recentMenu")
    recent.setToolTipsVisible(True)  # the full path of each file
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as, a.revert])
    file_menu.addSeparator()
    export_menu = file_menu.addMenu(translate("MainWindow", "E&xport"))
    export_menu.addActions([a.export, a.export_card, a.export_personal, a.export_calendar])
    file_menu.addActions([a.open_pdf, a.print])
    file_menu.addSeparator()
    file_menu.addActions([a.issue, a.import_people])
    file_menu.addSeparator()
    file_menu.addActions([a.close, a.quit])
    # Keys that must work even when the menu bar is not a widget of the window
    # (a global menu bar, or none): the window holds them too.
    w.addActions([a.close, a.quit, a.cut, a.copy, a.paste])

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.cut, a.copy, a.paste])
    edit_menu.addSeparator()
    edit_menu.addAction(a.prefs)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([a.preview, a.checks, a.changes, a.next_warning, a.next_pane, a.previous_pane])
    view_menu.addSeparator()
    sections = view_menu.addMenu(translate("MainWindow", "&Go to Section"))
    a.sections = []
    for row in range(w.sections.count()):
        item = w.sections.item(row)
        action = sections.addAction(item.icon(), item.text())
        action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _=False, r=row: w.sections.setCurrentRow(r))
        a.sections.append(action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(a.sample)
    help_menu.addSeparator()
    help_menu.addAction(a.about)

    tools = QToolBar(translate("MainWindow", "Main Toolbar"), w)
    tools.setObjectName("mainToolbar")
    tools.setIconSize(QSize(20, 20))
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.setMovable(False)
    for item in (a.new, a.open, a.save, None, a.undo, a.redo, None, a.export, a.print, None, a.preview):
        if item is None:
            tools.addSeparator()
        else:
            tools.addAction(item)
    # Short labels beside icons; the menus keep the full wording.
    for action, text in ((a.undo, translate("MainWindow", "Undo")), (a.redo, translate("MainWindow", "Redo"))):
        button = tools.widgetForAction(action)
        if button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAccessibleName(text)
    # Open's arrow lists the recent files, as in most editors.
    open_button = tools.widgetForAction(a.open)
    if isinstance(open_button, QToolButton):
        open_button.setMenu(recent)
        open_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
    return recent
