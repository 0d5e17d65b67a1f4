"""Related reads: editor-picked pages first, then pages sharing the most tags.

One component for news, events and projects. Whatever the number of picks, tags or
candidates, building the list costs a constant number of queries: picks (1), tags of the page
(1), best tag matches (1), the specific pages (1 per page family), their images and renditions
(2).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from wagtail.images import get_image_model
from wagtail.models import Page

from .models import RelatedRead, TaggedPage
from .visibility import public_q

DEFAULT_LIMIT = 4
CARD_RENDITION = "fill-640x400-c60|format-webp"


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
        tag_ids = TaggedPage.objects.filter(content_object_id=page.pk).values("tag_id")
        chosen += list(
            Page.objects.filter(public_q(locale=page.locale_id), tagged_items__tag_id__in=tag_ids)
            .exclude(pk__in=[page.pk, *(pk for pk, _ in chosen)])
            .annotate(shared_tags=Count("tagged_items"))
            .order_by("-shared_tags", "-first_published_at", "-pk")
            .values_list("pk", "content_type_id")[: limit - len(chosen)]
        )
    pages = specific_pages(chosen)
    cards = [pages[pk] for pk, _ in chosen if pk in pages]
    attach_card_images(cards)
    return cards


def specific_pages(pks_with_types):
    """``{pk: specific page}`` from ``[(pk, content_type_id), …]``: one query per page family.

    Each family may name the relations its card shows (``card_select_related``) so cards cost
    no further queries.
    """
    by_type = {}
    for pk, content_type_id in pks_with_types:
        by_type.setdefault(content_type_id, []).append(pk)
    result = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = model.objects.filter(pk__in=pks)
        related = getattr(model, "card_select_related", ())
        if related:
            queryset = queryset.select_related(*related)
        result.update({p.pk: p for p in queryset})
    return result


def attach_card_images(pages, rendition=CARD_RENDITION):
    """Load the card image of each page with its rendition prefetched (two queries in all)."""
    image_ids = {getattr(p, "card_image_id", None) for p in pages} - {None}
    if not image_ids:
        return
    images = {img.pk: img for img in get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(rendition)}
    for p in pages:
        image_id = getattr(p, "card_image_id", None)
        if image_id in images and hasattr(p, "hero_image_id") and p.hero_image_id == image_id:
            p.hero_image = images[image_id]
