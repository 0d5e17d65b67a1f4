"""The demo is ready for IATI: a donor's officer opens the portal's IATI file and finds every demo
project but one, valid against the official schema, each with its narratives in the languages it
is written in; the one left out (the academy, deliberately incomplete) tells its editors why."""

import re

import pytest
from lxml import etree

from core.iati.codelists import XML_LANG
from core.iati.schema import schema_errors
from projects.iati.kinds import SCHEME_FORMATS

pytestmark = pytest.mark.django_db  # the module's demo needs the test database set up

#: The demo project left without sectors and budget periods, so the readiness box has work to show.
INCOMPLETE = "academy-for-municipal-teams"
ROWS = ("iati_sectors", "iati_countries", "iati_regions", "iati_budgets", "iati_transactions")
ROW_FIELDS = {
    "iati_sectors": ("code", "percentage"),
    "iati_countries": ("country", "percentage"),
    "iati_regions": ("region", "percentage"),
    "iati_budgets": ("budget_type", "status", "period_start", "period_end", "value", "value_date"),
    "iati_transactions": ("transaction_type", "date", "value", "value_date"),
}


def block_tree(page):
    """``[(result id, title, [(indicator id, title, [period id, …]), …]), …]`` of a page's results."""
    return [
        (
            result.id,
            result.value["title"],
            [
                (indicator.id, indicator.value["title"], [period.id for period in indicator.value["periods"].bound_blocks])
                for indicator in result.value["indicators"].bound_blocks
            ],
        )
        for result in page.iati_results
    ]


def ids_only(tree):
    return [(result, [(indicator, periods) for indicator, _title, periods in indicators]) for result, _t, indicators in tree]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """What the loaded demo says about IATI: per project file and language its readiness problems,
    rows, result blocks and communities, and the IATI files as a reader fetches them. The home pages
    and the projects are enough (the whole demo is tests/test_demo.py's). Loaded once
    for this file, inside a transaction rolled back straight after (as tests/test_event_calendars.py
    does), so other test files find the database as empty as ever."""
    from django.conf import settings
    from django.core.cache import cache
    from django.db import transaction
    from django.test import Client, override_settings
    from django.utils import translation
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from core.demo import loader
    from core.demo.context import DemoContext
    from projects.iati.activity import export_problems
    from projects.iati.publisher import portal_publisher
    from projects.iati.readiness import problems

    search = {name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()}
    facts = {"problems": {}, "export": {}, "rows": {}, "blocks": {}, "communities": {}, "files": {}, "urls": {}}
    with django_db_blocker.unblock():
        try:
            # Readers' requests switch the active language; the fixture's own sentences stay English.
            with transaction.atomic(), translation.override("en"):
                context = DemoContext()
                with override_settings(WAGTAILSEARCH_BACKENDS=search), disable_reference_index_auto_update():
                    loader.load(context, loader.installed_contributions("home", "projects"))
                publisher = portal_publisher()
                facts["publisher"] = (publisher.iati_ref, publisher.iati_type)
                for name, editions in context.pages["projects"].items():
                    for code, page in editions.items():
                        page = type(page).objects.get(pk=page.pk)
                        key = (name, code)
                        facts["problems"][key] = [str(problem) for problem in problems(page, publisher)]
                        facts["export"][key] = [str(problem) for problem in export_problems(page, publisher)]
                        facts["rows"][key] = {
                            relation: [
                                tuple(getattr(row, field) for field in ROW_FIELDS[relation])
                                for row in getattr(page, relation).all()
                            ]
                            for relation in ROWS
                        }
                        facts["blocks"][key] = block_tree(page)
                        facts["communities"][key] = [
                            (row.translation_key, row.admin_scheme, row.admin_code) for row in page.communities.all()
                        ]
                        facts["urls"][key] = page.url
                client = Client()
                for code, _name in settings.LANGUAGES:
                    facts["files"][f"/{code}/projects/iati.xml"] = client.get(f"/{code}/projects/iati.xml")
                for name in ("open-local-budgets", INCOMPLETE):
                    address = facts["urls"][(name, "en")] + "iati.xml"
                    facts["files"][address] = client.get(address)
                transaction.set_rollback(True)
        finally:
            cache.clear()
    return facts


