"""Tolerant reading of the small CSV tables users bring (InVEST tables, Dutch spreadsheets).

Users export from Excel with ';' and decimal commas, or reuse InVEST's comma tables with
headers in any case. One reader handles all of them so every table in the plugin accepts the
same dialects and reports problems the same way: by file, line and column.
"""
import csv
import math
import os

from ..errors import TableError


class CsvTable:
    """Rows of a CSV file with lower-cased headers, remembering each row's line number."""

    def __init__(self, path, columns, rows, lines):
        self.path = path
        self.name = os.path.basename(path)
        self.columns = columns
        self.rows = rows
        self.lines = lines

    def require(self, column, fix):
        if column not in self.columns:
            raise TableError(
                "{file}: column '{column}' is missing (found: {found}). {fix}",
                file=self.name, column=column, found=", ".join(self.columns), fix=fix)

    def number(self, row_index, column, lower=None, upper=None):
        """The value at a row and column as a float, checked against an inclusive range
        (either end may be open). 'nan' and 'inf' are refused as not a number: no table
        value means "unknown" or "endless", and either would flow into the maps."""
        text = self.rows[row_index][column]
        line = self.lines[row_index]
        if text == "":
            raise TableError(
                "{file}, line {line}: column '{column}' is empty. Fill in a number.",
                file=self.name, line=line, column=column)
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise TableError(
                "{file}, line {line}: column '{column}' holds '{value}', which is not a number.",
                file=self.name, line=line, column=column, value=text)
        if lower is not None and upper is not None and not lower <= value <= upper:
            raise TableError(
                "{file}, line {line}: column '{column}' is {value}, outside {lower} to {upper}. "
                "Use a value from {lower} to {upper}.",
                file=self.name, line=line, column=column, value=text, lower=lower, upper=upper)
        if lower is not None and value < lower:
            raise TableError(
                "{file}, line {line}: column '{column}' is {value}, below {lower}. Use a value "
                "of {lower} or more.", file=self.name, line=line, column=column, value=text,
                lower=lower)
        if upper is not None and value > upper:
            raise TableError(
                "{file}, line {line}: column '{column}' is {value}, above {upper}. Use a value "
                "of {upper} or less.", file=self.name, line=line, column=column, value=text,
                upper="%g" % upper)
        return value

    def integer(self, row_index, column):
        value = self.number(row_index, column)
        if value != int(value):
            raise TableError(
                "{file}, line {line}: column '{column}' holds {value}; a whole number is needed.",
                file=self.name, line=self.lines[row_index], column=column,
                value=self.rows[row_index][column])
        return int(value)

    def unique(self, column, key):
        """Raise on the first value of ``column`` (turned into a key) that occurs twice."""
        seen = {}
        for i, row in enumerate(self.rows):
            k = key(i)
            if k in seen:
                raise TableError(
                    "{file}: '{value}' in column '{column}' occurs twice (lines {first} and "
                    "{second}). Keep one row per value.",
                    file=self.name, value=row[column], column=column, first=seen[k],
                    second=self.lines[i])
            seen[k] = self.lines[i]


def read_text(path):
    """The text of a file users exported from anything: UTF-8 (with or without BOM) or
    Windows-1252, which Dutch Excel still writes."""
    with open(path, "rb") as f:
        raw = f.read()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_csv(path):
    """Read ``path``; the separator is ';', TAB or ',' (whichever the header uses)."""
    if not os.path.isfile(path):
        raise TableError("Table file '{file}' does not exist. Check the path.", file=path)
    text = read_text(path)
    lines = text.splitlines()
    header_line = next((ln for ln in lines if ln.strip()), "")
    delimiter = max(";\t,", key=header_line.count) if header_line else ","
    reader = csv.reader(lines, delimiter=delimiter)
    columns, rows, numbers = None, [], []
    for line_no, record in enumerate(reader, start=1):
        record = [cell.strip() for cell in record]
        if not any(record):
            continue
        if columns is None:
            columns = [c.lower() for c in record]
            continue
        record += [""] * (len(columns) - len(record))
        rows.append(dict(zip(columns, record)))
        numbers.append(line_no)
    name = os.path.basename(path)
    if not columns or not rows:
        raise TableError("{file} is empty: it needs a header line and at least one row.",
                         file=name)
    return CsvTable(path, columns, rows, numbers)


def check_codes(table_codes, present_codes, table_file):
    """Refuse raster codes that a table does not describe, listing them (not the table)."""
    missing = sorted(set(int(c) for c in present_codes) - set(int(c) for c in table_codes))
    if missing:
        shown = ", ".join(str(c) for c in missing[:30])
        if len(missing) > 30:
            shown += " …"
        raise TableError(
            "The land-use raster holds {count} code(s) that {file} does not describe: "
            "{codes}. Add a row for each to the table, or set those cells to nodata.",
            count=len(missing), file=table_file, codes=shown)
