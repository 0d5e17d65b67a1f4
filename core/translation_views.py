"""The "Translation status" report in Wagtail's admin (Reports menu).

No maintained add-on covers Wagtail 8 (wagtail-localize-dashboard declares Wagtail 5–6 and adds
its own cache tables), and the question — which pages are missing, in progress or outdated in
which language — is one query-bounded function (:mod:`core.translation_status`) and a table.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from .translation_status import State, section_models, translation_status


def can_see_translation_status(user):
    """Anyone who may edit or publish some page: editors, moderators, translators."""
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Source pages per section, one column per target language; ``?locale=et&section=news`` narrows it."""

    template_name = "core/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = list(Locale.objects.order_by("pk"))
        by_code = {locale.language_code: locale for locale in locales}
        source = by_code.get(self.request.GET.get("source", "")) or Locale.get_default()
        wanted = self.request.GET.get("locale", "")
        targets = [locale for locale in locales if locale.pk != source.pk and (not wanted or locale.language_code == wanted)]
        sections_available = section_models()
        section = self.request.GET.get("section", "")
        keys = [section] if section in sections_available else None
        context.update(
            sections=translation_status(source, targets, keys),
            source_locale=source,
            target_locales=targets,
            locales=locales,
            selected_locale=wanted,
            section_choices=[(key, model._meta.verbose_name) for key, model in sections_available.items()],
            selected_section=section if keys else "",
            states=State,
            legend=[
                (State.MISSING, _("no translation in this language yet")),
                (State.IN_PROGRESS, _("a draft, unpublished changes, or strings still to translate")),
                (State.OUTDATED, _("the source changed after the translation was last synchronised")),
                (State.UP_TO_DATE, _("published and complete")),
            ],
            report_url=reverse("translation_status"),
        )
        return context
