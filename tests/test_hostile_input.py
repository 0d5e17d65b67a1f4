"""Hostile input: every public URL of the portal, fed garbage in every query parameter and path
segment, in two languages. Whatever arrives, the answer is an honest status — never a 500 — and
no HTML page echoes a script tag back.

Table-driven: each row of ``FAMILIES`` expands to a few hundred requests against one URL family;
the test collects every bad answer and fails once, naming them all (URL, status, exception).
"""

import datetime as dt
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from core.demo.pages import translation
from core.models import Organisation
from events.models import EventOccurrence
from projects.models import ProjectCommunity, ProjectOrganisation, Region

from .conftest import made_for_the_module, make_article, make_event, make_homes, make_index, make_project, make_tags

pytestmark = pytest.mark.django_db

ALLOWED = {200, 301, 302, 400, 404, 405}
LANGUAGES = ["en", "uk"]
XSS = "<script>alert(1)</script>"
XSS_MARK = b"<script>alert(1)"

# (readable name, value): every value goes to every query parameter and every path segment.
HOSTILE = [
    ("abc", "abc"),
    ("minus-one", "-1"),
    ("zero", "0"),
    ("ten-pow-12", str(10**12)),
    ("ten-pow-30", str(10**30)),
    ("float", "1.5"),
    ("empty-ish", " "),
    ("unknown-slug", "no-such-slug-anywhere"),
    ("month-13", "13"),
    ("month-2024-00", "2024-00"),
    ("month-2024-13", "2024-13"),
    ("month-9999-12", "9999-12"),
    ("month-0000-01", "0000-01"),
    ("month-abc", "abc-def"),
    ("year-9999", "9999"),
    ("cyrillic", "Київ"),
    ("rtl-mark", "\u202eevil\u202c"),
    ("emoji", "🇺🇦🔥👩‍👩‍👧"),
    ("ten-kB", "A" * 10_240),
    ("script", XSS),
    ("attr-breakout", f'"><svg onload=alert(1)>{XSS}'),
    ("sql", "' OR 1=1 --"),
    ("sql-union", "1 UNION SELECT password FROM auth_user --"),
    ("nul", "\x00"),
    ("nul-inside", "youth\x00x"),
    ("percent", "%"),
    ("broken-percent", "%zz%"),
    ("traversal", "../../etc/passwd"),
    ("crlf", "a\r\nSet-Cookie: x=1"),
    ("fts-syntax", '" OR ( * NEAR -'),
]

# Path segments that only make sense raw (not percent-encoded by us).
RAW_SEGMENTS = [
    ("raw-traversal", "../../etc/passwd"),
    ("raw-dot-dot", ".."),
    ("raw-percent", "%"),
    ("raw-bad-utf8", "%ff%fe"),
    ("raw-encoded-nul", "%00"),
    ("raw-long-segment", "x" * 5000),
]


@dataclass
class Probe:
    label: str
    path: str
    data: dict = field(default_factory=dict)
    method: str = "get"
    headers: dict = field(default_factory=dict)


def query_probes(base, params, fixed=None):
    """``base?param=<hostile>`` for each parameter (other parameters kept at ``fixed``)."""
    fixed = fixed or {}
    prefix = "&".join(f"{key}={value}" for key, value in fixed.items())
    for param in params:
        for name, value in HOSTILE:
            label = f"{base}?{prefix + '&' if prefix else ''}{param}=<{name}>"
            yield Probe(label, base, {**fixed, param: value})


def segment_probes(before, after=""):
    """``before<hostile>/after`` with every hostile value as one path segment."""
    for name, value in HOSTILE:
        yield Probe(f"{before}<{name}>/{after}", f"{before}{quote(value, safe='')}/{after}")
    for name, value in RAW_SEGMENTS:
        yield Probe(f"{before}<{name}>/{after}", f"{before}{value}/{after}")


def exception_summary(response):
    info = getattr(response, "exc_info", None)
    if not info:
        return ""
    kind, error, tb = info
    stack = traceback.extract_tb(tb)
    # The portal's own frames (not the venv's, not the standard library's), innermost last.
    own = [
        f"{f.filename.split('/work/main/')[-1]}:{f.lineno}"
        for f in stack
        if "/work/main/" in f.filename and "/.venv/" not in f.filename
    ]
    where = f" via {' > '.join(own[-3:])}" if own else ""
    last = stack[-1]
    return f"{kind.__name__}: {str(error)[:120]}{where} (raised in {last.filename.split('/')[-1]}:{last.lineno})"


