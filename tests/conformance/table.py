"""THE table of the conformance suite: every page type and machine-readable address the portal
serves, and which checks its answer must pass, in every language.

A new page type (or route, feed, calendar…) is covered by adding ONE row here: its name, how to
reach it in the compact portal (``portal.Portal``: a page, ``route(index, "tag_route", slug)`` for
a sub-route of a routable page, or a plain path) and its checks. The portal has every family's
pages before the first row is read (``Portal.fill``); a page type of its own makes its pages in
the row, e.g. ``lambda p, c: p.simple_page(NoticePage, titles={...})[c]`` (made once, cached). ``test_every_page_type_and_route_is_in_the_table``
fails until every page model and every sub-route of the project is in a row.

Checks (``checks.CHECKERS`` does each):

- ``HTML``: the Nu HTML checker (vnu.jar) reports no error;
- ``HEAD``: OpenGraph complete (title, type, url equal to the canonical link, ll_CC locale and its
  alternates, description, image and its alt text where the page has a picture, ``article:*`` on
  articles);
- ``JSONLD``: every ``application/ld+json`` script parses and each node has what its schema.org
  type requires; the row's ``jsonld`` types are among them;
- ``RSS``, ``ATOM``, ``JSON_FEED``: RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1 rules, and
  feedparser reads RSS and Atom without complaint;
- ``ICAL``: RFC 5545 as a strict parser reads it;
- ``SITEMAP``: the sitemap index and each sitemap (sitemaps.org schema and rules);
- ``ROBOTS``: robots.txt as first-match parsers read it;
- ``CSV``, ``JSON_DATA``: open data as spreadsheets (RFC 4180, UTF-8 with BOM, no formulas) and
  programs read it;
- ``IATI``: the official IATI 2.03 activity schema, one activity per project and its title in
  every language.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .portal import LANGUAGES, TEXT

HTML, HEAD, JSONLD = "html", "head", "jsonld"
RSS, ATOM, JSON_FEED, ICAL = "rss", "atom", "jsonfeed", "ical"
SITEMAP, ROBOTS = "sitemap", "robots"
CSV, JSON_DATA = "csv", "json"
IATI = "iati"
#: what every page a visitor reads must pass
PAGE = frozenset({HTML, HEAD, JSONLD})


@dataclass(frozen=True)
class Route:
    """A sub-route of a routable page (``RoutablePageMixin``): the index and the route's name."""

    page: object
    name: str
    args: tuple = ()
    query: str = ""

    @property
    def path(self):
        sub = self.page.reverse_subpage(self.name, args=self.args).lstrip("/")
        if "." in sub.rstrip("/").rsplit("/", 1)[-1]:
            sub = sub.rstrip("/")  # a file's address (projects.csv) has no closing slash
        return self.page.url + sub + self.query


def route(page, name, *args, query=""):
    return Route(page, name, tuple(args), query)


@dataclass(frozen=True)
class Row:
    name: str
    #: ``(portal, language code) ->`` a page, a ``Route`` or a path
    at: Callable
    checks: frozenset
    #: schema.org types the page's JSON-LD must describe
    jsonld: tuple = ()
    status: int = 200
    #: the languages it is checked in; ``()``: one address for the whole site
    languages: tuple = LANGUAGES

    def targets(self):
        return [(self.name, code) for code in self.languages or (None,)]


def month(portal, code):
    date = portal.article[code].date
    return route(portal.news_index[code], "month_route", f"{date:%Y}", f"{date:%m}")


def accessibility_statement(portal, code):
    from content.models import AccessibilityStatementPage

    return portal.simple_page(AccessibilityStatementPage, titles=TEXT["statement"], **STATEMENT)[code]


#: An accessibility statement with every part of the EU model statement filled in.
STATEMENT = {
    "organisation_name": "Town of Lozova",
    "website_name": "Civic Portal",
    "scope": "https://portal.example in all its languages, with the documents published on it",
    "legislation": "Directive (EU) 2016/2102",
    "compliance_status": "partial",
    "non_accessible_content": [
        (
            "non_compliance",
            {
                "description": "<p>Scanned council decisions of 2019–2024 have <b>no text layer</b>.</p>",
                "success_criterion": "1.1.1 Non-text content",
                "fix_by": dt.date(2027, 6, 30),
                "alternative": "Ask us for the text of a decision by e-mail.",
            },
        ),
        ("disproportionate_burden", {"description": "<p>Hearings recorded before 2025 have no captions.</p>"}),
        ("outside_scope", {"description": "<p>Live streams of council meetings.</p>"}),
    ],
    "prepared_on": dt.date(2025, 9, 20),
    "assessment_method": "self",
    "feedback_email": "accessibility@example.org",
    "feedback_phone": "+380 44 123 4567",
    "feedback_postal_address": "Town hall\n1 Market Square",
    "response_time": "within 5 working days",
    "enforcement_procedure": '<p>If our answer does not satisfy you, <a href="https://example.org/ombudsman">complain</a>.</p>',
    "enforcement_body_name": "Consumer Protection and Technical Regulatory Authority",
    "enforcement_body_url": "https://example.org/authority",
}


