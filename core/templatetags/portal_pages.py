"""Page furniture shared by all families: SEO head, JSON-LD, cards, carousels."""

import json
from urllib.parse import quote

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from core import navigation, surrogate_keys
from core.cards import attach_logos
from core.jsonld import breadcrumb_list
from core.languages import language_code_of, og_locale
from core.navigation import portal_chrome
from core.visibility import is_public

register = template.Library()

#: the card of a page type that declares none (``BasePage.card_template``)
DEFAULT_CARD_TEMPLATE = "components/card.html"

# The characters that could end a <script> element or start an HTML comment, escaped the way
# Django's json_script does, so no text an editor writes can break out of JSON-LD.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_for_script(data):
    return json.dumps(data, ensure_ascii=False, default=str).translate(JSON_SCRIPT_ESCAPES)


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    get_json_ld = getattr(page, "get_json_ld", None)
    if get_json_ld is None:
        return ""
    request = context.get("request")
    documents = [get_json_ld(request), breadcrumb_list(request, page)]
    return format_html_join(
        "",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(json_for_script(document)),) for document in documents if document),  # noqa: S308 - escaped by json_for_script  # nosec B308, B703
    )


def article_meta(context, page):
    """OpenGraph's ``article:*`` (https://ogp.me/#type_article): when it was published and last
    changed, its section and its tags (those the page shows, named in its language)."""
    published = getattr(page, "card_date", None) or page.first_published_at
    modified = page.last_published_at or published
    category = getattr(page, "category", None)
    return {
        "published_time": published.isoformat() if published else "",
        "modified_time": modified.isoformat() if modified else "",
        "section": getattr(category, "localized", category).name if category else "",
        "tags": [getattr(tag, "label", tag.name) for tag in context.get("tags") or ()],
    }


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context, page):
    request = context["request"]
    image = page.get_og_image() if hasattr(page, "get_og_image") else None
    rendition = image.get_rendition("fill-1200x630-c50|format-jpeg") if image else None
    og_type = "article" if getattr(page, "schema_type", "") in {"NewsArticle", "Article"} else "website"
    return {
        "page": page,
        "request": request,
        "description": page.get_meta_description() if hasattr(page, "get_meta_description") else page.search_description,
        "url": context.get("canonical_url") or page.get_full_url(request),  # a tag or donor page's own address
        "title": context.get("route_title") or page.seo_title or page.title,
        "og_type": og_type,
        "article": article_meta(context, page) if og_type == "article" else None,
        "image_url": request.build_absolute_uri(rendition.url) if rendition else "",
        "rendition": rendition,
        "site_name": portal_chrome(request)["site_name"],
        "og_locale": og_locale(language_code_of(page)),
        "og_alternates": [
            og_locale(link.code)
            for link in navigation.language_links(request, page)
            if link.is_translation and link.code != language_code_of(page)
        ],
        "image_alt": (getattr(image, "default_alt_text", "") or image.title) if image else "",
    }


@register.simple_tag(takes_context=True)
def page_card(context, page, *, heading_level=3, show_views=False, show_type=False):
    """``{% page_card page heading_level=2 show_views=True %}``: the card its page type declares
    (``card_template``: an event shows its dates and venues wherever it is listed).

    ``heading_level`` fits the card into the page's outline; ``show_type`` labels it ("Event",
    "Project") where families are mixed; ``show_views`` adds the view count."""
    surrogate_keys.shows(page)  # the page cache purges this answer when the card's page changes
    card_template = context.template.engine.get_template(getattr(page, "card_template", DEFAULT_CARD_TEMPLATE))
    values = {"card": page, "heading_level": heading_level, "show_views": show_views, "show_type": show_type}
    with context.push(values):
        return card_template.render(context)


@register.inclusion_tag("components/carousel.html", takes_context=True)
def carousel(context, pages, heading, carousel_id="related"):
    return {"pages": pages, "heading": heading, "carousel_id": carousel_id, "request": context.get("request")}


@register.filter
def verbose_name(page):
    """What kind of page this is ("Event", "Project"), in the visitor's language."""
    return capfirst(page._meta.verbose_name)


@register.filter
def with_logos(organisations):
    """``{% with organisations=organisations|with_logos %}``: their logos ready to show, in two
    queries however many there are (none when the caller loaded them, ``core.cards.attach_logos``)."""
    return attach_logos(organisations or ())


@register.filter(name="is_public")
def is_public_filter(page):
    """``{% if page.related_project|is_public %}``: link another page only where anyone may open it."""
    return is_public(page)


#: Where a reader may pass a page on: plain addresses of each service's own share page, so no
#: third-party script or tracker is loaded here (the service sees the reader only after a click).
SHARE_TARGETS = (
    ("Telegram", "https://t.me/share/url?url={url}&text={title}"),
    ("Viber", "viber://forward?text={title}%20{url}"),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
)


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page):
    """``{% share_links page %}``: the page's address to copy, e-mail and the messengers readers use."""
    url = page.get_full_url(context["request"])
    title = quote(page.seo_title or page.title, safe="")
    quoted = quote(url, safe="")
    return {
        "url": url,
        "mail": f"mailto:?subject={title}&body={quoted}",
        "links": [(name, pattern.format(url=quoted, title=title)) for name, pattern in SHARE_TARGETS],
    }
