"""Related reads: editor-picked pages first, then pages sharing the most tags.

One component for news, events and projects. Whatever the number of picks, tags or
candidates, building the list costs a constant number of queries: picks (1), tags of the page
(1), best tag matches (1), the specific pages (1 per page family), their images and renditions
(2).
"""

from django.db.models import Count
from wagtail.models import Page

from . import surrogate_keys
from .cards import prepare_cards, specific_pages
from .models import RelatedRead, TaggedPage
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
        tags = list(TaggedPage.objects.filter(content_object_id=page.pk).values_list("tag_id", "tag__slug"))
        for _tag_id, slug in tags:
            surrogate_keys.shows_tag(slug)  # a page published with one of these tags may belong here
        tag_ids = [tag_id for tag_id, _slug in tags]
        chosen += list(
            Page.objects.filter(public_q(locale=page.locale_id), tagged_items__tag_id__in=tag_ids)
            .exclude(pk__in=[page.pk, *(pk for pk, _ in chosen)])
            .annotate(shared_tags=Count("tagged_items"))
            .order_by("-shared_tags", "-first_published_at", "-pk")
            .values_list("pk", "content_type_id")[: limit - len(chosen)]
        )
    pages = specific_pages(chosen)
    cards = [pages[pk] for pk, _ in chosen if pk in pages]
    prepare_cards(cards)
    return cards
