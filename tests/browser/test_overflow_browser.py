"""On a phone no page is wider than the screen: every page type of the demo portal (long
Ukrainian, Estonian and Lithuanian words, long titles, tables, galleries, agendas), the tag, month
and donor pages, search and the 404 page, in all four languages, at 320, 360 and 390 px.

A page that scrolls sideways hides the end of every line a visitor reads. The measure is the one a
visitor feels: ``document.documentElement.scrollWidth`` against the viewport's ``clientWidth``;
a failure names the address, the width and the elements (or runs of text) sticking out on the
right, and keeps a screenshot in tests/artifacts/.
"""

import io
import os
import re

import pytest

from tests.browser.conftest import ARTIFACTS, is_csp_violation
from tests.conftest import LANGUAGE_CODES

WIDTHS = (320, 360, 390)
# A word with results of every searchable type in each language of the demo.
SEARCH_WORDS = {"en": "communities", "uk": "громад", "et": "kogukondade", "lt": "savivaldybių"}
MISSING = "no-such-page"

# Elements, and runs of text, whose right edge is past the viewport's. What sits inside a box
# that scrolls or clips (a wide table in its scrolling wrapper, the carousel's track) is that
# box's business, as is what is visually hidden.
OVERFLOW_SCRIPT = """() => {
    const width = document.documentElement.clientWidth;
    const clippedBy = new Map();
    const clipped = (node) => {
        const seen = [];
        let answer = false;
        for (let box = node.parentElement; box && box !== document.body; box = box.parentElement) {
            if (clippedBy.has(box)) { answer = clippedBy.get(box); break; }
            seen.push(box);
            if (getComputedStyle(box).overflowX !== "visible") { answer = true; break; }
        }
        seen.forEach((box) => clippedBy.set(box, answer));
        return answer;
    };
    const hidden = (element) => element.closest(".visually-hidden") !== null;
    const out = new Map();
    const note = (element, right) => out.set(element, Math.max(right, out.get(element) || 0));
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if ((box.width || box.height) && box.right > width + 0.5 && !clipped(element) && !hidden(element)) note(element, box.right);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent.trim()) continue;
        range.selectNodeContents(text);
        const box = range.getBoundingClientRect();
        if (box.width && box.right > width + 0.5 && !clipped(text) && !hidden(text.parentElement)) note(text.parentElement, box.right);
    }
    const describe = (element) => {
        let name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "");
        if (typeof element.className === "string" && element.className.trim()) name += "." + element.className.trim().split(/\\s+/).join(".");
        const text = (element.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 70);
        return text ? `${name} “${text}”` : name;
    };
    // The innermost culprits: a box listed only because something inside it sticks out says nothing new.
    const listed = [...out.keys()];
    const culprits = listed.filter((element) => !listed.some((other) => other !== element && element.contains(other)));
    return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: width,
        culprits: culprits.slice(0, 8).map((element) => `${describe(element)}: right edge at ${Math.round(out.get(element))} px`),
    };
}"""


