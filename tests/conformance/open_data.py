"""Open data as a spreadsheet or a program reads it: CSV by RFC 4180 (Python's ``csv``, Excel's
UTF-8 byte order mark) and JSON with the same projects, absolute addresses and no formulas."""

import csv
import datetime as dt
import io
import json
import re

from .rules import is_absolute_url

COLUMN = re.compile(r"^[a-z][a-z0-9_]*$")
FORMULA_STARTS = ("=", "+", "-", "@")


def csv_problems(document):
    found = []
    if not document.content_type.startswith("text/csv"):
        found.append(f"Content-Type {document.content_type!r}, not text/csv")
    if not document.body.startswith("\ufeff".encode()):
        found.append("no UTF-8 byte order mark: Excel would misread Cyrillic and Lithuanian letters")
    rows = list(csv.reader(io.StringIO(document.body.decode("utf-8-sig"), newline="")))
    if not rows:
        return found + ["empty file"]
    header, data = rows[0], rows[1:]
    found += [f"column {name!r} is not a snake_case name" for name in header if not COLUMN.match(name)]
    if len(set(header)) != len(header):
        found.append(f"repeated columns in {header}")
    if not data:
        found.append("no rows, although the portal has projects")
    for number, row in enumerate(data, start=2):
        if len(row) != len(header):
            found.append(f"line {number}: {len(row)} cells for {len(header)} columns")
        found += [
            f"line {number}: a cell a spreadsheet would run as a formula: {cell!r}"
            for cell in row
            if cell.startswith(FORMULA_STARTS)
        ]
        if "url" in header and not is_absolute_url(row[header.index("url")]):
            found.append(f"line {number}: url {row[header.index('url')]!r} is not absolute")
    return found


def json_problems(document):
    found = []
    if not document.content_type.startswith("application/json"):
        found.append(f"Content-Type {document.content_type!r}, not application/json")
    try:
        data = json.loads(document.body)
    except ValueError as error:
        return found + [f"not JSON: {error}"]
    try:
        dt.datetime.fromisoformat(data.get("generated", ""))
    except (TypeError, ValueError):
        found.append(f"generated {data.get('generated')!r} is not an ISO 8601 moment")
    if data.get("language") != document.language:
        found.append(f"language {data.get('language')!r}, the file is the {document.language!r} listing's")
    projects = data.get("projects")
    if not isinstance(projects, list) or not projects:
        return found + ["no list of projects"]
    keys = set(projects[0])
    for number, project in enumerate(projects):
        if set(project) != keys:
            found.append(f"project {number} has other fields than the first: {sorted(set(project) ^ keys)}")
        if not is_absolute_url(project.get("url", "")):
            found.append(f"project {number}: url {project.get('url')!r} is not absolute")
    return found
