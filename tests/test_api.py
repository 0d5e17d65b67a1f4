"""The headless API at /api/v2/: what a developer building an app on the portal can rely on."""

import datetime as dt
import zoneinfo
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .conftest import made_for_the_module, make_homes, make_index, make_tags

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(response):
    return {item["title"] for item in items(response)}


@pytest.fixture(scope="module")
def sections(django_db_setup, django_db_blocker):
    """The home pages, section indexes and topics, made once for this file (each test's own pages
    are undone with the test). The fixtures below hand each test fresh copies: an index's
    in-memory child count would otherwise outlive the rollback of a test that added a child."""

    def make():
        from core.demo.context import ensure_locales
        from events.models import EventIndexPage
        from news.models import NewsIndexPage
        from projects.models import ProjectIndexPage

        locales = ensure_locales()
        homes = make_homes(locales)
        return {
            "locales": locales,
            "homes": homes,
            "tags": make_tags(locales),
            "news_indexes": make_index(homes, NewsIndexPage, "news"),
            "event_indexes": make_index(homes, EventIndexPage, "events"),
            "project_indexes": make_index(homes, ProjectIndexPage, "projects"),
        }

    with made_for_the_module(django_db_blocker, make) as made:
        yield made


def fresh(pages):
    return {code: type(page).objects.get(pk=page.pk) for code, page in pages.items()}


@pytest.fixture
def locales(sections):
    return sections["locales"]


@pytest.fixture
def tags(sections):
    return sections["tags"]


@pytest.fixture
def homes(sections):
    return fresh(sections["homes"])


@pytest.fixture
def news_indexes(sections):
    return fresh(sections["news_indexes"])


@pytest.fixture
def event_indexes(sections):
    return fresh(sections["event_indexes"])


@pytest.fixture
def project_indexes(sections):
    return fresh(sections["project_indexes"])


def make_image(title="Picture"):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title=title, file=get_test_image_file(size=(1400, 900)))


@pytest.fixture
def family(news_indexes, event_indexes, project_indexes, article_factory, event_factory, project_factory, tags):
    """An article in English and Ukrainian, an event and a project."""
    return {
        "news_en": article_factory(news_indexes["en"], "Budget hearings", tags=[tags["youth"], tags["open-data"]]),
        "news_uk": article_factory(news_indexes["uk"], "Бюджетні слухання", slug="slukhannia", tags=[tags["youth"]]),
        "event": event_factory(event_indexes["en"], "Open data school"),
        "project": project_factory(project_indexes["en"], "Safe schools"),
    }


# --- listings and filters ------------------------------------------------------------------------


def test_app_lists_only_news_when_asking_for_the_news_type(client, family):
    listed = items(client.get(PAGES, {"type": "news.NewsPage"}))

    assert {item["meta"]["type"] for item in listed} == {"news.NewsPage"}
    assert {item["title"] for item in listed} == {"Budget hearings", "Бюджетні слухання"}


def test_app_lists_the_pages_of_one_language(client, family):
    listed = items(client.get(PAGES, {"type": "news.NewsPage", "locale": "uk"}))

    assert [item["title"] for item in listed] == ["Бюджетні слухання"]
    assert listed[0]["meta"]["locale"] == "uk"
    assert listed[0]["meta"]["html_url"].startswith("http://testserver/uk/news/")


def test_app_lists_every_page_type_of_one_language(client, family):
    listed = items(client.get(PAGES, {"locale": "en", "limit": 50}))

    types = {item["meta"]["type"] for item in listed}
    assert {"home.HomePage", "news.NewsPage", "events.EventPage", "projects.ProjectPage"} <= types
    assert {item["meta"]["locale"] for item in listed} == {"en"}


def test_app_filters_news_by_topic_in_every_language(client, family, tags):
    listed = items(client.get(PAGES, {"type": "news.NewsPage", "tags": "youth"}))
    assert {item["title"] for item in listed} == {"Budget hearings", "Бюджетні слухання"}

    listed = items(client.get(PAGES, {"type": "news.NewsPage", "tags": "youth,open-data"}))
    assert [item["title"] for item in listed] == ["Budget hearings"]

    assert items(client.get(PAGES, {"type": "news.NewsPage", "tags": "decentralisation"})) == []


