"""Demo data files: TOML tables that remember where they came from, so a problem with the data
is a :class:`DemoDataError` naming file and field — ``news/demo/articles/x.toml: lt.title is
missing`` — rather than a ``KeyError`` deep inside a page save."""

import tomllib
from pathlib import Path

from django.conf import settings


class DemoDataError(ValueError):
    """A demo data file says something the loader cannot use."""


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def shown_path(path):
    """The path as an editor knows it: relative to the project when the file is inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)


# What an editor reads in an error message instead of a Python type.
KINDS = {str: "text", int: "a whole number", float: "a number", bool: "true or false", list: "a list", dict: "a table"}


class Record:
    """One table of a demo file, with typed access that explains itself when the data is wrong."""

    def __init__(self, data, file, path=""):
        self.data, self.file, self.path = data, Path(file), path

    def field(self, key):
        return f"{self.path}.{key}" if self.path else str(key)

    def error(self, problem, key=None):
        field = self.field(key) if key is not None else self.path
        return DemoDataError(f"{shown_path(self.file)}: {field + ' ' if field else ''}{problem}")

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None, kind=None):
        """``data[key]``, or ``default`` when absent; with ``kind`` (a type or a tuple) checked."""
        if key not in self.data:
            return default
        value, kinds = self.data[key], kind if isinstance(kind, tuple) else (kind,)
        # TOML's true is a Python int too: a number must not accept it.
        if kind is not None and (not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)):
            raise self.error(f"should be {' or '.join(KINDS.get(k, k.__name__) for k in kinds)}, not {value!r}", key)
        return value

    def require(self, key, kind=str):
        if self.data.get(key) in (None, "", [], {}):
            raise self.error("is missing", key)
        return self.get(key, kind=kind)

    def table(self, key):
        """The sub-table ``key`` (empty when absent)."""
        return Record(self.get(key, {}, dict), self.file, self.field(key))

    def tables(self):
        """``{key: Record}`` for every sub-table, in file order."""
        return {key: self.table(key) for key, value in self.data.items() if isinstance(value, dict)}

    def records(self, key):
        """The list of tables ``key`` (empty when absent)."""
        rows = self.get(key, [], list)
        for number, row in enumerate(rows):
            if not isinstance(row, dict):
                raise self.error(f"should be a table, not {row!r}", f"{key}[{number}]")
        return [Record(row, self.file, f"{self.field(key)}[{number}]") for number, row in enumerate(rows)]

    @property
    def languages(self):
        """``{code: Record}`` for each language of the site the record has a table for, in file order."""
        return {code: table for code, table in self.tables().items() if code in language_codes()}

    language = table  # a language's table: record.language("uk")

    def require_languages(self, *fields, every=True):
        """Each language table has ``fields``; with ``every``, each language of the site has a table."""
        missing = [f"[{code}]" for code in language_codes() if code not in self.languages]
        if not self.languages or (every and missing):
            raise self.error(f"{', '.join(missing)} missing: {'this file needs every' if every else 'no'} language of the site")
        for language in self.languages.values():
            for name in fields:
                language.require(name)


def read_toml(path):
    """A demo file as a :class:`Record`; a syntax error names the file and the line."""
    try:
        with open(path, "rb") as file:
            return Record(tomllib.load(file), path)
    except tomllib.TOMLDecodeError as exc:
        raise DemoDataError(f"{shown_path(path)}: {exc}") from exc


def read_folder(folder):
    """``{file name without .toml: Record}`` for every file in ``folder``, in name order."""
    return {path.stem: read_toml(path) for path in sorted(Path(folder).glob("*.toml"))}
