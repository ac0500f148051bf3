"""People as a list with round photo thumbnails.

Thumbnails are made once per photo (keyed by the photo's bytes) and never while
painting: a missing one is queued, made on the next turn of the event loop,
and the row is refreshed. Without a photo a person shows their initials; an
unreadable photo shows a warning badge and says so in the tooltip.
"""

from __future__ import annotations

import io
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from briefing.model import Person
from briefing.model.photos import photo_problem
from briefing.ui.document import VisitDocument
from briefing.ui.icons import warning_icon
from briefing.ui.models.filtering import FoldingFilter
from briefing.ui.models.section_list import SectionListModel

THUMB = 40
CATEGORY_COLOURS = {
    "principal": "#8e24aa",
    "official": "#1565c0",
    "host": "#2e7d32",
    "partner": "#00838f",
    "guest": "#6d4c41",
    "press": "#c62828",
    "staff": "#546e7a",
}


translate = QCoreApplication.translate


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def photo_image(data: bytes, side: int) -> QImage | None:
    """A square, centred crop of the photo, ``side`` pixels, or None if unusable."""
    if photo_problem(data):
        return None
    from PIL import Image, ImageOps  # only once a photo is drawn

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (side, side))
            image = ImageOps.exif_transpose(image).convert("RGBA")
            image = ImageOps.fit(image, (side, side), Image.Resampling.LANCZOS)
            raw = image.tobytes("raw", "RGBA")
            return QImage(raw, side, side, side * 4, QImage.Format.Format_RGBA8888).copy()
    except Exception:  # damaged data that passed the probe
        return None


def round_pixmap(image: QImage | None, text: str, colour: str, side: int, ratio: float) -> QPixmap:
    size = int(side * ratio)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    # A textured ellipse: much cheaper than clipping to a path.
    fill = QPixmap.fromImage(image.scaled(size, size)) if image is not None else QColor(colour)
    painter.setBrush(QBrush(fill))
    painter.drawEllipse(QRectF(0, 0, size, size))
    if image is None:
        font = QFont(painter.font())
        font.setPixelSize(int(size * 0.4))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PeopleModel(SectionListModel):
    def __init__(self, doc: VisitDocument, parent=None):
        super().__init__(doc, "attendees", lambda: doc.visit.attendees, self._name, parent)
        self._thumbs: OrderedDict[bytes, QPixmap | None] = OrderedDict()
        self._queue: list[bytes] = []
        self._badges: dict[tuple, QPixmap] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._make_thumbnails)

    @staticmethod
    def _name(person: Person) -> str:
        return person.name or person.id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        person: Person = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = person.name or translate("PeopleModel", "(no name)")
            detail = " \u00b7 ".join(x for x in (person.role, person.organisation) if x)
            return f"{name}\n{detail}" if detail else name
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(person)
        if role == Qt.ItemDataRole.ToolTipRole:
            if person.photo is not None and photo_problem(person.photo):
                return translate(
                    "PeopleModel", "The photo cannot be read; it is kept in the file but left out of the pack."
                )
            return None
        if role == FoldingFilter.SearchRole:
            return " ".join((person.name, person.role, person.organisation, person.id))
        return super().data(index, role)

    # thumbnails --------------------------------------------------------------
    def thumbnail(self, person: Person) -> QPixmap:
        colour = CATEGORY_COLOURS.get(person.category, "#757575")
        if person.photo is None or isinstance(person.photo, str):  # none, or text that is no image at all
            return self._badge(initials(person.name), colour)
        if person.photo not in self._thumbs:
            if person.photo not in self._queue:
                self._queue.append(person.photo)
                self._timer.start(0)
            return self._badge("\u2026", "#9e9e9e")
        image = self._thumbs[person.photo]
        self._thumbs.move_to_end(person.photo)
        if image is None:
            return self._badge(initials(person.name), "#9e9e9e", warning=True)
        return image

    def _badge(self, text: str, colour: str, warning: bool = False) -> QPixmap:
        """Initials on a disc, made once per text and colour (views ask on every paint)."""
        ratio = QApplication.instance().devicePixelRatio()
        key = (text, colour, warning, ratio)
        pixmap = self._badges.get(key)
        if pixmap is None:
            pixmap = round_pixmap(None, text, colour, THUMB, ratio)
            if warning:
                painter = QPainter(pixmap)
                painter.drawPixmap(THUMB // 2, THUMB // 2, warning_icon().pixmap(THUMB // 2, THUMB // 2))
                painter.end()
            self._badges[key] = pixmap
        return pixmap

    def _make_thumbnails(self) -> None:
        ratio = QApplication.instance().devicePixelRatio()
        # A few per turn of the event loop, so a long list stays responsive.
        queue, self._queue = self._queue[:12], self._queue[12:]
        if self._queue:
            self._timer.start(0)
        for data in queue:
            image = photo_image(data, int(THUMB * ratio))
            self._thumbs[data] = round_pixmap(image, "", "", THUMB, ratio) if image is not None else None
            while len(self._thumbs) > 300:
                self._thumbs.popitem(last=False)
        done = set(queue)
        for row, person in enumerate(self.items):
            if person.photo in done:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def thumbnails_pending(self) -> bool:
        return bool(self._queue)
