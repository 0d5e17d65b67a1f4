"""Tag names per language, where translators work.

A tag is one topic for every translation of a page; its name in each language is a ``TagLabel``
(``core.models.tags``). wagtail-localize copies a page's tags to its translations as they are —
a topic is not a word — so it never asks for their names, and a new tag would show its English
name on Ukrainian pages until someone found Directory → Tags. Here:

* ``untranslated_tags(locale)`` — tags used by pages that have no name in that language;
* ``TagNamesView`` — one screen to name the tags of a page (or all untranslated ones) in one
  language, linked from the translation editor ("3 tags have no Ukrainian name yet") and from
  the status report, open to that language's translators;
* ``untranslated_counts(locales)`` — the status report's per-language count.
"""

from django import forms
from django.contrib import messages
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from ..models import Tag, TaggedPage, TagLabel
from .permissions import allowed_target_locales, forbidden, may_submit


def _named_in(locale):
    return Exists(TagLabel.objects.filter(tag=OuterRef("pk"), locale=locale))


def tags_in_use():
    return Tag.objects.filter(Exists(TaggedPage.objects.filter(tag=OuterRef("pk"))))


def untranslated_tags(locale, page=None):
    """Tags (of ``page``, or used by any page) with no name in ``locale``; none in the default language,
    where a tag's own name is its name."""
    if locale.pk == Locale.get_default().pk:
        return Tag.objects.none()
    tags = page.tags.all() if page is not None else tags_in_use()
    return tags.exclude(_named_in(locale)).order_by("name")


def untranslated_counts(locales):
    """``{locale_id: n}`` for the status report, in one query."""
    default = Locale.get_default()
    targets = [locale for locale in locales if locale.pk != default.pk]
    if not targets:
        return {}
    counts = tags_in_use().aggregate(
        **{
            f"missing_{locale.pk}": Count("pk", filter=~Q(pk__in=TagLabel.objects.filter(locale=locale).values("tag_id")))
            for locale in targets
        }
    )
    return {locale.pk: counts[f"missing_{locale.pk}"] for locale in targets}


class TagNamesForm(forms.Form):
    """One field per tag: its name in the chosen language (empty leaves it unnamed)."""

    def __init__(self, *args, tags, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.tags = list(tags)
        names = dict(TagLabel.objects.filter(tag__in=self.tags, locale=locale).values_list("tag_id", "name"))
        for tag in self.tags:
            self.fields[f"tag-{tag.pk}"] = forms.CharField(
                label=tag.name, required=False, max_length=100, initial=names.get(tag.pk, "")
            )

    def rows(self):
        return [(tag, self[f"tag-{tag.pk}"]) for tag in self.tags]

    def save(self, locale):
        saved = 0
        for tag in self.tags:
            name = self.cleaned_data[f"tag-{tag.pk}"].strip()
            if name:
                _label, created = TagLabel.objects.update_or_create(tag=tag, locale=locale, defaults={"name": name})
                saved += 1
        return saved


class TagNamesView(WagtailAdminTemplateMixin, FormView):
    """``/admin/translation/tags/?locale=uk[&page=42][&next=…]``: name tags in one language."""

    template_name = "core/admin/tag_names.html"
    page_title = gettext_lazy("Tag names")
    header_icon = "tag"

    def dispatch(self, request, *args, **kwargs):
        if not may_submit(request.user):
            return forbidden(request, _("Only editors and translators may name tags."))
        self.locales = allowed_target_locales(request.user).exclude(pk=Locale.get_default().pk).order_by("pk")
        code = request.GET.get("locale") or (self.locales[0].language_code if self.locales else "")
        self.locale = self.locales.filter(language_code=code).first()
        if self.locale is None:
            return forbidden(request, _("You may name tags in your own languages only."))
        self.page = None
        if request.GET.get("page", "").isdigit():
            self.page = Page.objects.filter(pk=request.GET["page"]).first()
            if self.page is None:
                raise Http404
            self.page = self.page.specific
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.locale.get_display_name()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def tags(self):
        if self.page is not None and hasattr(self.page, "tags"):
            return self.page.tags.all().order_by("name")
        missing = untranslated_tags(self.locale)
        return missing if missing.exists() else tags_in_use().order_by("name")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "tags": self.tags(), "locale": self.locale}

    def get_form_class(self):
        return TagNamesForm

    def next_url(self):
        candidate = self.request.GET.get("next", "")
        if candidate and url_has_allowed_host_and_scheme(candidate, {self.request.get_host()}):
            return candidate
        return ""

    def form_valid(self, form):
        saved = form.save(self.locale)
        messages.success(
            self.request,
            _("%(count)d tag names saved in %(language)s.") % {"count": saved, "language": self.locale.get_display_name()},
        )
        return redirect(self.next_url() or self.request.get_full_path())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            locale=self.locale,
            locales=self.locales,
            page=self.page,
            next_url=self.next_url(),
            action_url=self.request.get_full_path(),
            report_url=reverse("translation_status"),
        )
        return context
