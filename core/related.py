"""Related reads: editor-picked pages first, then pages sharing the most tags.

One component for news, events and projects. Whatever the number of picks, tags or
candidates, building the list costs a constant number of queries: picks (1), tags of the page
(1), best tag matches from the kept neighbours (1, ``core.tag_neighbours``), the specific pages
(1 per page family), their images and renditions (2). A page whose neighbours were never worked
out, or whose kept list became too short, pays for the count once.
"""

from django.db.models import Count, OuterRef, Subquery
from wagtail.models import Page

from . import surrogate_keys, tag_neighbours
from .cards import prepare_cards, specific_pages
from .models import RelatedRead, TaggedPage, TagNeighbour, TagNeighbourhood
from .visibility import public_q

DEFAULT_LIMIT = 4


def related_reads(page, limit=DEFAULT_LIMIT, request=None):
    if not page.pk:
        return []
    picks = (
        RelatedRead.objects.filter(public_q("page__", locale=page.locale_id), source_id=page.pk)
        .exclude(page_id=page.pk)
        .order_by("sort_order")
        .values_list("page_id", "page__content_type_id")[:limit]
    )
    chosen = list(dict.fromkeys(picks))
    if len(chosen) < limit:
        chosen += tag_matches(page, limit - len(chosen), exclude=[pk for pk, _ in chosen])
    pages = specific_pages(chosen)
    cards = [pages[pk] for pk, _ in chosen if pk in pages]
    prepare_cards(cards)
    return cards


def tag_matches(page, wanted, exclude=()):
    """``[(pk, content_type_id), …]``: the ``wanted`` public pages sharing the most tags with ``page``."""
    tags = list(
        TaggedPage.objects.filter(content_object_id=page.pk)
        .annotate(kept=Subquery(TagNeighbourhood.objects.filter(page_id=OuterRef("content_object_id")).values("complete")))
        .values_list("tag__slug", "kept")
    )
    for slug, _kept in tags:
        surrogate_keys.shows_tag(slug)  # a page published with one of these tags may belong here
    if not tags:
        return []
    exclude = [page.pk, *exclude]
    if wanted > tag_neighbours.KEPT:
        return _counted_matches(page, wanted, exclude)
    complete = tags[0][1]
    if complete is None:
        complete = tag_neighbours.rebuild(page)
    found = _kept_matches(page, wanted, exclude)
    if len(found) < wanted and not complete:
        # Too few of the kept neighbours are public now (or some were unpublished): count afresh,
        # and keep the new list for the next reader.
        tag_neighbours.rebuild(page)
        found = _counted_matches(page, wanted, exclude)
    return found


def _kept_matches(page, wanted, exclude):
    return list(
        TagNeighbour.objects.filter(public_q("neighbour__"), page_id=page.pk)
        .exclude(neighbour_id__in=exclude)
        .order_by(*tag_neighbours.KEPT_ORDER)
        .values_list("neighbour_id", "neighbour__content_type_id")[:wanted]
    )


def _counted_matches(page, wanted, exclude):
    tag_ids = TaggedPage.objects.filter(content_object_id=page.pk).values("tag_id")
    return list(
        Page.objects.filter(public_q(locale=page.locale_id), tagged_items__tag_id__in=tag_ids)
        .exclude(pk__in=exclude)
        .annotate(shared_tags=Count("tagged_items"))
        .order_by(*tag_neighbours.ORDER)
        .values_list("pk", "content_type_id")[:wanted]
    )
