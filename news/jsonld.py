"""A news article as a schema.org ``NewsArticle`` (headline, dates, authors, picture, section)."""

from core.jsonld import absolute, portal_organization


def news_json_ld(page, request, data):
    """``data`` (the base page description) completed for a ``NewsPage``."""
    data.update(
        {
            "headline": page.title[:110],  # the length search engines show
            "datePublished": page.date.isoformat(),
            "dateModified": (page.last_published_at or page.date).isoformat(),
            "author": [{"@type": "Person", "name": author.name} for author in page.author_list] or portal_organization(request),
        }
    )
    if page.hero_image_id:
        data["image"] = [absolute(request, page.hero_image.get_rendition("fill-1200x630").url)]
    if page.category_id:
        data["articleSection"] = page.category.name
    return data
