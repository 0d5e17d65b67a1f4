"""``{% view_counter page %}`` ("Views: N", with the beacon) and ``{% most_read %}``."""

from django import template
from django.urls import reverse

from core import surrogate_keys

from ..most_read import most_read as most_read_items
from ..most_read import most_read_with_fallback

register = template.Library()


@register.inclusion_tag("viewcounts/view_counter.html", takes_context=True)
def view_counter(context, page):
    request = context.get("request")
    # A page previewed before its first save has no id yet: no beacon address, nothing to count.
    return {
        "total": page.view_total,
        "beacon_url": reverse("viewcounts:view_beacon", args=[page.pk]) if page.pk else "",
        # Previews and the admin's own page views are never counted.
        "send_beacon": page.pk and request is not None and not getattr(request, "is_preview", False),
        "page_id": page.pk,
    }


@register.inclusion_tag("viewcounts/most_read.html", takes_context=True)
def most_read(context, days=7, limit=5, fallback=True):
    page = context.get("page")
    locale = getattr(page, "locale_id", None)
    if locale is None:
        return {"items": []}
    if fallback:
        days, items = most_read_with_fallback(locale, limit)
    else:
        items = most_read_items(locale, days, limit)
    surrogate_keys.shows(*(item for item, _views in items))
    return {"items": items, "days": days, "request": context.get("request")}
