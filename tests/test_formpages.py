"""Form pages: a visitor registers for a seminar with limited places, in their own language; the
last places go to a waiting list; programs are turned away; editors read and export the answers;
the answers are deleted when the form's retention period is over."""

import datetime as dt
import threading
from html import unescape
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from core.demo.pages import child_page, publish, translation
from formpages.forms import CONSENT_FIELD, HONEYPOT_FIELD
from formpages.models import FormField, FormPage, FormPageSubmission, SubmissionStatus

pytestmark = pytest.mark.django_db

ROLES_EN = "Municipality\nCivic organisation\nOther"
ROLES_UK = "Громада\nГромадська організація\nІнше"


def english_fields():
    return [
        FormField(label="Name", field_type="singleline", sort_order=0),
        FormField(label="E-mail", field_type="email", sort_order=1, help_text="We send the confirmation here."),
        FormField(label="Organisation", field_type="singleline", required=False, sort_order=2),
        FormField(label="You represent", field_type="radio", choices=ROLES_EN, sort_order=3),
    ]


def ukrainian_fields():
    return [
        FormField(clean_name="name", label="Ім’я", field_type="singleline", sort_order=0),
        FormField(clean_name="e_mail", label="Електронна пошта", field_type="email", sort_order=1),
        FormField(clean_name="organisation", label="Організація", field_type="singleline", required=False, sort_order=2),
        FormField(clean_name="you_represent", label="Ви представляєте", field_type="radio", choices=ROLES_UK, sort_order=3),
    ]


@pytest.fixture
def make_form(homes):
    """A published seminar registration under the English home page and its Ukrainian translation."""

    def make(slug="seminar-registration", capacity=3, **fields):
        english = child_page(
            homes["en"],
            FormPage,
            slug=slug,
            title="Weekly seminar on open budgets",
            lead="Register for Thursday's seminar.",
            capacity=capacity,
            confirmation_subject="Weekly seminar on open budgets",
            form_fields=english_fields(),
            **fields,
        )
        ukrainian = translation(
            english,
            homes["uk"].locale,
            title="Щотижневий семінар про відкриті бюджети",
            confirmation_subject="Щотижневий семінар про відкриті бюджети",
            form_fields=ukrainian_fields(),
        )
        return english, ukrainian

    return make


@pytest.fixture
def seminar(make_form):
    return make_form()


