"""A person's photo in the form: a preview, what it is, Choose… and Remove."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from briefing.model.photos import photo_problem
from briefing.ui.commands import button_words

translate = QCoreApplication.translate
PREVIEW = 112


class PhotoBox(QWidget):
    """The photo: a preview, what it is, Choose… and Remove."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.info = QLabel()
        self.info.setWordWrap(True)
        # Never wider than the form gives: a narrow form clips rather than scrolls.
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose = QPushButton(translate("PeopleEditor", "Choose…"))
        self.choose.setToolTip(translate("PeopleEditor", "Choose an image file; you can also drop one on this form"))
        self.remove = QPushButton(button_words(translate("PeopleEditor", "Remove photo")))
        self.remove.setAccessibleName(self.remove.text())
        side = QVBoxLayout()
        side.addWidget(self.info)
        side.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview)
        box.addLayout(side, 1)
        self.setAccessibleName(translate("PeopleEditor", "Photo"))
        self.show_photo(None)

    def show_photo(self, data: bytes | None) -> None:
        self.remove.setEnabled(data is not None)
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(translate("PeopleEditor", "No photo"))
            self.info.setWordWrap(True)
            self.info.setText(translate("PeopleEditor", "Drop an image file here or choose one."))
            return
        problem = photo_problem(data)
        pixmap = QPixmap()
        if problem is None and pixmap.loadFromData(data):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                QSize(int(PREVIEW * ratio), int(PREVIEW * ratio)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.preview.setPixmap(scaled)
            from PIL import Image  # only once a photo is shown

            with Image.open(io.BytesIO(data)) as image:
                kind, (w, h) = image.format, image.size
            self.info.setWordWrap(False)  # one short line: "JPEG, 200 × 250 px, 7 KB"
            self.info.setText(
                translate("PeopleEditor", "{kind}, {w} × {h} px, {kb} KB").format(
                    kind=kind, w=w, h=h, kb=max(1, len(data) // 1024)
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText("\u26a0")
            self.info.setWordWrap(True)
            self.info.setText(
                translate("PeopleEditor", "This photo cannot be read. It is kept in the file but left out of the pack.")
            )