def test_app_pages_through_a_listing(client, news_indexes, article_factory):
    for number in range(5):
        article_factory(news_indexes["en"], f"Article {number}")

    first = client.get(PAGES, {"type": "news.NewsPage", "limit": 2, "order": "title"}).json()
    last = client.get(PAGES, {"type": "news.NewsPage", "limit": 2, "offset": 4, "order": "title"}).json()

    assert first["meta"]["total_count"] == 5
    assert [item["title"] for item in first["items"]] == ["Article 0", "Article 1"]
    assert [item["title"] for item in last["items"]] == ["Article 4"]


# --- details -------------------------------------------------------------------------------------


def test_news_detail_names_tags_in_the_articles_language(client, family):
    detail = client.get(f"{PAGES}{family['news_uk'].pk}/").json()

    assert detail["tags"] == [{"slug": "youth", "name": "Молодь"}]
    english = client.get(f"{PAGES}{family['news_en'].pk}/").json()
    assert english["tags"] == [{"slug": "open-data", "name": "Open data"}, {"slug": "youth", "name": "Youth"}]


def test_news_detail_shows_the_view_count_readers_see(client, family):
    from viewcounts.models import PageViewCount

    article = family["news_en"]
    article.views_before_migration = 1200
    article.save()
    PageViewCount.objects.filter(page_id=article.pk).update(total=42)

    detail = client.get(f"{PAGES}{article.pk}/").json()

    assert detail["view_count"] == 1242
    listed = items(client.get(PAGES, {"type": "news.NewsPage", "fields": "view_count", "locale": "en"}))
    assert listed[0]["view_count"] == 1242


def test_news_detail_carries_the_article(client, news_indexes, event_indexes, article_factory, event_factory):
    from core.models import Category, FundingProgramme
    from news.models import NewsPageAuthor

    locale = news_indexes["en"].locale
    event = event_factory(event_indexes["en"], "Hearing day")
    published_at = timezone.make_aware(dt.datetime(2024, 3, 5, 9, 30), zoneinfo.ZoneInfo("Europe/Kyiv"))
    article = article_factory(
        news_indexes["en"],
        "Hearings announced",
        date=published_at,
        lead="The council invites residents.",
        category=Category.objects.create(name="Calls", slug="calls", locale=locale),
        funding_programme=FundingProgramme.objects.create(name="EEA and Norway Grants", locale=locale),
        related_event=event,
        hero_image=make_image(),
        authors=[NewsPageAuthor(name="Olena Kovalenko", role="Editor")],
    )

    detail = client.get(f"{PAGES}{article.pk}/").json()

    assert detail["title"] == "Hearings announced"
    assert dt.datetime.fromisoformat(detail["date"]) == published_at
    assert detail["lead"] == "The council invites residents."
    assert detail["authors"] == [{"name": "Olena Kovalenko", "role": "Editor"}]
    assert detail["category"] == {"slug": "calls", "name": "Calls"}
    assert detail["funding_programme"] == {"name": "EEA and Norway Grants"}
    assert detail["related_event"] == {"id": event.pk, "title": "Hearing day", "html_url": event.get_full_url()}
    assert detail["related_project"] is None
    assert detail["hero_image"]["width"] == 1200 and detail["hero_image"]["height"] == 630
    assert detail["hero_image"]["url"].startswith("/media/images/")
    assert detail["meta"]["html_url"] == article.get_full_url()


def test_a_draft_related_event_is_not_revealed(client, news_indexes, event_indexes, article_factory, event_factory):
    event = event_factory(event_indexes["en"], "Secret retreat")
    event.unpublish()
    article = article_factory(news_indexes["en"], "Report", related_event=event)

    assert client.get(f"{PAGES}{article.pk}/").json()["related_event"] is None


