"""How the events listing and its calendar feed read the query string, in one place: the filters
(``?kind=``, ``?city=``, ``?tag=``, ``?month=``), and what the page cache keys each route on.
``?when=past`` (``?past=1`` for the calendar) chooses the events before any filter."""

import django_filters
from django.http import Http404

from core.filters import PortalFilterSet, TagFilter
from core.listing import month_bounds
from core.query_parameters import one_of, page_number, raw, text

from .kinds import EventKind


class EventFilter(PortalFilterSet):
    kind = django_filters.ChoiceFilter(choices=EventKind.choices, method="by_kind")
    city = django_filters.CharFilter(method="by_city")
    tag = TagFilter()
    month = django_filters.CharFilter(method="by_month", max_length=7)

    def by_kind(self, queryset, name, value):
        self.active["kind"] = EventKind(value).label
        return queryset.filter(kind=value)

    def by_city(self, queryset, name, value):
        """One of the event's venues is in this city (any letter case); read like the cache key reads it."""
        value = value.strip()[:120]
        if not value:
            return queryset
        self.active["city"] = value
        return queryset.filter(occurrences__city__iexact=value).distinct()

    def by_month(self, queryset, name, value):
        """``YYYY-MM``: events that take place, at least in part, in that month."""
        bounds = parse_month(value)
        if bounds is None:
            raise Http404("not a month")
        start, end = bounds
        self.active["month"] = start
        return queryset.filter(starts_at__lt=end, ends_at__gte=start)


def parse_month(value):
    """``YYYY-MM`` → the month's aware ``(start, end)``; ``None`` for anything else."""
    try:
        year, month = (int(part) for part in value.split("-", 1))
    except (ValueError, TypeError):
        return None
    return month_bounds(year, month)


_FILTERS = {"kind": raw, "city": text(120, strip=True), "month": raw, "tag": text(100)}
#: The query parameters each route reads: the page cache keys on these and nothing else.
CACHE_PARAMETERS = {
    "index_route": {**_FILTERS, "when": one_of("past"), "page": page_number},
    "tag_route": {"kind": raw, "city": text(120, strip=True), "month": raw, "when": one_of("past"), "page": page_number},
    "ical_route": {**_FILTERS, "past": one_of("1")},
}
