"""Pages of one family that name a page of another: the reports of an event, the news of a project.

The family that owns the field registers it in its ``wagtail_hooks.py``::

    @hooks.register(PAGE_LINK_HOOK)
    def reports_of_events():
        return PageLink(NewsPage, "related_event", target="events.EventPage",
                        heading=_("Reports from this event"), key="reports")

and the page pointed at lists ``linking_pages(self)`` (through ``components/linked_pages.html``)
without knowing who links to it — a site without the news plugin has no reports section.
"""

from dataclasses import dataclass

from wagtail import hooks

from .cards import prepare_cards
from .visibility import public

PAGE_LINK_HOOK = "register_page_link"


@dataclass(frozen=True)
class PageLink:
    #: the page type holding the field, and the field (a ForeignKey to a page)
    model: type
    field: str
    #: the page type the field points at (``app_label.ModelName``)
    target: str
    #: the heading of the list on the target page, and a key for its HTML id
    heading: str
    key: str


def page_links(page):
    """The registered links that can point at ``page``'s type."""
    label = type(page)._meta.label
    links = [register() for register in hooks.get_hooks(PAGE_LINK_HOOK)]
    return [link for link in links if link.target == label]


def linking_pages(page, limit=12):
    """``[(link, pages)]``: for each field that can name ``page``, the public pages of its language
    naming it, newest first — one query per field and one for all card images."""
    groups = []
    if page.pk is None:  # a preview before the first save: nothing can name it yet
        return groups
    for link in page_links(page):
        pages = list(
            public(link.model.objects.filter(**{link.field: page}), locale=page.locale_id)
            .select_related(*link.model.card_select_related)
            .order_by("-first_published_at", "-pk")[:limit]
        )
        if pages:
            groups.append((link, pages))
    prepare_cards([linked for _link, pages in groups for linked in pages])
    return groups
