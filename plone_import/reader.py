"""Stream the items of a collective.exportimport export, one at a time.

An export is one JSON array per file (``Plone.json``, ``News Item.json``…) or a directory of
one-item files (``1.json``, ``2.json``…, read in numeric order). Files can be gigabytes of
base64 blobs, so arrays are read with ijson and only the current item is ever in memory.
Side files (``export_translations.json`` …) are not content and are read by ``side_files``.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import ijson
import ijson.backends.python as python_backend

SIDE_FILE_PREFIX = "export_"


class ExportError(Exception):
    """The export cannot be read at all (no such path, no JSON files)."""


@dataclass(frozen=True)
class UnexportedPaths:
    """collective.exportimport's trailing ``{"unexported_paths": [...]}`` element."""

    paths: list
    file: str


@dataclass(frozen=True)
class BrokenFile:
    """A file whose JSON stops being valid; the items before the error were read."""

    file: str
    reason: str


def _numeric_order(path):
    stem = path.stem
    return (0, int(stem), "") if stem.isdigit() else (1, 0, path.name)


def content_files(paths):
    """The content files of ``paths`` (files and directories), in the order they are imported."""
    files = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in path.rglob("*.json") if p.is_file() and not p.name.startswith(SIDE_FILE_PREFIX)]
            files.extend(sorted(found, key=lambda p: (p.parent.as_posix(), _numeric_order(p))))
        elif path.is_file():
            files.append(path)
        else:
            raise ExportError(f"{raw}: no such file or directory")
    if not files:
        raise ExportError("no content JSON files found in " + ", ".join(map(str, paths)))
    return files


def export_directory(paths):
    """Where the side files live: the directory given, or the directory of the first file."""
    first = Path(paths[0])
    return first if first.is_dir() else first.parent


def _first_character(handle):
    while True:
        char = handle.read(1)
        if not char or not char.isspace():
            return char


def _wrap(element, file):
    if isinstance(element, dict) and set(element) == {"unexported_paths"}:
        return UnexportedPaths(paths=list(element["unexported_paths"] or []), file=file)
    return element


def items_in(path):
    """Yield the items of one file: dicts, ``UnexportedPaths`` markers, or a ``BrokenFile`` last."""
    name = str(path)
    with open(path, "rb") as handle:
        first = _first_character(handle)
        handle.seek(0)
        if first == b"[":
            yield from _array_items(handle, name)
        elif first == b"{":
            try:
                yield _wrap(json.load(handle), name)
            except (ValueError, UnicodeDecodeError) as error:
                yield BrokenFile(file=name, reason=_short(error))
        else:
            yield BrokenFile(file=name, reason="not a JSON object or array")


def _short(error):
    return re.sub(r"\s+", " ", str(error))[:200] or type(error).__name__


def stream(files):
    for path in files:
        yield from items_in(path)


def _array_items(handle, name):
    """The elements of a JSON array, streamed.

    ijson's fast C parser refuses integers beyond 64 bits ("integer overflow"), which valid JSON
    allows and some exports carry (a counter, an id from another system). Then the file is read
    again with ijson's pure-Python parser, which has no such limit, from where the fast one stopped.
    """
    done = 0
    try:
        for element in ijson.items(handle, "item", use_float=True):
            yield _wrap(element, name)
            done += 1
        return
    except (ijson.JSONError, UnicodeDecodeError) as error:
        if "integer overflow" not in str(error):
            yield BrokenFile(file=name, reason=_short(error))
            return
    handle.seek(0)
    try:
        for position, element in enumerate(python_backend.items(handle, "item", use_float=True)):
            if position >= done:
                yield _wrap(element, name)
    except (ijson.JSONError, UnicodeDecodeError) as error:
        yield BrokenFile(file=name, reason=_short(error))
