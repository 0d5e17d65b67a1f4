"""E-mail alerts, the reader's side: a reader signs up without an account, in their language,
confirms with the link in the one e-mail that comes before confirmation, changes their choices,
downloads what is kept about them and leaves in one click — while programs that post the form
are turned away and broken links answer with a page, never a 500.

Every e-mail goes through a real SMTP server inside the test (``tests/smtp.py``, aiosmtpd).
The facets come from ``core.follow``; the test registers its own, so it does not depend on what
the families offer.
"""

import json
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.apps import apps
from django.core import signing
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail import hooks

from alerts import emails, tokens
from alerts.models import FollowedValue, Status, Subscription, SuppressedAddress, address_hash, new_secret
from core.follow import FOLLOW_FACETS_HOOK, Facet

from .smtp import html_part, smtp_server, text_part  # noqa: F401 (smtp_server: a fixture)

pytestmark = pytest.mark.django_db

READER = "olena@example.org"


@pytest.fixture
def inbox(smtp_server):  # noqa: F811 (the fixture imported above)
    """What the real SMTP server received (``tests.smtp``)."""
    return smtp_server


NAMES = {
    "tag": {
        "open-data": {"en": "Open data", "uk": "Відкриті дані", "et": "Avaandmed", "lt": "Atvirieji duomenys"},
        "youth": {"en": "Youth", "uk": "Молодь", "et": "Noored", "lt": "Jaunimas"},
    },
    "region": {
        "lviv-oblast": {"en": "Lviv Oblast", "uk": "Львівська область", "et": "Lvivi oblast", "lt": "Lvovo sritis"},
        "tartu-county": {"en": "Tartu County", "uk": "Тартуський повіт", "et": "Tartumaa", "lt": "Tartu apskritis"},
    },
    "donor": {"nordic-fund": {"en": "Nordic Fund", "uk": "Північний фонд", "et": "Põhjamaade Fond", "lt": "Šiaurės fondas"}},
    "event_kind": {"training": {"en": "Training", "uk": "Навчання", "et": "Koolitus", "lt": "Mokymai"}},
}
LABELS = {"tag": "Topics", "region": "Regions", "donor": "Donors", "event_kind": "Kinds of event"}


def facet(kind, order):
    def choices(locale):
        code = locale.language_code if locale else "en"
        return [(value, names[code]) for value, names in NAMES[kind].items()]

    return Facet(kind=kind, label=LABELS[kind], choices=choices, values_of=lambda page: set(), order=order)


def offered_facets():
    return [facet("tag", 10), facet("region", 20), facet("donor", 30), facet("event_kind", 40)]


@pytest.fixture
def portal(homes, settings):
    """Four home pages, the test's facets, and a portal with a Cyrillic name."""
    from wagtail.models import Site

    from core.models import PortalSettings

    portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal_settings.site_name = "Громадський портал"
    portal_settings.save()
    settings.DEFAULT_FROM_EMAIL = "alerts@portal.example"
    with hooks.register_temporarily(FOLLOW_FACETS_HOOK, offered_facets):
        yield homes


def answers(email=READER, language="en", **choices):
    data = {"email": email, "language": language, "frequency": "immediate", "consent": "on", "website__address": ""}
    data.update(choices)
    return data


def sign_up(client, page_language="en", **fields):
    return client.post(f"/{page_language}/subscribe/", answers(**fields))


def link(message, pattern):
    """The first address in the message's text part whose path matches ``pattern``."""
    found = re.search(r"https?://\S+" + pattern, text_part(message))
    assert found, text_part(message)
    return found.group(0)


def path_of(url):
    return urlsplit(url).path


def unsubscribe_header(message):
    value = re.sub(r"\s+", "", str(message["List-Unsubscribe"]))
    assert value.startswith("<") and value.endswith(">"), value
    return value[1:-1]


