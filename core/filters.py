"""The query-string filters of a listing, declared once per family as a django-filter ``FilterSet``.

Every index (news, events, projects) and every tag page filters through one of these: the
fields and how each is read live in one class, next to the cache parameters they imply
(``core.query_parameters``). A value no filter can read is the client's mistake and a ``404`` —
never a ``500``, never a silently different page.

``PortalFilterSet.active`` collects what is filtered by, as objects the templates show ("News
tagged “Youth”", "Category: Reports").
"""

import django_filters
from django.http import Http404

from . import surrogate_keys
from .models import Tag


class PortalFilterSet(django_filters.FilterSet):
    """A FilterSet whose invalid input is a 404 and whose ``active`` filters the page can name."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, index=None):
        self.index = index  # the index page filtering: its locale, its children
        self.active = {}
        super().__init__(data, queryset, request=request, prefix=prefix)

    @property
    def qs(self):
        if not self.is_valid():
            raise Http404("bad filter")
        return super().qs


class NoFilters(PortalFilterSet):
    """For routes that choose their pages themselves (a tag page, a month): only ``?page=``."""


class TagFilter(django_filters.CharFilter):
    """``?tag=<slug>``: one topic in every language, matched through ``core.TaggedPage``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)

    def filter(self, queryset, value):
        if not value:
            return queryset
        tag = Tag.objects.with_labels().filter(slug=value).first()
        if tag is None:
            raise Http404("unknown tag")
        self.parent.active[self.field_name] = tag
        surrogate_keys.shows_tag(tag.slug)  # a page published with this tag changes the listing
        return queryset.filter(tagged_items__tag=tag)
