"""News in the demo: one file per article in ``articles/``, the section page in ``index.toml``.

Only the ``date`` (``{ days = -5, time = "11:40" }``: relative to today) and the authors of each
language are the news' own; see the README, "Adding a demo article", for the rest.
"""

from pathlib import Path

from core.demo import dates, views
from core.demo.families import PageFamily

from ..models import NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageGalleryImage


def article_fields(article, code, demo):
    authors = article.language(code).records("authors")
    return {
        "date": dates.local_datetime(article, "date"),
        "authors": [
            NewsPageAuthor(name=author.require("name"), role=author.get("role", "", str), sort_order=number)
            for number, author in enumerate(authors)
        ],
    }


DEMO = PageFamily(
    page_model=NewsPage,
    index_model=NewsIndexPage,
    folder=Path(__file__).parent,
    items="articles",
    required=("title", "lead", "date"),
    dates=("date",),
    image_prefix="news",
    gallery_model=NewsPageGalleryImage,
    fields=article_fields,
    views=views.since_publication,
    view_seed="views/{code}/{page_slug}",
)