def answers(language="en", **changes):
    data = {
        "name": "Olena Hrytsenko",
        "e_mail": "olena@example.org",
        "organisation": "Zoriane town council",
        "you_represent": "Municipality" if language == "en" else "Громада",
        CONSENT_FIELD: "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def register(client, page, language="en", **changes):
    return client.post(page.url, answers(language, **changes))


def text_of(response):
    return unescape(response.content.decode())


# --- the visitor ---------------------------------------------------------------------------------


def test_visitor_sees_a_post_form_with_the_places_left_and_what_is_kept_for_how_long(client, seminar):
    english, _ukrainian = seminar

    response = client.get(english.url)

    html = text_of(response)
    assert response.status_code == 200
    assert '<form class="form-page__form" method="post"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "3 of 3 places left" in html
    assert "180 days" in html  # the consent names the retention period
    assert 'aria-describedby="id_e_mail_helptext"' in html
    # A form with a token is one visitor's: never shared by the page cache or a CDN.
    assert "private" in response["Cache-Control"]


def test_places_left_are_never_stale_even_with_the_page_cache_on(client, seminar, settings):
    from wagtail.models import Site

    from core.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # its first read would purge the cache
    settings.PAGE_CACHE_SECONDS, settings.PAGE_CACHE_MAX_AGE = 300, 60
    english, _ukrainian = seminar

    first = client.get(english.url)
    register(Client(), english)
    second = Client().get(english.url)

    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert "public" not in second["Cache-Control"] and "private" in second["Cache-Control"]
    assert "2 of 3 places left" in text_of(second)


def test_visitor_registers_in_ukrainian_and_gets_a_confirmation_in_ukrainian(client, seminar):
    _english, ukrainian = seminar

    response = register(client, ukrainian, "uk")

    assert response.status_code == 200
    submission = FormPageSubmission.objects.get()
    assert (submission.page_id, submission.status, submission.language) == (ukrainian.pk, SubmissionStatus.CONFIRMED, "uk")
    assert submission.email == "olena@example.org"
    assert submission.form_data["you_represent"] == "Громада" and submission.form_data[CONSENT_FIELD] is True
    assert HONEYPOT_FIELD not in submission.form_data
    [message] = mail.outbox
    assert message.to == ["olena@example.org"]
    assert "Щотижневий семінар про відкриті бюджети" in message.subject
    assert message.extra_headers["Content-Language"] == "uk"
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html" and '<html lang="uk">' in html
    assert "Щотижневий семінар про відкриті бюджети" in message.body
    # The visitor's answers are not echoed to whatever address was typed in.
    assert "Zoriane town council" not in message.body


def test_visitor_sees_the_thank_you_page_and_their_confirmed_place(client, seminar):
    english, _ukrainian = seminar

    response = register(client, english)

    html = text_of(response)
    assert "Thank you" in html and "Your place is confirmed." in html
    assert "We have sent a confirmation to olena@example.org." in html
    assert mail.outbox[0].subject == "Place confirmed: Weekly seminar on open budgets"
    assert "2 of 3 places left" in text_of(client.get(english.url))


def test_invalid_answers_show_the_form_again_with_messages_and_store_nothing(client, seminar):
    english, _ukrainian = seminar

    response = register(client, english, name="", e_mail="not-an-address", you_represent="Bank", **{CONSENT_FIELD: None})

    html = text_of(response)
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    assert 'href="#id_name"' in html and 'href="#id_e_mail"' in html and 'href="#id_you_represent_0"' in html
    assert f'href="#id_{CONSENT_FIELD}"' in html
    assert 'aria-invalid="true"' in html and 'id="id_name_error"' in html
    assert "<title>Error:" in html
    assert 'value="not-an-address"' in html  # what the visitor typed is kept
    assert not FormPageSubmission.objects.exists()
    assert not mail.outbox


def test_when_the_places_are_taken_the_next_visitor_joins_the_waiting_list(client, make_form):
    english, _ukrainian = make_form(capacity=2)
    for number in range(2):
        english.store_submission({"name": f"Person {number}"}, language="en")

    assert "Fully booked — you can join the waiting list." in text_of(client.get(english.url))
    response = register(client, english)

    assert "you are on the waiting list" in text_of(response)
    assert FormPageSubmission.objects.filter(status=SubmissionStatus.WAITLISTED).count() == 1
    [message] = mail.outbox
    assert message.subject == "Waiting list: Weekly seminar on open budgets"
    assert "you are on the waiting list" in message.body


def test_every_language_of_a_form_shares_its_places(client, make_form):
    english, ukrainian = make_form(capacity=2)

    register(client, english)
    register(client, ukrainian, "uk", e_mail="petro@example.org")
    register(client, english, e_mail="third@example.org")

    statuses = dict(FormPageSubmission.objects.values_list("email", "status"))
    assert statuses == {
        "olena@example.org": SubmissionStatus.CONFIRMED,
        "petro@example.org": SubmissionStatus.CONFIRMED,
        "third@example.org": SubmissionStatus.WAITLISTED,
    }


def test_a_full_form_without_a_waiting_list_is_closed(client, make_form):
    english, _ukrainian = make_form(capacity=1, waitlist=False)
    english.store_submission({"name": "First"}, language="en")

    page = text_of(client.get(english.url))
    response = register(client, english)

    assert "Registration is closed" in page and 'class="form-page__form"' not in page
    assert response.status_code == 200 and "Registration is closed" in text_of(response)
    assert FormPageSubmission.objects.count() == 1
    assert not mail.outbox


# Threads need their own connections to a database they can see: this test commits for real.
@pytest.mark.django_db(transaction=True)
def test_two_visitors_racing_for_the_last_place_get_one_place_and_one_waiting_list(make_form):
    english, _ukrainian = make_form(capacity=1)
    start, results = threading.Barrier(2), []

    def take_a_place(number):
        try:
            start.wait()
            results.append(english.store_submission({"name": f"Racer {number}"}, language="en").status)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_a_place, args=(number,)) for number in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [SubmissionStatus.CONFIRMED, SubmissionStatus.WAITLISTED]


def test_editors_are_notified_with_the_answers_and_can_reply_to_the_visitor(client, make_form):
    english, _ukrainian = make_form(to_address="events@example.org, office@example.org", subject="New registration")

    register(client, english)

    notification = next(message for message in mail.outbox if "events@example.org" in message.to)
    assert notification.to == ["events@example.org", "office@example.org"]
    assert notification.subject == "New registration"
    assert notification.reply_to == ["olena@example.org"]
    assert "Organisation: Zoriane town council" in notification.body and "Status: Confirmed" in notification.body


