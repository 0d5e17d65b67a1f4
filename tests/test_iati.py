"""IATI: a donor's transparency officer downloads the portal's projects as IATI 2.03 activities,
checks them against the official schema, and finds each project once, in every language it is
published in — and never a project that is hidden, unfinished or wrong."""

import datetime as dt
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree
from wagtail.models import Page, PageViewRestriction, Site

from core.demo.pages import publish
from core.demo.shared import translated_snippet
from core.models import Organisation
from core.models.settings import PortalSettings
from projects.iati.activity import export_problems
from projects.models import (
    ProjectBudget,
    ProjectCommunity,
    ProjectOrganisation,
    ProjectPage,
    ProjectRecipientCountry,
    ProjectRecipientRegion,
    ProjectSector,
    ProjectTransaction,
)

from .conftest import make_project

pytestmark = pytest.mark.django_db

#: The official schema as published (shared by the team), else the copy the portal ships.
SHARED_SCHEMA = Path("/work/shared/standards/iati-2.03")
SCHEMA_DIR = SHARED_SCHEMA if SHARED_SCHEMA.exists() else Path(__file__).resolve().parent.parent / "core/iati/data/schema"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PUBLISHER_REF = "UA-EDR-38427161"
PORTFOLIO = "/en/projects/iati.xml"

#: The texts of one project in each language; the results keep their block ids across languages.
TEXTS = {
    "en": {
        "title": "Open budgets in hromadas",
        "summary": "Residents read and discuss their community's budget.",
        "goal": "Every resident can follow how the budget is spent.",
        "role": "Project manager",
        "donor": "Civic Fund",
        "publisher": "Open Communities Network",
        "community": "Lozova",
        "result": "More residents take part in budget hearings",
        "indicator": "Residents at budget hearings",
        "qualitative": "Quality of budget reports",
        "comment": "Hearings in 12 communities",
    },
    "uk": {
        "title": "Відкриті бюджети громад",
        "summary": "Мешканці читають і обговорюють бюджет своєї громади.",
        "goal": "Кожен мешканець може стежити за витратами бюджету.",
        "role": "Керівниця проєкту",
        "donor": "Громадський фонд",
        "publisher": "Мережа відкритих громад",
        "community": "Лозова",
        "result": "Більше мешканців беруть участь у бюджетних слуханнях",
        "indicator": "Мешканці на бюджетних слуханнях",
        "qualitative": "Якість бюджетних звітів",
        "comment": "Слухання у 12 громадах",
    },
    "et": {
        "title": "Avatud eelarved kogukondades",
        "summary": "Elanikud loevad ja arutavad oma kogukonna eelarvet.",
        "goal": "Iga elanik saab jälgida, kuidas eelarvet kulutatakse.",
        "role": "Projektijuht",
        "donor": "Kodanikufond",
        "publisher": "Avatud Kogukondade Võrgustik",
        "community": "Lozova linn",
        "result": "Rohkem elanikke osaleb eelarve aruteludel",
        "indicator": "Elanikud eelarve aruteludel",
        "qualitative": "Eelarvearuannete kvaliteet",
        "comment": "Arutelud 12 kogukonnas",
    },
}


@cache
def official_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


def valid_document(response):
    """The parsed file, after checking the answer is well-formed XML the official schema accepts."""
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert response.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    document = etree.fromstring(response.content)
    official_schema().assertValid(document)
    return document


def identifiers(document):
    return [element.text for element in document.iter("iati-identifier")]


def narratives(element, path):
    """``{language: text}`` of the narratives of the first ``path`` below ``element``."""
    return {narrative.get(XML_LANG): narrative.text for narrative in element.find(path).findall("narrative")}


