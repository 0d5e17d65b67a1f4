"""A visitor registers for a seminar in a real browser: the form, its errors, the thank-you page
and the confirmation e-mail — with JavaScript and without.

The live server runs in this process, so the e-mails it sends land in ``mail.outbox`` (the test
settings' in-memory backend)."""

import pytest
from django.core import mail

from core.demo.pages import child_page
from formpages.forms import CONSENT_FIELD
from formpages.models import FormField, FormPage, FormPageSubmission, SubmissionStatus
from tests.browser.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seminar(homes):
    return child_page(
        homes["en"],
        FormPage,
        slug="open-budgets-seminar",
        title="Weekly seminar on open budgets",
        lead="Every Thursday, 10:00–11:30. Twenty places a week.",
        capacity=20,
        submit_label="Register",
        form_fields=[
            FormField(label="Full name", field_type="singleline", sort_order=0),
            FormField(label="E-mail", field_type="email", help_text="We send the confirmation here.", sort_order=1),
            FormField(label="Organisation", field_type="singleline", required=False, sort_order=2),
            FormField(label="You take part as", field_type="radio", choices="Municipal staff\nCivic organisation", sort_order=3),
        ],
    )


def fill_in(page):
    page.get_by_label("Full name").fill("Olena Hrytsenko")
    page.get_by_label("E-mail").fill("olena@example.org")
    page.get_by_label("Civic organisation").check()
    page.locator(f"#id_{CONSENT_FIELD}").check()


def test_visitor_registers_and_the_confirmation_arrives(live_server, seminar, tab):
    tab.goto(f"{live_server.url}{seminar.url}")
    assert tab.locator(".form-page__places").inner_text() == "20 of 20 places left"
    assert_accessible(tab)

    fill_in(tab)
    tab.get_by_role("button", name="Register").click()

    assert tab.locator("h1").inner_text() == "Thank you"
    assert tab.get_by_text("Your place is confirmed.").is_visible()
    assert tab.get_by_text("We have sent a confirmation to olena@example.org.").is_visible()
    assert FormPageSubmission.objects.get().status == SubmissionStatus.CONFIRMED
    [message] = mail.outbox
    assert message.to == ["olena@example.org"]
    assert message.subject == "Place confirmed: Weekly seminar on open budgets"


def test_errors_are_listed_first_and_lead_to_their_fields(live_server, seminar, tab):
    tab.goto(f"{live_server.url}{seminar.url}")
    tab.get_by_label("E-mail").fill("not an address")
    tab.get_by_role("button", name="Register").click()

    summary = tab.get_by_role("alert")
    assert summary.is_visible() and "Please correct the following" in summary.inner_text()
    assert_accessible(tab)
    summary.get_by_role("link", name="Full name: This field is required.").click()
    assert tab.evaluate("document.activeElement.id") == "id_full_name"
    assert tab.get_by_label("E-mail").input_value() == "not an address"
    assert not FormPageSubmission.objects.exists() and not mail.outbox


def test_the_form_works_without_javascript(live_server, seminar, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}{seminar.url}")
        trap = page.locator(".form-page__trap input").bounding_box()
        assert trap["x"] + trap["width"] <= 0  # the honeypot stays out of sight

        page.get_by_role("button", name="Register").click()
        assert page.get_by_role("alert").is_visible()
        fill_in(page)
        page.get_by_role("button", name="Register").click()

        assert page.locator("h1").inner_text() == "Thank you"
    finally:
        context.close()
    assert FormPageSubmission.objects.count() == 1 and len(mail.outbox) == 1


def test_visitor_goes_from_the_event_to_its_registration_form(live_server, seminar, event_indexes, event_factory, tab):
    import datetime as dt

    from django.utils import timezone

    event = event_factory(
        event_indexes["en"],
        "Open budget evenings",
        start_date=timezone.localdate() + dt.timedelta(days=9),
        start_time=dt.time(18, 30),
        repeat="weekly",
        repeat_count=10,
        apply_page=seminar,
    )
    tab.goto(f"{live_server.url}{event.url}")
    tab.get_by_role("link", name="Apply").click()
    assert tab.url == f"{live_server.url}{seminar.url}"
    assert "Open budget evenings" in tab.locator("main").inner_text()  # the form names the event it serves

    fill_in(tab)
    tab.get_by_role("button", name="Register").click()

    assert tab.get_by_text("Your place is confirmed.").is_visible()
    [message] = mail.outbox
    assert message.to == ["olena@example.org"] and "Weekly seminar on open budgets" in message.subject
