"""The accessibility statement: readers find the EU model statement's parts in its order, editors
are reminded when a year has passed without review, and impossible dates are form errors."""

import datetime as dt
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.models import AccessibilityStatementPage
from core.demo.pages import publish, translation

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
MODEL_SECTIONS = [
    "Compliance status",
    "Non-accessible content",
    "Preparation of this accessibility statement",
    "Feedback and contact information",
    "Enforcement procedure",
]


def days_ago(days):
    return TODAY - dt.timedelta(days=days)


def statement_fields(**overrides):
    fields = {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "organisation_name": "Town of Zoriane",
        "website_name": "Zoriane town portal",
        "scope": "https://zoriane.example and every page under it",
        "legislation": "Directive (EU) 2016/2102",
        "compliance_status": "partial",
        "non_accessible_content": [
            (
                "non_compliance",
                {
                    "description": "<p>Scanned council decisions of 2019–2024 have no text layer.</p>",
                    "success_criterion": "1.1.1 Non-text content",
                    "fix_by": dt.date(2027, 6, 30),
                    "alternative": "Ask us for the text of a decision.",
                },
            ),
            ("outside_scope", {"description": "<p>Live streams of council meetings.</p>"}),
            ("disproportionate_burden", {"description": "<p>Hearings recorded before 2025 have no captions.</p>"}),
        ],
        "prepared_on": dt.date(2024, 9, 20),
        "assessment_method": "self",
        "last_reviewed_on": days_ago(30),
        "feedback_email": "accessibility@zoriane.example",
        "feedback_phone": "+372 600 1234",
        "feedback_postal_address": "Town hall\n1 Market Square",
        "response_time": "within 5 working days",
        "enforcement_procedure": "<p>If our answer does not satisfy you, complain to the authority.</p>",
        "enforcement_body_name": "Consumer Protection and Technical Regulatory Authority",
        "enforcement_body_url": "https://ttja.example",
    }
    return fields | overrides


def make_statement(parent, **overrides):
    fields = statement_fields(**overrides)
    statement = AccessibilityStatementPage(locale=parent.locale, **fields)
    parent.add_child(instance=statement)
    return publish(statement)


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


def headings(html, level):
    return [re.sub(r"<[^>]+>", "", text).strip() for text in re.findall(rf"<h{level}[^>]*>(.*?)</h{level}>", html, re.S)]


# --- readers ---------------------------------------------------------------------------------


