"""Escaping: text an editor writes — markup, quotes, ``]]>``, a literal ``&amp;``, CRLF, RTL marks,
emoji — reaches every output the portal produces as text, never as structure.

Each hostile string lands in a field (title, lead, quote block, gallery caption, tag name and
label, organisation name, venue and city, community) and is checked where it comes out: HTML pages,
RSS and Atom feeds, iCalendar files, JSON-LD and the API.
"""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from icalendar import Calendar

from core.demo.images import ensure_image
from core.demo.pages import translation
from core.models import Organisation, Tag, TagLabel
from events.ical import plain
from events.models import EventOccurrence, EventOrganisation
from news.models import NewsPageGalleryImage
from projects.models import ProjectCommunity, ProjectOrganisation, Region

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'
ESCAPED_SCRIPT = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
ATOM = "{http://www.w3.org/2005/Atom}"


def evil(label):
    """``label`` followed by everything that must stay text (under 100 characters: tag names)."""
    text = f"{label} {SCRIPT} \"dq\" 'sq' ]]> &amp; \r\nATTENDEE:x \u202eRTL\u202c 🇺🇦"
    assert len(text) <= 100
    return text


def lines_normalised(text):
    """XML and iCalendar both carry a line break as one LF: CRLF (or a lone CR) in, LF out is correct."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def town():
    """A city name with a bare CR instead of CRLF (pasted from an old Mac document)."""
    return evil("Town").replace("\r\n", "\r")


def hall():
    """A venue with a bare LF."""
    return evil("Hall").replace("\r\n", "\n")


@pytest.fixture
def content(news_indexes, article_factory, event_indexes, event_factory, project_indexes, project_factory, locales):
    tag = Tag.objects.create(name=evil("Tag"), slug="evil-topic")
    TagLabel.objects.create(tag=tag, locale=locales["uk"], name=evil("Мітка"))
    organisation = Organisation.objects.create(name=evil("Org"), slug="evil-org", locale=locales["en"])
    region = Region.objects.create(name="Poltava oblast", locale=locales["en"])
    picture = ensure_image("Escaping test picture", key="escaping-test", palette="blue")
    article = article_factory(
        news_indexes["en"],
        evil("Article"),
        slug="evil-article",
        lead=evil("Lead"),
        body=[
            (
                "quote",
                {"quote": evil("Quote"), "speaker": evil("Speaker"), "role": evil("Role"), "organisation": evil("QOrg")},
            )
        ],
        gallery_images=[NewsPageGalleryImage(image=picture, caption=evil("Caption"), credit=evil("Credit"))],
        tags=[tag],
    )
    article_uk = translation(article, locales["uk"], title=evil("Стаття"), lead=evil("Лід"))
    start = timezone.localdate() + dt.timedelta(days=20)
    event = event_factory(
        event_indexes["en"],
        evil("Event"),
        slug="evil-event",
        summary=evil("Summary"),
        deadline_date=start - dt.timedelta(days=5),
        occurrences=[
            EventOccurrence(city=evil("City"), venue=evil("Venue"), start_date=start),
            EventOccurrence(city=town(), venue=hall(), start_date=start + dt.timedelta(days=7)),
        ],
        organisations=[EventOrganisation(organisation=organisation, role="organiser")],
        tags=[tag],
    )
    project = project_factory(
        project_indexes["en"],
        evil("Project"),
        slug="evil-project",
        summary=evil("Psummary"),
        budget_amount=Decimal(1000),
        budget_currency="EUR",
        organisations=[ProjectOrganisation(organisation=organisation, role="donor")],
        communities=[ProjectCommunity(name=evil("Community"), region=region)],
        tags=[tag],
    )
    return {
        "tag": tag,
        "organisation": organisation,
        "article": article,
        "article_uk": article_uk,
        "event": event,
        "project": project,
        "news": news_indexes,
        "events": event_indexes,
        "projects": project_indexes,
    }


# --- HTML ----------------------------------------------------------------------------------------


class StructureParser(HTMLParser):
    """Collects what would be structure: script elements, attribute names, element names."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.attributes = []  # (tag, {name: value}) in document order

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        self.attributes.append((tag, names))
        for name, _value in attrs:
            if not re.fullmatch(r"[a-z_:][-a-z0-9_:.]*", name) or name.startswith("on"):
                self.problems.append(f"<{tag}> has a stray attribute {name!r}")
        if tag == "script" and not names.get("src") and names.get("type") != "application/ld+json":
            self.problems.append(f"inline <script {attrs}>")
        if tag in ("iframe", "object", "embed"):
            self.problems.append(f"unexpected <{tag}>")


def html_problems(url, response):
    if response.status_code != 200:
        return [f"{url}: status {response.status_code}"]
    html = response.content.decode()
    problems = []
    if "<script>alert" in html.lower():
        problems.append(f"{url}: raw <script>alert in the HTML")
    if ESCAPED_SCRIPT not in html:
        problems.append(f"{url}: the hostile text is not shown (escaped) at all")
    parser = StructureParser()
    parser.feed(html)
    problems.extend(f"{url}: {problem}" for problem in parser.problems)
    return problems


