"""Form fields bound to one attribute of the item an editor shows.

A :class:`Form` shows one dataclass instance (the visit's details, the selected
stop...). Each user change pushes one ``SetValue``; typing in one field merges
into one command until the user leaves that field. When an undo or another view
changes a shown attribute, the widget is updated without pushing anything and
without moving the cursor more than needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from briefing.ui.commands import SetValue
from briefing.ui.document import Edit, VisitDocument
from briefing.ui.editors.datetime_fields import DateEdit, TimeEdit
from briefing.ui.editors.inputs import filter_events, unlimited, use_app_undo
from briefing.ui.editors.text_field import TextField, show_keeping_cursor
from briefing.ui.models.spans import SetSpan

translate = QCoreApplication.translate


def plain_label(text: str) -> str:
    return text.replace("&", "").rstrip(": ")


class Binding:
    """One widget showing ``attr`` of the form's current object."""

    def __init__(self, form: Form, attr: str, widget: QWidget, label: str):
        self.form, self.attr, self.widget, self.label = form, attr, widget, label
        self.loading = False

    def load(self, value) -> None:
        self.loading = True
        try:
            self.show(value)
        finally:
            self.loading = False

    def show(self, value) -> None:
        raise NotImplementedError

    def changed(self, value, merge: bool = True) -> None:
        if not self.loading:
            self.form.push(self.attr, value, self.label, merge)


class LineBinding(Binding):
    def __init__(self, form, attr, widget: QLineEdit, label):
        super().__init__(form, attr, widget, label)
        widget.textEdited.connect(self.changed)
        widget.editingFinished.connect(form.end_typing)

    def show(self, value) -> None:
        if self.widget.text() != value:
            pos = self.widget.cursorPosition()
            self.widget.setText(value)
            self.widget.setCursorPosition(min(pos, len(value)))


class TextBinding(Binding):
    def __init__(self, form, attr, widget: TextField, label):
        super().__init__(form, attr, widget, label)
        widget.textChanged.connect(lambda: self.changed(widget.value()))
        filter_events(widget, form)

    def show(self, value) -> None:
        if self.widget.value() != value:
            show_keeping_cursor(self.widget, value)


class ComboBinding(Binding):
    """A fixed choice; item data holds the model value."""

    def __init__(self, form, attr, widget: QComboBox, label):
        super().__init__(form, attr, widget, label)
        widget.activated.connect(lambda i: self.changed(widget.itemData(i), merge=False))

    def show(self, value) -> None:
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))


class EditableComboBinding(Binding):
    """Free text with suggestions (timezone, classification)."""

    def __init__(self, form, attr, widget: QComboBox, label):
        super().__init__(form, attr, widget, label)
        widget.lineEdit().textEdited.connect(self.changed)
        widget.lineEdit().editingFinished.connect(form.end_typing)
        widget.textActivated.connect(lambda text: self.changed(text, merge=False))

    def show(self, value) -> None:
        if self.widget.currentText() != value:
            self.widget.setEditText(value)


class SpinBinding(Binding):
    def __init__(self, form, attr, widget: QSpinBox, label):
        super().__init__(form, attr, widget, label)
        widget.valueChanged.connect(self.changed)
        widget.editingFinished.connect(form.end_typing)

    def show(self, value) -> None:
        self.widget.setValue(value)


class DateBinding(Binding):
    """``effective(obj)`` shows the date a missing one stands for (a stop's day)."""

    def __init__(self, form, attr, widget: DateEdit, label, effective=None):
        super().__init__(form, attr, widget, label)
        self.effective = effective
        widget.valueChanged.connect(self._changed)
        widget.editingFinished.connect(form.end_typing)

    def _changed(self, value) -> None:
        if self.effective is not None and self.form.obj is not None and value == self.effective(self.form.obj):
            return  # still the implicit day: keep it implicit
        self.changed(value)

    def show(self, value) -> None:
        if value is None and self.effective is not None and self.form.obj is not None:
            value = self.effective(self.form.obj)
        self.widget.set_value(value)


