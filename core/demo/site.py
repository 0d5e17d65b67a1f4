"""The root of the demo site: the home page in every language, the Site record, the pages each
home features, and the portal's settings."""

from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Page, Site

from core.models import AlertSeverity, PortalSettings, SiteAlert

from .families import plain_fields
from .images import check_recipe, image_from
from .pages import publish, translation
from .records import read_toml
from .shared import ensure_translated


@dataclass
class SiteRoot:
    """The page model every language's tree hangs from, and the file describing it (the home
    plugin declares one). Its ``featured`` list names pages as ``<plugin>/<file name>``."""

    model: type
    file: Path
    name: str = ""

    def read(self):
        record = read_toml(self.file)
        record.require_languages("title")
        if "hero" in record:
            check_recipe(record.table("hero"))
        record.get("featured", [], list)
        return record

    def load(self, demo, record):
        source_code, slug = demo.source_code, record.get("slug", "home")
        hero = image_from(record.table("hero")) if "hero" in record else None
        home = self.model.objects.filter(locale=demo.source_locale, depth=2).first()
        if home is None:
            # Replace the "Welcome to Wagtail" page that Wagtail's first migration creates.
            for welcome in Page.objects.filter(depth=2, content_type__model="page"):
                welcome.delete()
            root = Page.get_first_root_node()
            home = self.model(
                slug=slug, locale=demo.source_locale, hero_image=hero, **plain_fields(self.model, record, source_code)
            )
            root.add_child(instance=home)
            publish(home)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        # `make run` serves the demo here; canonical and hreflang links use the site's address.
        address = record.table("site")
        site.hostname, site.port = address.get("hostname", "localhost", str), address.get("port", 80, int)
        site.root_page, site.site_name = home, home.title
        site.save()
        demo.site = site
        demo.homes[source_code] = home
        for code, locale in demo.locales.items():
            if locale != demo.source_locale and code in record.languages:
                demo.homes[code] = translation(home, locale, slug=f"{slug}-{code}", **plain_fields(self.model, record, code))
        demo.log(f"Home pages in {len(demo.homes)} languages.")


def feature_on_homes(demo, record):
    """Editor-picked pages on each home page, in its own language (skipping plugins not loaded)."""
    for code, home in demo.homes.items():
        wanted = []
        for reference in record.get("featured", []):
            name, _slash, slug = reference.partition("/")
            page = demo.pages.get(name, {}).get(slug, {}).get(code)
            if page is not None:
                wanted.append(page.pk)
        home = type(home).objects.get(pk=home.pk)
        if list(home.featured_items.order_by("sort_order").values_list("page_id", flat=True)) == wanted:
            continue
        home.featured_items = [home.featured_items.model(page_id=pk, sort_order=number) for number, pk in enumerate(wanted)]
        demo.homes[code] = publish(home)


def configure_portal(demo, portal):
    """The portal's name, logo and publisher (``core/demo/data/portal.toml``) on the demo site."""
    if demo.site is None:
        return
    settings = PortalSettings.for_site(demo.site)
    settings.site_name = portal.get("site_name", "")
    settings.logo = image_from(portal.table("logo"), kind="logo")
    settings.publisher = demo.vocabulary["organisations"][portal.get("publisher")]
    settings.save()
    demo.log("Portal settings saved.")
    notice = portal.table("notice")
    if notice.languages:
        texts = {
            code: {"title": text.require("title"), "message": text.get("message", "")} for code, text in notice.languages.items()
        }
        severity = notice.get("severity", AlertSeverity.INFORMATION)
        ensure_translated(
            demo,
            SiteAlert,
            lookup={"title": texts[demo.source_locale.language_code]["title"]},
            texts=texts,
            create=lambda: {"severity": severity},
        )
        demo.log("Site notice shown in every language.")