def results_data(language="en"):
    """Raw StreamField data: one outcome with a counted and a qualitative indicator, fixed block ids."""
    texts = TEXTS[language]
    counted = {
        "title": texts["indicator"],
        "description": "",
        "measure": "1",
        "ascending": True,
        "baseline_year": 2023,
        "baseline_value": "12",
        "baseline_comment": "",
        "periods": [
            {
                "type": "item",
                "id": "period-2024",
                "value": {
                    "start": "2024-01-01",
                    "end": "2024-12-31",
                    "target": "20",
                    "actual": "23",
                    "comment": texts["comment"],
                },
            },
            {
                "type": "item",
                "id": "period-2025",
                "value": {"start": "2025-01-01", "end": "2025-12-31", "target": "30", "actual": None, "comment": ""},
            },
        ],
    }
    qualitative = {
        "title": texts["qualitative"],
        "description": "",
        "measure": "5",
        "ascending": True,
        "baseline_year": 2023,
        "baseline_value": None,
        "baseline_comment": "",
        "periods": [
            {
                "type": "item",
                "id": "period-q",
                "value": {
                    "start": "2024-01-01",
                    "end": "2024-12-31",
                    "target": None,
                    "actual": None,
                    "comment": texts["comment"],
                },
            }
        ],
    }
    return [
        {
            "type": "result",
            "id": "result-hearings",
            "value": {
                "result_type": "2",
                "title": texts["result"],
                "description": "",
                "expected_result": None,
                "indicators": [
                    {"type": "item", "id": "indicator-residents", "value": counted},
                    {"type": "item", "id": "indicator-reports", "value": qualitative},
                ],
            },
        }
    ]


@pytest.fixture
def publisher(homes, locales):
    """The portal's publisher: the reporting organisation of every file, named in two languages."""
    organisation = Organisation.objects.create(
        name=TEXTS["en"]["publisher"], slug="ocn", locale=locales["en"], iati_ref=PUBLISHER_REF, iati_type="22"
    )
    translated_snippet(organisation, locales["uk"], name=TEXTS["uk"]["publisher"])
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publisher = organisation
    settings.save()
    return organisation


@pytest.fixture
def donor(locales):
    return Organisation.objects.create(
        name=TEXTS["en"]["donor"], slug="civic-fund", locale=locales["en"], iati_ref="GB-CHC-1234567", iati_type="60"
    )


@pytest.fixture
def ready(project_indexes, publisher, donor):
    """``ready(code, **fields)``: a published English project with every IATI detail filled in."""

    def make(code, index=None, **fields):
        texts = TEXTS["en"]
        title = fields.pop("title", texts["title"])
        defaults = {
            "slug": code.lower(),
            "goal": texts["goal"],
            "summary": texts["summary"],
            "start_date": dt.date(2024, 1, 1),
            "end_date": dt.date(2027, 6, 30),
            "budget_amount": Decimal("3850000"),
            "budget_currency": "UAH",
            "contact_name": "Olena Bondar",
            "contact_role": texts["role"],
            "contact_email": "olena@ocn.example",
            "contact_phone": "+380 44 123 45 67",
            "iati_identifier": f"{PUBLISHER_REF}-{code}",
            "organisations": [
                ProjectOrganisation(organisation=donor, role="donor"),
                ProjectOrganisation(organisation=publisher, role="implementer"),
            ],
            "communities": [
                ProjectCommunity(
                    name=texts["community"],
                    latitude=Decimal("48.889"),
                    longitude=Decimal("36.318"),
                    admin_scheme="UA-KATOTTH",
                    admin_code="UA63120070000091296",
                ),
                ProjectCommunity(name="Tartu", admin_scheme="EE-EHAK", admin_code="0793"),
            ],
            "iati_sectors": [ProjectSector(code="15112", percentage=60), ProjectSector(code="15150", percentage=40)],
            "iati_countries": [
                ProjectRecipientCountry(country="UA", percentage=80),
                ProjectRecipientCountry(country="EE", percentage=10),
            ],
            "iati_regions": [ProjectRecipientRegion(region="89", percentage=10)],
            "iati_budgets": [
                ProjectBudget(
                    period_start=dt.date(2024, 1, 1),
                    period_end=dt.date(2024, 12, 31),
                    value=Decimal("1850000"),
                    value_date=dt.date(2024, 1, 1),
                ),
                ProjectBudget(
                    period_start=dt.date(2025, 1, 1),
                    period_end=dt.date(2025, 12, 31),
                    value=Decimal("2000000.50"),
                    value_date=dt.date(2025, 1, 1),
                ),
            ],
            "iati_transactions": [
                ProjectTransaction(
                    transaction_type="1", date=dt.date(2024, 2, 1), value=Decimal("1850000"), value_date=dt.date(2024, 2, 1)
                ),
                ProjectTransaction(
                    transaction_type="4", date=dt.date(2024, 6, 30), value=Decimal("412000.75"), value_date=dt.date(2024, 6, 30)
                ),
            ],
            "iati_results": results_data("en"),
        }
        defaults.update(fields)
        return make_project(index or project_indexes["en"], title, **defaults)

    return make


