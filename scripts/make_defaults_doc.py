#!/usr/bin/env python3
"""Write the table of numeric defaults in docs/defaults.md from resources/defaults/*.csv.

The files are where every numeric default is declared (engine.defaults reads them for the
engine and the algorithms); the doc shows them, so it is generated: run this after changing a
file (tests/test_defaults.py fails while the doc is stale). Only the part between the two
markers is written; the rest of the page is edited by hand.
Usage: make_defaults_doc.py [OUT.md]   (default: docs/defaults.md itself)
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "defaults.md")
BEGIN = "<!-- numeric defaults: written by scripts/make_defaults_doc.py, do not edit -->"
END = "<!-- end of numeric defaults -->"

sys.path.insert(0, ROOT)
from zoemzone_plugin.engine import defaults  # noqa: E402

INTRO = """## Numeric defaults of the models

Every number the algorithms and the engine take by default is declared once, in
`resources/defaults/<model>.csv` (columns name, default, unit, minimum, maximum, help,
source). The engine's keyword defaults and constants, the algorithms' parameters (default,
minimum, maximum) and this table all read those files. To change a default, change its file,
then run `scripts/make_defaults_doc.py` (this table) and `scripts/make_chain_model.py` (the
chain model's inputs and fixed values). An empty range end is open."""


def number(value):
    return "" if value is None else "%.10g" % value


def cell(text):
    return text.replace("|", "\\|")


def section():
    """The generated part of the doc, markers included."""
    lines = [BEGIN, INTRO]
    for model in defaults.models():
        lines += ["", "### %s (`resources/defaults/%s.csv`)" % (model, model), "",
                  "| name | default | unit | minimum | maximum | meaning | source |",
                  "|---|---:|---|---:|---:|---|---|"]
        for row in defaults.table(model).values():
            lines.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (
                row.name, number(row.default), cell(row.unit), number(row.minimum),
                number(row.maximum), cell(row.help), cell(row.source)))
    lines.append(END)
    return "\n".join(lines) + "\n"


def updated(text):
    """``text`` (the doc) with its generated part replaced, or appended when it has none."""
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + section() + ("\n" + tail if tail else "")
    return text.rstrip("\n") + "\n\n" + section()


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else DOC
    with open(DOC, encoding="utf-8") as f:
        text = updated(f.read())
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(out)
