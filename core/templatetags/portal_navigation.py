"""Header, footer and ``<head>`` pieces shared by every page: menu, languages, breadcrumbs."""

from django import template
from django.conf import settings

from core import alerts, navigation
from core.languages import current_language

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    page = context.get("page")
    current_path = getattr(page, "url_path", "") or ""
    return {
        "home": navigation.current_home(request),
        "items": [{"page": item, "is_active": current_path.startswith(item.url_path)} for item in navigation.menu_pages(request)],
        "request": request,
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"links": navigation.language_links(request, context.get("page"))}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``hreflang`` alternates for the translations that exist, plus ``x-default``."""
    request = context["request"]
    links = [link for link in navigation.language_links(request, context.get("page")) if link.is_translation]
    # x-default: the default language's version, else (a page in other languages only) the first.
    default = next((link for link in links if link.code == settings.LANGUAGE_CODE), links[0] if links else None)
    return {
        "links": [(link.code, link.absolute_url) for link in links],
        "default": default.absolute_url if default else None,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    return {"ancestors": navigation.breadcrumb_pages(page), "page": page, "request": context["request"]}


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    home = navigation.current_home(context["request"])
    return home.get_url(context["request"]) if home else f"/{current_language()}/"


@register.simple_tag(takes_context=True)
def portal_chrome(context):
    """``{% portal_chrome as portal %}``: site name, logo and publisher contacts (cached)."""
    return navigation.portal_chrome(context["request"])


@register.simple_tag
def localized(instance):
    """The active-language translation of a translatable snippet (or the instance itself)."""
    if instance is None:
        return None
    return getattr(instance, "localized", instance)


@register.inclusion_tag("includes/site_alerts.html")
def site_alerts():
    """``{% site_alerts %}``: the notices of the page's language showing now (no query while kept)."""
    return {"alerts": alerts.showing(current_language())}