def translate(project, locale, **changes):
    """The project written in another language, as a translator would: texts, community names and
    results in that language, published. Block ids and row translation keys stay those of the source."""
    texts = TEXTS[locale.language_code]
    page = project.copy_for_translation(locale, copy_parents=False, alias=False)
    page.title = texts["title"]
    page.summary = texts["summary"]
    page.goal = texts["goal"]
    page.contact_role = texts["role"]
    page.iati_results = results_data(locale.language_code)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save()
    for community in page.communities.all():
        if community.name == TEXTS["en"]["community"]:
            community.name = texts["community"]
            community.save()
    return publish(page)


# --- the files validate ----------------------------------------------------------------------------


def test_officer_downloads_a_portfolio_the_official_schema_accepts(client, ready):
    ready("OLB-2024")
    ready("YTH-2025", title="Youth councils", slug="youth-councils")

    document = valid_document(client.get(PORTFOLIO))

    assert document.get("version") == "2.03" and document.get("generated-datetime")
    assert identifiers(document) == [f"{PUBLISHER_REF}-OLB-2024", f"{PUBLISHER_REF}-YTH-2025"]


def test_every_detail_of_a_full_project_is_in_its_activity(client, ready, project_indexes):
    project = ready("OLB-2024")

    document = valid_document(client.get(project.url + "iati.xml"))

    (activity,) = document.findall("iati-activity")
    assert activity.get(XML_LANG) == "en" and activity.get("default-currency") == "UAH"
    assert activity.get("last-updated-datetime").startswith(str(project.last_published_at.year))
    assert activity.find("reporting-org").attrib == {"ref": PUBLISHER_REF, "type": "22"}
    assert narratives(activity, "reporting-org") == {"en": TEXTS["en"]["publisher"], "uk": TEXTS["uk"]["publisher"]}
    assert [(org.get("role"), org.get("ref"), org.get("type")) for org in activity.findall("participating-org")] == [
        ("1", "GB-CHC-1234567", "60"),
        ("4", PUBLISHER_REF, "22"),
    ]
    assert [(d.get("type"), d.get("iso-date")) for d in activity.findall("activity-date")] == [
        ("2", "2024-01-01"),
        ("3" if timezone.localdate() <= dt.date(2027, 6, 30) else "4", "2027-06-30"),
    ]
    contact = activity.find("contact-info")
    assert [child.tag for child in contact] == ["organisation", "person-name", "job-title", "telephone", "email"]
    assert [(c.get("code"), c.get("percentage")) for c in activity.findall("recipient-country")] == [("UA", "80"), ("EE", "10")]
    region = activity.find("recipient-region")
    assert (region.get("code"), region.get("vocabulary"), region.get("percentage")) == ("89", "1", "10")
    lozova, tartu = activity.findall("location")
    assert lozova.get("ref") == "UA-KATOTTH-UA63120070000091296"
    assert lozova.find("administrative").attrib == {"vocabulary": "A4", "level": "0", "code": "UA"}
    assert lozova.find("point").get("srsName") == "http://www.opengis.net/def/crs/EPSG/0/4326"
    assert lozova.findtext("point/pos") == "48.889 36.318"
    assert tartu.find("point") is None and tartu.find("administrative").get("code") == "EE"
    assert [(s.get("vocabulary"), s.get("code"), s.get("percentage")) for s in activity.findall("sector")] == [
        ("1", "15112", "60"),
        ("1", "15150", "40"),
    ]
    budget = activity.find("budget")
    assert (budget.get("type"), budget.get("status")) == ("1", "2")
    assert (
        budget.find("period-start").get("iso-date") == "2024-01-01" and budget.find("period-end").get("iso-date") == "2024-12-31"
    )
    assert budget.find("value").get("value-date") == "2024-01-01" and budget.findtext("value") == "1850000.00"
    assert [t.findtext("value") for t in activity.findall("transaction")] == ["1850000.00", "412000.75"]
    result = activity.find("result")
    counted, qualitative = result.findall("indicator")
    assert (counted.get("measure"), counted.get("ascending")) == ("1", "1")
    assert counted.find("baseline").attrib == {"year": "2023", "value": "12"}
    first, second = counted.findall("period")
    assert first.find("target").get("value") == "20" and first.find("actual").get("value") == "23"
    assert second.find("target").get("value") == "30" and second.find("actual") is None
    assert qualitative.get("ascending") is None and "value" not in qualitative.find("baseline").attrib
    assert qualitative.find("period/target") is None and "value" not in qualitative.find("period/actual").attrib


