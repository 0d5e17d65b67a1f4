"""Cards: how any page is shown in a list, and how a whole list of them is loaded at once.

Every page type has a card (``BasePage.card_template``; an event's shows its dates and venues,
a project's its status and donors) rendered by ``{% page_card %}``. Lists mixing families —
home, related reads, most read, search, tag pages — load their cards here in a fixed number of
queries: the specific pages (one query per family), their images with renditions (two), and
what each family's card adds (``prepare_cards`` on the model: one or two more per family).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model

from .models import BasePage

CARD_RENDITION = "fill-640x400-c60|format-webp"
#: An organisation's logo beside its name in an aside (twice the size it is shown at).
ORGANISATION_LOGO = "max-160x80"


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


def has_renditions(image):
    return "renditions" in getattr(image, "_prefetched_objects_cache", {}) or hasattr(image, "prefetched_renditions")


def attach_logos(organisations, rendition=ORGANISATION_LOGO):
    """Load the logos of ``organisations`` with their rendition prefetched: two queries in all,
    none when they are loaded already."""
    organisations = list(organisations)
    wanted = {
        organisation.logo_id
        for organisation in organisations
        if organisation.logo_id and not (type(organisation).logo.is_cached(organisation) and has_renditions(organisation.logo))
    }
    if wanted:
        logos = get_image_model().objects.filter(pk__in=wanted).prefetch_renditions(rendition).in_bulk()
        for organisation in organisations:
            if organisation.logo_id in logos:
                organisation.logo = logos[organisation.logo_id]
    return organisations


def prepare_cards(pages):
    """Everything the cards of ``pages`` show, for the whole list at once."""
    attach_card_images(pages)
    by_type = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        if issubclass(model, BasePage):
            model.prepare_cards(group)