def run_probes(probes):
    client = Client(raise_request_exception=False)
    failures, count = [], 0
    for probe in probes:
        cache.clear()  # throttles and rate limits must not turn a probe into a 429
        count += 1
        response = getattr(client, probe.method)(probe.path, probe.data, headers=probe.headers)
        status = response.status_code
        if status not in ALLOWED:
            failures.append((probe.label, status, exception_summary(response)))
            continue
        is_html = "html" in response.get("Content-Type", "")
        if is_html and not getattr(response, "streaming", False) and XSS_MARK in response.content.lower():
            failures.append((probe.label, status, "raw <script>alert(1) echoed in HTML"))
    assert count > 0
    return failures


# --- the portal ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def portal(django_db_setup, django_db_blocker):
    """Made once for the file's few thousand requests (each case's own writes are undone with it)."""
    with made_for_the_module(django_db_blocker, make_portal) as made:
        yield made


def make_portal():
    from core.demo.context import ensure_locales
    from events.models import EventIndexPage
    from news.models import NewsIndexPage
    from projects.models import ProjectIndexPage

    locales = ensure_locales()
    homes, tags = make_homes(locales), make_tags(locales)
    news_indexes = make_index(homes, NewsIndexPage, "news")
    event_indexes = make_index(homes, EventIndexPage, "events")
    project_indexes = make_index(homes, ProjectIndexPage, "projects")
    article_factory, event_factory, project_factory = make_article, make_event, make_project
    donor = Organisation.objects.create(name="Fjordland Civic Trust", locale=locales["en"])
    region = Region.objects.create(name="Poltava oblast", locale=locales["en"])
    article = article_factory(
        news_indexes["en"],
        "Residents vote on the school budget",
        tags=[tags["youth"]],
        body=[("quote", {"quote": "Every hryvnia is visible", "speaker": "Olha", "role": "Mayor", "organisation": ""})],
    )
    event = event_factory(
        event_indexes["en"],
        "Budget training",
        tags=[tags["youth"]],
        deadline_date=timezone.localdate() + dt.timedelta(days=10),
        occurrences=[EventOccurrence(city="Zhytomyr", venue="Hall", start_date=timezone.localdate() + dt.timedelta(days=30))],
    )
    project = project_factory(
        project_indexes["en"],
        "Open budget data",
        tags=[tags["youth"]],
        budget_amount=Decimal(1000),
        budget_currency="EUR",
        organisations=[ProjectOrganisation(organisation=donor, role="donor")],
        communities=[ProjectCommunity(name="Hadiach", region=region)],
    )
    pages = {
        "en": {"article": article, "event": event, "project": project},
        "uk": {
            "article": translation(article, locales["uk"], title="Мешканці голосують за бюджет", lead="Бюджет участі."),
            "event": translation(event, locales["uk"], title="Навчання з бюджету"),
            "project": translation(project, locales["uk"], title="Відкриті бюджетні дані"),
        },
    }
    indexes = {"news": news_indexes, "events": event_indexes, "projects": project_indexes}
    return {"pages": pages, "indexes": indexes, "donor": donor, "region": region}


# --- URL families --------------------------------------------------------------------------------


def home_probes(portal, lang):
    home = f"/{lang}/"
    yield from query_probes(home, ["page", "tag", "q", "lang"])
    yield from segment_probes(home)
    yield from segment_probes(f"/{lang}/news/", "extra/")


def news_index_probes(portal, lang):
    index = portal["indexes"]["news"][lang].url
    yield from query_probes(index, ["page", "tag", "category"])
    yield from query_probes(index, ["page", "category"], fixed={"tag": "youth"})
    yield from query_probes(index, ["page"], fixed={"category": "no-such-category"})


def news_tag_probes(portal, lang):
    index = portal["indexes"]["news"][lang].url
    yield from segment_probes(f"{index}tag/")
    yield from segment_probes(f"{index}tag/", "feed/rss/")
    yield from segment_probes(f"{index}tag/", "feed/atom/")
    yield from query_probes(f"{index}tag/youth/", ["page"])