class TimeBinding(Binding):
    """A time; with ``optional`` a check box in front says whether there is one."""

    def __init__(self, form, attr, widget: TimeEdit, label, check: QCheckBox | None = None, default=None):
        super().__init__(form, attr, widget, label)
        self.check, self.default = check, default
        widget.valueChanged.connect(self.changed)
        widget.editingFinished.connect(form.end_typing)
        if check is not None:
            check.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self.widget.setEnabled(on)
        if self.loading:
            return
        value = self.default(self.form.obj) if on and self.default else None
        if on and value is None:
            value = self.widget.value()
        self.form.end_typing()
        self.changed(value, merge=False)

    def show(self, value) -> None:
        if self.check is not None:
            self.check.setChecked(value is not None)
            self.widget.setEnabled(value is not None)
        if value is not None:
            self.widget.set_value(value)


class Form(QObject):
    """Binds widgets to the attributes of one object of one section."""

    def __init__(self, doc: VisitDocument, section: str, parent=None):
        super().__init__(parent)
        self.doc, self.section = doc, section
        self.obj = None
        self.bindings: dict[str, Binding] = {}
        self._typing = None  # the command that consecutive typing merges into
        self.pushing = False
        # attr -> the end attribute that moves along with it (see spans.py)
        self.spans: dict[str, str] = {}
        # attr -> fn(obj, value) -> the value to keep (e.g. an end not before its start)
        self.cleaners: dict = {}

    # building -----------------------------------------------------------
    def _add(self, layout: QFormLayout | None, binding: Binding, row_widget: QWidget | None = None):
        self.bindings[binding.attr] = binding
        widget = binding.widget
        widget.setAccessibleName(plain_label(binding.label))
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox):
            use_app_undo(widget)
        if isinstance(widget, QComboBox) and widget.isEditable():
            use_app_undo(widget.lineEdit())
        if layout is not None:
            label = QLabel(binding.label)
            label.setBuddy(widget)
            layout.addRow(label, row_widget or widget)
        return widget

    def line(self, layout, attr: str, label: str, placeholder: str = "") -> QLineEdit:
        widget = unlimited(QLineEdit())
        widget.setPlaceholderText(placeholder)
        return self._add(layout, LineBinding(self, attr, widget, label))

    def text(self, layout, attr: str, label: str, lines: int = 4, placeholder: str = "") -> QPlainTextEdit:
        widget = TextField()
        widget.setTabChangesFocus(True)
        widget.setPlaceholderText(placeholder)
        height = widget.fontMetrics().lineSpacing() * lines + 12
        widget.setMinimumHeight(height)
        return self._add(layout, TextBinding(self, attr, widget, label))

    def combo(self, layout, attr: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        widget = QComboBox()
        # Choices such as stop titles can be long: the form, not the longest
        # choice, decides the width (the popup still shows them whole).
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(12)
        for value, text in choices:
            widget.addItem(text, value)
        return self._add(layout, ComboBinding(self, attr, widget, label))

    def editable_combo(self, layout, attr: str, label: str, suggestions: list[str]) -> QComboBox:
        widget = QComboBox()
        widget.setEditable(True)
        unlimited(widget.lineEdit())
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        widget.addItems(suggestions)
        return self._add(layout, EditableComboBinding(self, attr, widget, label))

    def spin(self, layout, attr: str, label: str, low: int, high: int) -> QSpinBox:
        widget = QSpinBox()
        widget.setRange(low, high)
        return self._add(layout, SpinBinding(self, attr, widget, label))

    def date(self, layout, attr, label, special, clear="", near=None, effective=None) -> DateEdit:
        """A date; with ``clear`` (a tooltip) a button sets it back to "not set"."""
        widget = DateEdit(special, near)
        binding = DateBinding(self, attr, widget, label, effective)
        row = None
        if clear:
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget, 1)
            button = QToolButton()
            button.setText("\u00d7")
            button.setToolTip(clear)
            button.setAccessibleName(clear)
            button.clicked.connect(lambda: self.obj is not None and binding.changed(None, merge=False))
            box.addWidget(button)
        return self._add(layout, binding, row)

    def time(self, layout, attr: str, label: str, optional: str = "", default=None) -> TimeEdit:
        """A time ``HH:mm``; with ``optional`` (check box text) it may be absent."""
        widget = TimeEdit()
        check = None
        row = None
        if optional:
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            check = QCheckBox(optional)
            check.setAccessibleName(optional)
            box.addWidget(check)
            box.addWidget(widget, 1)
        self._add(layout, TimeBinding(self, attr, widget, label, check, default), row)
        widget.check = check
        return widget

    # showing ------------------------------------------------------------
    def set_object(self, obj) -> None:
        self.end_typing()
        self.obj = obj
        for binding in self.bindings.values():
            binding.widget.setEnabled(obj is not None)
            if obj is not None:
                binding.load(getattr(obj, binding.attr))
            if isinstance(binding, TimeBinding) and binding.check is not None:
                binding.check.setEnabled(obj is not None)

    def refresh(self) -> None:
        self.set_object(self.obj)

    def on_edit(self, edit: Edit) -> None:
        if edit.kind == "set" and edit.obj is not None and edit.obj is self.obj and edit.attr in self.bindings:
            self.bindings[edit.attr].load(getattr(self.obj, edit.attr))
        elif edit.kind == "set" and self.obj is not None:
            # A date left to stand for another (a stop's day, the visit's first
            # day) shows that one again when it changes.
            for binding in self.bindings.values():
                if isinstance(binding, DateBinding) and binding.effective and getattr(self.obj, binding.attr) is None:
                    binding.load(None)

    def widget(self, attr: str) -> QWidget | None:
        binding = self.bindings.get(attr)
        return binding.widget if binding else None

    # editing ------------------------------------------------------------
    def push(self, attr: str, value, label: str, merge: bool = True) -> None:
        if self.obj is None:
            return
        if attr in self.cleaners:
            value = self.cleaners[attr](self.obj, value)
        if getattr(self.obj, attr) == value:
            self.bindings[attr].load(value)  # show the value kept, not the one refused
            return
        text = translate("Form", "Edit {field}").format(field=plain_label(label))
        if attr in self.spans:
            command = SetSpan(self.doc, self.section, self.obj, (attr, self.spans[attr]), value, text, merge=merge)
        else:
            command = SetValue(self.doc, self.section, self.obj, attr, value, text, merge=merge)
        self.push_command(command, merge)

    def push_command(self, command, merge: bool) -> None:
        """Push ``command``; with ``merge`` it starts or continues a typing run."""
        stack = self.doc.undo_stack
        before = stack.index()
        top = self._typing if merge and self._typing_on_top() else None
        self.pushing = True  # lets listeners tell our own edits from undo/redo
        try:
            # Typing goes on: update the command on top rather than pushing one
            # that Qt would merge. Qt deletes a merged command's C++ side, but
            # PySide6 keeps its Python side (and both copies of the text) alive.
            if top is not None and top.id() == command.id() and top.mergeWith(command):
                top.redo()
                return
            stack.push(command)
        finally:
            self.pushing = False
        if not merge:
            self._typing = None
        elif stack.index() > before:
            self._typing = command  # later keystrokes merge into this one

    def _typing_on_top(self) -> bool:
        """The typing run's command is still the last one done, and not saved since
        (Qt merges nothing into the saved state either)."""
        stack = self.doc.undo_stack
        index = stack.index()
        return (
            self._typing is not None and index > 0 and not stack.isClean() and stack.command(index - 1) is self._typing
        )

    def end_typing(self) -> None:
        """The user left the field: the next keystroke starts a new command."""
        if self._typing is not None:
            self._typing.merge = False
            self._typing = None

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.end_typing()
        return False


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return layout