def test_a_mail_server_that_fails_does_not_fail_the_visitor(client, seminar, monkeypatch):
    english, _ukrainian = seminar

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    response = register(client, english)

    assert response.status_code == 200 and "Your place is confirmed." in text_of(response)
    assert "We have sent a confirmation" not in text_of(response)
    assert FormPageSubmission.objects.count() == 1


def test_an_event_applied_for_with_the_form_is_shown_on_it_when_its_family_links_them(
    client, seminar, event_indexes, event_factory
):
    from wagtail import hooks

    from core.page_links import PAGE_LINK_HOOK, PageLink
    from events.models import EventPage

    english, _ukrainian = seminar
    event_factory(event_indexes["en"], "Open budgets seminar, spring series", apply_page=english)

    def apply_link():
        return PageLink(EventPage, "apply_page", target="formpages.FormPage", heading="Register for", key="events")

    with hooks.register_temporarily(PAGE_LINK_HOOK, apply_link):
        html = text_of(client.get(english.url))

    assert "Register for" in html and "Open budgets seminar, spring series" in html


def test_a_contact_form_without_places_thanks_and_confirms_receipt(client, make_form):
    english, _ukrainian = make_form(capacity=None)

    assert "places left" not in text_of(client.get(english.url))
    response = register(client, english)

    assert "Your place is confirmed." not in text_of(response)
    assert mail.outbox[0].subject == "Received: Weekly seminar on open budgets"


def test_the_editors_consent_text_names_the_retention_period(client, make_form):
    english, _ukrainian = make_form(consent_text="We keep your answers for {days} days to run the seminar.", retention_days=30)

    assert "We keep your answers for 30 days to run the seminar." in text_of(client.get(english.url))


# --- programs ------------------------------------------------------------------------------------


def test_a_filled_honeypot_is_thanked_and_dropped(client, seminar):
    english, _ukrainian = seminar
    page = text_of(client.get(english.url))
    assert 'tabindex="-1"' in page and 'autocomplete="off"' in page and 'class="form-page__trap" aria-hidden="true"' in page

    response = register(client, english, **{HONEYPOT_FIELD: "https://spam.example/"})

    assert response.status_code == 200 and "Thank you" in text_of(response)
    assert not FormPageSubmission.objects.exists()
    assert not mail.outbox


def test_a_client_posting_too_often_is_told_to_wait(client, seminar, settings):
    settings.FORM_POSTS_PER_CLIENT = 3
    english, _ukrainian = seminar

    statuses = [register(client, english, e_mail=f"person{number}@example.org").status_code for number in range(3)]
    refused = register(client, english, e_mail="fourth@example.org")

    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert "too many times" in text_of(refused)
    assert FormPageSubmission.objects.count() == 3
    # Another client is not held back; no address is kept, only salted hashes.
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert register(other, english, e_mail="other@example.org").status_code == 200


def test_a_post_from_another_site_is_refused_by_the_csrf_check(seminar):
    english, _ukrainian = seminar
    browser = Client(enforce_csrf_checks=True)

    forged = browser.post(english.url, answers())
    token = browser.get(english.url).cookies["csrftoken"].value
    honest = browser.post(english.url, {**answers(), "csrfmiddlewaretoken": token})

    assert forged.status_code == 403
    assert honest.status_code == 200
    assert FormPageSubmission.objects.count() == 1


GARBAGE = [
    {},
    {"name": "x" * 100_000, "e_mail": "a@b.c", "you_represent": "Other", CONSENT_FIELD: "on"},
    {"name": ["one", "two"], "you_represent": ["Other", "Municipality"], CONSENT_FIELD: ["on", "off"]},
    {"e_mail": "@" * 300, "you_represent": "\x00", CONSENT_FIELD: "yes"},
    {"arrival": "31/02/2026", "seats": "1e999999", "topics": "nonsense"},
    {"arrival": "2026-02-31", "seats": "NaN", "topics": ["Budgets", "Nope"], "comments": "y" * 6000},
    {"seats": "Infinity", "arrival_time": "yesterday", "csrfmiddlewaretoken": "forged"},
    {"name": "Robert'); DROP TABLE formpages_formpagesubmission;--", "e_mail": "r@example.org\r\nBcc: x@example.org"},
]