def test_every_demo_project_but_one_is_ready_for_iati(demo):
    ref, kind = demo["publisher"]
    assert re.fullmatch(r"[A-Z]{2}-[A-Z]+-\w+", ref) and kind == "22"  # the publisher: a national NGO
    names = {name for name, _code in demo["problems"]}
    assert len(names) == 8 and INCOMPLETE in names

    for (name, code), found in demo["problems"].items():
        if name == INCOMPLETE:
            assert any("sector" in problem for problem in found), found
            assert any("budget by period" in problem for problem in found), found
            assert len(found) == 2, found  # nothing else is missing
        else:
            assert found == [], (name, code)
            assert demo["export"][(name, code)] == [], (name, code)


def test_every_translation_has_the_same_rows_and_result_blocks(demo):
    for (name, code), rows in demo["rows"].items():
        source = demo["rows"][(name, "et" if name == "kulade-digiabi-tartumaal" else "en")]
        assert rows == source, (name, code)
        if name != INCOMPLETE:
            assert all(rows[relation] for relation in ("iati_sectors", "iati_budgets", "iati_transactions")), name

    for (name, code), tree in demo["blocks"].items():
        english = demo["blocks"].get((name, "en"))
        assert tree and all(len(indicators) == 2 for _id, _title, indicators in tree), (name, code)
        if english is not None and code != "en":
            # One block in four languages for wagtail-localize: the same ids, the words translated.
            assert ids_only(tree) == ids_only(english), (name, code)
            assert [title for _id, title, _i in tree] != [title for _id, title, _i in english], (name, code)

    for (name, _code), communities in demo["communities"].items():
        assert communities == demo["communities"][(name, "et" if name == "kulade-digiabi-tartumaal" else "en")]
        for _key, scheme, number in communities:
            assert re.match(SCHEME_FORMATS[scheme][1], number), (name, scheme, number)


def test_the_portfolio_file_validates_and_holds_every_ready_project(demo):
    files = {path: response for path, response in demo["files"].items() if path.endswith("/projects/iati.xml")}
    assert len(files) == 4
    identifiers = None
    for path, response in files.items():
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("application/xml")
        document = etree.fromstring(response.content)
        assert schema_errors(document) == [], path
        found = [element.text for element in document.iterfind("iati-activity/iati-identifier")]
        assert len(found) == 7 and all(each.startswith(demo["publisher"][0] + "-") for each in found), found
        assert identifiers in (None, found), "the same activities in every language"
        identifiers = found

    document = etree.fromstring(files["/uk/projects/iati.xml"].content)
    budgets = document.xpath("iati-activity[iati-identifier='UA-EDR-40312587-OLB']")[0]
    titles = {narrative.get(XML_LANG) for narrative in budgets.iterfind("title/narrative")}
    assert titles == {"en", "uk", "et", "lt"}
    result_titles = {narrative.get(XML_LANG) for narrative in budgets.iterfind("result/title/narrative")}
    assert result_titles == {"en", "uk", "et", "lt"}
    assert budgets.find("location").get("ref").startswith("UA-KATOTTH-UA46")
    estonian = document.xpath("iati-activity[iati-identifier='UA-EDR-40312587-KDT']")[0]
    # Written in Estonian only: its own texts are Estonian (the publisher names itself in its languages).
    own = [narrative for narrative in estonian.iterfind(".//narrative") if narrative.getparent().tag != "reporting-org"]
    assert own and {narrative.get(XML_LANG) for narrative in own} == {"et"}


def test_one_project_has_its_own_file_and_the_incomplete_one_has_none(demo):
    (ready,) = [response for path, response in demo["files"].items() if "open-local-budgets/iati.xml" in path]
    assert ready.status_code == 200
    document = etree.fromstring(ready.content)
    assert schema_errors(document) == []
    assert [element.text for element in document.iterfind("iati-activity/iati-identifier")] == ["UA-EDR-40312587-OLB"]

    (incomplete,) = [response for path, response in demo["files"].items() if f"{INCOMPLETE}/iati.xml" in path]
    assert incomplete.status_code == 404