def test_the_elements_follow_the_schemas_order(client, ready):
    project = ready("OLB-2024")

    tags = [child.tag for child in valid_document(client.get(project.url + "iati.xml")).find("iati-activity")]

    assert tags[:3] == ["iati-identifier", "reporting-org", "title"]
    assert tags.index("participating-org") < tags.index("activity-status") < tags.index("activity-date")
    assert max(i for i, tag in enumerate(tags) if tag == "budget") < tags.index("transaction")
    assert tags[-1] == "result"


# --- one activity per project, a narrative per language --------------------------------------------


def test_a_project_in_three_languages_is_one_activity_with_three_narratives(client, ready, locales, donor, project_indexes):
    for code in ("uk", "et"):
        translated_snippet(donor, locales[code], name=TEXTS[code]["donor"])
    english = ready("OLB-2024")
    ukrainian = translate(english, locales["uk"])
    translate(english, locales["et"])

    document = valid_document(client.get(PORTFOLIO))

    (activity,) = document.findall("iati-activity")
    expected = {code: TEXTS[code] for code in ("en", "uk", "et")}
    assert narratives(activity, "title") == {code: texts["title"] for code, texts in expected.items()}
    assert narratives(activity, "description[@type='1']") == {code: texts["summary"] for code, texts in expected.items()}
    assert narratives(activity, "description[@type='2']") == {code: texts["goal"] for code, texts in expected.items()}
    assert narratives(activity, "participating-org[@role='1']") == {code: texts["donor"] for code, texts in expected.items()}
    assert narratives(activity, "location/name") == {code: texts["community"] for code, texts in expected.items()}
    assert narratives(activity, "contact-info/job-title") == {code: texts["role"] for code, texts in expected.items()}
    assert narratives(activity, "result/title") == {code: texts["result"] for code, texts in expected.items()}
    assert narratives(activity, "result/indicator/title") == {code: texts["indicator"] for code, texts in expected.items()}
    assert narratives(activity, "result/indicator/period/actual/comment") == {
        code: texts["comment"] for code, texts in expected.items()
    }
    # A name that reads the same in every language is still given in each of them.
    assert narratives(activity, "contact-info/person-name") == dict.fromkeys(expected, "Olena Bondar")
    # The same file in every language, from any translation of the index.
    for language in ("uk", "et", "lt"):
        assert identifiers(valid_document(client.get(f"/{language}/projects/iati.xml"))) == [f"{PUBLISHER_REF}-OLB-2024"]
    assert identifiers(valid_document(client.get(ukrainian.url + "iati.xml"))) == [f"{PUBLISHER_REF}-OLB-2024"]


def test_a_project_first_written_in_ukrainian_is_in_the_portfolio_of_every_language(client, ready, project_indexes):
    ready("KYI-2024", index=project_indexes["uk"], slug="kyiv", title="Відкриті бюджети громад")

    document = valid_document(client.get(PORTFOLIO))

    (activity,) = document.findall("iati-activity")
    assert activity.get(XML_LANG) == "uk" and narratives(activity, "title") == {"uk": "Відкриті бюджети громад"}


def test_the_lead_language_is_the_sites_unless_that_translation_is_hidden(client, ready, locales):
    english = ready("OLB-2024")
    translate(english, locales["uk"])
    translate(english, locales["et"])
    english.unpublish()

    (activity,) = valid_document(client.get(PORTFOLIO)).findall("iati-activity")

    assert activity.get(XML_LANG) == "uk", "the first public translation in the order of LANGUAGES"
    assert set(narratives(activity, "title")) == {"uk", "et"}


# --- hidden projects and translations stay out ----------------------------------------------------


def hide(page, way):
    if way == "draft":
        page.unpublish()
    elif way == "expired":
        # Still marked live, as until ``publish_scheduled`` runs: only the date says it is over.
        Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - dt.timedelta(hours=1))
    else:
        PageViewRestriction.objects.create(page=page, restriction_type=way, password="open sesame" if way == "password" else "")