@pytest.mark.parametrize("data", GARBAGE)
def test_garbage_posts_never_break_the_page(client, make_form, data):
    english, _ukrainian = make_form()
    extra = [
        FormField(label="Arrival", field_type="date", required=False, sort_order=4),
        FormField(label="Arrival time", field_type="datetime", required=False, sort_order=5),
        FormField(label="Seats", field_type="number", required=False, sort_order=6),
        FormField(label="Topics", field_type="checkboxes", choices="Budgets\nProcurement", required=False, sort_order=7),
        FormField(label="Comments", field_type="multiline", required=False, sort_order=8),
        FormField(label="Source", field_type="hidden", default_value="newsletter", sort_order=9),
    ]
    english.form_fields.add(*extra)
    publish(english)

    response = client.post(english.url, data)

    html = text_of(response)
    assert response.status_code == 200
    assert "error-summary" in html
    assert ("<li>Source: This field is required.</li>" in html) == ("source" not in data)  # said, not linked
    assert not FormPageSubmission.objects.exists()


def test_a_broken_request_body_is_a_client_error_not_a_server_error(client, seminar):
    english, _ukrainian = seminar

    responses = [
        client.post(english.url, b"\xff\xfe\x00garbage", content_type="multipart/form-data; boundary=nope"),
        client.post(english.url, b'{"name": "json"}', content_type="application/json"),
        client.post(english.url, b"name=%ff%fe&e_mail=%00", content_type="application/x-www-form-urlencoded"),
        client.put(english.url, b"name=x"),
    ]

    assert all(response.status_code < 500 for response in responses), [response.status_code for response in responses]
    assert not FormPageSubmission.objects.exists()


# --- the editors ---------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.com", "pw"))
    return client


def test_editors_list_and_export_the_submissions_with_their_status(editor_client, make_form):
    english, _ukrainian = make_form(capacity=1)
    english.store_submission({"name": "Olena", "e_mail": "olena@example.org"}, language="en", email="olena@example.org")
    english.store_submission({"name": "Petro", "e_mail": "petro@example.org"}, language="uk", email="petro@example.org")

    listing = text_of(editor_client.get(f"/admin/forms/submissions/{english.pk}/"))
    waitlist = text_of(editor_client.get(f"/admin/forms/submissions/{english.pk}/?status=waitlisted"))
    export = editor_client.get(f"/admin/forms/submissions/{english.pk}/?export=csv")
    csv = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()

    assert "Status" in listing and "Confirmed" in listing and "Waiting list" in listing
    assert "Petro" in waitlist and "Olena" not in waitlist
    assert export.status_code == 200
    header, *rows = csv.strip().splitlines()
    assert header.split(",")[:2] == ["Submission date", "Status"] and "Language" in header and "Consent" in header
    assert any("Olena" in row and "Confirmed" in row for row in rows)
    assert any("Petro" in row and "Waiting list" in row and ",uk," in row for row in rows)