def news_archive_and_feed_probes(portal, lang):
    index = portal["indexes"]["news"][lang].url
    for year, month in [
        ("0000", "01"),
        ("0001", "01"),
        ("1899", "12"),
        ("1900", "01"),
        ("2024", "00"),
        ("2024", "13"),
        ("2024", "99"),
        ("9999", "01"),
        ("9999", "11"),
        ("9999", "12"),
        ("abcd", "12"),
        ("2024", "1"),
    ]:
        yield Probe(f"{index}{year}/{month}/", f"{index}{year}/{month}/")
    this_month = timezone.now()
    yield from query_probes(f"{index}{this_month:%Y}/{this_month:%m}/", ["page", "tag"])
    yield from segment_probes(index, "12/")  # <hostile>/12/ as a year
    yield from segment_probes(f"{index}2024/")  # 2024/<hostile>/ as a month
    yield from query_probes(f"{index}feed/rss/", ["page", "tag"])
    yield from query_probes(f"{index}feed/atom/", ["page", "tag"])


def news_article_probes(portal, lang):
    article = portal["pages"][lang]["article"]
    index = portal["indexes"]["news"][lang]
    yield from query_probes(article.url, ["page", "tag"])
    yield from segment_probes(article.url)
    for name, value in HOSTILE:
        referer = f"http://testserver{index.url}?q={quote(value, safe='')}&x={value}"[:2000]
        yield Probe(f"{article.url} [Referer: <{name}>]", article.url, headers={"Referer": referer})
    yield Probe(f"{article.url} [Referer: raw script]", article.url, headers={"Referer": f'http://testserver{index.url}"><{XSS}'})


def events_index_probes(portal, lang):
    index = portal["indexes"]["events"][lang].url
    params = ["when", "kind", "city", "tag", "month", "page"]
    yield from query_probes(index, params)
    yield from query_probes(index, ["kind", "city", "month", "page"], fixed={"when": "past"})
    yield from query_probes(index, ["city", "month", "page"], fixed={"tag": "youth", "kind": "training"})


def events_paths_probes(portal, lang):
    index = portal["indexes"]["events"][lang].url
    event = portal["pages"][lang]["event"]
    yield from segment_probes(f"{index}tag/")
    yield from query_probes(f"{index}tag/youth/", ["when", "month", "page", "tag"])
    yield from query_probes(f"{index}ical/", ["past"])
    yield from query_probes(event.url, ["page", "when"])
    yield from query_probes(f"{event.url}ical/", ["past"])
    yield from segment_probes(event.url)
    yield from segment_probes(event.url, "ical/")


def projects_index_probes(portal, lang):
    index = portal["indexes"]["projects"][lang].url
    params = ["status", "donor", "region", "year", "tag", "order", "page"]
    yield from query_probes(index, params)
    yield from query_probes(index, ["donor", "year", "page"], fixed={"status": "active", "order": "oldest"})


def projects_paths_probes(portal, lang):
    index = portal["indexes"]["projects"][lang].url
    project = portal["pages"][lang]["project"]
    donor = portal["donor"].slug
    yield from segment_probes(f"{index}donor/")
    yield from segment_probes(f"{index}tag/")
    yield from query_probes(f"{index}donor/{donor}/", ["status", "year", "tag", "page"])
    yield from query_probes(f"{index}tag/youth/", ["status", "donor", "region", "page"])
    yield from query_probes(project.url, ["page"])
    yield from segment_probes(project.url)


def search_probes(portal, lang):
    search = f"/{lang}/search/"
    yield from query_probes(search, ["q", "type", "page"])
    yield from query_probes(search, ["type", "page"], fixed={"q": "budget"})
    yield from query_probes(search, ["q", "page"], fixed={"type": "news"})
    yield from segment_probes(search)


