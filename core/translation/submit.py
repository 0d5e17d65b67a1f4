"""Starting and syncing translations: wagtail-localize's screens, narrowed to the languages the
user may work in, and the status report's bulk action.

wagtail-localize lets anyone holding ``submit_translation`` send anything into any language, and
nobody else. Here a translator may start and sync translations into their own languages
(``core.translation.permissions``): the screens list only those, and a request naming another
language is refused with ``403``. The views keep wagtail-localize's templates and behaviour; they
are mounted at its own addresses (``core.wagtail_hooks`` registers them first), so every
"Translate" and "Sync" link in the admin leads here.

Whatever starts a translation, it starts as a draft (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
= False``): nothing appears in another language until someone publishes it there.
"""

import contextlib
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import submit_translations, update_translations

from .permissions import allowed_target_locales, forbidden, may_submit, may_translate_anything


def _names_other_languages(request):
    """Does this POST name a locale the user may not translate into?"""
    posted = {value for value in request.POST.getlist("locales") if value}
    allowed = {str(pk) for pk in allowed_target_locales(request.user).values_list("pk", flat=True)}
    return not posted <= allowed


class LanguageScopedSubmitMixin:
    """wagtail-localize's "Translate" screen offering only the user's languages."""

    def dispatch(self, request, *args, **kwargs):
        if not may_submit(request.user):
            return forbidden(request, _("Only editors and translators may start translations."))
        if request.method == "POST" and _names_other_languages(request):
            return forbidden(request)
        self.object = self.get_object()
        self.components = TranslationComponentManager.from_request(request, source_object_instance=self.object)
        # Past wagtail-localize's own dispatch, which admits only holders of submit_translation.
        return super(submit_translations.SubmitTranslationView, self).dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        locales.queryset = locales.queryset.filter(pk__in=allowed_target_locales(self.request.user))
        return form


class SubmitPageTranslationView(LanguageScopedSubmitMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(LanguageScopedSubmitMixin, submit_translations.SubmitSnippetTranslationView):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages": a translator re-reads the source and updates *their* languages."""

    def dispatch(self, request, *args, **kwargs):
        if not may_submit(request.user):
            return forbidden(request, _("Only editors and translators may sync translations."))
        self.object = self.get_object()
        self.components = TranslationComponentManager.from_request(request, source_object_instance=self.object)
        return super(update_translations.UpdateTranslationsView, self).dispatch(request, *args, **kwargs)

    def allowed_translations(self):
        translations = self.object.translations.filter(enabled=True).select_related("source", "target_locale")
        if may_translate_anything(self.request.user):
            return translations
        return translations.filter(target_locale__in=allowed_target_locales(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        allowed = {translation.target_locale_id for translation in self.allowed_translations()}
        context["translations"] = [item for item in context["translations"] if item["locale"].pk in allowed]
        return context

    @transaction.atomic
    def form_valid(self, form):
        if may_translate_anything(self.request.user):
            return super().form_valid(form)
        self.object.update_from_db()
        for translation in self.allowed_translations():
            with contextlib.suppress(ValidationError):
                if form.cleaned_data["publish_translations"]:
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


# --- many pages at once --------------------------------------------------------------------------


@dataclass
class Outcome:
    page: Page
    locale: object
    result: str  # "created", "synced" or "skipped"
    note: str = ""


def submit_pages(pages, locales, user):
    """Send ``pages`` into ``locales``: drafts for the missing, a sync for translations
    wagtail-localize already manages; a translation made by hand is left as it is.

    Returns one :class:`Outcome` per page and locale. Each page costs a fixed number of queries
    (wagtail-localize's extraction and one draft per language), whatever the selection's size.
    """
    pages = list(pages)
    locales = list(locales)
    keys = [page.translation_key for page in pages]
    existing = set(
        Page.objects.filter(translation_key__in=keys, locale__in=locales, alias_of__isnull=True).values_list(
            "translation_key", "locale_id"
        )
    )
    managed = set(
        Translation.objects.filter(source__object_id__in=keys, target_locale__in=locales, enabled=True).values_list(
            "source__object_id", "target_locale_id"
        )
    )
    outcomes = []
    for page in pages:
        page = page.specific
        to_create = [
            locale for locale in locales if locale.pk != page.locale_id and (page.translation_key, locale.pk) not in existing
        ]
        to_sync = [locale for locale in locales if (page.translation_key, locale.pk) in managed]
        with transaction.atomic():
            if to_create:
                TranslationCreator(user, to_create).create_translations(page)
            if to_sync:
                source, created = TranslationSource.get_or_create_from_instance(page)
                if not created:
                    source.update_from_db()
        for locale in locales:
            key = (page.translation_key, locale.pk)
            if locale.pk == page.locale_id:
                continue
            if locale in to_create:
                outcomes.append(Outcome(page, locale, "created"))
            elif key in managed:
                outcomes.append(Outcome(page, locale, "synced"))
            else:
                outcomes.append(Outcome(page, locale, "skipped", _("translated by hand; left as it is")))
    return outcomes
