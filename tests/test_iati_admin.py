"""IATI in the admin and on the project page: the editor sees what keeps a project out of the IATI
file, the officer reads a readiness report, the editor form refuses impossible IATI rows, and a
visitor reads the results as tables with a small chart."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from core.models import Organisation
from core.models.settings import PortalSettings
from core.roles import EDITORS, MODERATORS, ensure_roles, translator_group_name
from projects.models import (
    ProjectBudget,
    ProjectCommunity,
    ProjectOrganisation,
    ProjectPage,
    ProjectRecipientCountry,
    ProjectResult,
    ProjectSector,
)

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/iati-readiness/"
PUBLISHER_REF = "UA-EDR-38427161"
#: Sector codes of the IATI list: an active one, and one withdrawn from it ("Government administration").
ACTIVE_SECTOR, WITHDRAWN_SECTOR = "15112", "15140"


def user_in(group_name, username):
    from django.apps import apps

    ensure_roles(apps)
    user = User.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(homes):
    return user_in(EDITORS, "editor")


@pytest.fixture
def publisher(homes, locales):
    """The portal's publisher with its IATI identifier and type: the files' reporting organisation."""
    from wagtail.models import Site

    organisation = Organisation.objects.create(
        name="Open Communities Network", locale=locales["en"], iati_ref=PUBLISHER_REF, iati_type="22"
    )
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publisher = organisation
    settings.save()
    return organisation


@pytest.fixture
def donor(locales):
    return Organisation.objects.create(name="Council of Europe", locale=locales["en"], iati_ref="XM-DAC-47", iati_type="40")


def results_stream(title="Residents voting in local elections"):
    """One outcome with a percentage indicator over two years, measuring expected result 1."""
    return [
        (
            "result",
            {
                "result_type": "2",
                "title": "More residents take part in decisions",
                "description": "",
                "expected_result": 1,
                "indicators": [
                    {
                        "title": title,
                        "description": "",
                        "measure": "2",
                        "ascending": True,
                        "baseline_year": 2022,
                        "baseline_value": Decimal("31.5"),
                        "baseline_comment": "",
                        "periods": [
                            {
                                "start": dt.date(2023, 1, 1),
                                "end": dt.date(2023, 12, 31),
                                "target": Decimal("40"),
                                "actual": Decimal("42.5"),
                                "comment": "Turnout in 12 communities",
                            },
                            {
                                "start": dt.date(2024, 1, 1),
                                "end": dt.date(2024, 12, 31),
                                "target": Decimal("1500"),
                                "actual": None,
                                "comment": "",
                            },
                        ],
                    }
                ],
            },
        )
    ]


def complete_fields(donor, **extra):
    """A project with everything IATI needs."""
    start = timezone.localdate() - dt.timedelta(days=200)
    fields = {
        "iati_identifier": f"{PUBLISHER_REF}-OLB-2025",
        "budget_amount": Decimal("150000"),
        "budget_currency": "EUR",
        "organisations": [ProjectOrganisation(organisation=donor, role="donor")],
        "iati_sectors": [ProjectSector(code=ACTIVE_SECTOR)],
        "iati_countries": [ProjectRecipientCountry(country="UA")],
        "iati_budgets": [
            ProjectBudget(
                period_start=start, period_end=start + dt.timedelta(days=364), value=Decimal("150000"), value_date=start
            )
        ],
    }
    fields.update(extra)
    return fields


@pytest.fixture
def complete_project(project_indexes, project_factory, publisher, donor):
    return project_factory(project_indexes["en"], "Open local budgets", **complete_fields(donor))


@pytest.fixture
def incomplete_project(project_indexes, project_factory, publisher, donor):
    """Identifier, donor and country are there; no sector and no budget."""
    return project_factory(
        project_indexes["en"],
        "Youth councils",
        iati_identifier=f"{PUBLISHER_REF}-YC-2025",
        organisations=[ProjectOrganisation(organisation=donor, role="donor")],
        iati_countries=[ProjectRecipientCountry(country="UA")],
    )


def iati_tab(html):
    """The readiness box at the top of the "IATI and results" tab."""
    start = html.index('id="panel-child-iati_and_results-iati_readiness-content"')
    return html[start : html.index('class="w-panel__header"', start)]


# --- the editor's IATI tab ------------------------------------------------------------------------
def test_editor_sees_each_reason_a_project_is_not_ready_in_the_iati_tab(client, editor, incomplete_project):
    client.force_login(editor)

    response = client.get(f"/admin/pages/{incomplete_project.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="tab-label-iati_and_results"' in html
    tab = iati_tab(html)
    assert "Not in the IATI file yet: 2 things to fix." in tab
    assert "IATI and results tab: add at least one sector." in tab
    assert "IATI and results tab: add the budget by period (each at most a year), or say why it is not published." in tab
    assert "Ready for IATI" not in tab


def test_editor_sees_a_complete_project_is_ready_for_iati(client, editor, complete_project):
    client.force_login(editor)

    tab = iati_tab(client.get(f"/admin/pages/{complete_project.pk}/edit/").content.decode())

    assert "Ready for IATI." in tab and "things to fix" not in tab
    assert f'href="{complete_project.url}iati.xml"' in tab


def test_a_new_project_asks_to_be_saved_before_it_is_checked(client, editor, project_indexes, publisher):
    client.force_login(editor)

    response = client.get(f"/admin/pages/add/projects/projectpage/{project_indexes['en'].pk}/")

    assert response.status_code == 200
    assert "Save the project to see whether it is ready for IATI." in response.content.decode()


# --- the visitor's results and indicators -------------------------------------------------------
def table_of(html, caption):
    match = re.search(r"<table>\s*<caption[^>]*>" + re.escape(caption) + r"</caption>(.*?)</table>", html, re.S)
    assert match, f"no table captioned {caption!r}"
    return match.group(1)


def chart_of(html):
    return re.search(r'<svg class="indicator-chart__svg".*?</svg>', html, re.S).group(0)


def cells(row_html):
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row_html, re.S)]


def test_visitor_reads_results_as_a_table_and_a_chart(client, project_indexes, project_factory, publisher, donor):
    project = project_factory(
        project_indexes["en"],
        "Open local budgets",
        results=[ProjectResult(text="<p>Turnout rises</p>"), ProjectResult(text="<p>Budgets are public</p>")],
        iati_results=results_stream(),
        **complete_fields(donor),
    )

    html = client.get(project.url).content.decode()

    section = html[html.index('id="indicators-heading"') :]
    assert "Results and indicators" in section
    assert '<p class="result__type">Outcome</p>' in section and "More residents take part in decisions" in section
    table = table_of(section, "Residents voting in local elections")
    assert [cells(row) for row in re.findall(r"<tr.*?</tr>", table, re.S)] == [
        ["Period", "Target", "Actual", "Comment"],
        ["Baseline (2022)", "", "31.5%", ""],
        ["2023", "40%", "42.5%", "Turnout in 12 communities"],
        ["2024", "1,500%", "–no figure yet", ""],
    ]
    assert '<th scope="col">Period</th>' in table and '<th scope="row">2023</th>' in table
    # The chart: one image with a summary, its bars drawn on the server.
    svg = chart_of(section)
    assert 'role="img"' in svg and 'aria-labelledby="result-1-indicator-1-chart"' in svg
    assert "Latest, 2023: 42.5% against a target of 40%." in svg
    assert svg.count('class="chart__bar chart__bar--target"') == 2 and svg.count('class="chart__bar chart__bar--actual"') == 1
    assert "<script" not in svg
    # An expected result and the result measuring it link to each other.
    assert '<li id="expected-result-1">' in html and '<a href="#result-1">How it is measured</a>' in html
    assert html.count("How it is measured") == 1
    assert '<article class="result" id="result-1"' in section
    assert '<a href="#expected-result-1">Measures expected result 1</a>' in section
    # The IATI identifier and the activity's file, beside the page.
    assert f'<code class="iati-data__identifier">{PUBLISHER_REF}-OLB-2025</code>' in html
    assert f'<a href="{project.url}iati.xml" type="application/xml">IATI data (XML)</a>' in html


def test_a_project_without_iati_shows_no_results_section_and_no_iati_link(client, project_indexes, project_factory):
    project = project_factory(project_indexes["en"], "Plain project", results=[ProjectResult(text="<p>Something</p>")])

    html = client.get(project.url).content.decode()

    assert "Results and indicators" not in html and "iati.xml" not in html and "IATI identifier" not in html
    assert "How it is measured" not in html


def test_a_qualitative_indicator_shows_words_and_no_chart(client, project_indexes, project_factory):
    stream = results_stream()
    indicator = stream[0][1]["indicators"][0]
    indicator.update(measure="5", baseline_value=None, baseline_comment="No council had a youth seat")
    indicator["periods"][0].update(target=None, actual=None, comment="Four councils opened a youth seat")
    indicator["periods"][1].update(target=None)
    project = project_factory(project_indexes["en"], "Words", iati_results=stream)

    section = client.get(project.url).content.decode().split('id="indicators-heading"')[1]

    table = table_of(section, "Residents voting in local elections")
    assert [cells(row) for row in re.findall(r"<tr.*?</tr>", table, re.S)] == [
        ["Period", "What was achieved"],
        ["Baseline (2022)", "No council had a youth seat"],
        ["2023", "Four councils opened a youth seat"],
        ["2024", ""],
    ]
    assert "<svg" not in section


def test_hostile_indicator_text_is_escaped(client, project_indexes, project_factory):
    hostile = '<script>alert("x")</script> & "quotes"'
    stream = results_stream(title=hostile)
    stream[0][1]["title"] = hostile
    stream[0][1]["indicators"][0]["periods"][0]["comment"] = hostile
    project = project_factory(project_indexes["en"], "Hostile results", iati_results=stream, iati_identifier="XX-1-<b>")

    html = client.get(project.url).content.decode()

    assert "<script>alert" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" in html
    svg = chart_of(html)
    assert "<script" not in svg and "&lt;script&gt;" in svg


def test_results_are_written_the_ukrainian_way_on_the_ukrainian_page(client, project_indexes, project_factory):
    from core.demo.pages import translation as translate_page

    english = project_factory(project_indexes["en"], "Open local budgets", iati_results=results_stream())
    ukrainian = translate_page(english, project_indexes["uk"].locale, title="Відкриті місцеві бюджети")

    response = client.get(ukrainian.url)

    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="uk"' in html
    table = table_of(html, "Residents voting in local elections")
    assert "42,5%" in table and "1\xa0500%" in table and "31,5%" in table
    assert "42.5%" not in table
    svg = chart_of(html)
    assert "42,5%" in svg
    # Coordinates stay SVG numbers: the browser refuses ``x="34,4"``.
    assert not re.search(r'\b(?:x|y|x1|y1|x2|y2|width|height)="-?\d+,\d', svg)


# --- the readiness report -------------------------------------------------------------------------
def report_rows(html):
    """``{project title: row html}`` of the report's table."""
    listing = html[html.index('<table class="listing">') :]
    body = listing[listing.index("<tbody>") : listing.index("</tbody>")]
    rows = re.findall(r"<tr.*?</tr>", body, re.S)
    return {re.search(r'<a href="/admin/pages/\d+/edit/">\s*(.*?)\s*</a>', row).group(1): row for row in rows}