def html_pages(content, group):
    news, events, projects = content["news"], content["events"], content["projects"]
    if group == "news":
        return [
            content["article"].url,
            content["article_uk"].url,
            news["en"].url,
            news["uk"].url,
            f"{news['en'].url}tag/evil-topic/",
            f"{news['uk'].url}tag/evil-topic/",
        ]
    if group == "events":
        return [content["event"].url, events["en"].url, f"{events['en'].url}tag/evil-topic/"]
    if group == "projects":
        return [
            content["project"].url,
            projects["en"].url,
            f"{projects['en'].url}donor/evil-org/",
            f"{projects['en'].url}tag/evil-topic/",
        ]
    return ["/en/", "/uk/", "/en/search/?q=ATTENDEE", "/en/search/?q=dq+sq", "/en/search/?q=ATTENDEE&type=events"]


@pytest.mark.parametrize("group", ["news", "events", "projects", "home-and-search"])
def test_hostile_text_is_escaped_in_html_pages(client, content, group):
    problems = []
    for url in html_pages(content, group):
        problems.extend(html_problems(url, client.get(url)))

    assert problems == []


def test_article_html_shows_every_field_as_written(client, content):
    article = content["article"]
    html = client.get(article.url).content.decode()
    parser = StructureParser()
    parser.feed(html)

    heading = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert unescape(heading) == article.title
    assert unescape(re.search(r'<p class="lead">(.*?)</p>', html, re.S).group(1)) == article.lead
    gallery_links = [attrs for tag, attrs in parser.attributes if tag == "a" and "data-caption" in attrs]
    assert [(a["data-caption"], a["data-credit"]) for a in gallery_links] == [(evil("Caption"), evil("Credit"))]
    images = [attrs["alt"] for tag, attrs in parser.attributes if tag == "img" and attrs.get("alt")]
    assert evil("Caption") in images
    title_element = unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))
    assert article.title in title_element
    og_title = next(attrs["content"] for tag, attrs in parser.attributes if tag == "meta" and attrs.get("property") == "og:title")
    assert og_title.strip() == article.title.strip()
    for part in ("Quote", "Speaker", "Role"):
        assert ESCAPED_SCRIPT in html and unescape(f"{part} {ESCAPED_SCRIPT}") in unescape(html)


# --- RSS and Atom --------------------------------------------------------------------------------