def load_demo():
    """``manage.py load_demo``'s portal, without the admin's reference index (usage counts): loading is
    most of this test's time, and that index is a quarter of it."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from core.demo import loader
    from core.demo.context import DemoContext

    # The search index too is built once at the end, not again at every save of every page.
    by_hand = {name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()}
    with override_settings(WAGTAILSEARCH_BACKENDS=by_hand), transaction.atomic(), disable_reference_index_auto_update():
        loader.load(DemoContext())
    call_command("update_index", stdout=io.StringIO())


def addresses(every_page=False):
    """The addresses to look at in each language: a page of each type (or every page), a tag page,
    a month archive and a donor page of the indexes that have them, a search finding pages of every
    type, and an address that is not a page."""
    from django.utils import translation
    from wagtail.models import Page, get_page_models

    page_types = {model for model in get_page_models() if model is not Page}
    found = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            pages = list(Page.objects.live().filter(locale__language_code=code, depth__gt=1).specific().order_by("path"))
            missing = page_types - {type(page) for page in pages}
            assert not missing, f"no {code} page of {sorted(model.__name__ for model in missing)} in the demo: add one"
            found += [page.url for page in (pages if every_page else hardest_of_each_type(pages))]
            found += [route for page in pages for route in listing_routes(page, code)]
        found += [f"/{code}/search/?q={SEARCH_WORDS[code]}", f"/{code}/{MISSING}/"]
    return found


def hardest_of_each_type(pages):
    """Of each page type, the page whose title has the longest word (long words are what sticks
    out) and the page with the most text (tables, agendas, lists of facts), in tree order."""
    from django.db.models import TextField
    from wagtail.fields import StreamField

    def longest_word(page):
        return max(map(len, re.findall(r"\w+", page.title)), default=0), len(page.title)

    def text(page):
        fields = [field for field in page._meta.concrete_fields if isinstance(field, TextField | StreamField)]
        return sum(len(field.value_to_string(page)) for field in fields)

    by_type = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    chosen = {page for group in by_type.values() for page in (max(group, key=longest_word), max(group, key=text))}
    return [page for page in pages if page in chosen]


def listing_routes(index, code):
    """An index's tag page (its longest tag name), month archive and donor page (the longest name)."""
    if not hasattr(index, "reverse_subpage"):
        return []
    routes, route_names = [], {route.name for route in index.get_subpage_urls()}
    children = list(index.get_children().live().specific())
    tags = {tag for child in children if hasattr(child, "tags") for tag in child.tags.all()}
    if "tag_route" in route_names and tags:
        tag = max(tags, key=lambda tag: (len(tag.label_for(code)), tag.slug))
        routes.append(index.reverse_subpage("tag_route", args=[tag.slug]))
    dates = sorted(child.date for child in children if getattr(child, "date", None))
    if "month_route" in route_names and dates:
        routes.append(index.reverse_subpage("month_route", kwargs={"year": f"{dates[-1]:%Y}", "month": f"{dates[-1]:%m}"}))
    donors = [donor for child in children for donor in getattr(child, "donors", [])]
    if "donor_route" in route_names and donors:
        donor = max(donors, key=lambda donor: (len(donor.name), donor.slug))
        routes.append(index.reverse_subpage("donor_route", args=[donor.slug]))
    return [index.url + route for route in routes]


def artifact_name(address, width):
    return f"overflow-{width}-" + (re.sub(r"[^\w]+", "-", address).strip("-") or "root") + ".png"


@pytest.mark.django_db(transaction=True)
def test_no_page_is_wider_than_a_phone(live_server, browser, settings):
    load_demo()
    # Between 320 and 390 px only the room changes, so the hardest pages of each type stand for the
    # rest; OVERFLOW_EVERY_PAGE=1 looks at every page of the demo (a few minutes).
    every_page = os.environ.get("OVERFLOW_EVERY_PAGE", "") not in ("", "0")
    to_visit = addresses(every_page)
    # Each address is shown at three widths: render it once, answer the other two from the cache.
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 300

    problems, violations = [], []
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.on("console", lambda message: violations.append(message.text) if is_csp_violation(message) else None)
        try:
            for address in to_visit:
                response = page.goto(live_server.url + address)
                expected = 404 if MISSING in address else 200
                if response.status != expected:
                    problems.append(f"{address}: HTTP {response.status}, expected {expected}")
                    continue
                if width == WIDTHS[0] and "/search/" in address:
                    counts = page.locator(".tabs__count").all_inner_texts()[1:]
                    assert counts and "0" not in counts, f"{address} should find pages of every type: {counts}"
                found = page.evaluate(OVERFLOW_SCRIPT)
                if found["scrollWidth"] > found["clientWidth"] or found["culprits"]:
                    problems.append(
                        f"{address} at {width} px is {found['scrollWidth']} px wide:\n    "
                        + "\n    ".join(found["culprits"] or ["(no single element: see the screenshot)"])
                    )
                    if len(problems) <= 10:
                        ARTIFACTS.mkdir(exist_ok=True)
                        page.screenshot(path=str(ARTIFACTS / artifact_name(address, width)), full_page=True)
        finally:
            # The view beacon of the last page holds a transaction in the live server's thread:
            # let it finish before the test database is emptied (see the ``tab`` fixture).
            page.wait_for_load_state("networkidle")
            context.close()

    assert not problems, f"{len(problems)} pages are wider than the screen:\n" + "\n".join(problems)
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)