WAYS = ("login", "password", "draft", "expired")


@pytest.mark.parametrize("way", WAYS)
def test_hidden_projects_are_not_in_the_portfolio(client, ready, way):
    ready("OPEN-1", slug="open")
    hidden = ready("HIDDEN-1", slug="hidden")
    hide(hidden, way)

    assert identifiers(valid_document(client.get(PORTFOLIO))) == [f"{PUBLISHER_REF}-OPEN-1"]
    response = client.get(hidden.url + "iati.xml")
    # A sign-in redirect, Wagtail's password form or a 404: never the activity.
    assert response.status_code in (200, 302, 404) and b"iati-activity" not in response.content


@pytest.mark.parametrize("way", WAYS)
def test_hidden_translations_give_no_narratives(client, ready, locales, way):
    english = ready("OLB-2024")
    translate(english, locales["uk"])
    hide(translate(english, locales["et"]), way)

    (activity,) = valid_document(client.get(PORTFOLIO)).findall("iati-activity")

    assert set(narratives(activity, "title")) == {"en", "uk"}
    assert set(narratives(activity, "result/title")) == {"en", "uk"}


def test_a_member_who_may_read_a_restricted_project_still_gets_no_iati_file(client, ready):
    hidden = ready("HIDDEN-1", slug="hidden")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    assert client.get(hidden.url + "iati.xml").status_code == 302, "anonymous visitors are asked to sign in, as on the page"
    client.force_login(User.objects.create_user("member", password="x"))
    assert client.get(hidden.url + "iati.xml").status_code == 404, "not public, so never published to IATI"


# --- incomplete and wrong projects stay out, and the editor learns why ---------------------------


def test_an_incomplete_project_is_left_out_and_its_editor_learns_what_is_missing(client, ready, project_indexes, publisher):
    ready("OLB-2024")
    incomplete = make_project(project_indexes["en"], "Half-written project", slug="half")

    assert identifiers(valid_document(client.get(PORTFOLIO))) == [f"{PUBLISHER_REF}-OLB-2024"]
    problems = " ".join(export_problems(incomplete, publisher))
    assert "identifier is empty" in problems and "sector" in problems and "country or region" in problems
    response = client.get(incomplete.url + "iati.xml")
    assert response.status_code == 404 and response["Content-Type"] == "text/plain; charset=utf-8"
    assert b"<" not in response.content


def test_a_portal_with_no_ready_project_serves_no_file_rather_than_an_invalid_one(client, project_indexes, publisher):
    make_project(project_indexes["en"], "Half-written project", slug="half")

    response = client.get(PORTFOLIO)

    assert response.status_code == 404 and b"iati-activities" not in response.content


def test_a_ready_project_has_no_export_problems(ready, publisher):
    assert export_problems(ready("OLB-2024"), publisher) == []


def test_a_project_the_schema_would_refuse_is_left_out_and_the_schema_is_quoted(client, ready, publisher):
    ready("OLB-2024")
    # The editor's form requires an indicator's title; results imported from elsewhere may lack one.
    results = results_data("en")
    results[0]["value"]["indicators"][0]["value"]["title"] = "  "
    broken = ready("BAD-1", slug="bad", iati_results=results)

    problems = export_problems(broken, publisher)

    assert problems and all(problem.startswith("IATI schema: ") for problem in problems), problems
    assert "Expected is ( title )" in problems[0]
    assert identifiers(valid_document(client.get(PORTFOLIO))) == [f"{PUBLISHER_REF}-OLB-2024"]
    assert client.get(broken.url + "iati.xml").status_code == 404


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: ProjectSector.objects.filter(page=p, code="15150").update(percentage=30), "add up to 90"),
        (
            lambda p: ProjectBudget.objects.filter(page=p, period_start=dt.date(2025, 1, 1)).update(
                period_start=dt.date(2024, 12, 1)
            ),
            "overlap",
        ),
        (
            lambda p: ProjectBudget.objects.filter(page=p, period_start=dt.date(2025, 1, 1)).update(
                period_end=dt.date(2026, 3, 31)
            ),
            "longer than a year",
        ),
        (
            lambda p: ProjectTransaction.objects.filter(page=p, transaction_type="4").update(
                date=timezone.localdate() + dt.timedelta(days=10)
            ),
            "in the future",
        ),
        (lambda p: ProjectPage.objects.filter(pk=p.pk).update(iati_identifier="GB-GOV-1-OLB-2024"), "publisher's identifier"),
        (
            lambda p: ProjectRecipientCountry.objects.filter(page=p, country="EE").update(percentage=20),
            "recipient countries and regions add up to 110",
        ),
        (lambda p: ProjectRecipientCountry.objects.filter(page=p, country="EE").update(country="XX"), "not a country"),
        (lambda p: ProjectRecipientRegion.objects.filter(page=p).update(region="380"), "withdrawn"),
    ],
    ids=[
        "sectors-not-100",
        "overlapping-budgets",
        "budget-over-a-year",
        "future-transaction",
        "foreign-identifier",
        "recipients-not-100",
        "unknown-country",
        "withdrawn-region",
    ],
)
def test_rules_the_schema_cannot_check_keep_a_project_out(client, ready, publisher, change, expected):
    ready("OK-1", slug="fine")
    project = ready("OLB-2024")
    change(project)

    problems = export_problems(ProjectPage.objects.get(pk=project.pk), publisher)

    assert any(expected in problem for problem in problems), problems
    assert identifiers(valid_document(client.get(PORTFOLIO))) == [f"{PUBLISHER_REF}-OK-1"]
    assert client.get(project.url + "iati.xml").status_code == 404


