"""Nothing private leaks: a page an editor hides is absent from every surface that lists or links pages.

One article, one event and one project are hidden four ways — restricted to signed-in users, by
a password, to a group, or past their expiry date while still marked live — and a draft is
there too. Each hidden page is tagged, dated, linked and counted exactly like its public
sibling, so if any surface forgets the rule, the hidden page shows up on it.

``SURFACES`` is the table of every place that lists pages. ``test_every_listing_route_is_in_the_table``
walks the URL configuration, every routable page's sub-routes and the home-page sections, so a new
route or section fails the suite until it is added to the table (or named as not a listing).
"""

import datetime as dt
import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from content.models import ContentPage
from core.demo.pages import publish
from core.demo.pages import translation as translate_page
from core.home_sections import home_sections
from core.models import Category, Organisation, PortalSettings, RelatedRead
from events.models import EventPage
from home.models import HomeFeaturedItem
from projects.models import ProjectCommunity, ProjectOrganisation, ProjectRecipientCountry, ProjectSector, Region
from viewcounts.counter import record_view

from .crawl import sitemap_text

pytestmark = pytest.mark.django_db

#: Every hidden page's title, lead, summary and slug carry this word; public pages never do.
HIDDEN = "zanzibar"
WAYS = ("login", "password", "groups", "expired")


def hide(page, way):
    if way == "expired":
        # Marked live, as it stays until ``publish_scheduled`` runs: only the date says it is over.
        Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - dt.timedelta(hours=1))
        return
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type={"login": "login", "password": "password", "groups": "groups"}[way],
        password="open sesame" if way == "password" else "",
    )
    if way == "groups":
        restriction.groups.set([Group.objects.get_or_create(name="Board members")[0]])


@pytest.fixture(params=WAYS)
def world(
    request,
    homes,
    news_indexes,
    event_indexes,
    project_indexes,
    article_factory,
    event_factory,
    project_factory,
    tags,
    locales,
):
    """Public and hidden pages of each family, tangled together as editors tangle them."""
    way = request.param
    en = locales["en"]
    youth = tags["youth"]
    reports = Category.objects.create(name="Reports", slug="reports", locale=en)
    donor = Organisation.objects.create(name="Civic Fund", slug="civic-fund", locale=en)
    region = Region.objects.create(name="Lakeside county", slug="lakeside", locale=en)
    this_month = timezone.now() - dt.timedelta(hours=2)
    hidden_month = (this_month.replace(day=1) - dt.timedelta(days=40)).replace(day=10)

    # Every project is ready for IATI, so the activity files list them unless they are hidden.
    portal = PortalSettings.for_site(homes["en"].get_site())
    portal.publisher = Organisation.objects.create(
        name="Harbour Union", slug="harbour-union", locale=en, iati_ref="UA-EDR-40312587", iati_type="22"
    )
    portal.save()

    def project(title, **extra):
        return project_factory(
            project_indexes["en"],
            title,
            summary=f"{title} summary",
            tags=[youth],
            organisations=[ProjectOrganisation(organisation=donor, role="donor")],
            communities=[ProjectCommunity(name="Harbour", region=region)],
            iati_identifier=f"UA-EDR-40312587-{len(title)}",
            iati_budget_not_provided="1",
            iati_sectors=[ProjectSector(code="15112")],
            iati_countries=[ProjectRecipientCountry(country="UA")],
            **extra,
        )

    open_project = project("Open harbour project")
    hidden_project = project(f"The {HIDDEN} harbour project", slug=f"{HIDDEN}-project")

    def event(title, **extra):
        return event_factory(event_indexes["en"], title, summary=f"{title} summary", tags=[youth], **extra)

    open_event = event(
        "Open harbour school", related_project=open_project, deadline_date=timezone.localdate() + dt.timedelta(days=3)
    )
    hidden_event = event(
        f"The {HIDDEN} harbour school",
        slug=f"{HIDDEN}-school",
        related_project=open_project,
        deadline_date=timezone.localdate() + dt.timedelta(days=5),
    )

    def article(title, **extra):
        return article_factory(news_indexes["en"], title, lead=f"{title} lead", tags=[youth], category=reports, **extra)

    open_article = article("Open harbour news", related_event=hidden_event, related_project=hidden_project, date=this_month)
    hidden_article = article(
        f"The {HIDDEN} harbour news",
        slug=f"{HIDDEN}-news",
        related_event=open_event,
        related_project=open_project,
        date=hidden_month,
    )
    draft = article(f"A {HIDDEN} harbour draft", slug=f"{HIDDEN}-draft", publish_it=False, related_event=open_event)

    # A Ukrainian translation, public, of the hidden article: its switcher must not lead back.
    hidden_article_uk = translate_page(
        hidden_article, locales["uk"], title="Відкриті новини гавані", lead="Лід", slug="vidkryti-novyny"
    )

    # Editors point at the hidden pages from public ones.
    for target in (hidden_article, hidden_event, hidden_project):
        RelatedRead.objects.create(source=open_article, page=target)
        HomeFeaturedItem.objects.create(home=homes["en"], page=target)
    HomeFeaturedItem.objects.create(home=homes["en"], page=open_article)

    # A content page whose child list would show a hidden child.
    about = ContentPage(title="About harbours", slug="about-harbours", lead="About", locale=en)
    homes["en"].add_child(instance=about)
    publish(about)
    open_child = ContentPage(title="Open harbour guide", slug="open-guide", lead="Guide", locale=en)
    about.add_child(instance=open_child)
    publish(open_child)
    hidden_child = ContentPage(title=f"The {HIDDEN} harbour guide", slug=f"{HIDDEN}-guide", lead="Guide", locale=en)
    about.add_child(instance=hidden_child)
    publish(hidden_child)

    # Readers counted the hidden pages more than anything else (most read).
    for page in (hidden_article, hidden_event, hidden_project, hidden_child):
        for _ in range(5):
            record_view(page.pk)
    record_view(open_article.pk)

    for page in (hidden_article, hidden_event, hidden_project, hidden_child):
        hide(page, way)

    return {
        "way": way,
        "homes": homes,
        "news": news_indexes["en"],
        "events": event_indexes["en"],
        "projects": project_indexes["en"],
        "about": about,
        "open_article": open_article,
        "open_event": open_event,
        "open_project": open_project,
        "hidden": [hidden_article, hidden_event, hidden_project, hidden_child, draft],
        "hidden_article_uk": hidden_article_uk,
        "hidden_month": hidden_month,
        "this_month": this_month,
    }


