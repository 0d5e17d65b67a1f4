"""How the projects listing reads its query string, in one place: the filters (``?status=``,
``?donor=``, ``?region=``, ``?year=``, ``?tag=``), the order (``?order=oldest``), and what the page
cache keys each route on. The donor and tag pages are the same listing with one filter fixed."""

import django_filters
from django.http import Http404
from django.utils import timezone

from core.filters import PortalFilterSet, TagFilter
from core.listing import FIRST_YEAR, LAST_YEAR
from core.models import Organisation
from core.query_parameters import one_of, page_number, raw, text

from .kinds import ProjectRole, ProjectStatus, active_in_year_q, status_q
from .regions import Region


class ProjectFilter(PortalFilterSet):
    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices, method="by_status")
    donor = django_filters.CharFilter(method="by_donor")
    region = django_filters.CharFilter(method="by_region")
    year = django_filters.CharFilter(method="by_year")
    tag = TagFilter()
    order = django_filters.CharFilter(method="by_order")

    def filter_queryset(self, queryset):
        # Donor and region filters follow relations: one row per project, whatever matched.
        return super().filter_queryset(queryset).distinct()

    def by_status(self, queryset, name, value):
        """Planned, active or completed today (the status shown on the card)."""
        self.active["status"] = ProjectStatus(value)
        return queryset.filter(status_q(value, timezone.localdate()))

    def by_donor(self, queryset, name, value):
        """Funded by this organisation (slug of the listing's language)."""
        donor = Organisation.objects.filter(slug=value[:80], locale_id=self.index.locale_id).first()
        if donor is None:
            raise Http404("unknown donor")
        self.active["donor"] = donor
        return queryset.filter(organisations__role=ProjectRole.DONOR, organisations__organisation=donor)

    def by_region(self, queryset, name, value):
        region = Region.objects.filter(slug=value[:80], locale_id=self.index.locale_id).first()
        if region is None:
            raise Http404("unknown region")
        self.active["region"] = region
        # Match by slug, so a community left pointing at another language's region still counts.
        return queryset.filter(communities__region__slug=region.slug)

    def by_year(self, queryset, name, value):
        """Running at some time in that calendar year."""
        try:
            year = int(value)
        except ValueError:
            raise Http404("not a year") from None
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise Http404("year out of range")
        self.active["year"] = year
        return queryset.filter(active_in_year_q(year))

    def by_order(self, queryset, name, value):
        """Newest first unless ``oldest`` is asked for; any other value is the default, as the cache reads it."""
        if value == "oldest":
            return queryset.order_by("start_date", "pk")
        return queryset


_FILTERS = {"status": raw, "region": text(80), "year": raw, "order": one_of("oldest"), "page": page_number}
_OPEN_DATA = {"status": raw, "region": text(80), "year": raw, "order": one_of("oldest"), "donor": text(80), "tag": text(100)}
#: The query parameters each route reads: the page cache keys on these and nothing else.
CACHE_PARAMETERS = {
    "index_route": {**_FILTERS, "donor": text(80), "tag": text(100)},
    "donor_route": {**_FILTERS, "tag": text(100)},
    "tag_route": {**_FILTERS, "donor": text(80)},
    # The open data files: every project of the filters (no page), newest or oldest first.
    "csv_route": {**_OPEN_DATA},
    "json_route": {**_OPEN_DATA},
}
