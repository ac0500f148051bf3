"""A spreadsheet's rows as text, as Excel, LibreOffice and Outlook write them.

CSV and TSV come in UTF-8 with or without a byte-order mark, UTF-16 (Excel's
"Unicode text", tab-separated) or Windows-1252 (Excel's "CSV" on a French or
English Windows), separated by commas, semicolons (French Excel) or tabs.
Workbooks (.xlsx) are read with openpyxl, first sheet, values not formulas.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 20_000_000
MAX_ROWS = 20_000
SEPARATORS = (";", ",", "\t")


class TableError(Exception):
    """A file that cannot be read as a table; the message is for the user."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    encoding: str = ""
    separator: str = ""
    # Each row's number as the spreadsheet shows it (the header is row 1; blank rows are skipped, not renumbered).
    numbers: list[int] = field(default_factory=list)


def read_table(path: str | os.PathLike) -> Table:
    path = Path(path)
    try:
        if not path.is_file():
            raise TableError("This is not a file that can be read.")
        if path.stat().st_size > MAX_BYTES:
            raise TableError(f"The file is too large for a list of people (more than {MAX_BYTES // 1_000_000} MB).")
        data = path.read_bytes()
    except OSError as error:
        raise TableError(f"The file could not be read ({error.strerror or error}).") from None
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    return read_text_table(data)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if len(data) >= 4 and data[1:4:2] == b"\0\0" and data[0:4:2] != b"\0\0":  # UTF-16 LE without its mark
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _separator(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        return max(SEPARATORS, key=first.count)


def read_text_table(data: bytes) -> Table:
    text, encoding = decode(data)
    if "\0" in text:
        raise TableError("This is not a text spreadsheet (CSV or TSV) nor an Excel workbook (.xlsx).")
    if not text.strip():
        raise TableError("The file is empty.")
    separator = _separator(text)
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=separator), 1):
        cells = [cell.strip() for cell in row]
        if any(cells):
            rows.append((number, cells))
        if number > MAX_ROWS + 1:
            raise TableError(f"The file has more than {MAX_ROWS} rows: too many for a visit.")
    return _table(rows, encoding, separator)


def _read_xlsx(data: bytes) -> Table:
    import openpyxl  # only when a workbook is imported

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign zip
        raise TableError(f"The workbook could not be read ({type(error).__name__}).") from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            row = [_cell_text(v) for v in values]
            if any(row):
                rows.append((number, row))
            if number > MAX_ROWS + 1:
                raise TableError(f"The sheet has more than {MAX_ROWS} rows: too many for a visit.")
    finally:
        book.close()
    if not rows:
        raise TableError("The workbook's first sheet is empty.")
    return _table(rows, "xlsx", "")


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number: no ".0"
    return str(value).strip()


def _table(numbered: list[tuple[int, list[str]]], encoding: str, separator: str) -> Table:
    if not numbered:
        raise TableError("The file holds no rows.")
    width = max(len(r) for _, r in numbered)
    rows = [r + [""] * (width - len(r)) for _, r in numbered]
    return Table(rows[0], rows[1:], encoding, separator, [n for n, _ in numbered[1:]])