def stored_text():
    """Every row the alerts (and the task queue) keep, as text."""
    rows = []
    for model in apps.get_app_config("alerts").get_models():
        rows += [json.dumps(row, default=str) for row in model.objects.values()]
    if apps.is_installed("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        rows += [json.dumps(row, default=str) for row in DBTaskResult.objects.values()]
    return "\n".join(rows).lower()


def confirmed_subscription(language="en", **fields):
    subscription = Subscription.objects.create(
        email=READER, language=language, status=Status.CONFIRMED, confirmed_at=timezone.now(), **fields
    )
    FollowedValue.objects.create(subscription=subscription, kind="tag", value="open-data")
    return subscription


# --- the form ---------------------------------------------------------------------------------


def test_reader_finds_a_form_in_the_page_language_with_one_group_per_kind_and_consent(client, portal):
    response = client.get("/uk/subscribe/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="uk"' in html
    assert 'class="site-header"' in html  # the portal's frame
    assert 'method="post"' in html and 'action="/uk/subscribe/"' in html
    for kind in NAMES:  # one group of checkboxes per kind
        assert html.count(f'name="{kind}"') >= len(NAMES[kind])
        assert f'id="id_{kind}_0"' in html
    assert html.count('<legend class="form-field__label">') >= len(NAMES) + 2  # + how often, language
    assert "Відкриті дані" in html and "Львівська область" in html  # choices named in Ukrainian
    # The e-mails' language defaults to the page's, each language named in its own.
    assert re.search(r'value="uk"[^>]*checked', html)
    assert '<span lang="lt">Lietuvių</span>' in html
    consent = response.context["form"].fields["consent"]
    assert consent.required and "7" in str(consent.label)
    assert 'name="website__address"' in html and 'aria-hidden="true"' in html
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-cache" in cache_control


def test_a_follow_link_preselects_its_choices_and_ignores_unknown_ones_with_a_note(client, portal):
    response = client.get("/en/subscribe/?tag=open-data&region=lviv-oblast&region=atlantis&utm_source=x")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'value="open-data"[^>]*checked', html)
    assert re.search(r'value="lviv-oblast"[^>]*checked', html)
    assert not re.search(r'value="youth"[^>]*checked', html)
    assert "no longer offered" in html and "Regions: atlantis" in html
    main = html.split("<main", 1)[1]
    assert "utm_source" not in main
    # One form to index, whatever a link preselects.
    assert '<link rel="canonical" href="http://testserver/en/subscribe/">' in html
    assert '<link rel="alternate" hreflang="uk" href="http://testserver/uk/subscribe/">' in html


def test_reader_who_signs_up_on_the_ukrainian_page_gets_one_ukrainian_confirmation_email(client, portal, inbox):
    response = sign_up(client, "uk", language="uk", tag=["open-data"], region=["lviv-oblast"])
    assert response.status_code == 200
    assert "olena@example.org" in response.content.decode()
    subscription = Subscription.objects.get(email=READER)
    assert subscription.status == Status.PENDING and subscription.language == "uk"
    assert set(subscription.follows.values_list("kind", "value")) == {("tag", "open-data"), ("region", "lviv-oblast")}

    assert len(inbox.messages) == 1
    (message,) = inbox.to(READER)
    with translation.override("uk"):
        expected_subject = gettext("Confirm your e-mail alerts from %(site)s") % {"site": "Громадський портал"}
    # (Django folds a long encoded subject right after "Subject:"; Python's parser keeps that
    # space, mail programs drop it.)
    assert message["Subject"].strip() == expected_subject
    assert message["Content-Language"] == "uk"
    assert message["From"].addresses[0].display_name == "Громадський портал"
    assert message["From"].addresses[0].addr_spec == "alerts@portal.example"
    # Headers every alerts e-mail carries.
    assert re.fullmatch(r"<[^@\s]+@testserver>", message["Message-ID"])
    unsubscribe = unsubscribe_header(message)
    assert unsubscribe.startswith("http://testserver/uk/subscribe/") and unsubscribe.endswith("/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Text and HTML, in Ukrainian, without remote images or anything that tracks.
    text, html = text_part(message), html_part(message)
    assert "Відкриті дані" in text and "Львівська область" in text
    assert '<html lang="uk">' in html and "Відкриті дані" in html
    assert "<img" not in html and '<img src="http' not in html
    assert "#0b3d91" in html  # the portal's colour
    confirm = link(message, r"/uk/subscribe/confirm/[^/\s]+/")
    assert confirm.startswith("http://testserver/")
    assert confirm in html

    page = client.get(path_of(confirm))
    assert page.status_code == 200
    assert "Відкриті дані" in page.content.decode()


def test_nothing_but_the_confirmation_is_sent_and_opening_the_link_does_not_confirm(client, portal, inbox):
    SuppressedAddress.objects.create(address_hash=address_hash(READER), reason=SuppressedAddress.Reason.LEFT)
    sign_up(client, tag=["youth"])
    (message,) = inbox.messages
    confirm = path_of(link(message, r"/en/subscribe/confirm/[^/\s]+/"))

    # A mail scanner (or the reader) opens the link: a page with a button, nothing confirmed.
    opened = client.get(confirm)
    assert opened.status_code == 200
    assert 'method="post"' in opened.content.decode()
    assert Subscription.objects.get().status == Status.PENDING
    assert "noindex" in opened.content.decode() and "no-store" in opened["Cache-Control"]

    confirmed = client.post(confirm)
    assert confirmed.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.status == Status.CONFIRMED and subscription.confirmed_at is not None
    # Confirming is asking for mail again: the hash kept from leaving is gone.
    assert not SuppressedAddress.objects.exists()
    manage = tokens.subscription_path("manage", subscription, tokens.manage_token(subscription))
    assert manage in confirmed.content.decode()
    # Confirming twice is harmless, and no other e-mail went out on the way.
    assert client.post(confirm).status_code == 200
    assert len(inbox.messages) == 1


def test_signing_up_again_while_pending_replaces_the_choices(client, portal, inbox):
    sign_up(client, tag=["open-data"], frequency="immediate")
    sign_up(client, region=["tartu-county"], frequency="weekly")
    subscription = Subscription.objects.get()
    assert subscription.frequency == "weekly"
    assert list(subscription.follows.values_list("kind", "value")) == [("region", "tartu-county")]
    assert len(inbox.to(READER)) == 2


def test_an_address_already_subscribed_is_reminded_and_not_changed_and_the_answer_is_the_same(client, portal, inbox):
    first = sign_up(client, email="new@example.org", tag=["open-data"])
    confirmed_subscription(frequency="weekly")
    again = sign_up(client, email=READER, region=["lviv-oblast"], frequency="immediate")
    # The same page for a new address and a subscribed one: the form tells nobody who subscribed.
    assert again.status_code == first.status_code == 200
    assert again.content.decode().replace(READER, "X") == first.content.decode().replace("new@example.org", "X")

    subscription = Subscription.objects.get(email=READER)
    assert subscription.frequency == "weekly"
    assert list(subscription.follows.values_list("value", flat=True)) == ["open-data"]
    (reminder,) = inbox.to(READER)
    manage = link(reminder, r"/en/subscribe/[^/\s]+/")
    assert path_of(manage) == tokens.subscription_path("manage", subscription, tokens.manage_token(subscription))
    assert "confirm" not in path_of(manage)


def test_everything_may_be_chosen_instead_of_single_topics(client, portal, inbox):
    sign_up(client, everything="on", tag=["youth"])
    subscription = Subscription.objects.get()
    assert subscription.everything and not subscription.follows.exists()


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "olena-at-example.org"}, "email"),
        ({"email": "olena@"}, "email"),
        ({"email": ""}, "email"),
        ({"tag": ["open-data", "flat-earth"]}, "tag"),
        ({"region": ["<script>"]}, "region"),
        ({"tag": []}, "everything"),
        ({"consent": ""}, "consent"),
        ({"frequency": "hourly"}, "frequency"),
        ({"language": "fr"}, "language"),
    ],
)
def test_bad_input_is_a_form_error_with_a_summary_linking_to_the_field(client, portal, inbox, changes, field):
    data = answers(tag=["open-data"])
    data.update(changes)
    response = client.post("/en/subscribe/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    form = response.context["form"]
    assert field in form.errors
    anchor = f"id_{field}" if field in ("email", "everything", "consent") else f"id_{field}_0"
    assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
    assert "<script>" not in html.split("</header>", 1)[1]  # whatever was posted is escaped
    assert html.count("<title>Error:") == 1
    assert not Subscription.objects.exists()
    assert not inbox.messages


def test_a_mail_server_that_is_down_does_not_fail_the_reader(client, portal, settings):
    from .servers import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    response = sign_up(client, tag=["open-data"])
    assert response.status_code == 200
    assert Subscription.objects.get().status == Status.PENDING


# --- programs ---------------------------------------------------------------------------------


def test_a_client_that_posts_too_often_is_told_to_wait(client, portal, inbox, settings):
    settings.ALERTS_SIGNUPS_PER_CLIENT = 3
    for number in range(3):
        assert sign_up(client, email=f"reader{number}@example.org", tag=["youth"]).status_code == 200
    refused = sign_up(client, email="reader9@example.org", tag=["youth"])
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Too many attempts" in refused.content.decode()
    assert not Subscription.objects.filter(email="reader9@example.org").exists()
    # Another client is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_up(other, email="reader9@example.org", tag=["youth"]).status_code == 200


def test_one_address_gets_at_most_three_sign_up_emails_a_day_whoever_asks(client, portal, inbox):
    answers_seen = set()
    for number in range(4):
        visitor = Client(REMOTE_ADDR=f"198.51.100.{number + 1}")
        response = sign_up(visitor, tag=["youth"])
        assert response.status_code == 200
        answers_seen.add(response.content.decode())
    assert len(answers_seen) == 1  # the fourth answer looks like the others
    assert len(inbox.to(READER)) == 3
    with time_machine.travel(timezone.now() + timezone.timedelta(days=1, minutes=1)):
        from django.core.cache import cache

        cache.clear()  # the local-memory cache does not follow the travelled clock
        sign_up(client, tag=["youth"])
    assert len(inbox.to(READER)) == 4


def test_a_filled_honeypot_gets_the_same_answer_and_nothing_is_stored_or_sent(client, portal, inbox):
    data = answers(tag=["open-data"])
    data["website__address"] = "http://spam.example"
    response = client.post("/en/subscribe/", data)
    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    assert not Subscription.objects.exists() and not FollowedValue.objects.exists()
    assert not inbox.messages


# --- managing and leaving ---------------------------------------------------------------------


def test_subscriber_changes_their_choices_on_the_manage_page(client, portal, inbox):
    subscription = confirmed_subscription()
    manage = path_of(tokens.manage_url(subscription))
    page = client.get(manage)
    assert page.status_code == 200
    html = page.content.decode()
    assert re.search(r'value="open-data"[^>]*checked', html)
    assert 'name="email"' not in html  # the address is not changed here
    assert "noindex" in html and "no-store" in page["Cache-Control"]
    assert page["Referrer-Policy"] == "same-origin"

    saved = client.post(manage, {"region": ["lviv-oblast"], "donor": ["nordic-fund"], "frequency": "weekly", "language": "uk"})
    assert saved.status_code == 200
    assert "Your choices are saved." in saved.content.decode()
    subscription.refresh_from_db()
    assert subscription.frequency == "weekly" and subscription.language == "uk"
    assert set(subscription.follows.values_list("kind", "value")) == {("region", "lviv-oblast"), ("donor", "nordic-fund")}
    assert subscription.status == Status.CONFIRMED

    refused = client.post(manage, {"tag": ["flat-earth"], "frequency": "weekly", "language": "uk"})
    assert refused.status_code == 200 and "tag" in refused.context["form"].errors
    assert subscription.follows.count() == 2
    assert not inbox.messages


def test_one_click_unsubscribe_from_the_list_unsubscribe_header_leaves_no_address_behind(portal, inbox):
    browser = Client()
    sign_up(browser, tag=["open-data"])
    (message,) = inbox.messages
    browser.post(path_of(link(message, r"/en/subscribe/confirm/[^/\s]+/")))
    assert Subscription.objects.get().status == Status.CONFIRMED
    unsubscribe = path_of(unsubscribe_header(message))

    # Opening the address in a browser asks first.
    asked = browser.get(unsubscribe)
    assert asked.status_code == 200 and 'method="post"' in asked.content.decode()
    assert Subscription.objects.exists()

    # The mail program posts, RFC 8058 style: no cookies, no CSRF token.
    mail_program = Client(enforce_csrf_checks=True)
    done = mail_program.post(unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert done.status_code == 200
    assert not Subscription.objects.exists() and not FollowedValue.objects.exists()
    assert READER not in stored_text()
    assert SuppressedAddress.objects.get().address_hash == address_hash(READER)
    # A second post (a retry) is not an error.
    assert mail_program.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert len(inbox.messages) == 1


def test_a_post_to_the_unsubscribe_address_without_one_click_is_refused(client, portal):
    subscription = confirmed_subscription()
    response = client.post(path_of(tokens.unsubscribe_url(subscription)), {"something": "else"})
    assert response.status_code == 400
    assert Subscription.objects.exists()


def test_the_cancel_button_on_the_manage_page_deletes_the_subscription(portal):
    subscription = confirmed_subscription()
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(path_of(tokens.manage_url(subscription)))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    unsubscribe = tokens.subscription_path("unsubscribe", subscription, tokens.manage_token(subscription))
    assert f'action="{unsubscribe}"' in page.content.decode()
    response = browser.post(unsubscribe, {"csrfmiddlewaretoken": token, "List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_subscriber_downloads_what_is_stored_about_them(client, portal):
    subscription = confirmed_subscription(frequency="weekly")
    other = Subscription.objects.create(email=READER, language="lt", everything=True)
    response = client.get(path_of(tokens.data_url(subscription)))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["email"] == READER
    by_language = {item["language"]: item for item in data["subscriptions"]}
    assert by_language["en"]["frequency"] == "weekly" and by_language["en"]["status"] == "confirmed"
    assert by_language["en"]["following"] == [{"kind": "tag", "value": "open-data", "name": "Open data"}]
    assert by_language["lt"]["everything"] and by_language["lt"]["status"] == other.status
    assert "secret" not in response.content.decode()


# --- broken links -----------------------------------------------------------------------------


def test_tampered_and_unknown_tokens_are_a_clear_404_never_a_500(client, portal):
    subscription = confirmed_subscription()
    good = tokens.manage_token(subscription)
    tampered = good[:-3] + ("AAA" if not good.endswith("AAA") else "BBB")
    forged = signing.dumps([subscription.pk, "0" * 16], salt=tokens.MANAGE_SALT)
    for token in (tampered, "abc", "..:..", forged, tokens.confirm_token(subscription)):
        for path in (f"/en/subscribe/{token}/", f"/en/subscribe/{token}/data.json", f"/en/subscribe/{token}/unsubscribe/"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert "This link does not work" in response.content.decode()
            assert 'class="site-header"' in response.content.decode()
        assert client.post(f"/en/subscribe/{token}/unsubscribe/", {"List-Unsubscribe": "One-Click"}).status_code == 404
        assert client.post(f"/en/subscribe/{token}/", {"frequency": "weekly", "language": "en"}).status_code == 404
    # A manage token is no confirmation token.
    assert client.post(f"/en/subscribe/confirm/{good}/").status_code == 404
    assert Subscription.objects.get().frequency == "immediate"


def test_an_expired_confirmation_link_says_so(client, portal, inbox):
    sign_up(client, tag=["youth"])
    (message,) = inbox.messages
    confirm = path_of(link(message, r"/en/subscribe/confirm/[^/\s]+/"))
    with time_machine.travel(timezone.now() + timezone.timedelta(days=8)):
        for response in (client.get(confirm), client.post(confirm)):
            assert response.status_code == 404
            assert "expired" in response.content.decode()
    assert Subscription.objects.get().status == Status.PENDING


def test_replacing_the_secret_invalidates_every_link_sent(client, portal):
    subscription = confirmed_subscription()
    manage, confirm = tokens.manage_url(subscription), tokens.confirm_url(subscription)
    subscription.secret = new_secret()
    subscription.save()
    assert client.get(path_of(manage)).status_code == 404
    assert client.get(path_of(confirm)).status_code == 404
    assert client.get(path_of(tokens.manage_url(subscription))).status_code == 200


# --- the e-mails ------------------------------------------------------------------------------


def test_lithuanian_and_cyrillic_subjects_survive_the_mail_server(portal, inbox, settings):
    settings.PUBLIC_BASE_URL = "https://portal.example.lt"
    subscription = confirmed_subscription(language="lt")
    subject = "Naujiena: Šiaulių rajono savivaldybė ir Київська область"
    message = emails.build_message(subscription, subject, "alerts/email/already_subscribed", {"following": []})
    message.send()
    (received,) = inbox.messages
    assert received["Subject"].strip() == subject
    assert received["Message-ID"].endswith("@portal.example.lt>")
    assert unsubscribe_header(received).startswith("https://portal.example.lt/lt/subscribe/")
    assert "https://portal.example.lt/lt/subscribe/" in text_part(received)
    assert '<html lang="lt">' in html_part(received)