def feed_root(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert b"<script>" not in response.content
    return ET.fromstring(response.content)  # raises ParseError if not well-formed


@pytest.mark.parametrize("lang", ["en", "uk"])
@pytest.mark.parametrize("tagged", [False, True], ids=["all", "tag"])
def test_rss_feed_is_well_formed_and_titles_round_trip(client, content, lang, tagged):
    index = content["news"][lang]
    article = content["article" if lang == "en" else "article_uk"]
    url = f"{index.url}{'tag/evil-topic/' if tagged else ''}feed/rss/"

    channel = feed_root(client, url).find("channel")

    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [lines_normalised(article.title)]
    # <description> is HTML: after the XML is read, the markup a writer typed is still text.
    description = items[0].findtext("description")
    assert "<script" not in description and "&lt;script&gt;" in description
    assert unescape(description) == lines_normalised(article.lead)
    if tagged:
        label = content["tag"].name if lang == "en" else evil("Мітка")
        assert channel.findtext("title") == lines_normalised(f"{index.title}: {label}")


@pytest.mark.parametrize("lang", ["en", "uk"])
@pytest.mark.parametrize("tagged", [False, True], ids=["all", "tag"])
def test_atom_feed_is_well_formed_and_titles_round_trip(client, content, lang, tagged):
    index = content["news"][lang]
    article = content["article" if lang == "en" else "article_uk"]
    url = f"{index.url}{'tag/evil-topic/' if tagged else ''}feed/atom/"

    root = feed_root(client, url)

    entries = root.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [lines_normalised(article.title)]
    summary = entries[0].find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert "<script" not in summary.text and unescape(summary.text) == lines_normalised(article.lead)
    if tagged:
        label = content["tag"].name if lang == "en" else evil("Мітка")
        assert root.findtext(f"{ATOM}title") == lines_normalised(f"{index.title}: {label}")


# --- iCalendar -----------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["event", "index"])
def test_ics_keeps_hostile_text_inside_its_properties(client, content, which):
    event = content["event"]
    url = f"{event.url}ical/" if which == "event" else f"{content['events']['en'].url}ical/"
    response = client.get(url)
    assert response.status_code == 200
    raw = response.content.decode()

    # Every content line ends in CRLF; no CR or LF of an editor's text survives inside one.
    physical_lines = raw.split("\r\n")
    assert physical_lines[-1] == ""
    assert [line for line in physical_lines if "\r" in line or "\n" in line] == []
    assert [line for line in physical_lines if line.upper().startswith("ATTENDEE")] == []

    calendar = Calendar.from_ical(response.content)
    vevents = calendar.walk("VEVENT")
    assert all("ATTENDEE" not in component for component in calendar.walk())
    occurrences = [v for v in vevents if "-occurrence-" in str(v["UID"])]
    deadline = [v for v in vevents if str(v["UID"]).split("@")[0].endswith("-deadline")]
    assert len(occurrences) == 2 and len(deadline) == 1

    cities = [evil("City"), town()]
    venues = [evil("Venue"), hall()]
    summaries = sorted(str(v["SUMMARY"]) for v in occurrences)
    assert summaries == sorted(lines_normalised(plain(f"{event.title} — {city}")) for city in cities)
    for summary in summaries:
        for fragment in ('alert("x")', '"dq"', "'sq'", "]]>", "&amp;", "ATTENDEE:x", "\u202eRTL\u202c", "🇺🇦"):
            assert fragment in summary
        assert "<script" not in summary
    locations = sorted(str(v["LOCATION"]) for v in occurrences)
    assert locations == sorted(lines_normalised(plain(f"{venue}, {city}")) for venue, city in zip(venues, cities, strict=True))
    organisers = {v["ORGANIZER"].params["CN"] for v in occurrences}
    assert organisers == {lines_normalised(plain(content["organisation"].name))}
    assert lines_normalised(plain(event.title)) in str(deadline[0]["SUMMARY"])
    assert str(occurrences[0]["DESCRIPTION"]).startswith(lines_normalised(plain(event.summary)))


# --- JSON-LD -------------------------------------------------------------------------------------


def json_ld_documents(client, url):
    """Every JSON-LD document of the page (its own, then its BreadcrumbList), each checked to end
    exactly where its ``<script>`` does."""
    html = client.get(url).content.decode()
    opening = '<script type="application/ld+json">'
    documents, position = [], 0
    while (found := html.find(opening, position)) != -1:
        start = found + len(opening)
        data, end = json.JSONDecoder().raw_decode(html, start)
        block = html[start:end]
        assert html[end:].startswith("</script>"), "the JSON-LD does not end where its <script> does"
        assert "</script" not in block.lower()
        assert "<!--" not in block and "<" not in block and ">" not in block
        documents.append(data)
        position = end
    return documents


def json_ld_of(client, url):
    page, *others = json_ld_documents(client, url)
    assert [other["@type"] for other in others] == ["BreadcrumbList"]
    assert others[0]["itemListElement"][-1]["name"] == page["name"]  # the same title, escaped the same way
    return page


def test_json_ld_of_an_article_round_trips(client, content):
    for key in ("article", "article_uk"):
        article = content[key]
        data = json_ld_of(client, article.url)
        assert data["name"] == article.title
        assert data["headline"] == article.title[:110]
        assert data["description"] == " ".join(article.lead.split())


def test_json_ld_of_an_event_round_trips(client, content):
    event = content["event"]
    data = json_ld_of(client, event.url)

    assert data["name"] == event.title
    assert [place["name"] for place in data["location"]] == [evil("Venue"), hall()]
    assert [place["address"]["addressLocality"] for place in data["location"]] == [evil("City"), town()]
    assert [organiser["name"] for organiser in data["organizer"]] == [content["organisation"].name]


def test_json_ld_of_a_project_round_trips(client, content):
    project = content["project"]
    data = json_ld_of(client, project.url)

    assert data["name"] == project.title
    assert [funder["name"] for funder in data["funder"]] == [content["organisation"].name]
    assert [area["name"] for area in data["areaServed"]] == [evil("Community")]


# --- API -----------------------------------------------------------------------------------------


def api_detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def test_api_detail_round_trips_hostile_text(client, content):
    article = api_detail(client, content["article"])
    assert article["title"] == content["article"].title
    assert article["lead"] == content["article"].lead
    quote = article["body"][0]["value"]
    assert (quote["quote"], quote["speaker"], quote["role"]) == (evil("Quote"), evil("Speaker"), evil("Role"))
    assert article["tags"] == [{"slug": "evil-topic", "name": content["tag"].name}]

    article_uk = api_detail(client, content["article_uk"])
    assert article_uk["title"] == content["article_uk"].title
    assert article_uk["tags"] == [{"slug": "evil-topic", "name": evil("Мітка")}]

    event = api_detail(client, content["event"])
    assert event["title"] == content["event"].title
    assert [(o["city"], o["venue"]) for o in event["occurrences"]] == [
        (evil("City"), evil("Venue")),
        (town(), hall()),
    ]

    project = api_detail(client, content["project"])
    assert project["title"] == content["project"].title
    assert project["donors"] == [content["organisation"].name]


def test_api_listing_round_trips_titles(client, content):
    response = client.get("/api/v2/pages/", {"type": "news.NewsPage", "fields": "lead,tags", "locale": "en"})
    assert response.status_code == 200
    items = json.loads(response.content)["items"]

    assert [(item["title"], item["lead"]) for item in items] == [(content["article"].title, content["article"].lead)]
