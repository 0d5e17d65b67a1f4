"""IATI activity files as a donor's registry reads them: the official 2.03 schema (the copy
shipped with the standards folder when there is one, else the project's own), version 2.03,
one activity per identifier, and a narrative in every language the project is published in."""

from pathlib import Path

from lxml import etree

from core.iati.schema import SCHEMA_PATH

OFFICIAL = Path(__file__).resolve().parents[3] / "shared" / "standards" / "iati-2.03" / "iati-activities-schema.xsd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_schema = []


def schema():
    if not _schema:
        path = OFFICIAL if OFFICIAL.exists() else SCHEMA_PATH
        _schema.append(etree.XMLSchema(etree.parse(str(path))))
    return _schema[0]


def problems(document, languages):
    found = []
    if not document.content_type.startswith("application/xml"):
        found.append(f"Content-Type {document.content_type!r}, not application/xml")
    try:
        tree = etree.fromstring(document.body)
    except etree.XMLSyntaxError as error:
        return found + [f"not XML: {error}"]
    if not schema().validate(tree):
        found += [f"line {error.line}: {error.message}" for error in schema().error_log]
    if tree.get("version") != "2.03":
        found.append(f"version {tree.get('version')!r}, not 2.03")
    activities = tree.findall("iati-activity")
    if not activities:
        found.append("no activity, although the portal has a ready project")
    identifiers = [activity.findtext("iati-identifier") for activity in activities]
    if len(set(identifiers)) != len(identifiers):
        found.append(f"an identifier appears twice: {identifiers}")
    for activity in activities:
        title_languages = {narrative.get(XML_LANG) for narrative in activity.findall("title/narrative")}
        if title_languages != set(languages):
            found.append(f"{activity.findtext('iati-identifier')}: titles in {sorted(title_languages)}, not {sorted(languages)}")
    return found