def page_text(response):
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return unescape(response.content.decode())


def api_text(response):
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return json.dumps(response.json(), ensure_ascii=False)


def month_archive(client, world):
    """The archive of a month with public news, and its month list, which must not offer the hidden month."""
    news = world["news"]
    text = page_text(client.get(news.url + world["this_month"].strftime("%Y/%m/")))
    if news.url + world["hidden_month"].strftime("%Y/%m/") in text:
        text += f" the month of the {HIDDEN} news is still listed"
    return text


def hidden_page_api_details(client, world):
    """Each hidden page by id and by address: 404, as if it did not exist."""
    answers = []
    for page in world["hidden"]:
        for url in (f"/api/v2/pages/{page.pk}/", f"/api/v2/pages/find/?html_path={page.url}"):
            response = client.get(url)
            answers.append(str(response.status_code))
            if response.status_code != 404:
                answers.append(f"{HIDDEN} page found")
    return " ".join(answers)


def render_deadlines_soon(client, world):
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get("/en/")
    return Template("{% load event_tags %}{% deadlines_soon 10 30 %}").render(Context({"request": request}))


#: name → (what to fetch, the public text that must be there, route names it covers)
#: ``fetch(client, world)`` returns the surface's text. The public text proves the surface
#: listed something: a surface that broke (an empty page, a 404) must not pass for a careful one.
SURFACES = {
    "news index": (lambda c, w: page_text(c.get(w["news"].url)), "Open harbour news", {"news.NewsIndexPage:index_route"}),
    "news index by tag": (lambda c, w: page_text(c.get(w["news"].url + "?tag=youth")), "Open harbour news", set()),
    "news index by category": (lambda c, w: page_text(c.get(w["news"].url + "?category=reports")), "Open harbour news", set()),
    "news tag page (with other families)": (
        lambda c, w: page_text(c.get(w["news"].url + "tag/youth/")),
        "Open harbour school",
        {"news.NewsIndexPage:tag_route"},
    ),
    "news month archive and its month list": (
        month_archive,
        "Open harbour news",
        {"news.NewsIndexPage:month_route"},
    ),
    "news RSS": (
        lambda c, w: page_text(c.get(w["news"].url + "feed/rss/")),
        "Open harbour news",
        {"news.NewsIndexPage:rss_route"},
    ),
    "news Atom": (
        lambda c, w: page_text(c.get(w["news"].url + "feed/atom/")),
        "Open harbour news",
        {"news.NewsIndexPage:atom_route"},
    ),
    "news tag RSS": (
        lambda c, w: page_text(c.get(w["news"].url + "tag/youth/feed/rss/")),
        "Open harbour news",
        {"news.NewsIndexPage:tag_rss_route"},
    ),
    "news tag Atom": (
        lambda c, w: page_text(c.get(w["news"].url + "tag/youth/feed/atom/")),
        "Open harbour news",
        {"news.NewsIndexPage:tag_atom_route"},
    ),
    "news JSON Feed": (
        lambda c, w: page_text(c.get(w["news"].url + "feed/json/")),
        "Open harbour news",
        {"news.NewsIndexPage:json_feed_route"},
    ),
    "news tag JSON Feed": (
        lambda c, w: page_text(c.get(w["news"].url + "tag/youth/feed/json/")),
        "Open harbour news",
        {"news.NewsIndexPage:tag_json_feed_route"},
    ),
    "events index": (
        lambda c, w: page_text(c.get(w["events"].url)),
        "Open harbour school",
        {"events.EventIndexPage:index_route"},
    ),
    "events index by city": (lambda c, w: page_text(c.get(w["events"].url + "?city=Kyiv")), "Open harbour school", set()),
    "events tag page": (
        lambda c, w: page_text(c.get(w["events"].url + "tag/youth/")),
        "Open harbour school",
        {"events.EventIndexPage:tag_route"},
    ),
    "events calendar feed": (
        lambda c, w: page_text(c.get(w["events"].url + "ical/")),
        "Open harbour school",
        {"events.EventIndexPage:ical_route"},
    ),
    "application deadlines soon": (render_deadlines_soon, "Open harbour school", set()),
    "projects index": (
        lambda c, w: page_text(c.get(w["projects"].url)),
        "Open harbour project",
        {"projects.ProjectIndexPage:index_route"},
    ),
    "projects as open data (CSV)": (
        lambda c, w: page_text(c.get(w["projects"].url + "projects.csv")),
        "Open harbour project",
        {"projects.ProjectIndexPage:csv_route"},
    ),
    "projects as open data (JSON)": (
        lambda c, w: page_text(c.get(w["projects"].url + "projects.json")),
        "Open harbour project",
        {"projects.ProjectIndexPage:json_route"},
    ),
    "projects as IATI activities": (
        lambda c, w: page_text(c.get(w["projects"].url + "iati.xml")),
        "Open harbour project",
        {"projects.ProjectIndexPage:iati_route"},
    ),
    "a project as an IATI activity": (
        lambda c, w: page_text(c.get(w["open_project"].url + "iati.xml")),
        "Open harbour project",
        {"projects.ProjectPage:iati_route"},
    ),
    "projects by region": (
        lambda c, w: page_text(c.get(w["projects"].url + "?region=lakeside")),
        "Open harbour project",
        set(),
    ),
    "projects donor page": (
        lambda c, w: page_text(c.get(w["projects"].url + "donor/civic-fund/")),
        "Open harbour project",
        {"projects.ProjectIndexPage:donor_route"},
    ),
    "projects tag page": (
        lambda c, w: page_text(c.get(w["projects"].url + "tag/youth/")),
        "Open harbour project",
        {"projects.ProjectIndexPage:tag_route"},
    ),
    "home: featured, latest, upcoming, active, most read, topics": (
        lambda c, w: page_text(c.get(w["homes"]["en"].url)),
        "Open harbour news",
        set(),
    ),
    "article: related reads, its event and project": (
        lambda c, w: page_text(c.get(w["open_article"].url)),
        "Open harbour news",
        set(),
    ),
    "event: reports from this event, related reads": (
        lambda c, w: page_text(c.get(w["open_event"].url)),
        "Open harbour school",
        set(),
    ),
    "project: news and events about it, related reads": (
        lambda c, w: page_text(c.get(w["open_project"].url)),
        "Open harbour school",
        {"projects.ProjectPage:index_route"},
    ),
    "content page: its child pages": (lambda c, w: page_text(c.get(w["about"].url)), "Open harbour guide", set()),
    "search": (lambda c, w: page_text(c.get("/en/search/?q=harbour")), "Open harbour news", {"search"}),
    "sitemap": (lambda c, w: unescape(sitemap_text(c)), "open-harbour-news", {"sitemap", "sitemap_section"}),
    "API pages": (lambda c, w: api_text(c.get("/api/v2/pages/?limit=50")), "Open harbour news", {"wagtailapi:pages:listing"}),
    "API news with their links": (
        lambda c, w: api_text(c.get("/api/v2/pages/?type=news.NewsPage&fields=related_event,related_project")),
        "Open harbour news",
        set(),
    ),
    "API search": (lambda c, w: api_text(c.get("/api/v2/pages/?search=harbour")), "Open harbour news", set()),
    "API details of hidden pages": (
        hidden_page_api_details,
        "404",
        {"wagtailapi:pages:detail", "wagtailapi:pages:find"},
    ),
    "language switcher and hreflang of a translation": (
        lambda c, w: page_text(c.get(w["hidden_article_uk"].url)),
        "Відкриті новини гавані",
        set(),
    ),
}


