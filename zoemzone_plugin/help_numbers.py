"""Numbers of resources/defaults as the help texts write them.

A help text that names a default ("stepping stones of at least 0.5 ha") takes the number from
the table through a placeholder, so a changed table cannot make the help lie; these functions
write every such number the same way: no trailing zeros, no float noise (0.1 × 100 is 10),
a share as a percentage, and the decimal mark of the user's language (the translation of the
template "{whole}.{fraction}")."""
from .engine import defaults
from .i18n import tr as _tr


def written(number, tr=_tr):
    """``number`` with at most 10 significant digits and no trailing zeros. ``tr`` is str
    where the text is written into a file in English (scripts/make_chain_model.py)."""
    whole, _, fraction = format(number, ".10g").partition(".")
    if not fraction:
        return whole
    return tr("{whole}.{fraction}").format(whole=whole, fraction=fraction)


def percent(share, tr=_tr):
    """A share (0.1) as the number of a percentage (10)."""
    return written(share * 100.0, tr)


def default(model, name, scale=1.0, tr=_tr):
    """Default ``name`` of resources/defaults/<model>.csv, times ``scale`` (e.g. 0.001 for
    metres written as km), written."""
    return written(defaults.value(model, name) * scale, tr)


def reach(tr=_tr):
    """How many dispersal distances d0 links reach: the network's max_distance over its
    distance (3 d0), as the kansenkaart's network term and the patch inputs use it."""
    return written(defaults.value("network", "max_distance")
                   / defaults.value("network", "distance"), tr)
