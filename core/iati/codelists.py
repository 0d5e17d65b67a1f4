"""The official IATI 2.03 code lists, read from the XML files in ``data/codelists``.

Codes are never typed by hand: sectors, countries, roles and statuses offered to editors and
checked on export all come from these files. A list is parsed once per process. Editors are
offered only the *active* items; a *withdrawn* code already stored is still read, named and
shown (flagged), so an old project can be opened and saved again, and the readiness check
tells the editor to replace it.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from lxml import etree

#: The IATI Standard version these lists and the schema belong to.
IATI_VERSION = "2.03"
#: IATI-Codelists (branch version-2.03) and IATI-Codelists-NonEmbedded commits the files come from.
CODELISTS_COMMIT = "75e827b"
NON_EMBEDDED_COMMIT = "7aeece7"
SCHEMA_COMMIT = "4c9ba1e"

DATA = Path(__file__).resolve().parent / "data"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    active: bool
    category: str = ""

    def label(self):
        """``"15150 – Democratic participation and civil society"``, marked when withdrawn."""
        text = f"{self.code} – {self.name}" if self.name != self.code else self.code
        return text if self.active else f"{text} ({_('withdrawn')})"


class Codelist:
    """One code list: ``codelist("Sector")["15150"].name``, ``"15150" in codelist("Sector")``."""

    def __init__(self, name, codes):
        self.name = name
        self.codes = codes

    def __contains__(self, code):
        return str(code) in self.codes

    def __getitem__(self, code):
        return self.codes[str(code)]

    def get(self, code):
        return self.codes.get(str(code))

    def is_active(self, code):
        item = self.get(code)
        return bool(item and item.active)

    def name_of(self, code):
        item = self.get(code)
        return item.name if item else str(code)

    def choices(self, current=None, only=None, group_with=None):
        """``[(code, label)]`` of the active items (or of ``only``), plus ``current`` if withdrawn.

        With ``group_with`` (the name of the category list, e.g. ``"SectorCategory"``) the items
        come in option groups named after their category, as Django's grouped choices.
        """
        items = [item for item in self.codes.values() if item.active and (only is None or item.code in only)]
        if current and str(current) in self.codes and not self.codes[str(current)].active:
            items.append(self.codes[str(current)])
        if not group_with:
            return [(item.code, item.label()) for item in items]
        groups = {}
        for item in items:
            groups.setdefault(item.category, []).append((item.code, item.label()))
        categories = codelist(group_with)
        return [(categories.get(code).label() if code in categories else code, group) for code, group in groups.items()]


def english_name(element):
    """The English narrative of a ``<name>``: the one without ``xml:lang`` (the list's own language)."""
    if element is None:
        return ""
    for narrative in element.findall("narrative"):
        if narrative.get(XML_LANG) in (None, "en"):
            return " ".join((narrative.text or "").split())
    return ""


@cache
def codelist(name):
    tree = etree.parse(str(DATA / "codelists" / f"{name}.xml"))
    codes = {}
    for item in tree.iterfind("codelist-items/codelist-item"):
        code = item.findtext("code").strip()
        codes[code] = Code(
            code=code,
            name=english_name(item.find("name")) or code,
            active=item.get("status", "active") != "withdrawn",
            category=(item.findtext("category") or "").strip(),
        )
    return Codelist(name, codes)


def validate_code(name, value, only=None):
    """A form or model error unless ``value`` is in the list (withdrawn codes pass: they are read)."""
    if value in (None, ""):
        return
    if str(value) not in codelist(name) or (only is not None and str(value) not in only):
        raise ValidationError(_("“%(value)s” is not a code of the IATI %(list)s list."), params={"value": value, "list": name})


class CodelistChoiceField(forms.ChoiceField):
    """A select of a code list's active items; the stored code stays selectable if it was withdrawn."""

    def __init__(self, *, codelist_name, only=None, group_with=None, **kwargs):
        self.codelist_name = codelist_name
        self.only = only
        self.group_with = group_with
        kwargs.pop("choices", None)
        super().__init__(choices=self.build_choices, **kwargs)

    def build_choices(self, current=None):
        items = codelist(self.codelist_name).choices(current=current, only=self.only, group_with=self.group_with)
        return [("", "---------"), *items]

    def prepare_value(self, value):
        # Called with the bound value while rendering: keep a withdrawn stored code in the list.
        if value and str(value) in codelist(self.codelist_name) and not codelist(self.codelist_name).is_active(value):
            self.choices = self.build_choices(current=value)
        return super().prepare_value(value)

    def valid_value(self, value):
        return str(value) in codelist(self.codelist_name) and (self.only is None or str(value) in self.only)


class CodelistField(models.CharField):
    """A code from an IATI list, stored as text.

    The choices are not part of the model (so migrations do not carry 300 sector names and a new
    list needs no migration); the form field offers the active items, the model validates
    against the whole list.
    """

    def __init__(self, *args, codelist=None, only=None, group_with=None, **kwargs):
        self.codelist_name = codelist
        self.only = tuple(only) if only else None
        self.group_with = group_with
        kwargs.setdefault("max_length", 10)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["codelist"] = self.codelist_name
        if self.only:
            kwargs["only"] = self.only
        if self.group_with:
            kwargs["group_with"] = self.group_with
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        validate_code(self.codelist_name, value, self.only)

    def formfield(self, **kwargs):
        options = {
            "codelist_name": self.codelist_name,
            "only": self.only,
            "group_with": self.group_with,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
        }
        if self.has_default():
            options["initial"] = self.default
        return CodelistChoiceField(**options)
