"""The official IATI 2.03 activity schema, compiled once per process, and a readable check against it.

The XSD is parsed from its path (not from bytes) so that its ``xsd:include`` of
``iati-common.xsd`` and ``xml.xsd`` resolve beside it, with no network access.
"""

from functools import lru_cache

from lxml import etree

from .codelists import DATA

SCHEMA_PATH = DATA / "schema" / "iati-activities-schema.xsd"


@lru_cache(maxsize=1)
def activities_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def schema_errors(document):
    """``["line 12: Element 'budget': …", …]``; empty when ``document`` (an element or tree) is valid."""
    schema = activities_schema()
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]
