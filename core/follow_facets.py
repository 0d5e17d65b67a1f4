"""What readers can follow in every family at once: topics (tags) and funding programmes.

Both are core's own vocabularies, shared by news, events and projects, so core offers them itself
(``core.wagtail_hooks`` registers ``core_facets``). A tag's slug and a programme's translation key are
the same in every language, so a reader following them gets the pages of their own language.
The programme's funder is also a *donor*: a reader following a donor hears of the articles and
events paid for through a programme it runs (the families add the donors they name themselves).
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .follow import Facet
from .models import FundingProgramme, Organisation, Tag, TaggedPage
from .visibility import public_q

#: The order of the facets on the subscription form; families use the same numbers.
TAG_ORDER, REGION_ORDER, DONOR_ORDER, PROGRAMME_ORDER, EVENT_KIND_ORDER, CATEGORY_ORDER = 10, 20, 30, 35, 40, 50

#: The heading every family gives its donor facet (``follow_facets`` merges them by kind).
DONOR_LABEL = _("Donors and funders")


def language_of(locale):
    """A language code from a Locale, its id or a language code (facets accept any of them);
    ``None`` (a language the portal has no locale for) is the active language."""
    if locale is None:
        return translation.get_language()
    if isinstance(locale, Locale):
        return locale.language_code
    if isinstance(locale, int):
        return Locale.objects.get(pk=locale).language_code
    return str(locale)


def locale_filter(locale):
    """Keyword arguments narrowing a translatable model to ``locale`` (same forms as ``language_of``)."""
    return {"locale__language_code": language_of(locale)}


def organisations_named(links, locale):
    """Organisations some public page names through ``links`` (a queryset of a family's
    page-to-organisation rows, e.g. its donors), in the locale's language: one query. One only a
    draft, restricted or expired page names is not offered: a confidential project's donor must
    not show on the subscription form."""
    keys = links.filter(public_q("page__")).values("organisation__translation_key")
    organisations = Organisation.objects.filter(translation_key__in=keys, **locale_filter(locale))
    return [(organisation.slug, organisation.name) for organisation in organisations.order_by("name")]


def donor_facet(page_model, links):
    """The "donor" facet of a family that names its funders in page-to-organisation rows:
    ``links`` is those rows narrowed to the funding role (a project's donors, an event's funders).
    Choices are the organisations public pages name; a page's values are its own funders."""

    def choices(locale):
        return organisations_named(links, locale)

    def values_of(page):
        if not isinstance(page, page_model):
            return set()
        return set(links.filter(page=page).values_list("organisation__slug", flat=True))

    return Facet(kind="donor", label=DONOR_LABEL, choices=choices, values_of=values_of, order=DONOR_ORDER)


# --- topics ------------------------------------------------------------------------------------


def tag_choices(locale):
    """Topics some public page carries, named in the locale's language: one query. A tag only a
    draft, restricted or expired page carries is not offered (its name alone would tell)."""
    used = TaggedPage.objects.filter(public_q("content_object__")).values("tag_id")
    tags = Tag.objects.filter(pk__in=used).with_labels(language_of(locale))
    return [(tag.slug, tag.label) for tag in tags.order_by("label")]


def tag_values(page):
    """The slugs of the page's tags, whatever its family (tags are one table for all): one query."""
    return set(TaggedPage.objects.filter(content_object_id=page.pk).values_list("tag__slug", flat=True))


# --- funding programmes and their funders ------------------------------------------------------


def programme_ids(page):
    """The funding programmes a page names in its own fields (any family's foreign key to one)."""
    return {
        getattr(page, field.attname)
        for field in page._meta.concrete_fields
        if field.is_relation and field.related_model is FundingProgramme and getattr(page, field.attname)
    }


def programme_choices(locale):
    return [
        (str(programme.translation_key), programme.name)
        for programme in FundingProgramme.objects.filter(**locale_filter(locale)).order_by("name")
    ]


def programme_values(page):
    ids = programme_ids(page)
    if not ids:
        return set()
    return {str(key) for key in FundingProgramme.objects.filter(pk__in=ids).values_list("translation_key", flat=True)}


def funder_choices(locale):
    """Organisations that run a funding programme, in the locale's language."""
    funders = FundingProgramme.objects.filter(funder__isnull=False).values("funder__translation_key")
    organisations = Organisation.objects.filter(translation_key__in=funders, **locale_filter(locale))
    return [(organisation.slug, organisation.name) for organisation in organisations.order_by("name")]


def funder_values(page):
    ids = programme_ids(page)
    if not ids:
        return set()
    return set(FundingProgramme.objects.filter(pk__in=ids, funder__isnull=False).values_list("funder__slug", flat=True))


def core_facets():
    """Registered with ``FOLLOW_FACETS_HOOK`` in ``core.wagtail_hooks``."""
    return [
        Facet(kind="tag", label=_("Topics"), choices=tag_choices, values_of=tag_values, order=TAG_ORDER),
        Facet(kind="donor", label=DONOR_LABEL, choices=funder_choices, values_of=funder_values, order=DONOR_ORDER),
        Facet(
            kind="programme",
            label=_("Funding programmes"),
            choices=programme_choices,
            values_of=programme_values,
            order=PROGRAMME_ORDER,
        ),
    ]
