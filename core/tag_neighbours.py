"""Pages sharing the most tags with a page, worked out once and kept exact on publish.

Counting shared tags means counting the tags of every page that shares one: with 10 000 articles
and an article on 40 topics, that is tens of thousands of rows on every render of its "Read
more". Instead each page keeps its best ``KEPT`` live neighbours in its language (``TagNeighbour``
rows, in the order most shared tags, newest first publication, highest id), and a render reads a
few of them.

Why the kept rows stay exact: they are always the true top of the list, and only a publish or an
unpublish changes it.

- A page leaving (unpublished, deleted, or published with fewer tags) is removed from every list.
  What remains is still the true top, only shorter.
- A page arriving (published) is added to another page's list where it ranks above that list's
  last row, or anywhere if that list is ``complete`` (it already holds every page sharing a tag).
  A list that grows beyond ``KEPT`` drops its last row and is no longer complete.

A list that has become too short to answer is worked out again when it is next read. Who may see
a page (restrictions, expiry) is not kept here: ``core.related`` filters it when reading, so
making a section private needs no rework.
"""

import datetime as dt

from django.db import transaction
from django.db.models import Count, F
from wagtail.models import Page

from .models import TaggedPage, TagNeighbour, TagNeighbourhood

#: Neighbours kept per page: a few more than a carousel shows, so some may leave before a rework.
KEPT = 12

#: The carousel's order: most shared tags, newest first publication, highest id.
ORDER = ("-shared_tags", F("first_published_at").desc(nulls_last=True), "-pk")
KEPT_ORDER = ("-shared_tags", F("neighbour_published_at").desc(nulls_last=True), "-neighbour_id")

_EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)


def _rank(shared_tags, published_at, pk):
    """A sort key equal to ``ORDER``: greater ranks first."""
    return (shared_tags, published_at or _EARLIEST, pk)


def ranked_candidates(page):
    """``[(pk, shared_tags, first_published_at), …]`` of live pages of ``page``'s language sharing a tag with it, best first."""
    tag_ids = TaggedPage.objects.filter(content_object_id=page.pk).values("tag_id")
    return (
        Page.objects.filter(live=True, locale_id=page.locale_id, tagged_items__tag_id__in=tag_ids)
        .exclude(pk=page.pk)
        .annotate(shared_tags=Count("tagged_items"))
        .order_by(*ORDER)
        .values_list("pk", "shared_tags", "first_published_at")
    )


def rebuild(page, ranked=None):
    """Work out ``page``'s kept neighbours from scratch (one counting query, then the writes).

    Returns whether the kept rows are the whole list.
    """
    if ranked is None:
        ranked = list(ranked_candidates(page)[: KEPT + 1])
    with transaction.atomic():
        TagNeighbour.objects.filter(page_id=page.pk).delete()
        TagNeighbour.objects.bulk_create(
            [
                TagNeighbour(page_id=page.pk, neighbour_id=pk, shared_tags=shared, neighbour_published_at=published_at)
                for pk, shared, published_at in ranked[:KEPT]
            ],
            ignore_conflicts=True,  # two workers rebuilding the same page at once write the same rows
        )
        complete = len(ranked) <= KEPT
        TagNeighbourhood.objects.update_or_create(page_id=page.pk, defaults={"complete": complete})
    return complete


def forget(page_id):
    """``page_id`` left the live pages: out of every list, its own list gone."""
    TagNeighbour.objects.filter(neighbour_id=page_id).delete()
    TagNeighbour.objects.filter(page_id=page_id).delete()
    TagNeighbourhood.objects.filter(page_id=page_id).delete()


def page_published(page):
    """``page`` went live or changed its tags: its own list anew, and a place in the lists it now ranks in."""
    with transaction.atomic():
        TagNeighbour.objects.filter(neighbour_id=page.pk).delete()  # its old ranks, wherever they were
        ranked = list(ranked_candidates(page))
        rebuild(page, ranked)
        _arrive(page, ranked)


def _arrive(page, ranked):
    """Add ``page`` to the kept lists of the pages in ``ranked`` where it belongs (see the module's doc)."""
    shared_with = {pk: shared for pk, shared, _published_at in ranked}
    neighbours = TaggedPage.objects.filter(tag__tagged_pages__content_object_id=page.pk).values("content_object_id")
    complete = dict(TagNeighbourhood.objects.filter(page_id__in=neighbours).values_list("page_id", "complete"))
    kept = {}
    for row in TagNeighbour.objects.filter(page_id__in=neighbours).values_list(
        "pk", "page_id", "shared_tags", "neighbour_published_at", "neighbour_id"
    ):
        kept.setdefault(row[1], []).append(row)
    arrivals, dropped, no_longer_complete = [], [], []
    for owner, is_complete in complete.items():
        if owner not in shared_with:
            continue  # not live, or another language
        rank = _rank(shared_with[owner], page.first_published_at, page.pk)
        rows = sorted(kept.get(owner, []), key=lambda row: _rank(*row[2:]), reverse=True)
        below_last = not rows or rank < _rank(*rows[-1][2:])
        if not is_complete and below_last:
            continue  # below the kept top: unknown pages may rank between
        if len(rows) >= KEPT:
            no_longer_complete.append(owner)
            if below_last:
                continue
            dropped.append(rows[-1][0])
        arrivals.append(
            TagNeighbour(
                page_id=owner,
                neighbour_id=page.pk,
                shared_tags=shared_with[owner],
                neighbour_published_at=page.first_published_at,
            )
        )
    TagNeighbour.objects.filter(pk__in=dropped).delete()
    TagNeighbour.objects.bulk_create(arrivals, ignore_conflicts=True)
    TagNeighbourhood.objects.filter(page_id__in=no_longer_complete).update(complete=False)


def forget_everything(*args, **kwargs):
    """Signal receiver: a tag was deleted, which changes how many tags pages share; lists are reworked as read."""
    TagNeighbour.objects.all().delete()
    TagNeighbourhood.objects.all().delete()