def form_page(portal, code):
    """A registration form with places left, a choice of each kind, help texts and the consent."""
    from formpages.models import FormField, FormPage

    fields = [
        FormField(label="Name", field_type="singleline", sort_order=0),
        FormField(label="E-mail", field_type="email", help_text="We send the confirmation here.", sort_order=1),
        FormField(label="You represent", field_type="radio", choices="Municipality\nCivic organisation", sort_order=2),
        FormField(label="Topics", field_type="checkboxes", choices="Budgets\nProcurement", required=False, sort_order=3),
        FormField(label="Region", field_type="dropdown", choices="Poltava\nKharkiv", sort_order=4),
        FormField(label="Arrival", field_type="date", required=False, sort_order=5),
        FormField(label="Questions", field_type="multiline", required=False, sort_order=6),
        FormField(label="I need an interpreter", field_type="checkbox", required=False, sort_order=7),
    ]
    lead = "Register for the seminar: 20 places, a waiting list when they are taken."
    return portal.simple_page(FormPage, titles=FORM_TITLES, lead=lead, capacity=20, form_fields=fields)[code]


FORM_TITLES = {
    "en": "Weekly seminar on open budgets",
    "uk": "Щотижневий семінар про відкриті бюджети",
    "et": "Iganädalane seminar avatud eelarvetest",
    "lt": "Savaitinis seminaras apie atvirus biudžetus",
}


def donor(portal, code):
    return route(portal.projects_index[code], "donor_route", portal.organisations["donor"][code].slug)


TABLE = [
    # --- pages a visitor reads ---
    Row("home", lambda p, c: p.home[c], PAGE, jsonld=("WebSite", "Organization")),
    Row("news index", lambda p, c: p.news_index[c], PAGE, jsonld=("WebPage",)),
    Row("article", lambda p, c: p.article[c], PAGE, jsonld=("NewsArticle",)),
    Row("news tag page", lambda p, c: route(p.news_index[c], "tag_route", p.topic.slug), PAGE),
    Row("news month archive", month, PAGE),
    Row("events index", lambda p, c: p.events_index[c], PAGE, jsonld=("WebPage",)),
    Row("past events", lambda p, c: route(p.events_index[c], "index_route", query="?when=past"), PAGE),
    Row("event", lambda p, c: p.event[c], PAGE, jsonld=("Event",)),
    Row("whole-day past event", lambda p, c: p.past_event[c], PAGE, jsonld=("Event",)),
    Row("event tag page", lambda p, c: route(p.events_index[c], "tag_route", p.topic.slug), PAGE),
    Row("projects index", lambda p, c: p.projects_index[c], PAGE, jsonld=("WebPage",)),
    Row("project", lambda p, c: p.project[c], PAGE, jsonld=("Project",)),
    Row("project donor page", donor, PAGE),
    Row("project tag page", lambda p, c: route(p.projects_index[c], "tag_route", p.topic.slug), PAGE),
    Row("content page", lambda p, c: p.content_page[c], PAGE, jsonld=("WebPage",)),
    Row("accessibility statement", accessibility_statement, PAGE, jsonld=("WebPage",)),
    Row("form page", form_page, PAGE, jsonld=("WebPage",)),
    Row("search results", lambda p, c: f"/{c}/search/?q={TEXT['search'][c]}", frozenset({HTML})),
    Row("not found", lambda p, c: f"/{c}/no-such-page/", frozenset({HTML}), status=404),
    # --- what programs read ---
    Row("news RSS", lambda p, c: route(p.news_index[c], "rss_route"), frozenset({RSS})),
    Row("news Atom", lambda p, c: route(p.news_index[c], "atom_route"), frozenset({ATOM})),
    Row("news JSON Feed", lambda p, c: route(p.news_index[c], "json_feed_route"), frozenset({JSON_FEED})),
    Row("news tag RSS", lambda p, c: route(p.news_index[c], "tag_rss_route", p.topic.slug), frozenset({RSS})),
    Row("news tag Atom", lambda p, c: route(p.news_index[c], "tag_atom_route", p.topic.slug), frozenset({ATOM})),
    Row("news tag JSON Feed", lambda p, c: route(p.news_index[c], "tag_json_feed_route", p.topic.slug), frozenset({JSON_FEED})),
    Row("event calendar", lambda p, c: route(p.event[c], "ical_route"), frozenset({ICAL})),
    Row("whole-day event calendar", lambda p, c: route(p.past_event[c], "ical_route"), frozenset({ICAL})),
    Row("events calendar", lambda p, c: route(p.events_index[c], "ical_route"), frozenset({ICAL})),
    Row("past events calendar", lambda p, c: route(p.events_index[c], "ical_route", query="?past=1"), frozenset({ICAL})),
    Row("projects as CSV", lambda p, c: route(p.projects_index[c], "csv_route"), frozenset({CSV})),
    Row("projects as JSON", lambda p, c: route(p.projects_index[c], "json_route"), frozenset({JSON_DATA})),
    Row("projects as IATI", lambda p, c: route(p.projects_index[c], "iati_route"), frozenset({IATI})),
    Row("project as IATI", lambda p, c: route(p.project[c], "iati_route"), frozenset({IATI})),
    Row("sitemap", lambda p, c: "/sitemap.xml", frozenset({SITEMAP}), languages=()),
    Row("robots.txt", lambda p, c: "/robots.txt", frozenset({ROBOTS}), languages=()),
]

ROWS = {row.name: row for row in TABLE}
