"""The home page a visitor lands on: featured picks, latest news, upcoming events, active projects,
most read, topics and funders — each block switchable by editors, in every language."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from core.demo.images import ensure_image
from core.demo.pages import publish
from core.models import FundingProgramme
from home.models import HomeFeaturedItem
from viewcounts.models import PageViewCount, PageViewDay

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal(homes, news_indexes, article_factory, event_indexes, event_factory, project_indexes, project_factory, tags, locales):
    """A little of everything in English and Ukrainian."""
    today = timezone.localdate()
    content = {
        "news": [
            article_factory(news_indexes["en"], f"Article {i}", date=timezone.now() - dt.timedelta(days=i), tags=[tags["youth"]])
            for i in range(1, 4)
        ],
        "uk_news": article_factory(news_indexes["uk"], "Українська новина", tags=[tags["youth"]]),
        "upcoming": event_factory(event_indexes["en"], "Upcoming forum", start_date=today + dt.timedelta(days=10)),
        "past": event_factory(event_indexes["en"], "Past forum", start_date=today - dt.timedelta(days=10)),
        "active": project_factory(project_indexes["en"], "Running project", end_date=today + dt.timedelta(days=90)),
        "completed": project_factory(
            project_indexes["en"], "Finished project", start_date=dt.date(2015, 1, 1), end_date=dt.date(2016, 1, 1)
        ),
    }
    FundingProgramme.objects.create(
        name="Capable Communities",
        locale=locales["en"],
        url="https://capable.example",
        logo=ensure_image("Programme logo", key="test-programme", palette="green", kind="logo"),
    )
    return content


def section(html, key):
    match = re.search(rf'<section class="home-block" aria-labelledby="home-{key}">(.*?)</section>', html, re.S)
    return match.group(1) if match else None


def test_home_shows_every_block_with_links_to_the_sections(client, portal):
    html = client.get("/en/").content.decode()

    news = section(html, "latest_news")
    assert news.index("Article 1") < news.index("Article 2") < news.index("Article 3")
    assert 'href="/en/news/">All news →' in news and "Українська новина" not in news
    events = section(html, "upcoming_events")
    assert "Upcoming forum" in events and "Past forum" not in events and 'href="/en/events/">All events →' in events
    projects = section(html, "active_projects")
    assert "Running project" in projects and "Finished project" not in projects
    assert '<h2 id="funders-heading">Supported by</h2>' in html
    # The strip names each programme in words, under its logo (the logo itself is then decoration).
    assert re.search(
        r'<a class="funders__item" href="https://capable.example" rel="noopener">\s*<img src="[^"]+" [^>]*alt=""[^>]*>'
        r'\s*<span class="funders__name">Capable Communities</span>',
        html,
    )
    assert 'href="/en/news/tag/youth/" rel="tag">Youth</a>' in html


def test_each_language_home_shows_its_own_content_and_names(client, portal):
    html = client.get("/uk/").content.decode()

    assert "Українська новина" in section(html, "latest_news")
    assert "Article 1" not in html
    assert 'href="/uk/news/tag/youth/" rel="tag">Молодь</a>' in html
    assert "Останні новини" in html


def test_featured_items_come_first_in_the_editors_order(client, portal, homes):
    home = homes["en"]
    home.featured_items = [
        HomeFeaturedItem(page=portal["active"], sort_order=0),
        HomeFeaturedItem(page=portal["news"][2], sort_order=1),
        HomeFeaturedItem(page=portal["upcoming"], sort_order=2),
    ]
    publish(home)

    html = client.get("/en/").content.decode()

    featured = html[html.index('id="featured-heading"') : html.index('class="container home-layout"')]
    titles = re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', featured)
    assert titles == ["Running project", "Article 3", "Upcoming forum"]


def test_editors_switch_blocks_off_and_set_counts(client, portal, homes):
    home = homes["en"]
    home.latest_news_count = 2
    home.upcoming_events_count = 0
    home.active_projects_count = 0
    home.tag_cloud_count = 0
    home.most_read_count = 0
    home.show_funders = False
    publish(home)

    html = client.get("/en/").content.decode()

    assert len(re.findall(r'class="card__title"', section(html, "latest_news"))) == 2
    assert section(html, "upcoming_events") is None and section(html, "active_projects") is None
    assert "funders-heading" not in html and "tag-cloud" not in html and "most-read" not in html


def test_most_read_falls_back_from_the_week_to_all_time(client, portal):
    old = portal["news"][2]
    PageViewCount.objects.create(page=old, total=40)
    html = client.get("/en/").content.decode()
    assert "Most read" in html and "Most read this week" not in html and "Article 3" in html

    PageViewDay.objects.create(page=portal["news"][0], day=timezone.localdate(), views=3)
    html = client.get("/en/").content.decode()
    most_read = html[html.index('id="most-read-heading"') :]
    assert "Most read this week" in html and most_read.index("Article 1") < most_read.index("</ol>")


def test_home_costs_constant_queries(
    client,
    portal,
    news_indexes,
    article_factory,
    event_indexes,
    event_factory,
    project_indexes,
    project_factory,
    django_assert_max_num_queries,
):
    client.get("/en/")
    with django_assert_max_num_queries(40) as few:
        client.get("/en/")
    for i in range(8):
        article_factory(news_indexes["en"], f"More news {i}")
        event_factory(event_indexes["en"], f"More events {i}")
        project_factory(project_indexes["en"], f"More projects {i}")
    client.get("/en/")
    with django_assert_max_num_queries(40) as many:
        client.get("/en/")
    assert len(many) == len(few)


def test_home_without_content_is_still_a_page(client, homes):
    response = client.get("/et/")
    assert response.status_code == 200
    assert "home-block" not in response.content.decode()
