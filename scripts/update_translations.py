#!/usr/bin/env python3
"""Collect the plugin's user-facing strings into its Qt .ts files, keeping translations made.

Strings are the literal first arguments of ``tr(...)`` and ``self.tr(...)`` calls, of the
engine's error and note classes (whose templates the Processing layer translates) and of
``Phrase``. pylupdate5 finds only the first kind, hence this script. New strings are added
as unfinished, vanished ones dropped.

Usage: scripts/update_translations.py [--check]   (--check: exit 1 if a .ts is out of date)
"""
import ast
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "zoemzone_plugin")
CONTEXT = "ZoemZone"
MARKERS = {"tr", "EngineError", "TableError", "InputError", "OutputError", "Phrase", "Note"}


def _called_name(call):
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def extract(package_dir=PACKAGE):
    """The user-facing strings of the package, in order of first appearance."""
    found = {}
    for path in sorted(glob.glob(os.path.join(package_dir, "**", "*.py"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _called_name(node) in MARKERS and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, os.path.relpath(path, ROOT))
    return found


def read_ts(path):
    """source -> translation ('' when unfinished) of a .ts file."""
    if not os.path.exists(path):
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") != "unfinished"
        result[message.findtext("source")] = (translation.text or "") if done else ""
    return result


def write_ts(path, language, strings, translations):
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, location in strings.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=location)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get(source, "")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")


def main(check=False):
    strings = extract()
    stale = []
    for path in sorted(glob.glob(os.path.join(PACKAGE, "translations", "*.ts"))):
        language = os.path.basename(path)[len("zoemzone_"):-len(".ts")]
        old = read_ts(path)
        if check:
            if set(old) != set(strings):
                stale.append(path)
            continue
        write_ts(path, language, strings, old)
        missing = [s for s in strings if not old.get(s)]
        print("%s: %d strings, %d untranslated" % (path, len(strings), len(missing)))
    if stale:
        print("out of date (run scripts/update_translations.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