def test_hidden_pages_are_absent_from_every_surface(client, world):
    problems = []
    for surface, (fetch, public_text, _routes) in SURFACES.items():
        text = fetch(client, world)
        if HIDDEN in text.lower():
            at = text.lower().index(HIDDEN)
            problems.append(f"{surface} shows a page hidden by {world['way']}: …{text[max(at - 80, 0) : at + 40]}…")
        if public_text not in text:
            problems.append(f"{surface} did not list the public page")

    assert not problems, "\n".join(problems)


def test_a_hidden_page_still_answers_at_its_own_address(client, world):
    """Hidden from lists is not gone: the page's address asks for the login or the password."""
    article = world["hidden"][0]
    response = client.get(article.url)
    way = world["way"]
    if way in ("login", "groups"):
        assert response.status_code == 302 and "/_util/login/" in response["Location"]
    elif way == "password":
        assert response.status_code == 200 and b'name="password"' in response.content
        assert article.title not in unescape(response.content.decode())
    else:
        # Expired but not yet unpublished by ``publish_scheduled``: Wagtail serves it until then.
        assert response.status_code == 200


@pytest.mark.parametrize("world", ["login"], indirect=True)
def test_a_signed_in_reader_sees_the_translation_they_may_open_in_the_switcher(client, world, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="pw")  # noqa: S106
    client.force_login(reader)
    hidden_en = world["hidden"][0]

    html = page_text(client.get(hidden_en.url))

    uk = world["hidden_article_uk"]
    assert uk.url in html
    # …while the public Ukrainian page does not announce its members-only English original.
    client.logout()
    assert hidden_en.url not in page_text(client.get(uk.url))