def test_event_detail_gives_times_on_the_events_own_clock(client, event_indexes, event_factory):
    from events.models import EventOccurrence

    start = timezone.localdate() + dt.timedelta(days=60)
    event = event_factory(
        event_indexes["en"],
        "Vilnius seminar",
        start_date=start,
        start_time=dt.time(10, 0),
        end_time=dt.time(17, 30),
        time_zone="Europe/Vilnius",
        deadline_date=start - dt.timedelta(days=10),
        is_free=False,
        cost_amount=Decimal("120.00"),
        cost_currency="EUR",
        occurrences=[EventOccurrence(city="Vilnius", venue="Town hall", start_date=start, start_time=dt.time(10, 0))],
    )

    detail = client.get(f"{PAGES}{event.pk}/").json()

    vilnius = zoneinfo.ZoneInfo("Europe/Vilnius")
    starts_at = dt.datetime.fromisoformat(detail["starts_at"])
    assert starts_at == dt.datetime.combine(start, dt.time(10, 0), tzinfo=vilnius)
    assert starts_at.utcoffset() == vilnius.utcoffset(starts_at.replace(tzinfo=None))
    assert detail["starts_at"].startswith(f"{start.isoformat()}T10:00:00+")
    assert dt.datetime.fromisoformat(detail["ends_at"]) == dt.datetime.combine(start, dt.time(17, 30), tzinfo=vilnius)
    assert dt.datetime.fromisoformat(detail["deadline_at"]) == event.deadline_at
    assert detail["time_zone"] == "Europe/Vilnius"
    assert detail["kind"] == "conference"
    assert detail["status"] == "open"
    assert detail["is_whole_day"] is False
    assert detail["is_free"] is False
    assert Decimal(detail["cost_amount"]) == Decimal("120.00") and detail["cost_currency"] == "EUR"
    assert [(o["city"], o["venue"], o["start_date"], o["start_time"]) for o in detail["occurrences"]] == [
        ("Vilnius", "Town hall", start.isoformat(), "10:00:00")
    ]


def test_project_detail_lists_donors_and_regions(client, project_indexes, project_factory, locales):
    from core.models import Organisation
    from projects.models import ProjectCommunity, ProjectOrganisation, Region

    en = locales["en"]
    kharkiv = Region.objects.create(name="Kharkiv oblast", locale=en)
    project = project_factory(
        project_indexes["en"],
        "Safe schools",
        budget_amount=Decimal("2266000.00"),
        budget_currency="UAH",
        organisations=[
            ProjectOrganisation(organisation=Organisation.objects.create(name="EU", locale=en), role="donor"),
            ProjectOrganisation(organisation=Organisation.objects.create(name="City NGO", locale=en), role="partner"),
        ],
        communities=[
            ProjectCommunity(name="Chuhuiv", region=kharkiv),
            ProjectCommunity(name="Izium", region=kharkiv),
            ProjectCommunity(name="Somewhere"),
        ],
    )

    detail = client.get(f"{PAGES}{project.pk}/").json()

    assert detail["donors"] == ["EU"]
    assert detail["regions"] == ["Kharkiv oblast"]
    assert Decimal(detail["budget_amount"]) == Decimal("2266000.00") and detail["budget_currency"] == "UAH"
    assert detail["status"] == "active"
    assert detail["start_date"] == project.start_date.isoformat() and detail["end_date"] is None
    assert detail["goal"] == "Better services for residents."


def test_app_finds_a_page_by_its_address_in_any_language(client, family):
    article = family["news_uk"]

    response = client.get(f"{PAGES}find/", {"html_path": "/uk/news/slukhannia/"})

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == f"{PAGES}{article.pk}/"
    assert client.get(f"{PAGES}find/", {"html_path": "/en/news/slukhannia/"}).status_code == 404


# --- only what the site shows --------------------------------------------------------------------


def test_draft_is_absent_from_listing_and_detail(client, news_indexes, article_factory):
    article_factory(news_indexes["en"], "Published")
    draft = article_factory(news_indexes["en"], "Not yet", publish_it=False)

    assert titles(client.get(PAGES, {"type": "news.NewsPage"})) == {"Published"}
    assert client.get(f"{PAGES}{draft.pk}/").status_code == 404


def test_private_page_is_absent_even_for_a_logged_in_editor(client, news_indexes, article_factory, django_user_model):
    from wagtail.models import PageViewRestriction

    article_factory(news_indexes["en"], "Public")
    private = article_factory(news_indexes["en"], "Board minutes")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))

    assert titles(client.get(PAGES, {"type": "news.NewsPage"})) == {"Public"}
    assert client.get(f"{PAGES}{private.pk}/").status_code == 404


def test_images_in_private_collections_are_absent(client, locales):
    from wagtail.models import Collection, CollectionViewRestriction

    public = make_image("Public picture")
    private_collection = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.PASSWORD, password="secret"
    )
    private = make_image("Board picture")
    private.collection = private_collection
    private.save()

    listed = items(client.get("/api/v2/images/"))

    assert [item["id"] for item in listed] == [public.pk]
    assert client.get(f"/api/v2/images/{private.pk}/").status_code == 404


