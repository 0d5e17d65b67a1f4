"""Serializer fields for the headless API, shared by news, events and projects.

Page models name them in ``api_fields``; ``core.api`` serves them at ``/api/v2/``. This module
imports nothing from the API views, so models can import it while Django is still loading.

A field that reads relations says how to fetch them for a whole listing at once
(``optimise_queryset``): the pages endpoint applies that for the fields a request asks for, so
a page of 20 articles costs the same number of queries as a page of 2.
"""

import zoneinfo

from django.db.models import Prefetch, QuerySet
from rest_framework.fields import Field
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from .visibility import is_public

API_IMAGE_RENDITION = "fill-1200x630"


class OptimisedField(Field):
    """A read-only field that knows which relations to fetch with the listing it appears in."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def relation_name(self, field_name):
        return self.source or field_name

    def optimise_queryset(self, queryset, field_name):
        return queryset


class TagsField(OptimisedField):
    """``[{"slug": …, "name": …}]``: the page's topics, named in the page's own language.

    The slug is the same in every language (it is what ``<news index>tag/<slug>/`` uses), so a
    client can match topics across translations.
    """

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        cached = getattr(page, "_prefetched_objects_cache", {})
        tags = cached.get("tags")
        if tags is None:
            tags = page.tags.all()
            if isinstance(tags, QuerySet):
                tags = tags.prefetch_related("labels")
        result = []
        for tag in tags:
            name = next((label.name for label in tag.labels.all() if label.locale_id == page.locale_id), tag.name)
            result.append({"slug": tag.slug, "name": name})
        return sorted(result, key=lambda item: item["name"].casefold())

    def optimise_queryset(self, queryset, field_name):
        # taggit's prefetch takes no custom queryset; the labels follow as a second lookup.
        return queryset.prefetch_related("tags", "tags__labels")


class RelatedObjectField(OptimisedField):
    """A foreign key as a small object of the attributes a client needs, e.g. ``{"slug", "name"}``."""

    def __init__(self, attributes=("name",), **kwargs):
        self.attributes = tuple(attributes)
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return {name: getattr(obj, name) for name in self.attributes}

    def optimise_queryset(self, queryset, field_name):
        return queryset.select_related(self.relation_name(field_name))


class PageLinkField(OptimisedField):
    """A link to another page — ``{"id", "title", "html_url"}`` — or ``null`` when that page is
    a draft or private, so the API never reveals what the site itself does not show."""

    def to_representation(self, page):
        if not is_public(page):
            return None
        return {"id": page.pk, "title": page.title, "html_url": page.get_full_url(self.context.get("request"))}

    def optimise_queryset(self, queryset, field_name):
        return queryset.select_related(self.relation_name(field_name))


class ChildListField(OptimisedField):
    """An orderable child relation (authors, venues) as a list of plain objects."""

    def __init__(self, attributes, **kwargs):
        self.attributes = tuple(attributes)
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return [{name: getattr(child, name) for name in self.attributes} for child in manager.all()]

    def optimise_queryset(self, queryset, field_name):
        return queryset.prefetch_related(self.relation_name(field_name))


class RelatedNamesField(OptimisedField):
    """Names of the objects a child relation points at, once each, in the editor's order.

    ``RelatedNamesField("organisations", "organisation", role="donor")`` lists the donors of a
    project; keyword arguments keep only the links whose attributes have those values.
    """

    def __init__(self, relation, target, **conditions):
        self.relation, self.target, self.conditions = relation, target, conditions
        super().__init__()

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        names = []
        for link in getattr(instance, self.relation).all():
            if all(getattr(link, key) == value for key, value in self.conditions.items()):
                target = getattr(link, self.target)
                if target is not None:
                    names.append(target.name)
        return list(dict.fromkeys(names))

    def optimise_queryset(self, queryset, field_name):
        return queryset.prefetch_related(f"{self.relation}__{self.target}")


class ZonedDateTimeField(OptimisedField):
    """An aware ISO 8601 datetime on the wall clock of the zone named by ``zone_field``.

    ``2026-05-14T10:00:00+03:00`` says both the instant and what organisers wrote, which a
    value converted to the server's zone would not.
    """

    def __init__(self, zone_field="time_zone", **kwargs):
        self.zone_field = zone_field
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        if value is None:
            return None
        return value.astimezone(zoneinfo.ZoneInfo(getattr(instance, self.zone_field)))

    def to_representation(self, value):
        return value.isoformat()


class ImageField(OptimisedField):
    """An image as one rendition a client can show straight away: ``{"id", "url", "full_url",
    "width", "height", "alt"}``; the original is at ``/api/v2/images/<id>/``."""

    def __init__(self, filter_spec=API_IMAGE_RENDITION, **kwargs):
        self.filter_spec = filter_spec
        super().__init__(**kwargs)

    def to_representation(self, image):
        try:
            rendition = image.get_rendition(self.filter_spec)
        except SourceImageIOError:
            return {"id": image.pk, "error": "SourceImageIOError"}
        request = self.context.get("request")
        return {
            "id": image.pk,
            "url": rendition.url,
            "full_url": request.build_absolute_uri(rendition.url) if request else rendition.full_url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.alt,
        }

    def optimise_queryset(self, queryset, field_name):
        images = get_image_model().objects.prefetch_renditions(self.filter_spec)
        return queryset.prefetch_related(Prefetch(self.relation_name(field_name), queryset=images))
