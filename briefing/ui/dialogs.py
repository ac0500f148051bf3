"""The questions the app asks, kept behind small functions.

Every prompt is a QMessageBox run with ``exec()`` and every file picker a
QFileDialog static call, so that tests patch those two and nothing blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer

from briefing.names import VISIT_SUFFIX, VISIT_SUFFIXES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

VISIT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Visit files (*.visit.yaml *.yaml *.yml)")
PDF_FILTER = QT_TRANSLATE_NOOP("Dialogs", "PDF files (*.pdf)")
# Attachments arrive renamed ("visite.yaml.txt"): the Open dialog can show everything.
ALL_FILTER = QT_TRANSLATE_NOOP("Dialogs", "All files (*)")


translate = QCoreApplication.translate


# QMessageBox and QFileDialog are imported when first asked for: the first
# window asks nothing, and PySide6 makes a class's Python type, with all its
# enums, when the class is imported (~2 ms of the start-up for these two).
def _buttons():
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton


def _file_dialog():
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def _save_file_name(parent, title: str, suggested: str, filters: str) -> str:
    dialog = _file_dialog()
    # We ask ourselves, once the suffix is on the name: Qt's own question comes
    # before that and would miss "b" replacing "b.visit.yaml".
    path, _ = dialog.getSaveFileName(parent, title, suggested, filters, options=dialog.Option.DontConfirmOverwrite)
    return path


def _box(parent, icon: str, text: str, info: str = "", details: str = "") -> QMessageBox:
    """A message box with ``icon`` ("Warning", "Question"...)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(getattr(QMessageBox.Icon, icon))
    box.setWindowTitle(translate("Dialogs", "Briefing"))
    box.setText(text)
    if info:
        box.setInformativeText(info)
    if details:
        box.setDetailedText(details)
    return box


def _run(box: QMessageBox):
    return _buttons()(box.exec())


def show_error(parent: QWidget | None, text: str, info: str = "", details: str = "") -> None:
    SB = _buttons()
    box = _box(parent, "Critical", text, info, details)
    box.setStandardButtons(SB.Ok)
    _run(box)


def show_info(parent: QWidget | None, text: str, info: str = "", details: str = "") -> None:
    _run(_box(parent, "Information", text, info, details))


def choose_folder(parent: QWidget | None, title: str, folder: str) -> str:
    return _file_dialog().getExistingDirectory(parent, title, folder)


def choose_output_file(parent: QWidget | None, title: str, suggested: str, filter_text: str, suffix: str) -> str:
    """A file to write, with ``suffix`` added when the user typed a bare name."""
    path, _ = _file_dialog().getSaveFileName(parent, title, suggested, filter_text)
    return with_suffix(path, (suffix,), suffix)


