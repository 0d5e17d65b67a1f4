"""Conformance: every page type and machine-readable address of the table (``table.TABLE``), in
every language, passes real validators — the Nu HTML checker, OpenGraph and schema.org rules,
Atom / RSS 2.0 / JSON Feed 1.1, RFC 5545, the sitemaps.org schema, robots.txt — with 0 errors.

One test per row, language and check, so a failure names the page, its address and each error.
The portal is built and fetched once per session (``conftest.documents``), the Nu checker run
once over all pages (``nu_report``).
"""

import pytest
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from . import calendars, feeds, iati, nu, open_data, opengraph, robots, sitemaps, structured_data
from .documents import Document
from .portal import LANGUAGES
from .table import ATOM, CSV, HEAD, HTML, IATI, ICAL, JSON_DATA, JSON_FEED, JSONLD, ROBOTS, ROWS, RSS, SITEMAP, TABLE

# The tests read answers kept in memory; the mark makes pytest-django create the test database
# the ``documents`` fixture builds the portal in.
pytestmark = pytest.mark.django_db


#: A page with a known error, checked with the others: proof the checker ran and names each page.
CANARY = b'<!DOCTYPE html><html lang="en"><head><title>Canary</title></head><body><img src="a.png"></body></html>'


@pytest.fixture(scope="package")
def nu_report(documents):
    """The Nu checker's errors of every HTML answer, ``{(row, language): [message, …]}``."""
    pages = {key: document.body for key, document in documents.items() if HTML in document.checks}
    return nu.check({**pages, ("canary", None): CANARY})


CHECKERS = {
    HTML: lambda document, documents, request: request.getfixturevalue("nu_report")[document.row, document.language],
    HEAD: lambda document, documents, request: opengraph.problems(document),
    JSONLD: lambda document, documents, request: structured_data.problems(document),
    RSS: lambda document, documents, request: feeds.rss_problems(document),
    ATOM: lambda document, documents, request: feeds.atom_problems(document),
    JSON_FEED: lambda document, documents, request: feeds.json_feed_problems(document),
    ICAL: lambda document, documents, request: calendars.problems(document),
    SITEMAP: lambda document, documents, request: sitemaps.problems(document, documents),
    ROBOTS: lambda document, documents, request: robots.problems(document, documents),
    CSV: lambda document, documents, request: open_data.csv_problems(document),
    JSON_DATA: lambda document, documents, request: open_data.json_problems(document),
    IATI: lambda document, documents, request: iati.problems(document, LANGUAGES),
}

CASES = [
    pytest.param(name, code, check, id=f"{name}-{code or 'site'}-{check}".replace(" ", "_"))
    for row in TABLE
    for name, code in row.targets()
    for check in sorted(row.checks)
]


@pytest.mark.parametrize(("row", "language", "check"), CASES)
def test_conforms(documents, request, row, language, check):
    document = documents[row, language]
    expected = ROWS[row].status
    assert document.status == expected, f"{document}: HTTP {document.status}, expected {expected}"

    problems = CHECKERS[check](document, documents, request)

    if problems:
        pytest.fail(
            f"{document} — {check}: {len(problems)} error(s)\n" + "\n".join(f"  {each}" for each in problems), pytrace=False
        )


def project_page_models():
    """Every page type of the project's own apps (not Wagtail's base ``Page``)."""
    return {model for model in get_page_models() if model is not Page and not model._meta.abstract}


def test_every_page_type_and_route_is_in_the_table(documents):
    """A page type or a sub-route nobody added to ``table.TABLE`` would escape every check above."""
    seen_models = {document.model for document in documents.values() if document.model is not None}
    missing_models = sorted(model.__name__ for model in project_page_models() - seen_models)
    assert not missing_models, f"page types in no row of tests/conformance/table.py: {missing_models}"

    seen_routes = {(document.model, document.route) for document in documents.values() if document.route}
    missing_routes = sorted(
        f"{model.__name__}.{pattern.name}"
        for model in project_page_models()
        if issubclass(model, RoutablePageMixin)
        for pattern in model.get_subpage_urls()
        if (model, pattern.name) not in seen_routes
    )
    assert not missing_routes, f"sub-routes in no row of tests/conformance/table.py: {missing_routes}"


# --- the checks catch what they are for: each rule fed a broken answer ---


def test_the_nu_checker_reports_the_errors_of_each_page_under_its_name(nu_report):
    assert any("“img” element must have an “alt” attribute" in message for message in nu_report["canary", None])


def fake(body, content_type="text/html; charset=utf-8", language="en", **fields):
    return Document(
        row="fake",
        language=language,
        path="/en/fake/",
        status=200,
        content_type=content_type,
        body=body.encode(),
        checks=frozenset(),
        **fields,
    )