def site_files_probes(portal, lang):
    """Language-independent: run once, covering every language prefix given."""
    yield from query_probes("/sitemap.xml", ["p", "page"])
    yield from query_probes("/sitemap-en.xml", ["p", "page"])
    for name, value in HOSTILE:
        yield Probe(f"/sitemap-<{name}>.xml", f"/sitemap-{quote(value, safe='')}.xml")
    yield from query_probes("/robots.txt", ["x"])
    yield from query_probes("/", ["next", "lang"])
    for name, value in HOSTILE:
        if "\r" in value or "\n" in value or "\x00" in value:
            continue  # not a header value any client can send
        yield Probe(f"/ [Accept-Language: <{name}>]", "/", headers={"Accept-Language": value})
        yield Probe(f"/ [Cookie django_language=<{name}>]", "/", headers={"Cookie": f"django_language={quote(value)}"})
    yield from segment_probes("/")  # an unknown language prefix
    for code in LANGUAGES:
        yield from segment_probes(f"/{code}/", "news/")


API_PARAMS = [
    "type",
    "locale",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "id",
    "fields",
    "order",
    "limit",
    "offset",
    "search",
    "search_operator",
    "slug",
    "show_in_menus",
    "site",
]


def api_listing_probes(portal, lang):
    """Language-independent apart from ``?locale=``: run once, with every language as the locale."""
    pages = "/api/v2/pages/"
    yield from query_probes(pages, API_PARAMS)
    yield from query_probes(pages, ["tags", "category", "date", "lead", "fields", "order"], fixed={"type": "news.NewsPage"})
    yield from query_probes(pages, ["kind", "starts_at", "is_free", "cost_amount"], fixed={"type": "events.EventPage"})
    yield from query_probes(pages, ["start_date", "budget_amount", "tags"], fixed={"type": "projects.ProjectPage"})
    for code in LANGUAGES:
        yield from query_probes(pages, ["offset", "limit", "search"], fixed={"locale": code, "order": "title"})


def api_detail_probes(portal, lang):
    article = portal["pages"][lang]["article"]
    yield from segment_probes("/api/v2/pages/")
    yield from query_probes(f"/api/v2/pages/{article.pk}/", ["fields", "type"])
    yield from query_probes("/api/v2/pages/find/", ["html_path", "id"])
    for name, value in HOSTILE:
        html_path = f"/{lang}/news/{value}/"
        yield Probe(f"/api/v2/pages/find/?html_path=/{lang}/news/<{name}>/", "/api/v2/pages/find/", {"html_path": html_path})
    yield from segment_probes("/api/v2/images/")
    yield from query_probes("/api/v2/images/", ["search", "tags", "offset"])


def beacon_probes(portal, lang):
    """Language-independent: the beacon takes a page id."""
    article = portal["pages"]["en"]["article"]
    browser = {"User-Agent": "Mozilla/5.0"}
    for name, value in [*HOSTILE, *RAW_SEGMENTS]:
        path = f"/api/views/{quote(value, safe='') if (name, value) in HOSTILE else value}/"
        yield Probe(f"POST /api/views/<{name}>/", path, method="post", headers=browser)
    yield Probe("GET /api/views/<id>/", f"/api/views/{article.pk}/", headers=browser)
    yield from (
        Probe(f"POST /api/views/<id>/ form {p.label}", f"/api/views/{article.pk}/", p.data, "post", browser)
        for p in query_probes("", ["page", "id"])
    )


FAMILIES = {
    "home": home_probes,
    "news-index-filters": news_index_probes,
    "news-tag-pages-and-feeds": news_tag_probes,
    "news-archive-and-feeds": news_archive_and_feed_probes,
    "news-article": news_article_probes,
    "events-index-filters": events_index_probes,
    "events-tag-ical-and-event": events_paths_probes,
    "projects-index-filters": projects_index_probes,
    "projects-donor-tag-and-project": projects_paths_probes,
    "search": search_probes,
    "sitemap-robots-and-root": site_files_probes,
    "api-listing": api_listing_probes,
    "api-detail-and-find": api_detail_probes,
    "view-beacon": beacon_probes,
}


#: Families whose URLs carry no language prefix: probed once ("all"), not once per language.
SHARED = {"sitemap-robots-and-root", "api-listing", "view-beacon"}
CASES = [
    pytest.param(family, lang, id=f"{family}-{lang}")
    for family in FAMILIES
    for lang in (["all"] if family in SHARED else LANGUAGES)
]


@pytest.mark.parametrize(("family", "lang"), CASES)
def test_hostile_input_gets_an_honest_answer(portal, family, lang):
    failures = run_probes(FAMILIES[family](portal, lang))

    assert failures == [], "\n" + "\n".join(f"{status} {label}  {why}" for label, status, why in failures)
