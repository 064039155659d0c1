"""Errors the engine raises, and notes it logs, for the user to read.

The engine has no QGIS and so no translator: a message keeps its English template and its
values apart, and the Processing layer translates the template before filling it in. The
translation tooling collects the templates from the calls to these classes.
"""


class Phrase(str):
    """A word filled into a message that is translated along with the message."""


class Note:
    """Something the user should know about a run that goes on: a line for the run's log
    (see progress.tell)."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params

    def __str__(self):
        return self.template.format(**self.params)

    def translated(self, translate):
        """The message with its template and phrases passed through ``translate`` (a ``tr``)."""
        params = {k: translate(v) if isinstance(v, Phrase) else v for k, v in self.params.items()}
        return translate(self.template).format(**params)


class EngineError(Note, Exception):
    """A problem with the user's input, worded for the user: a note that stops the run."""

    def __init__(self, template, **params):
        Note.__init__(self, template, **params)
        Exception.__init__(self, str(self))


class TableError(EngineError):
    """A table (biophysical, guild, resistance, catalogue) that cannot be used as it is."""


class InputError(EngineError):
    """A raster or parameter value that cannot be used as it is."""


class Cancelled(Exception):
    """The user cancelled; raised between steps so nothing half-written is kept."""
