"""``view_count`` in the headless API: what readers see on the page."""

from rest_framework.fields import IntegerField

from .models import with_view_counts


class ViewCountField(IntegerField):
    """``view_count``: what readers see on the page — views before migration plus views counted here."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "view_total")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def optimise_queryset(self, queryset, field_name):
        return with_view_counts(queryset)
