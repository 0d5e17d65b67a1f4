"""The news plugin's hooks: an "All news" admin listing (every article of every language, with date,
views and tags), the latest news on the home page, the reports and news it adds to event and
project pages, and the news categories readers can follow by e-mail."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.cards import prepare_cards
from core.follow import FOLLOW_FACETS_HOOK, Facet
from core.follow_facets import CATEGORY_ORDER, locale_filter
from core.home_sections import HOME_SECTION_HOOK, HomeSection
from core.models import Category
from core.page_links import PAGE_LINK_HOOK, PageLink
from core.visibility import public_q
from viewcounts.models import with_view_counts

from .models import NewsIndexPage, NewsPage


class NewsListingView(IndexView):
    def get_base_queryset(self):
        # Views and tags are shown per row: annotate and prefetch instead of a query per row.
        return with_view_counts(super().get_base_queryset()).prefetch_related("tagged_items__tag")


def tag_names(page):
    return ", ".join(sorted(item.tag.name for item in page.tagged_items.all()))


class NewsPageListingViewSet(PageListingViewSet):
    model = NewsPage
    icon = "doc-full-inverse"
    menu_label = _("All news")
    add_to_admin_menu = True
    menu_order = 110
    index_view_class = NewsListingView
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
        DateColumn("date", label=_("Publication date"), sort_key="date"),
        Column("view_total", label=_("Views"), accessor="view_total", sort_key="counted_views"),
        Column("tags", label=_("Tags"), accessor=tag_names),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        PageStatusColumn("status", label=_("Status"), sort_key="live"),
    ]


@hooks.register("register_admin_viewset")
def register_news_listing():
    return NewsPageListingViewSet("news_listing")


def latest_news(locale, limit):
    """The newest live articles of ``locale`` as cards: three queries whatever ``limit`` is."""
    articles = list(
        with_view_counts(NewsPage.objects.filter(public_q(locale=locale)))
        .select_related(*NewsPage.card_select_related)
        .order_by("-date", "-pk")[:limit]
    )
    prepare_cards(articles)
    return articles


@hooks.register(HOME_SECTION_HOOK)
def register_latest_news():
    return HomeSection(
        key="latest_news",
        heading=_("Latest news"),
        items=latest_news,
        index_model=NewsIndexPage,
        more_label=_("All news"),
        template="news/components/home_news.html",
        hosts_tag_pages=True,
    )


@hooks.register(PAGE_LINK_HOOK)
def register_event_reports():
    return PageLink(NewsPage, "related_event", target="events.EventPage", heading=_("Reports from this event"), key="reports")


@hooks.register(PAGE_LINK_HOOK)
def register_project_news():
    return PageLink(
        NewsPage, "related_project", target="projects.ProjectPage", heading=_("News about this project"), key="project-news"
    )


# --- what readers can follow by e-mail (core.follow) ------------------------------------------


def category_choices(locale):
    """Categories some public article is filed under, in the locale's language."""
    used = NewsPage.objects.filter(public_q(), category__isnull=False).values("category__slug")
    categories = Category.objects.filter(slug__in=used, **locale_filter(locale)).order_by("name")
    return [(category.slug, category.name) for category in categories]


def category_values(page):
    if not isinstance(page, NewsPage) or page.category_id is None:
        return set()
    return set(Category.objects.filter(pk=page.category_id).values_list("slug", flat=True))


@hooks.register(FOLLOW_FACETS_HOOK)
def register_news_follow_facets():
    return [
        Facet(
            kind="category",
            label=_("News categories"),
            choices=category_choices,
            values_of=category_values,
            order=CATEGORY_ORDER,
        )
    ]
