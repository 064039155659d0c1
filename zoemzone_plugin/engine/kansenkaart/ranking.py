"""Priority classes that mean the same in every run (issue 14 §3).

A kansenkaart's score divides each term by the run's own largest value, and its classes are
the run's own quintiles: class 1 is always the best fifth of *that* map, so a municipality's
class 1 and the province's class 1 are different places in kind. A run can instead cut its
scores at breaks given by the user, or take the scale *and* the breaks of a reference run
(the province), so that a cell scores and classes as it would in that run.

Every run writes what it divided by and cut at beside its priority output, in
``<priority>.breaks.json`` (``breaks_path``), which another run can read back
(``read_breaks_file``). Breaks are PRIORITY_CLASSES - 1 ascending numbers b1 <= ... <= b4:
a score of at least b4 is class 1, one below b1 class 5 (a score on a break goes up).
"""
import json
import math
from dataclasses import dataclass

from ..errors import InputError, Phrase
from .model import PRIORITY_CLASSES

QUANTILES, FIXED, REFERENCE = "quantiles", "fixed", "reference"
FORMAT = "zoemzone-priority-breaks"
FORMAT_VERSION = 1
# the terms whose scale a reference run hands on: what gains and YR are divided by
SCALED_TERMS = ("supply", "yearround")


@dataclass(frozen=True)
class PriorityBreaks:
    """How a run turns scores into classes: its own quintiles (``breaks`` None), fixed
    ``breaks``, or a reference run's ``breaks`` with its ``scales`` ({term: divisor}) and
    the ``weights`` its scores were made with."""
    mode: str = QUANTILES
    breaks: tuple = None
    scales: dict = None
    weights: dict = None
    source: str = None          # the reference run's breaks file

    def check_weights(self, weights):
        """Refuse a reference whose scores were weighted otherwise: its breaks would cut a
        different sum, so its classes would not mean the same here."""
        if self.weights is None:
            return
        if any(not math.isclose(self.weights.get(name, math.nan), value, rel_tol=1e-9,
                                abs_tol=1e-12) for name, value in weights.items()):
            raise InputError(
                "BREAKS_FILE '{path}' holds breaks of scores weighted {theirs}, but this run "
                "weighs {ours}. Give this run the reference run's weights, or use the "
                "quintiles of this run.", path=self.source, theirs=_weights_text(self.weights),
                ours=_weights_text(weights))


def _weights_text(weights):
    return ", ".join("%s=%g" % (name, value) for name, value in sorted(weights.items()))


def _check_order(breaks, where, value, strict):
    """Refuse breaks that are not PRIORITY_CLASSES - 1 finite ascending numbers; ``where``
    names the parameter and ``value`` is what the user gave, for the message."""
    count = PRIORITY_CLASSES - 1
    if len(breaks) != count:
        raise InputError("{where} is '{value}': {count} breaks are needed for {classes} "
                         "priority classes, not {given}.", where=where, value=value,
                         count=count, classes=PRIORITY_CLASSES, given=len(breaks))
    if not all(math.isfinite(b) for b in breaks):
        raise InputError("{where} is '{value}': every break must be a finite number.",
                         where=where, value=value)
    pairs = list(zip(breaks, breaks[1:]))
    if any(not (high > low if strict else high >= low) for low, high in pairs):
        raise InputError("{where} is '{value}': the breaks must increase from the one below "
                         "class 4 to the one below class 1, e.g. '0.2, 0.4, 0.6, 0.8'.",
                         where=where, value=value)


def parse_breaks(text):
    """Fixed breaks from the user's text (BREAKS): PRIORITY_CLASSES - 1 numbers, strictly
    increasing (equal breaks would leave a class no score can fall in). Separated by commas
    with decimal points, or by semicolons with decimal points or commas, as Dutch users
    write them ('0,2; 0,4; 0,6; 0,8')."""
    text = text or ""
    parts = ([p.replace(",", ".") for p in text.split(";")] if ";" in text
             else text.split(","))
    try:
        breaks = tuple(float(p) for p in parts if p.strip())
    except ValueError:
        raise InputError("BREAKS is '{value}': give {count} numbers separated by commas, e.g. "
                         "'0.2, 0.4, 0.6, 0.8' (or by semicolons, e.g. '0,2; 0,4; 0,6; 0,8').",
                         value=text, count=PRIORITY_CLASSES - 1) from None
    _check_order(breaks, "BREAKS", text, strict=True)
    return PriorityBreaks(FIXED, breaks)


def read_breaks_file(path):
    """The scale, breaks and weights of a reference run from its breaks file (BREAKS_FILE).

    Breaks equal to each other are allowed here: a run's quintiles tie where many cells
    score the same."""
    def refuse(reason):
        return InputError("BREAKS_FILE '{path}' is not a kansenkaart breaks file ({reason}). "
                          "Give the '.breaks.json' file a kansenkaart run wrote beside its "
                          "priority raster.", path=path, reason=reason)
    try:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
    except OSError as error:
        raise refuse(error.strerror or str(error)) from None
    except ValueError:
        raise refuse(Phrase("it is not JSON")) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise refuse(Phrase("it does not say it is one"))
    if document.get("format_version") != FORMAT_VERSION:
        raise refuse(Phrase("a newer plugin wrote it"))
    try:
        breaks = tuple(float(b) for b in document["breaks"])
        scales = {term: float(document["scale"][term]) for term in SCALED_TERMS}
        weights = {name: float(value) for name, value in document["weights"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise refuse(Phrase("its breaks, scale or weights are missing or not numbers")) \
            from None
    if any(not (math.isfinite(s) and s >= 0) for s in scales.values()):
        raise refuse(Phrase("a scale is negative or not a number"))
    _check_order(breaks, "BREAKS_FILE", path, strict=False)
    return PriorityBreaks(REFERENCE, breaks, scales, weights, path)


def breaks_path(priority_path):
    """Where a run writes the breaks of its priority raster: beside it, named after it."""
    return priority_path + ".breaks.json"


def breaks_document(priority, breaks, scales, weights, info=None):
    """The text of a breaks file: what this run divided its terms by (``scales``) and cut
    its scores at (``breaks``), how it got them (``priority``), with the weights that make
    the scores comparable and the caller's ``info`` (plugin version, inputs)."""
    document = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "classes": PRIORITY_CLASSES,
                "breaks": [float(b) for b in breaks],
                "scale": {term: float(scales[term]) for term in SCALED_TERMS},
                "weights": dict(weights),
                "breaks_from": priority.mode}
    if priority.source:
        document["reference"] = priority.source
    document.update(info or {})
    return json.dumps(document, indent=2, sort_keys=False) + "\n"
