"""The Preferences dialog: the language of the app and the paper of the pack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from briefing.ui.i18n import effective_language
from briefing.ui.settings import Settings

translate = QCoreApplication.translate


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(translate("PreferencesDialog", "System"), "system")
        # Each language is named in itself, so that anyone can find their own.
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperCombo")
        self.paper.addItem(translate("PreferencesDialog", "A4"), "a4")
        self.paper.addItem(translate("PreferencesDialog", "US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper())))

        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "&Language:"), self.language)
        # Said under the choice itself, in plain (not greyed) text: the window
        # is not translated again while it is open.
        self.note = QLabel(
            translate("PreferencesDialog", "A new language applies the next time Briefing starts."), self
        )
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        form.addRow("", self.note)
        form.addRow(translate("PreferencesDialog", "&Paper size:"), self.paper)
        self.language.currentIndexChanged.connect(self._language_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self._start_language = effective_language(settings.language())

    def _language_changed(self) -> None:
        # Bold once the choice differs from the language the app speaks now.
        font = self.note.font()
        font.setBold(effective_language(self.language.currentData()) != self._start_language)
        self.note.setFont(font)

    def accept(self) -> None:
        self.settings.set_language(self.language.currentData())
        self.settings.set_paper(self.paper.currentData())
        super().accept()
