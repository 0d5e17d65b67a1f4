"""Core's part of the demo: locales, the publisher organisation and the portal settings."""

from core.models import Organisation, PortalSettings
from viewcounts.models import PageViewCount, PageViewDay

from . import taxonomy
from .context import DemoContext, ensure_locales
from .images import ensure_image

PUBLISHER = {
    "en": {
        "name": "Open Communities Network",
        "address": "12 Lypova Street, office 4\nKyiv 01001, Ukraine",
    },
    "uk": {
        "name": "Мережа відкритих громад",
        "address": "вул. Липова, 12, офіс 4\nКиїв 01001, Україна",
    },
    "et": {
        "name": "Avatud Kogukondade Võrgustik",
        "address": "Lypova tänav 12, kontor 4\nKyiv 01001, Ukraina",
    },
    "lt": {
        "name": "Atvirų bendruomenių tinklas",
        "address": "Lypovos g. 12, 4 kab.\nKyjivas 01001, Ukraina",
    },
}


def translated_snippet(source, locale, **fields):
    """The translation of a translatable snippet into ``locale``, created once."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def prepare(demo: DemoContext):
    demo.locales = ensure_locales()
    demo.images["logo"] = ensure_image("Portal logo", key="portal-logo", palette="blue", kind="logo")
    source = demo.source_locale
    publisher = Organisation.objects.filter(locale=source, email="office@open-communities.example").first()
    if publisher is None:
        publisher = Organisation.objects.create(
            locale=source,
            short_name="OCN",
            logo=demo.images["logo"],
            url="https://open-communities.example",
            email="office@open-communities.example",
            phone="+380 44 123 45 67",
            **PUBLISHER[source.language_code],
        )
    for code, locale in demo.locales.items():
        if locale != source:
            translated_snippet(publisher, locale, **PUBLISHER[code])
    demo.organisations["publisher"] = publisher
    demo.log("Locales, logo and publisher ready.")
    taxonomy.load(demo)


# What each home page features first: (family in demo.extra, source slug), in this order.
FEATURED = (
    ("projects", "service-centres-within-reach"),
    ("events", "service-design-school"),
    ("news", "nordic-civic-fund-second-round"),
)


def feature_on_homes(demo: DemoContext):
    """Editor-picked items on each home page, in its own language (skipping plugins not loaded)."""
    from .pages import publish

    for code, home in demo.homes.items():
        wanted = []
        for family, slug in FEATURED:
            page = demo.extra.get(family, {}).get(slug, {}).get(code)
            if page is not None:
                wanted.append(page.pk)
        home = type(home).objects.get(pk=home.pk)
        if list(home.featured_items.order_by("sort_order").values_list("page_id", flat=True)) == wanted:
            continue
        home.featured_items = [home.featured_items.model(page_id=pk, sort_order=number) for number, pk in enumerate(wanted)]
        demo.homes[code] = publish(home)


def finish(demo: DemoContext):
    feature_on_homes(demo)
    if demo.site is None:
        return
    portal = PortalSettings.for_site(demo.site)
    portal.site_name = "Civic Portal"
    portal.logo = demo.images["logo"]
    portal.publisher = demo.organisations["publisher"]
    portal.save()
    demo.log("Portal settings saved.")


def in_locale(snippet, locale):
    """The translation of a translatable snippet, or the snippet itself if there is none."""
    if snippet is None:
        return None
    return snippet.get_translation_or_none(locale) or snippet


def seed_view_total(page, earlier):
    """Set a page's running total once: its seeded daily buckets plus ``earlier`` views (counted
    before the buckets began), with the page's legacy count beside it."""
    record, _created = PageViewCount.objects.get_or_create(page_id=page.pk)
    if record.total == 0:
        counted = sum(PageViewDay.objects.filter(page_id=page.pk).values_list("views", flat=True))
        record.total = counted + earlier
        record.legacy = page.views_before_migration
        record.save()
