"""People from the spreadsheets and contact lists press offices already have (CSV, TSV, .xlsx). No Qt.

read_table(path) -> Table              # rows of text, whatever the encoding and separator
guess_columns(headers) -> dict         # field -> column index, from French and English headers
people_from(table, columns, visit) -> Import   # the people to add, duplicates skipped, problems by row
"""

from briefing.imports.people import FIELDS, Import, guess_columns, people_from
from briefing.imports.table import Table, TableError, read_table

__all__ = ["FIELDS", "Import", "Table", "TableError", "guess_columns", "people_from", "read_table"]