def test_reader_finds_the_model_statements_sections_in_its_order(client, homes):
    statement = make_statement(homes["en"])

    response = client.get(statement.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert headings(html, 1) == ["Accessibility statement"]
    assert [heading for heading in headings(html, 2) if heading in MODEL_SECTIONS] == MODEL_SECTIONS
    # The three reasons in the model's order, whatever order the editor added them in.
    assert headings(html, 3) == [
        "Non-compliance with the legislation",
        "Disproportionate burden",
        "Content not within the scope of the applicable legislation",
    ]
    # The site's chrome and head, as on every page.
    assert 'class="skip-link"' in html and "site-footer" in html
    assert '"@type": "WebPage"' in html or '"@type":"WebPage"' in html


def test_reader_sees_what_the_editor_entered_in_the_models_words(client, homes):
    statement = make_statement(homes["en"])

    html = client.get(statement.url).content.decode()

    assert (
        "Town of Zoriane is committed to making its website “Zoriane town portal” accessible, "
        "in accordance with Directive (EU) 2016/2102." in html
    )
    assert '<a href="https://zoriane.example"' in html  # the scope's address is a link
    assert 'data-compliance-status="partial"' in html
    assert "This website is partially compliant with EN 301 549 (WCAG 2.1 level AA) due to the non-compliances" in html
    assert "<p>Scanned council decisions of 2019–2024 have no text layer.</p>" in html
    assert "<dt>WCAG success criterion</dt><dd>1.1.1 Non-text content</dd>" in html
    assert '<time datetime="2027-06-30">30 June 2027</time>' in html
    assert "<dd>Ask us for the text of a decision.</dd>" in html
    assert '<time datetime="2024-09-20">20 September 2024</time>' in html
    reviewed = days_ago(30)
    assert f'<time datetime="{reviewed.isoformat()}">' in html
    assert "<dd>Self-assessment</dd>" in html
    assert '<a href="mailto:accessibility@zoriane.example">accessibility@zoriane.example</a>' in html
    assert '<a href="tel:+3726001234">+372 600 1234</a>' in html
    assert "<address>Town hall<br>1 Market Square</address>" in html
    assert "<dd>within 5 working days</dd>" in html
    assert "<p>If our answer does not satisfy you, complain to the authority.</p>" in html
    assert '<a href="https://ttja.example" rel="noopener">Consumer Protection and Technical Regulatory Authority</a>' in html


def test_a_fully_compliant_statement_without_exemptions_has_no_list(client, homes):
    statement = make_statement(homes["en"], compliance_status="full", non_accessible_content=[], legislation="")

    html = client.get(statement.url).content.decode()

    assert "This website is fully compliant with EN 301 549 (WCAG 2.1 level AA)." in html
    assert "Non-accessible content" not in html
    assert "Town of Zoriane is committed to making its website “Zoriane town portal” accessible." in html


def test_reader_of_the_ukrainian_statement_gets_its_headings_and_dates_in_ukrainian(client, homes):
    english = make_statement(homes["en"])
    ukrainian = translation(english, homes["uk"].locale, title="Заява про доступність", slug="zaiava-pro-dostupnist")

    html = client.get(ukrainian.url).content.decode()

    assert '<html lang="uk"' in html
    assert "Заява про доступність" in html
    assert '<time datetime="2024-09-20">20 вересня 2024' in html
    assert '<time datetime="2027-06-30">30 червня 2027' in html


# --- editors: the yearly review ---------------------------------------------------------------


def test_every_page_of_the_language_links_its_statement_from_the_footer(client, homes, news_indexes, article_factory):
    from wagtail.models import PageViewRestriction

    article = article_factory(news_indexes["en"], "Budget hearing")
    statement = make_statement(homes["en"])
    footer_link = f'<a href="{statement.url}">Accessibility statement</a>'

    for url in ("/en/", "/en/news/", article.url, "/en/search/?q=budget"):
        assert footer_link in client.get(url).content.decode(), url
    assert "/accessibility-statement/" not in client.get("/uk/").content.decode()  # no Ukrainian one yet

    PageViewRestriction.objects.create(page=statement, restriction_type=PageViewRestriction.LOGIN)
    assert footer_link not in client.get(article.url).content.decode()  # a link readers cannot open


def test_review_is_due_a_year_after_the_last_review_or_else_the_preparation():
    def statement(prepared, reviewed=None):
        return AccessibilityStatementPage(prepared_on=prepared, last_reviewed_on=reviewed)

    assert not statement(days_ago(365)).review_due
    assert statement(days_ago(366)).review_due
    assert not statement(days_ago(800), days_ago(365)).review_due
    assert statement(days_ago(800), days_ago(366)).review_due
    assert not statement(None).review_due


def test_editor_is_reminded_on_the_admin_home_and_in_the_statement_when_a_year_has_passed(editor, homes):
    overdue = make_statement(homes["en"], last_reviewed_on=days_ago(400))
    never_reviewed = make_statement(
        homes["uk"], title="Заява про доступність", slug="zaiava", prepared_on=days_ago(500), last_reviewed_on=None
    )
    recent = make_statement(homes["et"], title="Juurdepääsetavuse teatis", slug="teatis", last_reviewed_on=days_ago(10))

    home = editor.get(reverse("wagtailadmin_home")).content.decode()

    assert "Accessibility statements due for review" in home
    assert reverse("wagtailadmin_pages:edit", args=[overdue.pk]) in home
    assert reverse("wagtailadmin_pages:edit", args=[never_reviewed.pk]) in home
    assert reverse("wagtailadmin_pages:edit", args=[recent.pk]) not in home
    assert "Prepared on" in home and "never reviewed" in home
    # The longest overdue first.
    assert home.index(f"/admin/pages/{never_reviewed.pk}/edit/") < home.index(f"/admin/pages/{overdue.pk}/edit/")

    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[overdue.pk])).content.decode()
    assert "This accessibility statement is due for its yearly review." in edit
    assert "data-review-reminder" in edit

    quiet = editor.get(reverse("wagtailadmin_pages:edit", args=[recent.pk])).content.decode()
    assert "data-review-reminder" not in quiet


def test_editor_of_a_recently_reviewed_statement_is_not_reminded(editor, homes):
    statement = make_statement(homes["en"], last_reviewed_on=days_ago(364))

    home = editor.get(reverse("wagtailadmin_home")).content.decode()
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[statement.pk]))

    assert home.count("Accessibility statements due for review") == 0
    assert edit.status_code == 200 and "data-review-reminder" not in edit.content.decode()


def test_editor_without_rights_on_the_statement_is_not_reminded_of_it(client, django_user_model, homes):
    from django.contrib.auth.models import Group, Permission

    make_statement(homes["en"], last_reviewed_on=days_ago(400))
    user = django_user_model.objects.create_user("reader", "reader@example.com", "pw")
    group = Group.objects.create(name="Admin, no pages")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert "Accessibility statements due for review" not in response.content.decode()


# --- editors: where statements go, and validation ----------------------------------------------


