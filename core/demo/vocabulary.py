"""The vocabulary every plugin shares, from ``core/demo/data``: organisations, funding programmes
and categories (one file each, its name the key pages use), the tags (``tags.toml``, a table per
tag) and the portal's own settings (``portal.toml``). All names are invented, the two well-known
donor programmes aside (their links point at ``.example`` addresses). An organisation may have its
IATI identifier and type (``iati_ref``, ``iati_type``); the portal's publisher must, as it reports
every project to IATI."""

from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError

from core.iati.codelists import codelist
from core.iati.identifiers import validate_iati_identifier
from core.models import AlertSeverity, Category, FundingProgramme, Organisation, Tag, TagLabel

from .images import check_recipe, image_from
from .records import Record, language_codes, read_folder, read_toml
from .shared import ensure_translated, in_locale

DATA = Path(__file__).with_name("data")


def check_iati(record, required_because=None):
    """An organisation's ``iati_ref`` (agency-number, e.g. "UA-EDR-40312587") and ``iati_type`` (a
    code of the IATI OrganisationType list, e.g. "22"): optional, unless ``required_because``."""
    for key in ("iati_ref", "iati_type") if required_because else ():
        if not record.get(key):
            raise record.error(f"is missing: {required_because}", key)
    ref, kind = record.get("iati_ref", kind=str), record.get("iati_type", kind=str)
    if ref:
        try:
            validate_iati_identifier(ref)
        except ValidationError as exc:
            raise record.error(f"{ref!r} is not an IATI organisation identifier: {' '.join(exc.messages)}", "iati_ref") from None
    if kind and codelist("OrganisationType").get(kind) is None:
        known = ", ".join(f"{item.code} {item.name}" for item in codelist("OrganisationType").codes.values() if item.active)
        raise record.error(f"{kind!r} is not an IATI organisation type ({known})", "iati_type")


def check_key(record, field, known, kind):
    """``record[field]``, if given, names one of ``known``: the files of ``core/demo/data/<kind>``."""
    key = record.get(field, kind=str)
    if key is not None and key not in known:
        raise record.error(f"names {key!r}, which is not a file in core/demo/data/{kind}", field)


@dataclass
class Vocabulary:
    """The vocabulary files, read and checked before anything is made."""

    organisations: dict  # key -> Record
    programmes: dict
    categories: dict
    tags: dict  # slug -> Record ({language code: name})
    portal: Record

    @classmethod
    def read(cls, folder=DATA):
        folder = Path(folder)
        words = cls(
            *(read_folder(folder / kind) for kind in ("organisations", "programmes", "categories")),
            tags=read_toml(folder / "tags.toml").tables(),
            portal=read_toml(folder / "portal.toml"),
        )
        for record in [*words.organisations.values(), *words.programmes.values(), words.portal]:
            check_recipe(record.table("logo"))
        for record in words.organisations.values():
            record.require("email")  # how an organisation is found again
            record.require_languages("name")
            check_iati(record)
        for record in words.programmes.values():
            check_key(record, "funder", words.organisations, "organisations")
            record.require_languages("name", "acknowledgement")
        for record in words.categories.values():
            record.require_languages("name")
        for record in words.tags.values():
            for code in language_codes():
                record.require(code)
        words.portal.require("publisher")
        check_key(words.portal, "publisher", words.organisations, "organisations")
        # The publisher is the reporting organisation of every project in the IATI files.
        publisher = words.organisations[words.portal.get("publisher")]
        check_iati(publisher, required_because="the portal's publisher (portal.toml) reports every project to IATI")
        notice = words.portal.table("notice")
        if "notice" in words.portal:
            notice.require_languages("title")
            if notice.get("severity", AlertSeverity.INFORMATION) not in AlertSeverity.values:
                raise notice.error(f"should be one of {', '.join(AlertSeverity.values)}", "severity")
        return words


def load(demo, words):
    """Create (once) the vocabulary and register it in ``demo.vocabulary`` for the pages."""
    image_from(words.portal.table("logo"), kind="logo")  # the portal's own picture comes first
    made = demo.vocabulary
    made["organisations"] = {key: _organisation(demo, key, record) for key, record in words.organisations.items()}
    made["programmes"] = {key: _programme(demo, key, record) for key, record in words.programmes.items()}
    made["categories"] = {slug: _category(demo, slug, record) for slug, record in words.categories.items()}
    made["tags"] = {slug: _tag(demo, slug, record) for slug, record in words.tags.items()}
    demo.log(", ".join(f"{len(made[kind])} {kind}" for kind in ("organisations", "programmes", "categories", "tags")) + ".")


def _organisation(demo, key, record):
    """Found again by e-mail address; without a ``slug``, one is made from the short name."""

    def shared_fields():
        logo = image_from(record.table("logo"), key=f"org-{key}", kind="logo")
        names = ("slug", "short_name", "url", "email", "phone", "iati_ref", "iati_type")
        fields = {name: record.get(name, "") for name in names}
        return {**fields, "logo": logo}

    texts = {code: {"name": t.get("name"), "address": t.get("address", "")} for code, t in record.languages.items()}
    return ensure_translated(demo, Organisation, lookup={"email": record.get("email")}, texts=texts, create=shared_fields)


def _programme(demo, key, record):
    """Found again by name; the funder is named in each language's own words."""

    def shared_fields():
        logo = image_from(record.table("logo"), key=f"programme-{key}", kind="logo")
        return {"short_name": record.get("short_name", ""), "url": record.get("url", ""), "logo": logo}

    funder = demo.vocabulary["organisations"].get(record.get("funder"))
    texts = {
        code: {
            "name": t.get("name"),
            "acknowledgement": t.get("acknowledgement"),
            "funder": in_locale(funder, demo.locales[code]),
        }
        for code, t in record.languages.items()
    }
    lookup = {"name": texts[demo.source_code]["name"]}
    return ensure_translated(demo, FundingProgramme, lookup=lookup, texts=texts, create=shared_fields)


def _category(demo, slug, record):
    """One slug in every language."""
    texts = {
        code: {"name": t.get("name"), "description": t.get("description", ""), "slug": slug}
        for code, t in record.languages.items()
    }
    return ensure_translated(demo, Category, lookup={"slug": slug}, texts=texts, create=dict)


def _tag(demo, slug, record):
    """One tag for every language: named in the site's language, labelled in the others."""
    tag, _created = Tag.objects.get_or_create(slug=slug, defaults={"name": record.get(demo.source_code)})
    for code, locale in demo.locales.items():
        if code != demo.source_code:
            TagLabel.objects.get_or_create(tag=tag, locale=locale, defaults={"name": record.get(code)})
    return tag