def show_warning(parent: QWidget | None, text: str, info: str = "", details: str = "") -> None:
    SB = _buttons()
    box = _box(parent, "Warning", text, info, details)
    box.setStandardButtons(SB.Ok)
    _run(box)


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """ "save", "discard" or "cancel" for unsaved work in ``name``."""
    SB = _buttons()
    box = _box(
        parent,
        "Warning",
        translate("Dialogs", "Save the changes to “{name}”?").format(name=name),
        translate("Dialogs", "If you don't save, your changes will be lost."),
    )
    box.setStandardButtons(SB.Save | SB.Discard | SB.Cancel)
    box.setDefaultButton(SB.Save)
    box.button(SB.Save).setText(translate("Dialogs", "Save"))
    box.button(SB.Discard).setText(translate("Dialogs", "Don't Save"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    answer = _run(box)
    return {SB.Save: "save", SB.Discard: "discard"}.get(answer, "cancel")


def ask_revert(parent: QWidget | None, name: str) -> bool:
    SB = _buttons()
    box = _box(
        parent,
        "Warning",
        translate("Dialogs", "Revert “{name}” to the saved version?").format(name=name),
        translate("Dialogs", "Your changes since the last save will be lost."),
    )
    box.setStandardButtons(SB.Yes | SB.Cancel)
    box.button(SB.Yes).setText(translate("Dialogs", "Revert"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    box.setDefaultButton(SB.Cancel)
    return _run(box) == SB.Yes


def ask_open_locked(parent: QWidget | None, name: str, holder: str) -> str:
    """ "read-only", "anyway" or "cancel" for a file that another copy of Briefing has open."""
    SB = _buttons()
    box = _box(
        parent,
        "Warning",
        translate("Dialogs", "“{name}” is already open in Briefing.").format(name=name),
        translate(
            "Dialogs",
            "It is open by {holder}. Open a read-only copy to look at it or save it under another name; "
            "if you both edit and save it, one of you will lose changes.",
        ).format(holder=holder),
    )
    box.setStandardButtons(SB.Yes | SB.Open | SB.Cancel)
    box.button(SB.Yes).setText(translate("Dialogs", "Open Read-Only"))
    box.button(SB.Open).setText(translate("Dialogs", "Open Anyway"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    box.setDefaultButton(SB.Yes)
    return {SB.Yes: "read-only", SB.Open: "anyway"}.get(_run(box), "cancel")


def ask_overwrite_changed(parent: QWidget | None, name: str) -> str:
    """ "overwrite", "save-as" or "cancel" when the file changed on disk since it was opened."""
    SB = _buttons()
    box = _box(
        parent,
        "Warning",
        translate("Dialogs", "“{name}” was changed by someone else since you opened it.").format(name=name),
        translate("Dialogs", "Saving will replace their changes with yours. Save under another name to keep both."),
    )
    box.setStandardButtons(SB.Save | SB.SaveAll | SB.Cancel)
    box.button(SB.Save).setText(translate("Dialogs", "Replace"))
    box.button(SB.SaveAll).setText(translate("Dialogs", "Save As…"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    box.setDefaultButton(SB.SaveAll)
    return {SB.Save: "overwrite", SB.SaveAll: "save-as"}.get(_run(box), "cancel")


def ask_close_during_export(parent: QWidget | None) -> bool:
    SB = _buttons()
    box = _box(parent, "Warning", translate("Dialogs", "An export is still running. Close anyway?"))
    box.setStandardButtons(SB.Close | SB.Cancel)
    box.button(SB.Close).setText(translate("Dialogs", "Close"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    box.setDefaultButton(SB.Cancel)
    return _run(box) == SB.Close


def ask_restore(parent: QWidget | None, name: str, copies: list[str]) -> str:
    """ "restore" (the newest), "choose", "discard" or "later" for recovery copies left by a crash.

    ``copies`` says what each copy holds (title, number of stops, time), newest first.
    """
    SB = _buttons()
    if len(copies) == 1:
        info = translate("Dialogs", "A recovered copy is available: {what}. Restore it?").format(what=copies[0])
    else:
        listed = "\n".join(f"• {what}" for what in copies)
        info = translate("Dialogs", "{n} recovered copies are available:\n{copies}\nRestore the newest?").format(
            n=len(copies), copies=listed
        )
    box = _box(
        parent,
        "Question",
        translate("Dialogs", "Briefing closed without saving “{name}”.").format(name=name),
        info,
    )
    buttons = SB.Yes | SB.Discard | SB.Cancel | (SB.Open if len(copies) > 1 else SB.NoButton)
    box.setStandardButtons(buttons)
    box.button(SB.Yes).setText(translate("Dialogs", "Restore"))
    box.button(SB.Discard).setText(
        translate("Dialogs", "Discard") if len(copies) == 1 else translate("Dialogs", "Discard All")
    )
    box.button(SB.Cancel).setText(translate("Dialogs", "Later"))
    if len(copies) > 1:
        box.button(SB.Open).setText(translate("Dialogs", "Choose…"))
    box.setDefaultButton(SB.Yes)
    return {SB.Yes: "restore", SB.Open: "choose", SB.Discard: "discard"}.get(_run(box), "later")


def choose_recovered_copy(parent: QWidget | None, name: str, copies: list[str]) -> int | None:
    """Which of several recovered copies to restore (the newest is offered first); None on Cancel."""
    from PySide6.QtWidgets import QInputDialog

    item, ok = QInputDialog.getItem(
        parent,
        translate("Dialogs", "Restore a Recovered Copy"),
        translate("Dialogs", "Copies of “{name}”:").format(name=name),
        copies,
        0,
        False,
    )
    return copies.index(item) if ok and item in copies else None


def _filters(*names: str) -> str:
    return ";;".join(translate("Dialogs", name) for name in names)


def choose_open_file(parent: QWidget | None, folder: str) -> str:
    path, _ = _file_dialog().getOpenFileName(
        parent, translate("Dialogs", "Open Visit"), folder, _filters(VISIT_FILTER, ALL_FILTER)
    )
    return path


def with_suffix(path: str, suffixes: tuple[str, ...], suffix: str) -> str:
    """``path`` with ``suffix`` appended unless it already ends with one of ``suffixes``."""
    if path and not path.lower().endswith(suffixes):
        path += suffix
    return path


def choose_save_file(parent: QWidget | None, suggested: str) -> str:
    """The name typed, with ``.visit.yaml`` added; the caller asks before replacing a file."""
    path = _save_file_name(parent, translate("Dialogs", "Save Visit As"), suggested, _filters(VISIT_FILTER))
    return with_suffix(path, VISIT_SUFFIXES, VISIT_SUFFIX)


def choose_pdf_file(parent: QWidget | None, suggested: str) -> str:
    """The name typed, with ``.pdf`` added; the caller asks before replacing a file."""
    path = _save_file_name(parent, translate("Dialogs", "Export Briefing Pack"), suggested, _filters(PDF_FILTER))
    return with_suffix(path, (".pdf",), ".pdf")


def ask_replace(parent: QWidget | None, name: str) -> bool:
    """Whether to replace the existing file ``name`` (Cancel goes back to the file dialog)."""
    SB = _buttons()
    box = _box(
        parent,
        "Warning",
        translate("Dialogs", "“{name}” already exists. Replace it?").format(name=name),
        translate("Dialogs", "Its contents will be replaced by this one. This cannot be undone."),
    )
    box.setStandardButtons(SB.Yes | SB.Cancel)
    box.button(SB.Yes).setText(translate("Dialogs", "Replace"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    box.setDefaultButton(SB.Cancel)
    return _run(box) == SB.Yes


def ask_read_only(parent: QWidget | None, name: str) -> bool:
    """The file is read-only: True to save under another name instead."""
    SB = _buttons()
    box = _box(
        parent,
        "Warning",
        translate("Dialogs", "“{name}” is read-only.").format(name=name),
        translate("Dialogs", "Briefing cannot save over it. Save your changes under another name?"),
    )
    box.setStandardButtons(SB.SaveAll | SB.Cancel)
    box.button(SB.SaveAll).setText(translate("Dialogs", "Save As…"))
    box.button(SB.Cancel).setText(translate("Dialogs", "Cancel"))
    box.setDefaultButton(SB.SaveAll)
    return _run(box) == SB.SaveAll


def show_error_with_retry(parent: QWidget | None, text: str, info: str, retry: str) -> bool:
    """An error that offers the next step (``retry``, e.g. "Save As…"); True when it is taken."""
    SB = _buttons()
    box = _box(parent, "Critical", text, info)
    box.setStandardButtons(SB.Retry | SB.Close)
    box.button(SB.Retry).setText(retry)
    box.button(SB.Close).setText(translate("Dialogs", "Close"))
    box.setDefaultButton(SB.Retry)
    return _run(box) == SB.Retry


def notify(parent: QWidget | None, text: str, info: str = "") -> QMessageBox:
    """A warning that does not stop the user's work: shown without a modal loop, closed by OK."""
    SB = _buttons()
    box = _box(parent, "Warning", text, info)
    box.setObjectName("notice")
    box.setStandardButtons(SB.Ok)
    box.setModal(False)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    # Raised once the event loop runs: a window raised just after (a file opened
    # from the command line) must not cover it.
    QTimer.singleShot(0, box, box.raise_)
    return box
