"""How the news listing reads its query string (``?tag=``, ``?category=``, ``?month=``, ``?page=``),
in one place: the filters, the choices the index's filter form offers, and what the page cache
keys each route on."""

import re

import django_filters
from django.db.models import Count
from django.http import Http404

from core.filters import PortalFilterSet, TagFilter
from core.listing import archive_months, month_bounds
from core.models import Category, Tag
from core.query_parameters import page_number, raw

#: ``?month=2026-11``: what the filter form's month choice sends.
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")


class NewsFilter(PortalFilterSet):
    tag = TagFilter()
    category = django_filters.CharFilter(method="by_category", max_length=100)
    month = django_filters.CharFilter(method="by_month", max_length=7)

    def by_category(self, queryset, name, value):
        """A category's slug is the same in every language; the label shown is the index's language."""
        category = Category.objects.filter(slug=value).first()
        if category is None:
            raise Http404("unknown category")
        self.active["category"] = category.get_translation_or_none(self.index.locale) or category
        return queryset.filter(category__translation_key=category.translation_key)

    def by_month(self, queryset, name, value):
        """Articles dated in that calendar month (the archive's ``month/`` pages, as a form value)."""
        match = MONTH_VALUE.match(value)
        bounds = match and month_bounds(int(match[1]), int(match[2]))
        if not bounds:
            raise Http404("not a month")
        self.active["month"] = bounds[0]
        return queryset.filter(archive_month=bounds[0].date())


def filter_choices(articles, locale_id):
    """What the index's filter form offers: only categories, topics and months its articles have.

    Three queries; the form sits in a kept fragment, so they run once per publish, not per visit.
    """
    categories = Category.objects.filter(
        locale_id=locale_id,
        translation_key__in=articles.order_by().exclude(category=None).values("category__translation_key"),
    ).order_by("name")
    tags = (
        Tag.objects.with_labels()
        .filter(tagged_pages__content_object__in=articles.order_by().values("pk"))
        .annotate(uses=Count("pk"))
        .order_by("label")
    )
    return {"categories": list(categories), "tags": list(tags), "months": archive_months(articles, "archive_month")}


#: The query parameters each route reads: the page cache keys on these and nothing else.
CACHE_PARAMETERS = {
    "index_route": {"page": page_number, "tag": raw, "category": raw, "month": raw},
    "tag_route": {"page": page_number},
    "month_route": {"page": page_number},
}
