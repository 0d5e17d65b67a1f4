"""How the news listing reads its query string (``?tag=``, ``?category=``, ``?page=``), in one place:
the filters, and what the page cache keys each route on."""

import django_filters
from django.http import Http404

from core.filters import PortalFilterSet, TagFilter
from core.models import Category
from core.query_parameters import page_number, raw


class NewsFilter(PortalFilterSet):
    tag = TagFilter()
    category = django_filters.CharFilter(method="by_category", max_length=100)

    def by_category(self, queryset, name, value):
        """A category's slug is the same in every language; the label shown is the index's language."""
        category = Category.objects.filter(slug=value).first()
        if category is None:
            raise Http404("unknown category")
        self.active["category"] = category.get_translation_or_none(self.index.locale) or category
        return queryset.filter(category__translation_key=category.translation_key)


#: The query parameters each route reads: the page cache keys on these and nothing else.
CACHE_PARAMETERS = {
    "index_route": {"page": page_number, "tag": raw, "category": raw},
    "tag_route": {"page": page_number},
    "month_route": {"page": page_number},
}