def test_two_projects_with_one_identifier_are_both_kept_out_until_an_editor_tells_them_apart(client, ready, publisher):
    first = ready("OLB-2024", slug="first")
    second = ready("OK-1", slug="second")
    ProjectPage.objects.filter(pk=second.pk).update(iati_identifier=f"{PUBLISHER_REF}-OLB-2024")

    for project in (first, second):
        problems = export_problems(ProjectPage.objects.get(pk=project.pk), publisher)
        assert any("already uses the identifier" in problem for problem in problems), problems

    assert client.get(PORTFOLIO).status_code == 404


# --- cost, routing and caching --------------------------------------------------------------------


def portfolio_queries(client, ready, locales, total):
    """The SQL of one request for the portfolio once it holds ``total`` projects in two languages."""
    while ProjectPage.objects.filter(locale=locales["en"]).count() < total:
        number = ProjectPage.objects.filter(locale=locales["en"]).count()
        translate(ready(f"P-{number}", slug=f"p-{number}"), locales["uk"])
    client.get(PORTFOLIO)  # warm the chrome caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(PORTFOLIO)
    assert len(identifiers(valid_document(response))) == total
    return [query["sql"] for query in queries.captured_queries]


def is_identifier_lookup(sql):
    """``readiness.identifier_problems`` asks, per project, whether another one uses its identifier."""
    return '"projects_projectpage"."iati_identifier" = ' in sql


def test_building_the_portfolio_costs_the_same_queries_for_1_or_5_projects(client, ready, locales):
    one, five = (portfolio_queries(client, ready, locales, total) for total in (1, 5))

    built = {total: [sql for sql in queries if not is_identifier_lookup(sql)] for total, queries in ((1, one), (5, five))}
    assert len(built[1]) == len(built[5]), built


def test_the_portfolio_costs_the_same_queries_for_1_or_5_projects(client, ready, locales):
    one, five = (portfolio_queries(client, ready, locales, total) for total in (1, 5))

    assert len(one) == len(five)


def test_the_project_page_still_renders_as_before(client, ready):
    project = ready("OLB-2024")

    response = client.get(project.url)

    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert TEXTS["en"]["title"] in response.content.decode()


def test_publishing_a_project_in_another_language_refreshes_every_cached_portfolio(client, ready, project_indexes, settings):
    settings.PAGE_CACHE_SECONDS = 300
    ready("OLB-2024")
    assert identifiers(valid_document(client.get("/en/projects/iati.xml"))) == [f"{PUBLISHER_REF}-OLB-2024"]
    assert client.get("/en/projects/iati.xml")["X-Page-Cache"] == "hit"

    ready("KYI-2024", index=project_indexes["uk"], slug="kyiv", title="Відкриті бюджети")

    response = client.get("/en/projects/iati.xml")
    assert response.get("X-Page-Cache") != "hit"
    assert identifiers(valid_document(response)) == [f"{PUBLISHER_REF}-KYI-2024", f"{PUBLISHER_REF}-OLB-2024"]
