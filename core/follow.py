"""What readers can follow by e-mail: the facets each family offers, through a hook.

The alerts app knows no page type. Each family registers ``FOLLOW_FACETS_HOOK`` functions that
return :class:`Facet` objects: a kind (``"tag"``, ``"region"``, ``"donor"``, ``"event_kind"``…),
the choices a reader picks from in a language, and the values one of its pages carries. A
subscription stores ``(kind, value)`` pairs; values are slugs or codes that are the same in
every language, so a reader who follows the region ``lviv-oblast`` in Ukrainian gets the
Ukrainian pages about it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

FOLLOW_FACETS_HOOK = "register_follow_facets"


@dataclass(frozen=True)
class Facet:
    #: A short name stored with subscriptions and used in addresses (``?tag=open-data``).
    kind: str
    #: The heading of the choice on the subscription form ("Topics", "Regions"…).
    label: str
    #: ``choices(locale) -> [(value, name in that locale)]``.
    choices: Callable
    #: ``values_of(page) -> set of values`` for a specific page of the family (empty if none).
    values_of: Callable
    #: The order of the facet on the form.
    order: int = 50


def follow_facets():
    """Every facet offered, merged by kind (two families may both offer donors), in form order."""
    facets = {}
    for register in hooks.get_hooks(FOLLOW_FACETS_HOOK):
        for facet in register():
            facets.setdefault(facet.kind, []).append(facet)
    return facets


def page_follow_values(page):
    """``{kind: {value, …}}`` that ``page`` (specific) carries, from every family that knows it."""
    values = {}
    for kind, facets in follow_facets().items():
        for facet in facets:
            found = facet.values_of(page)
            if found:
                values.setdefault(kind, set()).update(found)
    return values
