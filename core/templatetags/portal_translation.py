"""Admin furniture for translators (wagtail-localize's editor, the dashboard)."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from wagtail.models import Page

from core.translation.tags import untranslated_tags

register = template.Library()


@register.inclusion_tag("core/admin/includes/untranslated_tags_notice.html", takes_context=True)
def untranslated_tags_notice(context, translation):
    """ "2 tags of this page have no name in Ukrainian yet" above the translation editor."""
    source = translation.source.get_source_instance()
    if not isinstance(source, Page) or not hasattr(source, "tags"):
        return {"tags": []}
    locale = translation.target_locale
    tags = list(untranslated_tags(locale, page=source))
    request = context.get("request")
    query = {"locale": locale.language_code, "page": source.pk}
    if request is not None:
        query["next"] = request.get_full_path()
    return {"tags": tags, "locale": locale, "url": f"{reverse('translation_tags')}?{urlencode(query)}"}