def test_one_statement_per_language_under_each_home(homes):
    assert AccessibilityStatementPage.can_create_at(homes["en"])
    make_statement(homes["en"])

    assert not AccessibilityStatementPage.can_create_at(homes["en"])
    assert AccessibilityStatementPage.can_create_at(homes["uk"])


def form_data(**overrides):
    fields = statement_fields(**overrides)
    data = {
        **{name: fields[name] for name in ("title", "slug", "organisation_name", "website_name", "scope", "legislation")},
        **{name: fields[name] for name in ("compliance_status", "assessment_method", "feedback_email", "response_time")},
        "prepared_on": str(fields["prepared_on"]),
        "last_reviewed_on": str(fields["last_reviewed_on"] or ""),
        "enforcement_procedure": rich_text(fields["enforcement_procedure"]),
        "non_accessible_content": streamfield([]),
        "body": streamfield([]),
    }
    return nested_form_data(data)


def test_editor_gets_a_form_error_for_a_review_before_the_statement_was_prepared(editor, homes):
    url = reverse("wagtailadmin_pages:add", args=["content", "accessibilitystatementpage", homes["en"].pk])
    assert editor.get(url).status_code == 200

    response = editor.post(url, form_data(prepared_on=dt.date(2024, 9, 20), last_reviewed_on=dt.date(2024, 9, 1)))

    assert response.status_code == 200
    assert "The statement cannot be reviewed before the day it was prepared." in response.content.decode()
    assert not AccessibilityStatementPage.objects.exists()


def test_editor_gets_a_form_error_for_a_review_date_in_the_future(editor, homes):
    url = reverse("wagtailadmin_pages:add", args=["content", "accessibilitystatementpage", homes["en"].pk])

    response = editor.post(url, form_data(last_reviewed_on=TODAY + dt.timedelta(days=1)))

    assert response.status_code == 200
    assert "The review date cannot be in the future." in response.content.decode()
    assert not AccessibilityStatementPage.objects.exists()


def test_editor_cannot_call_a_website_with_non_compliances_fully_compliant(editor, homes):
    url = reverse("wagtailadmin_pages:add", args=["content", "accessibilitystatementpage", homes["en"].pk])
    item = {"description": rich_text("<p>Scans without text.</p>"), "success_criterion": "", "fix_by": "", "alternative": ""}
    data = form_data(compliance_status="full") | nested_form_data(
        {"non_accessible_content": streamfield([("non_compliance", item)])}
    )

    response = editor.post(url, data)

    assert response.status_code == 200
    assert "A fully compliant website has no non-compliances" in response.content.decode()
    assert not AccessibilityStatementPage.objects.exists()


def test_editor_gets_a_form_error_when_editing_a_statement_into_impossible_dates(editor, homes):
    statement = make_statement(homes["en"])
    url = reverse("wagtailadmin_pages:edit", args=[statement.pk])

    response = editor.post(url, form_data(last_reviewed_on=dt.date(2020, 1, 1)))

    assert response.status_code == 200
    assert "The statement cannot be reviewed before the day it was prepared." in response.content.decode()
    statement.refresh_from_db()
    assert statement.last_reviewed_on == days_ago(30)
    assert statement.get_latest_revision().as_object().last_reviewed_on == days_ago(30)


def test_editor_saves_a_valid_statement(editor, homes):
    url = reverse("wagtailadmin_pages:add", args=["content", "accessibilitystatementpage", homes["en"].pk])

    response = editor.post(url, form_data())

    assert response.status_code == 302
    saved = AccessibilityStatementPage.objects.get()
    assert saved.prepared_on == dt.date(2024, 9, 20) and saved.last_reviewed_on == days_ago(30)
    assert not saved.review_due


# --- the demo -----------------------------------------------------------------------------------


def test_the_demo_has_a_partially_compliant_statement_in_each_language(client, monkeypatch):
    from core.demo import loader

    # The home pages and the statements are enough (the whole demo is tests/test_demo.py's).
    contributions = loader.installed_contributions("home", "statements")
    monkeypatch.setattr(loader, "installed_contributions", lambda: contributions)
    call_command("load_demo", stdout=StringIO())

    statements = AccessibilityStatementPage.objects.live().select_related("locale")
    assert sorted(statement.locale.language_code for statement in statements) == ["en", "et", "lt", "uk"]
    for statement in statements:
        assert statement.compliance_status == "partial"
        assert statement.feedback_email == "accessibility@open-communities.example"
        assert {group["reason"] for group in statement.non_accessible_groups()} == {
            "non_compliance",
            "disproportionate_burden",
            "outside_scope",
        }
        assert statement.get_parent().depth == 2  # right under its language's home page
        response = client.get(statement.url)
        assert response.status_code == 200, statement.url
    lithuanian = statements.get(locale__language_code="lt")
    assert "Pareiškimas dėl prieinamumo" in client.get(lithuanian.url).content.decode()