# --- a good citizen of the web -------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        {"type": "nonexistent.Model"},
        {"type": "auth.User"},
        {"locale": "xx"},
        {"limit": "abc"},
        {"limit": "-1"},
        {"limit": "100000"},
        {"offset": "-1"},
        {"offset": "abc"},
        {"order": "nope"},
        {"fields": "((("},
        {"fields": "password"},
        {"child_of": "99999999999999999999"},
        {"id": "99999999999999999999999"},
        {"search": "x", "search_operator": "xor"},
        {"type": "news.NewsPage", "date": "soon"},
        {"type": "news.NewsPage", "category": "99999999999999999999999"},
        {"type": "news.NewsPage", "category": "abc"},
        {"type": "news.NewsPage", "view_count": "3"},
        {"type": "news.NewsPage", "lead": "\x00"},
        {"type": "events.EventPage", "cost_amount": "lots"},
        {"type": "events.EventPage", "is_free": "maybe"},
        {"type": "projects.ProjectPage", "start_date": "2024-13-45"},
        {"type": "news.NewsPage", "search": "budget", "tags": "youth"},
    ],
)
def test_hostile_parameters_are_client_errors(client, family, query):
    response = client.get(PAGES, query)

    assert 400 <= response.status_code < 500, (query, response.status_code)
    assert "message" in response.json()


@pytest.mark.parametrize(
    "query",
    [
        {"offset": "99999999999999999999999999"},
        {"search": '" OR ( *'},
        {"search": "бюджет"},
        {"type": "news.NewsPage", "tags": "no-such-topic"},
    ],
)
def test_odd_but_harmless_parameters_give_an_empty_or_honest_page(client, family, query):
    response = client.get(PAGES, query)

    assert response.status_code == 200
    assert isinstance(response.json()["items"], list)


@pytest.mark.parametrize(
    "path",
    [
        "v2/pages/99999999999999999999/",
        "v2/pages/0/",
        "v2/pages/abc/",
        "v2/pages/12abc/",
        "v2/images/99999999999999999999/",
        "v2/images/x/",
        "v2/documents/7/",
        "v2/no-such-endpoint/",
        "v3/",
        "nothing-here",
    ],
)
def test_unknown_or_absurd_ids_are_a_json_not_found(client, family, path):
    response = client.get(f"/api/{path}")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "message" in response.json()


@pytest.mark.parametrize("path", ["abc/", "12abc/", "-1/", "1/extra/"])
def test_a_beacon_for_a_malformed_id_gets_the_beacons_json_error(client, homes, path):
    response = client.post(f"/api/views/{path}", HTTP_USER_AGENT="Mozilla/5.0")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "error" in response.json()


def test_api_is_read_only(client, family):
    url = f"{PAGES}{family['news_en'].pk}/"
    for method in (client.post, client.put, client.patch, client.delete):
        assert method(PAGES, {}).status_code == 405
        assert method(url, {}).status_code == 405


def test_api_answers_are_publicly_cacheable(client, family):
    response = client.get(PAGES, {"type": "news.NewsPage"})

    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.headers.get("Vary", "")
    assert response["Content-Type"] == "application/json"
    assert "public" not in client.get(PAGES, {"locale": "xx"}).get("Cache-Control", "")