def test_the_feed_rules_catch_a_bad_atom_id_date_and_missing_author():
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>News</title><id>urn:uuid:not-a-uuid</id><updated>2026-12-02 10:00</updated>
    <link href="http://testserver/en/news/" rel="alternate"/>
    <entry><title>One</title><id>http://testserver/en/news/one/</id><updated>2026-12-02T10:00:00Z</updated>
    <link href="http://testserver/en/news/one/" rel="alternate"/><summary>Text</summary></entry></feed>"""

    problems = "\n".join(feeds.atom_problems(fake(atom, "application/atom+xml; charset=utf-8")))

    assert "feed: id must be one absolute IRI" in problems
    assert "feed: updated '2026-12-02 10:00' is not an RFC 3339" in problems
    assert "entry 1: no author, and the feed names none" in problems
    assert 'no link rel="self"' in problems


def test_the_json_feed_rules_catch_a_1_0_feed():
    feed = '{"version": "https://jsonfeed.org/version/1", "title": "News", "author": {"name": "X"}, "items": [{"id": 1}]}'

    problems = "\n".join(feeds.json_feed_problems(fake(feed, "application/json")))

    for expected in ("not application/feed+json", "version", "home_page_url", "language None", "author is JSON Feed 1.0's"):
        assert expected in problems
    assert "item 1: id 1 is not a non-empty string" in problems and "neither content_html nor content_text" in problems


def test_the_calendar_rules_catch_a_missing_timezone_and_stamp():
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\n"
        "DTSTART;TZID=Europe/Kyiv:20261202T100000\r\nSUMMARY:Training\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    problems = "\n".join(calendars.problems(fake(ics, "text/calendar")))

    assert "DTSTAMP missing" in problems
    assert "names TZID 'Europe/Kyiv' and no VTIMEZONE defines it" in problems


def test_the_structured_data_rules_catch_a_project_with_a_language_and_an_incomplete_article():
    html = """<!DOCTYPE html><html lang="en"><head><title>x</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Project", "name": "P",
    "url": "http://testserver/en/p/", "inLanguage": "en"}</script>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
    "datePublished": "yesterday", "author": [{"@type": "Person"}], "inLanguage": "en"}</script>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList",
    "itemListElement": [{"@type": "ListItem", "position": 2, "name": "Home", "item": "/en/"}]}</script>
    </head><body></body></html>"""

    problems = "\n".join(structured_data.problems(fake(html, jsonld=("Event",), has_image=True)))

    assert "['inLanguage'] are not properties of schema.org's Project" in problems
    assert "NewsArticle: datePublished 'yesterday' is not ISO 8601" in problems
    assert "NewsArticle.author: {'@type': 'Person'} is not a named Person" in problems
    assert "NewsArticle: image missing" in problems
    assert "BreadcrumbList: item 1" in problems and "links to '/en/', not an absolute address" in problems
    assert "no JSON-LD node of type Event" in problems


def test_the_opengraph_rules_catch_a_relative_url_and_a_bare_locale():
    html = """<!DOCTYPE html><html lang="uk"><head><title>x</title>
    <link rel="canonical" href="http://testserver/uk/fake/">
    <link rel="alternate" hreflang="uk" href="http://testserver/uk/fake/">
    <link rel="alternate" hreflang="en" href="http://testserver/en/fake/">
    <meta property="og:title" content="T"><meta property="og:type" content="article">
    <meta property="og:url" content="/uk/fake/"><meta property="og:locale" content="uk">
    </head><body></body></html>"""

    problems = "\n".join(opengraph.problems(fake(html, language="uk", has_image=True, tags=["Молодь"])))

    assert "og:url '/uk/fake/' is not absolute" in problems
    assert "og:locale 'uk' is not language_TERRITORY" in problems
    assert "og:description: expected one non-empty value" in problems
    assert "og:locale:alternate [] do not match the translations the hreflang links name ['en']" in problems
    assert "og:image: expected one non-empty value" in problems
    assert "article:published_time: expected one" in problems and "article:tag [] is not the article's tags" in problems


def test_the_rss_rules_catch_a_bad_date_and_a_relative_permalink():
    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
    <link>http://testserver/en/news/</link><description>Latest</description>
    <item><title>One</title><link>/en/news/one/</link><guid>/en/news/one/</guid><pubDate>2026-12-02</pubDate></item>
    </channel></rss>"""

    problems = "\n".join(feeds.rss_problems(fake(rss, "application/rss+xml; charset=utf-8")))

    assert "item 1: link '/en/news/one/' is not absolute" in problems
    assert "item 1: guid '/en/news/one/' is a permalink but not an absolute address" in problems
    assert "item 1: pubDate '2026-12-02' is not an RFC 822 date" in problems
    assert 'no atom:link rel="self"' in problems


def test_the_sitemap_schema_and_rules_catch_a_bad_priority_and_one_way_alternates():
    index = """<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>http://testserver/sitemap-en.xml</loc><lastmod>yesterday</lastmod></sitemap></sitemapindex>"""
    urlset = """<?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
    <url><loc>http://testserver/en/</loc><priority>2</priority>
    <xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/"/>
    <xhtml:link rel="alternate" hreflang="uk" href="http://testserver/uk/"/></url></urlset>"""
    document = fake("", "application/xml", parts=[("/sitemap.xml", index), ("/sitemap-en.xml", urlset)])

    problems = "\n".join(sitemaps.problems(document, {}))

    assert "lastmod 'yesterday' is not a W3C datetime" in problems
    assert "priority" in problems and "'2'" in problems  # the schema: 0.0 to 1.0
    assert "alternates without x-default" in problems
    assert "names http://testserver/uk/ (uk) as a version, which does not name the same set back" in problems


def test_the_open_data_rules_catch_a_formula_a_ragged_row_and_a_relative_address():
    csv_file = fake(
        "\ufeffid,url,title\r\n1,/en/projects/a/,=HYPERLINK(1)\r\n2,https://x.example/b/\r\n", "text/csv; charset=utf-8"
    )
    found = open_data.csv_problems(csv_file)
    assert any("formula" in each for each in found) and any("2 cells for 3 columns" in each for each in found)
    assert any("is not absolute" in each for each in found)
    json_file = fake('{"generated": "yesterday", "language": "uk", "projects": [{"url": "/a/"}]}', "application/json")
    found = open_data.json_problems(json_file)
    assert any("ISO 8601" in each for each in found) and any("'uk'" in each for each in found)