# --- the table covers every route --------------------------------------------------------------------

#: Routes and sections that do not list pages, and why.
NOT_LISTINGS = {
    "language_redirect": "redirects / to a language",
    "robots_txt": "names the sitemap only",
    "viewcounts:view_beacon": "counts one page's views (404 for hidden pages: test_view_counter)",
    "healthz": "reports the database and cache",
    "wagtailapi:images:listing": "images, not pages",
    "wagtailapi:images:detail": "images, not pages",
    "wagtailapi:images:find": "images, not pages",
    "wagtailapi:documents:listing": "documents, not pages",
    "wagtailapi:documents:detail": "documents, not pages",
    "wagtailapi:documents:find": "documents, not pages",
    "api_not_found": "the JSON 404 of unknown API addresses",
    "wagtail_serve": "each page; its listings are the page routes below",
    "wagtailcore_authenticate_with_password": "the password form of a restricted page",
    "wagtailcore_login": "the sign-in form of restricted pages",
    "events.EventPage:ical_route": "one event's own calendar file",
    "events.EventPage:index_route": "the event page itself (its lists are in SURFACES)",
    "alerts:subscribe": "the e-mail alerts' sign-up form (its choices are core.follow facets, no pages)",
    "alerts:confirm": "one subscriber's confirmation link",
    "alerts:manage": "one subscriber's choices",
    "alerts:unsubscribe": "one subscriber's unsubscribe link",
    "alerts:data": "one subscriber's stored data",
}
PAGE_SURFACES = {
    "latest_news": "home: featured, latest, upcoming, active, most read, topics",
    "upcoming_events": "home: featured, latest, upcoming, active, most read, topics",
    "active_projects": "home: featured, latest, upcoming, active, most read, topics",
}


def public_route_names():
    """Named routes outside the admin and file downloads, as ``namespace:name``."""
    names = set()

    def walk(patterns, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if str(entry.pattern).startswith(("admin/", "documents/")):
                    continue
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, inner)
            elif isinstance(entry, URLPattern) and entry.name:
                names.add(namespace + entry.name)

    walk(get_resolver().url_patterns, "")
    return names


def routable_page_routes():
    from django.apps import apps

    routes = set()
    for model in apps.get_models():
        if issubclass(model, RoutablePageMixin) and model._meta.app_label in {"core", "home", "news", "events", "projects"}:
            for pattern in model.get_subpage_urls():
                routes.add(f"{model._meta.label}:{pattern.name}")
    return routes


def test_every_listing_route_is_in_the_table():
    covered = set().union(*(routes for _fetch, _text, routes in SURFACES.values()))
    unclassified = (public_route_names() | routable_page_routes()) - covered - set(NOT_LISTINGS)

    assert not unclassified, f"add these to SURFACES in {__name__} (or to NOT_LISTINGS, saying why): {unclassified}"


def test_every_home_section_is_in_the_table():
    assert set(home_sections()) <= set(PAGE_SURFACES)
    assert set(PAGE_SURFACES.values()) <= set(SURFACES)


def test_the_hidden_word_is_really_on_the_hidden_pages(world):
    """The test above would pass vacuously if the hidden pages did not carry the word."""
    for page in world["hidden"]:
        assert HIDDEN in page.title.lower() and HIDDEN in page.slug
    assert re.search(HIDDEN, EventPage.objects.get(pk=world["hidden"][1].pk).summary.lower())