def test_throttle_counts_clients_without_keeping_their_address(client, family, monkeypatch):
    from core.throttling import HashedAnonRateThrottle

    monkeypatch.setattr(HashedAnonRateThrottle, "rate", "2/minute", raising=False)

    statuses = [client.get(PAGES, REMOTE_ADDR="203.0.113.7").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    assert client.get(PAGES, REMOTE_ADDR="203.0.113.8").status_code == 200
    keys = list(cache._cache.keys())
    assert any("throttle_anon_" in key for key in keys)
    assert not any("203.0.113" in key for key in keys)


def test_view_beacon_keeps_working_beside_the_api(client, family):
    response = client.post(f"/api/views/{family['news_en'].pk}/", HTTP_USER_AGENT="Mozilla/5.0")

    assert response.status_code == 200
    assert response.json()["views"] == 1


# --- cost ----------------------------------------------------------------------------------------


def listing_queries(client, query):
    cache.clear()
    client.get(PAGES, query)  # warm the per-process caches (site root paths, content types, renditions)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(PAGES, query)
    assert response.status_code == 200
    return len(captured), len(response.json()["items"])


def test_news_listing_costs_the_same_for_2_or_12_articles(
    client, news_indexes, event_indexes, article_factory, event_factory, tags
):
    from core.models import Category, FundingProgramme
    from news.models import NewsPageAuthor

    locale = news_indexes["en"].locale
    category = Category.objects.create(name="Calls", slug="calls", locale=locale)
    programme = FundingProgramme.objects.create(name="ESF", locale=locale)
    event = event_factory(event_indexes["en"], "Hearing day")

    def add(count):
        for number in range(count):
            article_factory(
                news_indexes["en"],
                f"Article {number} {dt.datetime.now().timestamp()}",
                tags=[tags["youth"], tags["open-data"]],
                category=category,
                funding_programme=programme,
                related_event=event,
                hero_image=make_image(),
                authors=[NewsPageAuthor(name="A"), NewsPageAuthor(name="B")],
            )

    query = {"type": "news.NewsPage", "fields": "*", "limit": 20}
    add(2)
    few, listed_few = listing_queries(client, query)
    few_untyped, _ = listing_queries(client, {"locale": "en"})
    add(10)
    many, listed_many = listing_queries(client, query)
    many_untyped, _ = listing_queries(client, {"locale": "en"})

    assert (listed_few, listed_many) == (2, 12)
    print(f"news listing, fields=*: {few} queries for 2 articles, {many} for 12")
    assert many == few, f"{few} queries for 2 articles, {many} for 12"
    assert many <= 20
    assert many_untyped == few_untyped


def test_event_and_project_listings_cost_the_same_for_2_or_12(
    client, event_indexes, project_indexes, event_factory, project_factory, tags, locales
):
    from core.models import Organisation
    from projects.models import ProjectCommunity, ProjectOrganisation, Region

    donor = Organisation.objects.create(name="EU", locale=locales["en"])
    region = Region.objects.create(name="Tartu County", locale=locales["en"])

    def add(count):
        for number in range(count):
            stamp = dt.datetime.now().timestamp()
            event_factory(event_indexes["en"], f"Event {number} {stamp}", tags=[tags["youth"]])
            project_factory(
                project_indexes["en"],
                f"Project {number} {stamp}",
                tags=[tags["youth"]],
                organisations=[ProjectOrganisation(organisation=donor, role="donor")],
                communities=[ProjectCommunity(name="Tartu", region=region)],
            )

    add(2)
    few = [listing_queries(client, {"type": kind, "fields": "*"}) for kind in ("events.EventPage", "projects.ProjectPage")]
    add(10)
    many = [listing_queries(client, {"type": kind, "fields": "*"}) for kind in ("events.EventPage", "projects.ProjectPage")]

    assert [listed for _, listed in few] == [2, 2] and [listed for _, listed in many] == [12, 12]
    print(f"events, projects listings, fields=*: {few} for 2 each, {many} for 12 each")
    assert [queries for queries, _ in many] == [queries for queries, _ in few]


def test_images_can_still_be_filtered_by_their_own_tags(client, locales):
    image = make_image("Town hall")
    image.tags.add("architecture")
    make_image("Park")

    listed = items(client.get("/api/v2/images/", {"tags": "architecture"}))

    assert [item["id"] for item in listed] == [image.pk]


def test_other_sites_may_read_the_api_from_the_origins_allowed(client, news_indexes, article_factory, settings):
    article_factory(news_indexes["en"], "Shared with a partner site")
    settings.API_CORS_ORIGINS = ["https://partner.example"]

    allowed = client.get("/api/v2/pages/?type=news.NewsPage", HTTP_ORIGIN="https://partner.example")
    stranger = client.get("/api/v2/pages/?type=news.NewsPage", HTTP_ORIGIN="https://stranger.example")
    preflight = client.options("/api/v2/pages/", HTTP_ORIGIN="https://partner.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    beacon = client.post("/api/views/1/", HTTP_ORIGIN="https://partner.example")

    assert allowed.status_code == 200 and allowed["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "Origin" in allowed["Vary"]
    assert "Access-Control-Allow-Credentials" not in allowed
    assert stranger.status_code == 200 and "Access-Control-Allow-Origin" not in stranger
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "Access-Control-Allow-Origin" not in beacon, "counting views stays with our own pages"


def test_no_origin_is_allowed_unless_configured(client, news_indexes, settings):
    settings.API_CORS_ORIGINS = []

    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://partner.example")

    assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response


def test_any_origin_may_read_when_the_operator_says_so(client, news_indexes, settings):
    settings.API_CORS_ORIGINS = ["*"]

    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://anyone.example")

    assert response["Access-Control-Allow-Origin"] == "*"