def test_editor_makes_a_registration_form_in_the_admin(editor_client, homes):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": "Municipal training: open procurement",
            "slug": "procurement-training",
            "lead": "Two days for procurement officers.",
            "body": streamfield([("paragraph", rich_text("<p>Kyiv, 12–13 May.</p>"))]),
            "form_fields": inline_formset(
                [
                    {
                        "label": "Full name",
                        "field_type": "singleline",
                        "required": "on",
                        "help_text": "",
                        "choices": "",
                        "default_value": "",
                    },
                    {
                        "label": "E-mail",
                        "field_type": "email",
                        "required": "on",
                        "help_text": "",
                        "choices": "",
                        "default_value": "",
                    },
                ]
            ),
            "related_reads": inline_formset([]),
            "submit_label": "Register",
            "capacity": "12",
            "waitlist": "on",
            "retention_days": "90",
            "consent_text": "",
            "thank_you_text": rich_text(""),
            "confirmation_subject": "",
            "confirmation_text": "Bring your laptop.",
            "to_address": "training@example.org",
            "from_address": "",
            "subject": "",
            "action-publish": "publish",
        }
    )

    response = editor_client.post(f"/admin/pages/add/formpages/formpage/{homes['en'].pk}/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    page = FormPage.objects.get(slug="procurement-training")
    assert page.live and (page.capacity, page.retention_days) == (12, 90)
    assert [field.clean_name for field in page.form_fields.all()] == ["full_name", "e_mail"]
    html = text_of(editor_client.get(f"/admin/pages/{page.pk}/edit/"))
    for tab in ("content", "form", "e_mails", "promote"):
        assert f'id="tab-label-{tab}"' in html, tab


#: wagtail-localize offers the choices as one string, a line break written as <br/>.
ROLES_IN_PO = {"Municipality<br/>Civic organisation<br/>Other": "Omavalitsus<br/>Kodanikuühendus<br/>Muu"}


def test_a_translator_translates_the_labels_and_the_answers_keep_their_columns(homes, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import translate_object

    english = child_page(homes["en"], FormPage, slug="contact", title="Contact us", capacity=None, form_fields=english_fields())
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(english, [homes["et"].locale])
    job = Translation.objects.get(source__object_id=english.translation_key, target_locale=homes["et"].locale)
    words = {"Contact us": "Võta ühendust", "Name": "Nimi", "E-mail": "E-post", **ROLES_IN_PO}
    po = job.export_po()
    for entry in po:
        entry.msgstr = words.get(entry.msgid, entry.msgid)
    job.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        job.save_target(publish=True)

    estonian = job.get_target_instance()
    fields = {field.clean_name: field for field in estonian.form_fields.all()}
    assert list(fields) == [field.clean_name for field in english.form_fields.all()]
    assert (fields["name"].label, fields["e_mail"].label) == ("Nimi", "E-post")
    assert fields["you_represent"].choices == "Omavalitsus\nKodanikuühendus\nMuu"
    assert fields["you_represent"].field_type == "radio"


# --- retention -----------------------------------------------------------------------------------


def submitted_days_ago(page, days, name):
    submission = page.store_submission({"name": name}, language="en")
    FormPageSubmission.objects.filter(pk=submission.pk).update(submit_time=timezone.now() - dt.timedelta(days=days))
    return submission


def test_purging_deletes_answers_older_than_the_retention_period_and_keeps_the_rest(make_form):
    english, ukrainian = make_form(capacity=None, retention_days=30)
    old, recent = submitted_days_ago(english, 31, "Old"), submitted_days_ago(english, 29, "Recent")
    old_uk = submitted_days_ago(ukrainian, 45, "Стара")

    dry = StringIO()
    call_command("purge_form_submissions", "--dry-run", stdout=dry)
    assert FormPageSubmission.objects.count() == 3
    assert "2 submission(s) would be deleted" in dry.getvalue()

    out = StringIO()
    call_command("purge_form_submissions", stdout=out)

    assert set(FormPageSubmission.objects.values_list("pk", flat=True)) == {recent.pk}
    assert not FormPageSubmission.objects.filter(pk__in=[old.pk, old_uk.pk]).exists()
    assert "2 submission(s) deleted" in out.getvalue()
    assert "Weekly seminar on open budgets (en, page" in out.getvalue()


# --- the demo ------------------------------------------------------------------------------------


def test_the_demo_registration_is_full_in_english_and_open_in_every_language(client, monkeypatch):
    from core.demo import loader
    from formpages.demo import DEMO as FORMS
    from home.demo import DEMO as HOME

    monkeypatch.setattr(loader, "installed_contributions", lambda: [HOME, FORMS])
    call_command("load_demo", "--no-admin", stdout=StringIO())
    call_command("load_demo", "--no-admin", stdout=StringIO())  # again: nothing new

    english = FormPage.objects.get(slug="open-budgets-seminar", locale__language_code="en")
    editions = {page.locale.language_code: page for page in FormPage.objects.filter(translation_key=english.translation_key)}
    assert sorted(editions) == ["en", "et", "lt", "uk"] and all(page.live for page in editions.values())
    assert english.url == "/en/open-budgets-seminar/" and english.capacity == 20
    assert editions["uk"].url == "/uk/vidkryti-biudzhetni-vechory-reiestratsiia/"
    statuses = list(english.get_submissions().order_by("submit_time").values_list("status", flat=True))
    assert statuses == [SubmissionStatus.CONFIRMED] * 20 + [SubmissionStatus.WAITLISTED] * 2
    assert not FormPageSubmission.objects.exclude(page=english).exists()
    ukrainian = text_of(client.get(editions["uk"].url))
    assert "Ви берете участь як" in ukrainian and "Депутат місцевої ради" in ukrainian
    assert "Fully booked — you can join the waiting list." in text_of(client.get(english.url))
    assert len({field.translation_key for page in editions.values() for field in page.form_fields.all()}) == 4


def test_a_post_without_the_cookie_is_refused_in_the_portals_frame_and_language(seminar):
    from django.test import Client

    _english, ukrainian = seminar
    browser_without_cookies = Client(enforce_csrf_checks=True)

    response = browser_without_cookies.post(ukrainian.url, answers("uk"))

    html = text_of(response)
    assert response.status_code == 403
    assert '<html lang="uk"' in html and "Форму не вдалося надіслати" in html
    assert "CSRF" not in html  # no technical page
    assert not FormPageSubmission.objects.exists()
