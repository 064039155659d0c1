"""Errors the engine raises for the user to read.

The engine has no QGIS and so no translator: an error keeps its English template and its
values apart, and the Processing layer translates the template before filling it in. The
translation tooling collects the templates from the calls to these classes.
"""


class Phrase(str):
    """A word filled into a message that is translated along with the message."""


class EngineError(Exception):
    """A problem with the user's input, worded for the user."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def translated(self, translate):
        """The message with its template and phrases passed through ``translate`` (a ``tr``)."""
        params = {k: translate(v) if isinstance(v, Phrase) else v for k, v in self.params.items()}
        return translate(self.template).format(**params)


class TableError(EngineError):
    """A table (biophysical, guild, resistance, catalogue) that cannot be used as it is."""


class InputError(EngineError):
    """A raster or parameter value that cannot be used as it is."""


class Cancelled(Exception):
    """The user cancelled; raised between steps so nothing half-written is kept."""
