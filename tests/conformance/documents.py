"""Fetching the table's addresses through Django's test client, as any reader or program would."""

from dataclasses import dataclass, field

from .portal import Portal
from .table import SITEMAP, TABLE, Route


@dataclass
class Document:
    """One answer, with what the checks need to know about the page behind it."""

    row: str
    language: str | None
    path: str
    status: int
    content_type: str
    body: bytes
    checks: frozenset
    jsonld: tuple = ()
    #: the page model and the sub-route that answered (``None`` for a page without routes)
    model: type | None = None
    route: str | None = None
    #: the page has a picture (og:image and JSON-LD ``image`` expected)
    has_image: bool = False
    #: the page's tags, named in its language
    tags: list = field(default_factory=list)
    #: the portal's settings name a logo (the home's ``Organization.logo`` expected)
    has_logo: bool = False
    #: ``[(address, text)]`` of the sitemap index and every sitemap it lists
    parts: list = field(default_factory=list)
    #: what the page's structured data must reflect (``structured_data.page_facts``: an event's
    #: whole days, open end, learning outcomes, publication)
    facts: dict = field(default_factory=dict)

    @property
    def text(self):
        return self.body.decode()

    @property
    def url(self):
        return f"http://testserver{self.path}"

    def __str__(self):
        return f"{self.row} [{self.language}] {self.path}"


def target_of(row, portal, code):
    """``(path, page or None, route name or None, the page itself?)`` of a row in one language."""
    from wagtail.models import Page

    target = row.at(portal, code)
    if isinstance(target, Route):
        return target.path, target.page.specific, target.name, False
    if isinstance(target, Page):
        page = target.specific
        route = page.resolve_subpage("/")[0].__name__ if hasattr(page, "resolve_subpage") else None
        return page.url, page, route, True
    return target, None, None, False


def fetch_all():
    from wagtail.signal_handlers import disable_reference_index_auto_update

    # Wagtail's reference index (the admin's "usage" counts, which no page shows) is left alone:
    # keeping it up to date would be a third of the time of building.
    with disable_reference_index_auto_update():
        return fetch_rows(Portal())


def fetch_rows(portal):
    from django.test import Client
    from django.utils import translation

    from core.models import PortalSettings
    from core.models.tags import localized_tags

    from ..crawl import sitemap_documents
    from .structured_data import page_facts

    portal.fill()
    # Every row's pages are made before the first address is read: the sitemap, listings and
    # language links then show them all, wherever a row stands in the table.
    targets = [(row, name, code, target_of(row, portal, code)) for row in TABLE for name, code in row.targets()]
    client = Client()
    has_logo = bool(PortalSettings.for_site(portal.home["en"].get_site()).logo_id)
    fetched = {}
    for row, name, code, (path, page, route, itself) in targets:
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        image = getattr(page, "get_og_image", None)
        tags = []
        if itself and hasattr(page, "tags"):
            with translation.override(code):  # the page as stored, not the instance the portal made
                tags = [tag.label for tag in localized_tags(type(page).objects.get(pk=page.pk))]
        fetched[name, code] = Document(
            row=name,
            language=code,
            path=path,
            status=response.status_code,
            content_type=response.get("Content-Type", ""),
            body=body,
            checks=row.checks,
            jsonld=row.jsonld,
            model=type(page) if page is not None else None,
            route=route,
            has_image=bool(image and image()),
            tags=tags,
            has_logo=has_logo,
            parts=sitemap_documents(client) if SITEMAP in row.checks else [],
            facts=page_facts(type(page).objects.get(pk=page.pk)) if itself else {},
        )
    return fetched
