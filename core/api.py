"""The headless API: Wagtail API v2 at ``/api/v2/`` (pages, images, documents).

Wagtail's endpoints, made fit for a public portal:

* **anonymous and read-only** — no session or login is looked at, so every answer is the one any
  visitor gets; only ``GET``/``HEAD`` are routed (anything else is 405);
* **only what the site shows** — live pages outside private sections, images and documents
  outside private collections, whoever asks;
* **cacheable** — ``Cache-Control: public, max-age=60`` on successful answers, JSON only (the
  browsable renderer would put a CSRF cookie in a shared cache);
* **bounded** — a listing costs a constant number of queries whatever its length (see
  ``core.api_fields``), hostile parameters are a 400/404, never a 500, and anonymous clients are
  throttled by a salted hash of their address (``core.throttling``), never the address itself.

Page types choose what they expose with ``api_fields`` next to their fields.
"""

import re
from types import SimpleNamespace
from urllib.parse import unquote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.cache import patch_cache_control
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Page, Site

from .models import TaggedPage
from .visibility import public_for_search

CACHE_MAX_AGE = 60
MAX_SEARCH_LENGTH = 200
MAX_INTEGER = 2**63 - 1


class PortalPagination(WagtailPagination):
    """Wagtail's limit/offset pagination; an offset past the end is an empty page without a
    query, so ``?offset=10**30`` cannot overflow the database's integer."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return page


def shares_tags(model):
    """Whether ``model.tags`` are the portal's shared topics (through ``core.TaggedPage``)."""
    field = next((f for f in model._meta.get_fields() if f.name == "tags"), None)
    return getattr(field, "through", None) is TaggedPage


class PortalFieldsFilter(FieldsFilter):
    """Wagtail's field filters (``?category=3``), made safe and useful for these models:

    * ``?tags=youth,open-data`` matches tag **slugs** (one topic in every language; names differ
      per language) through ``core.TaggedPage`` — taggit's own join breaks on page inheritance;
    * integers are checked against the database's range first: a foreign key compared to
      ``10**30`` overflows the driver instead of matching nothing.
    """

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        params = request.GET.copy()
        tag_slugs = params.pop("tags", None) if "tags" in fields and shares_tags(queryset.model) else None
        for name, value in params.items():
            if name not in fields:
                continue
            field = next((f for f in queryset.model._meta.concrete_fields if name in (f.name, f.attname)), None)
            if isinstance(field, models.IntegerField | models.AutoField | models.ForeignKey):
                try:
                    out_of_range = abs(int(value)) > MAX_INTEGER
                except ValueError:
                    out_of_range = False  # Wagtail's own check says what is wrong with it
                if out_of_range:
                    raise BadRequestError(f"field filter error. {name} is out of range")
        queryset = super().filter_queryset(SimpleNamespace(GET=params), queryset, view)
        if tag_slugs:
            for slug in tag_slugs[-1].split(","):
                queryset = queryset.filter(tagged_items__tag__slug=slug.strip())
            queryset._filtered_by_tag = True  # Wagtail's search refuses to combine with it
        return queryset


class WordSearchFilter(SearchFilter):
    """``?search=``: only the words reach the search backend. Quotes, brackets and operators are
    syntax to SQLite FTS5 and PostgreSQL tsquery, and a stray one must not become a 500."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if request.GET.get("search_operator", "or") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = " ".join(re.findall(r"\w+", request.GET["search"][:MAX_SEARCH_LENGTH]))
        if not words:
            return queryset.none()
        params = request.GET.copy()
        params["search"] = words
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class PublicAPIMixin:
    authentication_classes = ()
    permission_classes = (AllowAny,)
    renderer_classes = (JSONRenderer,)
    pagination_class = PortalPagination
    http_method_names = ("get", "head", "options")

    def handle_exception(self, exc):
        # A filter value the model field cannot read (``?date=soon``) is the client's mistake.
        if isinstance(exc, ValidationError):
            exc = BadRequestError("; ".join(exc.messages))
        return super().handle_exception(exc)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                pk = int(request.GET["id"])
            except ValueError:
                pk = -1
            if not 0 <= pk <= MAX_INTEGER:
                raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_MAX_AGE)
        return response


def public_collections_q():
    """Objects outside every collection with a view restriction (whoever asks)."""
    condition = Q()
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        condition &= ~Q(collection__path__startswith=path)
    return condition


class PortalPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    filter_backends = [PortalFieldsFilter, *PagesAPIViewSet.filter_backends[1:-1], WordSearchFilter]

    def get_base_queryset(self):
        # Wagtail asks for it several times a request (listing, count, parent links), and each
        # time reads the restrictions and the root's translations again; once is enough.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = public_for_search(super().get_base_queryset()).select_related("locale")
        return self._base_queryset.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is Page:
            return queryset
        # ``?type=news.NewsPage``: a queryset of that model, fetched with what its fields need.
        queryset = queryset.select_related("locale")
        if self.action == "listing_view":
            queryset = self.optimise(queryset, self.listing_field_names(queryset.model))
        return queryset

    def find_object(self, queryset, request):
        """``find/?html_path=/uk/news/…/``: the path as the site shows it, language prefix included."""
        if "html_path" in request.GET:
            page = self.route(request.GET["html_path"])
            return page if page is not None and queryset.filter(pk=page.pk).exists() else None
        return super().find_object(queryset, request)

    def route(self, html_path):
        site = Site.find_for_request(self.request)
        language, *components = [part for part in unquote(html_path).split("/") if part] or [""]
        if site is None or language not in dict(settings.LANGUAGES):
            return None
        with translation.override(language):
            root = site.root_page.localized
        if root.locale.language_code != language:
            return None
        try:
            return root.specific.route(self.request, components).page
        except Http404:
            return None

    def listing_field_names(self, model):
        """The fields this listing request will serialise (defaults plus ``?fields=``)."""
        try:
            fields_config = parse_fields_parameter(self.request.GET.get("fields", ""))
        except ValueError as error:
            raise BadRequestError(f"fields error: {error}") from error
        serializer_class = self._get_serializer_class(self.request.wagtailapi_router, model, fields_config)
        return serializer_class.Meta.fields

    @classmethod
    def optimise(cls, queryset, field_names):
        """Fetch the relations of the fields asked for with the listing, not once per item."""
        model = queryset.model
        serializers = {field.name: field.serializer for field in cls.get_body_fields(model)}
        for name in field_names:
            serializer = serializers.get(name)
            if hasattr(serializer, "optimise_queryset"):
                queryset = serializer.optimise_queryset(queryset, name)
                continue
            model_field = next((f for f in model._meta.get_fields() if f.name == name), None)
            if model_field is None or not model_field.is_relation:
                continue
            if model_field.many_to_one:
                queryset = queryset.select_related(name)
            elif model_field.one_to_many or model_field.many_to_many:
                queryset = queryset.prefetch_related(name)
        return queryset


class PortalImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    filter_backends = [PortalFieldsFilter, *ImagesAPIViewSet.filter_backends[1:-1], WordSearchFilter]

    def get_queryset(self):
        return super().get_queryset().filter(public_collections_q())


class PortalDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    filter_backends = [PortalFieldsFilter, *DocumentsAPIViewSet.filter_backends[1:-1], WordSearchFilter]

    def get_queryset(self):
        return super().get_queryset().filter(public_collections_q())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
