"""The photo check that opening a file needs, without Pillow.

Opening a visit checks every photo's header and structure (photos.photo_problem
with ``decode=False``). For the photos the app itself writes (JPEG with JFIF,
tables and a baseline or progressive frame; PNG with the usual chunks) these
few lines give Pillow's answer without importing it, which is most of the
time start-up spends on a file with photos. Anything they do not recognise
exactly, including every damaged photo, is left to Pillow (None is returned),
so the answers stay Pillow's.
"""

from __future__ import annotations

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Pillow's supported (bit depth, colour type) pairs.
_PNG_MODES = {(1, 0), (2, 0), (4, 0), (8, 0), (16, 0), (8, 2), (16, 2), (1, 3), (2, 3), (4, 3), (8, 3)}
_PNG_MODES |= {(8, 4), (16, 4), (8, 6), (16, 6)}
# Chunks before the image data whose content Pillow's reader cannot trip on
# at these lengths (None: any length).
_PNG_BEFORE_DATA = {b"PLTE": None, b"pHYs": 9, b"gAMA": 4, b"sRGB": 1}
# JPEG markers up to the frame that are read without surprises.
_APP0, _DQT, _DHT, _SOS = 0xFFE0, 0xFFDB, 0xFFC4, 0xFFDA
_FRAMES = (0xFFC0, 0xFFC1, 0xFFC2)


def known_good_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) when the photo is certainly a well-formed JPEG or PNG as
    far as the structure check goes; None when only Pillow can tell."""
    try:
        if data.startswith(PNG_SIGNATURE):
            return _png(data)
        if data.startswith(b"\xff\xd8"):
            return _jpeg(data)
    except (struct.error, IndexError):
        return None
    return None


def _png(data: bytes) -> tuple[int, int] | None:
    position = len(PNG_SIGNATURE)
    size = None
    seen_data = False
    while True:
        length, kind = struct.unpack_from(">I4s", data, position)
        start = position + 8
        end = start + length
        if end + 4 > len(data):
            return None
        body = data[start:end]
        (crc,) = struct.unpack_from(">I", data, end)
        if zlib.crc32(body, zlib.crc32(kind)) & 0xFFFFFFFF != crc:
            return None
        if size is None:
            if kind != b"IHDR" or length != 13 or body[11] or (body[8], body[9]) not in _PNG_MODES:
                return None
            size = struct.unpack_from(">II", body)
        elif kind == b"IDAT":
            seen_data = True
        elif kind == b"IEND":
            return size if seen_data else None
        elif seen_data or _PNG_BEFORE_DATA.get(kind, -1) not in (None, length):
            return None  # after the data only its end; before it, only the chunks listed
        position = end + 4


def _jpeg(data: bytes) -> tuple[int, int] | None:
    position = 2
    size = None
    while True:
        marker, length = struct.unpack_from(">HH", data, position)
        body = data[position + 4 : position + 2 + length]
        if length < 2 or len(body) != length - 2:
            return None
        if marker == _SOS:
            break
        if marker == _APP0:
            if not body.startswith(b"JFIF\0") or len(body) < 14:
                return None
        elif marker == _DQT:
            if not _tables_whole(body):
                return None
        elif marker in _FRAMES:
            if (
                size is not None
                or len(body) < 6
                or body[0] != 8
                or body[5] not in (1, 3)
                or len(body) < 6 + 3 * body[5]
            ):
                return None
            height, width = struct.unpack_from(">HH", body, 1)
            size = (width, height)
        elif marker != _DHT:
            return None
        position += 2 + length
    if size is None or b"\xff\xd9" not in data[-4096:]:
        return None
    return size


def _tables_whole(body: bytes) -> bool:
    # As Pillow reads them: each table is 1 + 64 or 1 + 128 bytes.
    while body:
        table = 1 + (64 if body[0] < 16 else 128)
        if len(body) < table:
            return False
        body = body[table:]
    return True
