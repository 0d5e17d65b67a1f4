"""Who may send content into which language.

Editors and moderators hold wagtail-localize's ``submit_translation`` permission and may start a
translation into any language. A translator belongs to one "Translators (<language>)" group per
language they work in (``core.roles``) and may start, sync and publish translations *into those
languages only*: never into another one, never into the source language.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from ..roles import target_languages, translator_group_name

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def translator_languages(user):
    """Language codes of the translator groups ``user`` belongs to."""
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [code for code in target_languages() if translator_group_name(code) in names]


def may_translate_anything(user):
    return user.is_authenticated and user.has_perm(SUBMIT_PERMISSION)


def is_translator(user):
    return bool(translator_languages(user))


def allowed_target_locales(user):
    """The locales ``user`` may send content into (a queryset)."""
    if may_translate_anything(user):
        return Locale.objects.all()
    return Locale.objects.filter(language_code__in=translator_languages(user))


def may_submit(user):
    return may_translate_anything(user) or is_translator(user)


def forbidden(request, message=None):
    """A ``403`` that says why. Wagtail's admin turns a raised ``PermissionDenied`` into a redirect
    to the dashboard; a translator sending a page into a language that is not theirs should get a
    plain refusal instead (so should scripts)."""
    return TemplateResponse(
        request,
        "core/admin/forbidden.html",
        {"message": message or _("You may start translations into your own languages only.")},
        status=403,
    )
