"""Attribute values as Python values: what a date field returns (QDate, QDateTime, text)
as a date.

Import observations and Monitoring report both read dates from layers the user brings;
here neither imports the other.
"""
import datetime

from qgis.PyQt.QtCore import QDate, QDateTime

from ..engine.monitoring.observations import parse_date


def as_date(value):
    """A datetime.date from what a date field returns (QDate, QDateTime, text), else None."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return parse_date(value)
        except (ValueError, OverflowError):
            return None
    return None