def test_officer_sees_ready_and_unready_projects_with_reasons(
    client, editor, complete_project, incomplete_project, project_indexes
):
    from core.demo.pages import translation as translate_page

    translate_page(complete_project, project_indexes["uk"].locale, title="Відкриті місцеві бюджети")
    client.force_login(editor)

    response = client.get(REPORT_URL)

    assert response.status_code == 200
    html = response.content.decode()
    rows = report_rows(html)
    assert sorted(rows) == ["Open local budgets", "Youth councils"], "one row per project, in its source language"
    ready, not_ready = rows["Open local budgets"], rows["Youth councils"]
    assert f'href="/admin/pages/{complete_project.pk}/edit/"' in ready
    assert "Ready" in ready and "Not ready" not in ready and f"{PUBLISHER_REF}-OLB-2025" in ready
    assert "Not ready" in not_ready
    assert "<li>IATI and results tab: add at least one sector.</li>" in not_ready
    assert (
        "<li>IATI and results tab: add the budget by period (each at most a year), or say why it is not published.</li>"
        in not_ready
    )
    # The portfolio files, one per language's projects index.
    for index in project_indexes.values():
        assert f'href="{index.url}iati.xml"' in html
    # The same as a spreadsheet, one reason per line of the cell.
    export = client.get(REPORT_URL, {"export": "csv"})
    text = b"".join(export.streaming_content if export.streaming else [export.content]).decode()
    assert "Open local budgets,UA-EDR-38427161-OLB-2025,English,live,Ready," in text
    assert '"IATI and results tab: add at least one sector.\nIATI and results tab: add the budget by period' in text


