"""People from spreadsheets written as Excel, LibreOffice and Outlook write them."""

from __future__ import annotations

import codecs
import datetime as dt

import openpyxl
import pytest

from briefing.imports import TableError, guess_columns, people_from, read_table
from briefing.model import Details, Person, Revision, Visit

FRENCH = [
    ["Prénom", "Nom", "Fonction", "Organisme", "Catégorie", "Téléphone", "Courriel"],
    ["Élisabeth", "Fonteix", "Directrice régionale", "Orange", "Partenaire", "0612345678", "e.fonteix@orange.fr"],
    ["Serge", "Magdeleine", "Directeur général", "Crédit Agricole Alpes Provence", "partenaire", "", ""],
    ["", "", "", "", "", "", ""],
    ["Cyril", "Zimmermann", "Fondateur", "La Plateforme", "Hôte", "", ""],
    ["", "", "Sans nom", "", "", "", ""],
    ["Anne", "Dupré", "Journaliste", "La Provence", "Reporter d'images", "", ""],
]


def visit() -> Visit:
    v = Visit(Details(title="T", principal="P", start_date=dt.date(2027, 3, 16)))
    v.attendees.append(Person(id="cyril-zimmermann", name="Cyril Zimmermann", organisation="La Plateforme"))
    v.history.append(Revision(1, dt.datetime(2027, 3, 1), attendees=[Person(id="elisabeth-fonteix", name="É. F.")]))
    return v


def write_csv(path, rows, encoding, separator, bom=b""):
    text = "\r\n".join(separator.join(f'"{c}"' if separator in c else c for c in row) for row in rows) + "\r\n"
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "separator", "bom", "name"),
    [
        ("cp1252", ";", b"", "french-excel.csv"),
        ("utf-8", ",", codecs.BOM_UTF8, "libreoffice-utf8-bom.csv"),
        ("utf-8", ";", b"", "plain-utf8.csv"),
        ("utf-16-le", "\t", codecs.BOM_UTF16_LE, "excel-unicode-text.txt"),
    ],
)
def test_csv_and_tsv_as_office_programs_write_them(tmp_path, encoding, separator, bom, name):
    table = read_table(write_csv(tmp_path / name, FRENCH, encoding, separator, bom))
    assert table.headers == FRENCH[0] and table.separator == separator
    columns = guess_columns(table.headers)
    assert columns == {
        "first_name": 0, "last_name": 1, "role": 2, "organisation": 3, "category": 4, "phone": 5, "email": 6,
    }  # fmt: skip
    result = people_from(table, columns, visit())
    assert [(p.id, p.name, p.category) for p in result.people] == [
        ("elisabeth-fonteix-2", "Élisabeth Fonteix", "partner"),  # the history's id is never reused
        ("serge-magdeleine", "Serge Magdeleine", "partner"),
    ]
    assert result.people[0].phone == "0612345678" and result.people[0].email == "e.fonteix@orange.fr"
    assert result.duplicates == [5]  # Cyril Zimmermann of La Plateforme is already there (row numbers as shown)
    assert [(p.row, p.code) for p in result.problems] == [(6, "no-name"), (7, "bad-category")]


def test_xlsx_workbook(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Job Title", "Company", "Mobile Phone", "E-mail Address"])
    sheet.append(["Alex Sobel MP", "Member of Parliament", "House of Commons", 447700900123, "alex@example.org"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Ana Lopez", "Press officer", "DSIT", "+44 20 7946 0000", None])
    book.save(tmp_path / "people.xlsx")
    table = read_table(tmp_path / "people.xlsx")
    columns = guess_columns(table.headers)
    assert columns == {"name": 0, "role": 1, "organisation": 2, "phone": 3, "email": 4}
    result = people_from(table, columns, visit())
    assert [(p.name, p.phone) for p in result.people] == [
        ("Alex Sobel MP", "447700900123"),
        ("Ana Lopez", "+44 20 7946 0000"),
    ]
    assert table.numbers == [2, 4]


def test_outlook_export_headers_and_a_single_nom_column():
    outlook = ["Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title", "Business Phone"]
    assert guess_columns(outlook) == {"first_name": 1, "last_name": 3, "role": 5, "organisation": 4, "phone": 6}
    assert guess_columns(["Nom", "Fonction"]) == {"name": 0, "role": 1}


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\x03garbage\x00", b"PK\x03\x04not really a workbook"],
)
def test_files_that_are_not_tables_get_a_message(tmp_path, content):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(TableError):
        read_table(path)
