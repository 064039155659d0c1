"""Conefor's plain-text inputs: a node file and a connection file, and a node table out.

Node file: one node a line, "id capacity" (the capacity is the area or a quality-weighted
area). Connection file: one link a line, "id id distance". Values are separated by spaces,
tabs, ';' or ','; with spaces, tabs or ';' a decimal comma is read as a decimal point. Blank
lines and lines starting with '#' are skipped, and the first line may be a header of column
names (a line without any number). Node ids are kept as whole numbers when they are
written as whole numbers ("7" and "7.0" are node 7), otherwise as the text.

Problems are reported as TableError naming the file, the line, the value and what to do.
"""
import math
import os
import re

import numpy as np

from ..io.csvtable import read_text
from ..errors import Phrase, TableError



def read_nodes(path):
    """(ids, capacities): the node ids in file order and their capacities (float array)."""
    name = os.path.basename(path)
    ids, capacities, seen = [], [], {}
    for line_no, fields in _records(path, 2, Phrase("id capacity")):
        node = _node_id(fields[0])
        capacity = _number(name, line_no, fields[1], Phrase("capacity"))
        if capacity < 0:
            raise TableError(
                "{file}, line {line}: node {node} has capacity {value}; a capacity cannot be "
                "negative. Give its area (or quality-weighted area), 0 or more.",
                file=name, line=line_no, node=node, value=fields[1])
        if node in seen:
            raise TableError(
                "{file}, line {line}: node {node} occurs twice (lines {first} and {line}). "
                "Keep one line per node.", file=name, line=line_no, node=node,
                first=seen[node])
        seen[node] = line_no
        ids.append(node)
        capacities.append(capacity)
    if not ids:
        raise TableError("{file} holds no nodes. Give one node a line: its id and capacity.",
                         file=name)
    if not any(capacities):
        raise TableError("{file}: all {count} nodes have capacity 0, so there is no habitat "
                         "to connect. Give each node its area (or quality-weighted area).",
                         file=name, count=len(ids))
    return ids, np.array(capacities, dtype=np.float64)


def read_links(path, ids):
    """(i, j, distance): node indices into ``ids`` (as from read_nodes) and the distances."""
    name = os.path.basename(path)
    index = {node: k for k, node in enumerate(ids)}
    first, second, distances = [], [], []
    seen = {}               # {(i, j) sorted: (distance, line)}
    for line_no, fields in _records(path, 3, Phrase("id id distance")):
        ends = []
        for text in fields[:2]:
            node = _node_id(text)
            if node not in index:
                raise TableError(
                    "{file}, line {line}: node {node} is not in the node file ({count} "
                    "nodes). Add the node to the node file or correct the id.",
                    file=name, line=line_no, node=node, count=len(ids))
            ends.append(index[node])
        distance = _number(name, line_no, fields[2], Phrase("distance"))
        if distance < 0:
            raise TableError(
                "{file}, line {line}: the distance between nodes {a} and {b} is {value}; a "
                "distance cannot be negative. Give the distance in map units, 0 or more.",
                file=name, line=line_no, a=_node_id(fields[0]), b=_node_id(fields[1]),
                value=fields[2])
        pair = tuple(sorted(ends))
        if pair in seen and seen[pair][0] != distance:
            raise TableError(
                "{file}, line {line}: the link between nodes {a} and {b} has distance {value}, "
                "but line {first} gives it {other}. Keep one line per pair of nodes.",
                file=name, line=line_no, a=ids[pair[0]], b=ids[pair[1]], value=fields[2],
                first=seen[pair][1], other="%g" % seen[pair][0])
        seen.setdefault(pair, (distance, line_no))
        first.append(ends[0])
        second.append(ends[1])
        distances.append(distance)
    if not distances:
        raise TableError("{file} holds no connections. Give one link a line: two node ids "
                         "and their distance.", file=name)
    return (np.array(first, dtype=np.int64), np.array(second, dtype=np.int64),
            np.array(distances, dtype=np.float64))


def _records(path, count, names):
    """(line number, fields) of the data lines of ``path``, each with ``count`` fields."""
    name = os.path.basename(path)
    if not os.path.isfile(path):
        raise TableError("File '{file}' does not exist. Check the path.", file=path)
    first = True
    for line_no, raw in enumerate(read_text(path).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = _split(line, count)
        if fields is None:
            raise TableError(
                "{file}, line {line}: '{text}' does not hold {count} values ({names}). "
                "Separate the values by spaces, tabs or ';' (or ',' without decimal commas).",
                file=name, line=line_no, text=line, count=count, names=names)
        if first:
            first = False
            if not any(_is_number(field) for field in fields):
                continue                        # a header of column names
        yield line_no, fields


def _split(line, count):
    if ";" in line or "\t" in line:
        fields = [f.strip() for f in re.split(r"[;\t]", line)]
        while fields and not fields[-1]:
            fields.pop()                        # a trailing separator
    else:
        fields = line.split()
        if len(fields) != count and "," in line:
            parts = [f.strip() for f in line.split(",")]
            if len(parts) == count and all(p and not re.search(r"\s", p) for p in parts):
                fields = parts
    return fields if len(fields) == count and all(fields) else None


def _is_number(text):
    try:
        return math.isfinite(float(text.replace(",", ".")))
    except ValueError:
        return False


def _number(name, line_no, text, what):
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise TableError(
            "{file}, line {line}: the {what} '{value}' is not a number. Write a number, with "
            "a decimal point or a decimal comma.", file=name, line=line_no, what=what,
            value=text)
    return value


def _node_id(text):
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text
    if math.isfinite(value) and value == int(value):
        return int(value)
    return text
