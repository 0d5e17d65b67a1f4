"""The bench's content: the four-language demo plus 10 000 English articles.

Runs in the harness's own process (Django set up on ``bench.settings``); every step is timed,
because "how long does a portal with 10 000 articles take to build" is a figure too.
"""

import datetime as dt
import io
import time
from dataclasses import dataclass, field

from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.utils import timezone

BULK_SLUG_PREFIX = "bulk-"
#: Topics of the bulk articles; the measured article carries all of them (issue 18: "an article
#: with 40 tags among 10 000 articles").
BENCH_TAGS = 40
TAGS_PER_ARTICLE = 3


@dataclass
class Targets:
    """The addresses the figures measure, found once the content exists."""

    article_url: str
    index_url: str
    home_url: str = "/en/"
    event_url: str = ""
    project_url: str = ""
    beacon_ids: list = field(default_factory=list)
    page_urls: list = field(default_factory=list)  # every demo page, all four languages
    bulk_article_urls: list = field(default_factory=list)


def build(article_count, log):
    """Migrate, load the demo, add ``article_count`` articles, collect static; return timings."""
    timings = {}

    def step(name, function, *args, **kwargs):
        started = time.perf_counter()
        function(*args, **kwargs)
        timings[name] = round(time.perf_counter() - started, 2)
        log(f"  {name}: {timings[name]:.1f} s")

    step("migrate", call_command, "migrate", interactive=False, verbosity=0)
    step("load_demo", call_command, "load_demo", "--no-admin", stdout=io.StringIO())
    step(f"add_{article_count}_articles", add_articles, article_count)
    step(f"tag_them_with_{BENCH_TAGS}_topics", tag_articles)
    step("collectstatic", call_command, "collectstatic", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        # A site that grew to 10 000 articles has had autovacuum analyse its tables; a bulk insert a
        # second ago has not, and the planner would guess one row where there are ten thousand.
        step("analyze", _analyze)
    connection.close()  # gunicorn's workers take over the database (SQLite: no open handle here)
    return timings


def _analyze():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def add_articles(count):
    """``count`` live articles under the English news index, newest first, one minute apart.

    Uses the tests' bulk helper (treebeard paths computed up front, one INSERT per batch):
    Wagtail's ``add_child`` plus publishing would take several queries per page.
    """
    from news.models import NewsIndexPage, NewsPage
    from tests.bulk import bulk_child_pages

    index = NewsIndexPage.objects.get(locale__language_code="en")
    start = timezone.now()
    bulk_child_pages(
        index,
        NewsPage,
        count,
        lambda i: {
            "date": start - dt.timedelta(minutes=i),
            "lead": f"Article {i + 1} of the benchmark's archive: a lead of ordinary length for a card.",
            "body": "[]",
        },
    )


def tag_articles():
    """Each bulk article gets three of the 40 topics; the richest demo article gets all 40."""
    from core.models import Tag, TaggedPage
    from news.models import NewsPage

    tags = [Tag.objects.get_or_create(slug=f"bench-topic-{i}", defaults={"name": f"Topic {i}"})[0] for i in range(BENCH_TAGS)]
    bulk_ids = NewsPage.objects.filter(slug__startswith=BULK_SLUG_PREFIX).order_by("path").values_list("pk", flat=True)
    links = [
        TaggedPage(content_object_id=page_id, tag=tags[(n * step) % BENCH_TAGS])
        for n, page_id in enumerate(bulk_ids)
        for step in (1, 7, 13)[:TAGS_PER_ARTICLE]
    ]
    TaggedPage.objects.bulk_create(links, batch_size=2000, ignore_conflicts=True)
    article = richest_article()
    TaggedPage.objects.bulk_create([TaggedPage(content_object_id=article.pk, tag=tag) for tag in tags], ignore_conflicts=True)


def richest_article():
    """The English demo article with the most body content: the most blocks, images and related reads."""
    from news.models import NewsPage

    demo_articles = NewsPage.objects.live().filter(locale__language_code="en").exclude(slug__startswith=BULK_SLUG_PREFIX)
    return max(demo_articles, key=lambda page: len(str(page.body.raw_data)))


def targets():
    """The richest English demo article, the English news index, and lists for mixed loads."""
    from wagtail.models import Page

    from events.models import EventPage
    from news.models import NewsIndexPage, NewsPage
    from projects.models import ProjectPage

    article = richest_article()
    index = NewsIndexPage.objects.get(locale__language_code="en")
    # The event and project with the most venues, sessions, partners and communities to show.
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="en")
        .annotate(shown=Count("occurrences", distinct=True) + Count("sessions", distinct=True))
        .order_by("-shown", "pk")
        .first()
    )
    project = (
        ProjectPage.objects.live()
        .filter(locale__language_code="en")
        .annotate(shown=Count("organisations", distinct=True) + Count("communities", distinct=True))
        .order_by("-shown", "pk")
        .first()
    )
    bulk = NewsPage.objects.live().filter(slug__startswith=BULK_SLUG_PREFIX).order_by("path")
    demo_pages = Page.objects.live().filter(depth__gt=1).exclude(slug__startswith=BULK_SLUG_PREFIX).specific()
    found = Targets(
        article_url=article.url,
        index_url=index.url,
        event_url=event.url,
        project_url=project.url,
        beacon_ids=list(NewsPage.objects.live().values_list("pk", flat=True)),
        page_urls=sorted(page.url for page in demo_pages if page.url),
        bulk_article_urls=[page.url for page in bulk[:500]],
    )
    connection.close()
    return found