def test_the_report_costs_the_same_queries_for_few_or_many_projects(
    client, editor, project_indexes, project_factory, publisher, donor, django_assert_max_num_queries
):
    client.force_login(editor)

    def add(i):
        project_factory(
            project_indexes["en"],
            f"Project {i}",
            **complete_fields(donor, iati_identifier=f"{PUBLISHER_REF}-P{i}", iati_results=results_stream()),
        )
        project_factory(project_indexes["en"], f"Unready {i}", iati_identifier=f"{PUBLISHER_REF}-U{i}")

    def measure():
        client.get(REPORT_URL)
        with django_assert_max_num_queries(60) as queries:
            assert client.get(REPORT_URL).status_code == 200
        return len(queries)

    add(0)
    few = measure()
    for i in range(1, 8):
        add(i)
    many = measure()

    assert many == few


def test_only_editors_and_moderators_read_the_readiness_report(client, editor, locales):
    moderator = user_in(MODERATORS, "moderator")
    translator = user_in(translator_group_name("uk"), "translator")

    anonymous = client.get(REPORT_URL)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    client.force_login(translator)
    assert client.get(REPORT_URL).status_code == 403
    for reader in (editor, moderator):
        client.force_login(reader)
        assert client.get(REPORT_URL).status_code == 200
        assert REPORT_URL in client.get("/admin/").content.decode(), "the Reports menu offers it"


