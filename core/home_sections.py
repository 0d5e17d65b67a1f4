"""Sections that page families contribute to the home page, without the home plugin importing them.

A plugin registers a :class:`HomeSection` with Wagtail's hook registry in its
``wagtail_hooks.py``::

    @hooks.register(HOME_SECTION_HOOK)
    def latest_news():
        return HomeSection(key="latest_news", heading=_("Latest news"), items=NewsPage.for_home, ...)

The home page asks for sections by key ("latest_news", "upcoming_events", "active_projects"), so a
site with only the news plugin simply has no events section. Each ``items`` callable returns the
cards of one locale in a constant number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

HOME_SECTION_HOOK = "register_home_section"


@dataclass(frozen=True)
class HomeSection:
    key: str
    heading: str
    #: ``items(locale, limit) -> list`` of specific pages, cards ready to render.
    items: Callable
    #: the index model whose live page in the locale is linked as "All …".
    index_model: type
    more_label: str
    #: template rendering the list; receives ``items``.
    template: str
    #: whether the index's ``tag/<slug>/`` pages list every family carrying the tag (the home
    #: page's tag cloud links there)
    hosts_tag_pages: bool = False


def home_sections():
    """``{key: HomeSection}`` of every installed plugin."""
    sections = {}
    for register in hooks.get_hooks(HOME_SECTION_HOOK):
        section = register()
        sections[section.key] = section
    return sections
