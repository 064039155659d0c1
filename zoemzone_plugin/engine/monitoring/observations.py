"""Reading observation files: GBIF "simple CSV" downloads and other CSVs with chosen columns.

Every row ends up in exactly one place, checked in this order:
1. skipped for its species, when a species list is given and the row's species is not on it
   (names compare without regard to case and repeated spaces);
2. rejected, with a reason naming its line: no species, no or unreadable coordinates, no date
   or a date that is not one day, an unreadable count or uncertainty, an absence record
   (count 0 or GBIF occurrenceStatus ABSENT);
3. skipped for its coordinate uncertainty, when that is above the maximum (rows without an
   uncertainty are kept, or skipped when asked);
4. otherwise an Observation. Duplicates are found after reprojection (by the caller, with
   ``DuplicateFinder``), as they are defined in metres.

GBIF simple CSV is TAB-separated, unquoted (GBIF does not escape quotes, so quotes are read
as text), WGS84, with the columns species, decimalLatitude, decimalLongitude,
coordinateUncertaintyInMeters, eventDate (ISO 8601; a time or a range within one day is
fine; when empty, the year, month and day columns are used), individualCount and
occurrenceStatus. Other CSVs use ';', TAB or ',' (whichever the header line holds most),
decimal commas or points, and dates as year-month-day or day-month-year (Dutch order:
31-12-2023, 31/12/2023, 31.12.2023).
"""
import csv
import datetime
import math
import os
import re
from collections import Counter, namedtuple

from ..io.csvtable import read_text
from ..errors import InputError, Phrase, TableError

GBIF_COLUMNS = {"species": "species", "x": "decimallongitude", "y": "decimallatitude",
                "date": "eventdate", "count": "individualcount",
                "uncertainty": "coordinateuncertaintyinmeters"}
REQUIRED = ("species", "x", "y", "date")
ROLE_NAMES = {"species": Phrase("species"), "x": Phrase("x coordinate (longitude)"),
              "y": Phrase("y coordinate (latitude)"), "date": Phrase("date")}

Observation = namedtuple("Observation", "line species date x y count uncertainty")
Observation.__doc__ = """One usable row: its line in the file, the species as written, the
date (datetime.date), x and y in the file's CRS, the count (int or None) and the coordinate
uncertainty in metres (float or None)."""

Rejection = namedtuple("Rejection", "line reason")
Rejection.__doc__ = """A row that cannot be imported: its line and the reason (an InputError,
not raised, whose ``translated(tr)`` gives the message)."""


class ObservationFile:
    """The outcome of reading a file: observations, rejections and what was skipped."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.rows = 0
        self.observations = []
        self.rejected = []
        self.skipped_species = Counter()       # species as written -> rows
        self.skipped_uncertainty = []          # lines
        self.unknown_uncertainty = 0           # rows kept without an uncertainty

    @property
    def skipped_species_count(self):
        return sum(self.skipped_species.values())


def normalise_species(name):
    """The key species names are compared by: case and repeated spaces do not matter."""
    return " ".join(str(name or "").split()).casefold()


def read_species_list(path):
    """The species of a text file, one name per line (blank lines and lines starting with '#'
    are left out), as a set of normalised names."""
    if not os.path.isfile(path):
        raise InputError("The species list '{file}' does not exist. Check the path.", file=path)
    names = set()
    for line in read_text(path).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(normalise_species(line))
    if not names:
        raise InputError("The species list '{file}' holds no species. Give one species name "
                         "per line.", file=os.path.basename(path))
    return names


def parse_number(text):
    """A float from text with a decimal point or comma; None for empty text; ValueError when
    it is not a finite number."""
    text = text.strip()
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_ISO_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ].*)?$")


def _one_date(text):
    text = text.strip()
    for pattern, order in ((_ISO, (0, 1, 2)), (_ISO_SLASH, (0, 1, 2)), (_DMY, (2, 1, 0))):
        match = pattern.match(text)
        if match:
            parts = [int(g) for g in match.groups()]
            return datetime.date(parts[order[0]], parts[order[1]], parts[order[2]])
    raise ValueError(text)


def parse_date(text):
    """The day of a date text; raises ValueError (not a day) or OverflowError (a range of
    more than one day). ISO 8601 ranges 'start/end' are accepted when both fall on one day
    or the end is a time only."""
    text = text.strip()
    if "/" in text and _ISO.match(text.split("/")[0].strip()):
        start, end = (part.strip() for part in text.split("/", 1))
        day = _one_date(start)
        if end and ("-" in end or len(end) == 2):
            try:
                end_day = _one_date(end)
            except ValueError:
                end_day = None
            if end_day is None or end_day != day:
                raise OverflowError(text)
        return day
    return _one_date(text)


class _Row:
    """Access to one record's cells by role, and the rejection helpers."""

    def __init__(self, record, index, line):
        self.record, self.index, self.line = record, index, line

    def cell(self, role):
        i = self.index.get(role)
        if i is None or i >= len(self.record):
            return ""
        return self.record[i].strip()