# --- the editor form refuses what IATI cannot take ------------------------------------------------
def editor_form(project, **changes):
    """What the project editor posts for ``project`` (made without inline rows), with ``changes``."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = {
        "title": project.title,
        "slug": project.slug,
        "goal": project.goal,
        "summary": project.summary,
        "start_date": project.start_date.isoformat(),
        "end_date": "",
        "period_precision": project.period_precision,
        "body": streamfield([]),
        "budget_amount": "",
        "budget_currency": "EUR",
        "iati_identifier": project.iati_identifier,
        "iati_status": "",
        "iati_budget_not_provided": "",
        "iati_results": streamfield([]),
        "tags": "",
        "views_before_migration": "0",
    }
    for relation in (
        "communities",
        "components",
        "results",
        "organisations",
        "related_reads",
        "iati_sectors",
        "iati_countries",
        "iati_regions",
        "iati_budgets",
        "iati_transactions",
    ):
        data[relation] = inline_formset([])
    data.update(changes)
    return nested_form_data(data)


def rows(*forms, initial=0):
    from wagtail.test.utils.form_data import inline_formset

    return inline_formset(list(forms), initial=initial)


def sector(code, percentage=""):
    return {"code": code, "percentage": percentage}


def budget(start, end, value="1000"):
    return {"budget_type": "1", "status": "2", "period_start": start, "period_end": end, "value": value, "value_date": start}


ROW_CHANGES = {
    "budget_longer_than_a_year": (
        {"iati_budgets": rows(budget("2024-01-01", "2025-06-30"))},
        "A budget period is at most one year; split longer budgets into years.",
    ),
    "sector_share_over_100": (
        {"iati_sectors": rows(sector(ACTIVE_SECTOR, "120"))},
        "Ensure this value is less than or equal to 100.",
    ),
    "bad_katotth_code": (
        {
            "communities": rows(
                {
                    "name": "Lozova",
                    "region": "",
                    "latitude": "",
                    "longitude": "",
                    "admin_scheme": "UA-KATOTTH",
                    "admin_code": "UA123",
                }
            )
        },
        "This is not a code of that list; it looks like “UA46060250000045678”.",
    ),
    "unknown_sector_code": ({"iati_sectors": rows(sector("99999"))}, "Select a valid choice."),
}
ROWS_CHECKED_TOGETHER = {
    "sector_shares_over_100_together": {"iati_sectors": rows(sector(ACTIVE_SECTOR, "60"), sector("15150", "60"))},
    "overlapping_budget_periods": {"iati_budgets": rows(budget("2024-01-01", "2024-12-31"), budget("2024-07-01", "2025-06-30"))},
    "newly_chosen_withdrawn_sector": {"iati_sectors": rows(sector(WITHDRAWN_SECTOR))},
}


@pytest.mark.parametrize(
    ("changes", "message"),
    [pytest.param(*case, id=name) for name, case in ROW_CHANGES.items()]
    + [pytest.param(changes, None, id=name) for name, changes in ROWS_CHECKED_TOGETHER.items()],
)
def test_editor_form_refuses_iati_rows_that_break_the_rules_and_saves_nothing(
    client, editor, project_indexes, project_factory, publisher, changes, message
):
    from projects.models import ProjectBudget, ProjectSector

    project = project_factory(project_indexes["en"], "Checked project", iati_identifier=f"{PUBLISHER_REF}-CP")
    revisions = project.revisions.count()
    client.force_login(editor)

    response = client.post(f"/admin/pages/{project.pk}/edit/", editor_form(project, **changes))

    assert response.status_code == 200, "the form comes back instead of a redirect"
    html = response.content.decode()
    assert "The page could not be saved due to validation errors" in html
    if message:
        assert message in html
    assert project.revisions.count() == revisions
    assert not ProjectBudget.objects.filter(page=project).exists() and not ProjectSector.objects.filter(page=project).exists()
    assert not ProjectCommunity.objects.filter(page=project).exists()


def test_editor_form_saves_valid_iati_rows(client, editor, project_indexes, project_factory, publisher):
    """The same form, filled in correctly, is saved: the refusals above are about the rows, not the form."""
    project = project_factory(project_indexes["en"], "Checked project", iati_identifier=f"{PUBLISHER_REF}-CP")
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/{project.pk}/edit/",
        editor_form(
            project,
            iati_sectors=rows(sector(ACTIVE_SECTOR, "60"), sector("15150", "40")),
            iati_budgets=rows(budget("2024-01-01", "2024-12-31"), budget("2025-01-01", "2025-12-31")),
        ),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    draft = ProjectPage.objects.get(pk=project.pk).get_latest_revision_as_object()
    assert sorted(row.code for row in draft.iati_sectors.all()) == ["15112", "15150"]
    assert len(draft.iati_budgets.all()) == 2


def sector_select(html, prefix):
    match = re.search(rf'<select name="{re.escape(prefix)}-code"[^>]*>(.*?)</select>', html, re.S)
    assert match, f"no sector select {prefix}"
    return match.group(1)


def test_sector_select_offers_active_codes_and_keeps_a_stored_withdrawn_one(
    client, editor, project_indexes, project_factory, publisher
):
    project = project_factory(
        project_indexes["en"], "Old project", iati_sectors=[ProjectSector(code=WITHDRAWN_SECTOR, percentage=Decimal(100))]
    )
    client.force_login(editor)

    html = client.get(f"/admin/pages/{project.pk}/edit/").content.decode()

    stored = sector_select(html, "iati_sectors-0")
    assert re.search(
        rf'<option value="{WITHDRAWN_SECTOR}" selected>{WITHDRAWN_SECTOR} – Government administration \(withdrawn\)</option>',
        stored,
    )
    # A new row offers only the codes in use today.
    new_row = sector_select(html.replace("__prefix__", "new"), "iati_sectors-new")
    assert f'value="{ACTIVE_SECTOR}"' in new_row and f'value="{WITHDRAWN_SECTOR}"' not in new_row
    # The readiness box asks for the replacement.
    assert (
        f"IATI and results tab: sector {WITHDRAWN_SECTOR} has been withdrawn from the IATI list; choose its replacement."
        in iati_tab(html)
    )


def test_editor_sees_each_organisations_iati_identifier_in_the_directory(client, editor, publisher, donor):
    client.force_login(editor)

    html = client.get("/admin/snippets/core/organisation/").content.decode()

    assert "IATI organisation identifier" in html
    assert PUBLISHER_REF in html and "XM-DAC-47" in html