def _columns(header, gbif, columns, name):
    """role -> column position; refuses missing columns by name."""
    lowered = [h.strip().lower() for h in header]
    wanted = dict(GBIF_COLUMNS) if gbif else {
        role: (columns.get(role) or "").strip().lower() for role in GBIF_COLUMNS}
    index = {}
    for role, column in wanted.items():
        if not column:
            if role in REQUIRED:
                raise InputError("Choose the column holding the {role} of {file}.",
                                 role=ROLE_NAMES[role], file=name)
            continue
        if column in lowered:
            index[role] = lowered.index(column)
        elif gbif and role in REQUIRED:
            raise TableError(
                "{file}: column '{column}' is missing (found: {found}). Is this a GBIF simple "
                "CSV download? For another file choose the format 'other CSV' and its "
                "columns.", file=name, column=column, found=", ".join(header[:20]))
        elif not gbif:
            raise TableError("{file}: column '{column}' is missing (found: {found}).",
                             file=name, column=column, found=", ".join(header[:20]))
    for extra in ("occurrencestatus", "year", "month", "day"):
        if gbif and extra in lowered:
            index[extra] = lowered.index(extra)
    return index


def read_observations(path, gbif=True, columns=None, max_uncertainty=None, species=None,
                      skip_unknown_uncertainty=False, geographic=True):
    """Read an observation file (see the module's description) into an ObservationFile.

    ``columns`` maps the roles species, x, y, date, count and uncertainty to column names
    (other CSVs only; count and uncertainty may be left out); ``species`` is a set of
    normalised names or None for all; ``geographic`` says x and y are longitude and latitude
    in degrees (always so for GBIF), which are then checked.
    """
    name = os.path.basename(path)
    if not os.path.isfile(path):
        raise InputError("The observation file '{file}' does not exist. Check the path.",
                         file=path)
    if path.lower().endswith(".zip"):
        raise InputError("{file} is a zip archive. GBIF downloads come zipped: unzip it and "
                         "choose the .csv file inside.", file=name)
    lines = read_text(path).splitlines()
    header_line = next((ln for ln in lines if ln.strip()), "")
    if gbif:
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        geographic = True
    else:
        delimiter = max(";\t,", key=header_line.count) if header_line else ","
        reader = csv.reader(lines, delimiter=delimiter)
    result = ObservationFile(path)
    index = None
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        if index is None:
            index = _columns(record, gbif, columns or {}, name)
            continue
        result.rows += 1
        row = _Row(record, index, reader.line_num)
        outcome = _read_row(row, index, species, geographic)
        if isinstance(outcome, InputError):
            result.rejected.append(Rejection(row.line, outcome))
            continue
        if outcome is None:
            result.skipped_species[row.cell("species")] += 1
            continue
        if outcome.uncertainty is None:
            if skip_unknown_uncertainty:
                result.skipped_uncertainty.append(row.line)
                continue
            result.unknown_uncertainty += 1
        elif max_uncertainty is not None and outcome.uncertainty > max_uncertainty:
            result.skipped_uncertainty.append(row.line)
            continue
        result.observations.append(outcome)
    if index is None:
        raise TableError("{file} is empty: it needs a header line and at least one row.",
                         file=name)
    return result


def _read_row(row, index, species, geographic):
    """An Observation, None (species not wanted) or the InputError saying why not."""
    line = row.line
    name = row.cell("species")
    if species is not None and normalise_species(name) not in species:
        return None
    if not name:
        return InputError("Line {line}: no species name.", line=line)
    coordinates = []
    for role in ("x", "y"):
        text = row.cell(role)
        if not text:
            return InputError("Line {line}: no coordinates.", line=line)
        try:
            coordinates.append(parse_number(text))
        except ValueError:
            return InputError("Line {line}: the coordinate '{value}' is not a number.",
                              line=line, value=text)
    x, y = coordinates
    if geographic:
        if not (-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0):
            return InputError("Line {line}: longitude {x}, latitude {y} lies outside the "
                              "range of degrees (is the CRS right?).", line=line, x=x, y=y)
        if x == 0.0 and y == 0.0:
            return InputError("Line {line}: the coordinates are 0, 0, a placeholder rather "
                              "than a place.", line=line)
    date_text = row.cell("date")
    if not date_text and {"year", "month", "day"} <= set(index):
        parts = [row.cell(k) for k in ("year", "month", "day")]
        if all(parts):
            date_text = "%s-%s-%s" % tuple(parts)
    if not date_text:
        return InputError("Line {line}: no date.", line=line)
    try:
        date = parse_date(date_text)
    except OverflowError:
        return InputError("Line {line}: the date '{value}' spans more than one day.",
                          line=line, value=date_text)
    except ValueError:
        return InputError("Line {line}: the date '{value}' is not a day (use year-month-day "
                          "or day-month-year).", line=line, value=date_text)
    count_text = row.cell("count")
    try:
        count = parse_number(count_text)
    except ValueError:
        count = -1.0
    if count is not None and (count < 0 or count != int(count)):
        return InputError("Line {line}: the count '{value}' is not a whole number.",
                          line=line, value=count_text)
    if count == 0 or row.cell("occurrencestatus").upper() == "ABSENT":
        return InputError("Line {line}: an absence record (count 0 or occurrenceStatus "
                          "ABSENT), not an observation.", line=line)
    uncertainty_text = row.cell("uncertainty")
    try:
        uncertainty = parse_number(uncertainty_text)
    except ValueError:
        uncertainty = -1.0
    if uncertainty is not None and uncertainty < 0:
        return InputError("Line {line}: the coordinate uncertainty '{value}' is not a "
                          "distance in metres.", line=line, value=uncertainty_text)
    return Observation(line, name, date, x, y, None if count is None else int(count),
                       uncertainty)


class DuplicateFinder:
    """Remembers observations (species, day, point) and tells whether a new one repeats one:
    same species (as normalise_species compares), same day, and within ``tolerance`` map
    units (metres in EPSG:28992)."""

    def __init__(self, tolerance=1.0):
        self.tolerance = float(tolerance)
        self._cells = {}

    def _key(self, species, date, x, y):
        return (normalise_species(species), date, math.floor(x / self.tolerance),
                math.floor(y / self.tolerance))

    def add(self, species, date, x, y):
        self._cells.setdefault(self._key(species, date, x, y), []).append((x, y))

    def repeats(self, species, date, x, y):
        name, day, cx, cy = self._key(species, date, x, y)
        limit = self.tolerance * self.tolerance
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for px, py in self._cells.get((name, day, cx + dx, cy + dy), ()):
                    if (px - x) ** 2 + (py - y) ** 2 <= limit:
                        return True
        return False

    def check_and_add(self, species, date, x, y):
        """True if it repeats a known observation; otherwise remember it and return False."""
        if self.repeats(species, date, x, y):
            return True
        self.add(species, date, x, y)
        return False
