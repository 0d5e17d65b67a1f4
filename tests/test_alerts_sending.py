"""E-mail alerts, the sending side: an editor publishes, and the readers who follow what the page
is about hear of it in their language — from the task worker, never from the publishing request;
weekly readers get one digest of the week; the operator's ``send_alerts`` is safe to run twice;
an address that refuses mail is stopped; a mail server that is down leaves the work for later;
the editors see how many follow what, and no addresses.

Every e-mail goes through a real SMTP server inside the test (``tests/smtp.py``, aiosmtpd). The
task queue is django-tasks' database backend, and its worker (``manage.py db_worker --batch``)
runs in the test as it runs beside the server.
"""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from alerts.models import Delivery, FollowedValue, PublishedItem, Status, Subscription, SuppressedAddress, address_hash
from core.models import FundingProgramme, Organisation, PortalSettings
from core.roles import EDITORS, ensure_roles
from events.models import EventOrganisation
from news.models import NewsPage
from projects.models import ProjectCommunity, ProjectOrganisation
from projects.regions import Region

from .conftest import make_article, make_event, make_project
from .servers import free_port
from .smtp import html_part, smtp_server, text_part  # noqa: F401 (smtp_server: a fixture)

pytestmark = pytest.mark.django_db

KYIV = ZoneInfo("Europe/Kyiv")
PORTAL_NAME = "Громадський портал"


# --- the portal, the queue and the readers ----------------------------------------------------


@pytest.fixture
def inbox(smtp_server):  # noqa: F811 (the fixture imported above)
    return smtp_server


@pytest.fixture
def queue(settings, monkeypatch):
    """django-tasks' database queue, as in production. Its worker tidies the database connection
    between tasks; inside the test's transaction that would close it, so that step is skipped."""
    settings.TASKS = {**settings.TASKS, "alerts": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


@pytest.fixture
def portal(homes, news_indexes, tags, queue, settings):
    """Four languages, news sections, three topics, a Cyrillic portal name and the DB queue."""
    portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal_settings.site_name = PORTAL_NAME
    portal_settings.save()
    settings.DEFAULT_FROM_EMAIL = "alerts@portal.example"
    settings.PUBLIC_BASE_URL = "https://portal.example"
    return news_indexes


def subscriber(email, language, frequency="immediate", follows=(), everything=False, status=Status.CONFIRMED, **fields):
    fields.setdefault("confirmed_at", timezone.now() if status == Status.CONFIRMED else None)
    subscription = Subscription.objects.create(
        email=email, language=language, frequency=frequency, everything=everything, status=status, **fields
    )
    FollowedValue.objects.bulk_create(FollowedValue(subscription=subscription, kind=k, value=v) for k, v in follows)
    return subscription


def publish(factory, *args, capture, **fields):
    """Publish through the real publishing path; the commit hooks (queueing the task) run."""
    with capture(execute=True):
        return factory(*args, **fields)


def run_worker():
    """What the task worker beside the server does: run every queued task, then stop."""
    call_command("db_worker", "--backend", "alerts", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def send_alerts(*args):
    call_command("send_alerts", *args, verbosity=0)


def queued_alert_tasks():
    return DBTaskResult.objects.filter(task_path="alerts.tasks.send_page_alerts")


# --- alerts ------------------------------------------------------------------------------------


def test_a_matching_page_in_their_language_reaches_exactly_the_readers_who_follow_it(
    portal, tags, inbox, django_capture_on_commit_callbacks
):
    olena = subscriber("olena@example.org", "uk", follows=[("tag", "youth")])
    subscriber("everything.uk@example.org", "uk", everything=True)
    subscriber("youth.en@example.org", "en", follows=[("tag", "youth")])  # another language
    subscriber("opendata.uk@example.org", "uk", follows=[("tag", "open-data")])  # another topic
    subscriber("pending.uk@example.org", "uk", follows=[("tag", "youth")], status=Status.PENDING)
    subscriber("weekly.uk@example.org", "uk", frequency="weekly", follows=[("tag", "youth")])

    article = publish(
        make_article,
        portal["uk"],
        "Молодіжна рада: ґанок, їжак і є",
        capture=django_capture_on_commit_callbacks,
        lead="Підсумки першого року — з літерами ґ, ї, є.",
        tags=[tags["youth"]],
    )
    assert inbox.messages == []  # publishing only queued the work
    run_worker()

    assert sorted(address for message in inbox.messages for address in message.envelope_to) == [
        "everything.uk@example.org",
        "olena@example.org",
    ]
    [message] = inbox.to("olena@example.org")
    assert "Молодіжна рада: ґанок, їжак і є" in message["Subject"]
    assert message["Content-Language"] == "uk"
    assert message["List-Unsubscribe"].strip().startswith("<https://portal.example/uk/subscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"]
    url = f"https://portal.example{article.url}"
    for part in (text_part(message), html_part(message)):
        assert "Молодіжна рада: ґанок, їжак і є" in part
        assert "Підсумки першого року — з літерами ґ, ї, є." in part
        assert url in part
        assert PORTAL_NAME in part
    assert not re.search(r"<img[^>]+src=[\"']https?:", html_part(message))  # no remote images
    assert Delivery.objects.filter(subscription=olena, kind="alert", item=str(article.pk)).exists()
    assert PublishedItem.objects.get(page=article).alerts_sent_at is not None


def test_lithuanian_letters_survive_subject_and_body(portal, tags, inbox, django_capture_on_commit_callbacks):
    subscriber("ruta@example.org", "lt", follows=[("tag", "open-data")])

    publish(
        make_article,
        portal["lt"],
        "Atvirieji duomenys: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ",
        capture=django_capture_on_commit_callbacks,
        lead="Savivaldybės skelbia biudžetą – įdomu ir žiūrovams.",
        tags=[tags["open-data"]],
    )
    run_worker()

    [message] = inbox.to("ruta@example.org")
    assert "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ" in message["Subject"]
    assert message["Content-Language"] == "lt"
    assert "Savivaldybės skelbia biudžetą – įdomu ir žiūrovams." in text_part(message)
    assert "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ" in html_part(message)


def test_drafts_restricted_pages_and_sections_alert_nobody(portal, tags, inbox, django_capture_on_commit_callbacks):
    subscriber("everything@example.org", "en", everything=True)
    members = make_article(portal["en"], "Members' corner", publish_it=False)
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)

    publish(make_article, portal["en"], "Quiet draft", capture=django_capture_on_commit_callbacks, publish_it=False)
    publish(make_article, members, "For members only", capture=django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        members.save_revision().publish()
    run_worker()

    assert inbox.messages == []
    assert not PublishedItem.objects.filter(page__title__in=["Quiet draft", "For members only", "Members' corner"]).exists()
    assert not PublishedItem.objects.filter(page=portal["en"]).exists()  # a section is not news


def test_a_topic_only_hidden_pages_carry_is_not_offered_on_the_subscription_form(portal, tags, client):
    """Its name alone would tell what the members' corner or a draft is about."""
    make_article(portal["en"], "Open news", tags=[tags["youth"]])
    make_article(portal["en"], "Quiet draft", publish_it=False, tags=[tags["open-data"]])
    members = make_article(portal["en"], "Members' corner", tags=[tags["decentralisation"]])
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)

    form = client.get(reverse("alerts:subscribe")).content.decode()

    assert 'value="youth"' in form
    assert 'value="open-data"' not in form and 'value="decentralisation"' not in form


def test_a_page_hidden_before_the_worker_runs_is_skipped(portal, tags, inbox, django_capture_on_commit_callbacks):
    subscriber("everything@example.org", "en", everything=True)
    withdrawn = publish(make_article, portal["en"], "Withdrawn at once", capture=django_capture_on_commit_callbacks)
    restricted = publish(make_article, portal["en"], "Restricted at once", capture=django_capture_on_commit_callbacks)

    withdrawn.unpublish()
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    run_worker()

    assert inbox.messages == []
    assert PublishedItem.objects.filter(alerts_sent_at__isnull=True).count() == 0  # settled, not retried


def test_edits_republishing_and_publishing_again_alert_only_once(portal, tags, inbox, django_capture_on_commit_callbacks):
    subscriber("everything@example.org", "en", everything=True)
    article = publish(make_article, portal["en"], "Budget hearing", capture=django_capture_on_commit_callbacks)
    run_worker()
    assert len(inbox.messages) == 1

    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Budget hearing (updated)"
        article.save_revision().publish()
        article.unpublish()
        Page.objects.get(pk=article.pk).specific.save_revision().publish()
    run_worker()
    send_alerts()

    assert len(inbox.messages) == 1
    assert PublishedItem.objects.filter(page=article).count() == 1


def test_each_language_edition_is_news_in_its_own_language(portal, tags, inbox, django_capture_on_commit_callbacks):
    from core.demo.pages import translation

    subscriber("en@example.org", "en", follows=[("tag", "youth")])
    subscriber("uk@example.org", "uk", follows=[("tag", "youth")])
    english = publish(
        make_article, portal["en"], "Youth council", capture=django_capture_on_commit_callbacks, tags=[tags["youth"]]
    )
    run_worker()
    assert [m.envelope_to for m in inbox.messages] == [["en@example.org"]]

    with django_capture_on_commit_callbacks(execute=True):
        translation(english, portal["uk"].locale, title="Молодіжна рада", slug="molodizhna-rada")
    run_worker()

    [message] = inbox.to("uk@example.org")
    assert "Молодіжна рада" in message["Subject"]
    assert len(inbox.to("en@example.org")) == 1


def publish_form(title, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-03-01 10:30",
            "lead": "A lead.",
            "body": streamfield([("paragraph", rich_text("<p>Body</p>"))]),
            "authors": inline_formset([]),
            "gallery_images": inline_formset([]),
            "related_reads": inline_formset([]),
            "tags": "Youth",
            "views_before_migration": "0",
            "action-publish": "action-publish",
        }
    )


def test_publishing_in_the_admin_queues_the_alerts_and_the_worker_sends_them(
    portal, tags, inbox, client, django_capture_on_commit_callbacks
):
    subscriber("reader@example.org", "en", follows=[("tag", "youth")])
    admin = User.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)
    draft = make_article(portal["en"], "Youth forum", publish_it=False, slug="youth-forum")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), publish_form("Youth forum", "youth-forum"))

    assert response.status_code == 302
    assert NewsPage.objects.get(pk=draft.pk).live
    assert inbox.messages == []  # nothing was sent in the request that published
    assert queued_alert_tasks().count() == 1

    run_worker()

    [message] = inbox.to("reader@example.org")
    assert "Youth forum" in message["Subject"]
    assert queued_alert_tasks().get().status == "SUCCESSFUL"


def test_a_scheduled_page_alerts_when_publish_scheduled_makes_it_live(portal, tags, inbox, django_capture_on_commit_callbacks):
    subscriber("reader@example.org", "en", follows=[("tag", "youth")])
    article = make_article(portal["en"], "Results announced on Monday", publish_it=False, tags=[tags["youth"]])
    article.go_live_at = timezone.now() + dt.timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    run_worker()
    assert inbox.messages == [] and not PublishedItem.objects.exists()

    with time_machine.travel(timezone.now() + dt.timedelta(days=3)), django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    run_worker()

    [message] = inbox.to("reader@example.org")
    assert "Results announced on Monday" in message["Subject"]


# --- what the families offer to follow ---------------------------------------------------------


@pytest.fixture
def donors(locales):
    nordic = Organisation.objects.create(name="Nordic Fund", slug="nordic-fund", locale=locales["en"])
    ministry = Organisation.objects.create(name="Ministry", slug="ministry", locale=locales["en"])
    programme = FundingProgramme.objects.create(name="Small Grants", funder=nordic, locale=locales["en"])
    return {"nordic": nordic, "ministry": ministry, "programme": programme}


def test_regions_donors_programmes_and_event_kinds_bring_their_pages(
    portal, tags, donors, project_indexes, event_indexes, inbox, django_capture_on_commit_callbacks
):
    from alerts.forms import follow_kinds

    kharkiv = Region.objects.create(name="Kharkiv oblast", slug="kharkiv-oblast", locale=portal["en"].locale)
    subscriber("region@example.org", "en", follows=[("region", "kharkiv-oblast")])
    subscriber("donor@example.org", "en", follows=[("donor", "nordic-fund")])
    subscriber("programme@example.org", "en", follows=[("programme", str(donors["programme"].translation_key))])
    subscriber("training@example.org", "en", follows=[("event_kind", "training")])

    publish(
        make_project,
        project_indexes["en"],
        "Service centres in Kharkiv",
        capture=django_capture_on_commit_callbacks,
        organisations=[ProjectOrganisation(organisation=donors["ministry"], role="donor")],
        communities=[ProjectCommunity(name="Lozova", region=kharkiv)],
    )
    publish(
        make_event,
        event_indexes["en"],
        "Budget school",
        capture=django_capture_on_commit_callbacks,
        kind="training",
        organisations=[EventOrganisation(organisation=donors["nordic"], role="funder")],
    )
    publish(
        make_article,
        portal["en"],
        "Small grants open",
        capture=django_capture_on_commit_callbacks,
        funding_programme=donors["programme"],
    )
    run_worker()

    def subjects(address):
        return sorted(message["Subject"].removeprefix("New: ") for message in inbox.to(address))

    assert subjects("region@example.org") == ["Service centres in Kharkiv"]
    assert subjects("donor@example.org") == ["Budget school", "Small grants open"]  # funder, and through its programme
    assert subjects("programme@example.org") == ["Small grants open"]
    assert subjects("training@example.org") == ["Budget school"]

    offered = {kind.kind: kind.names for kind in follow_kinds("en")}
    assert offered["region"] == {"kharkiv-oblast": "Kharkiv oblast"}
    assert set(offered["donor"]) == {"nordic-fund", "ministry"}
    assert "training" in offered["event_kind"]
    assert not offered.get("tag")  # no page carries a topic yet: none offered


def test_donors_regions_and_categories_only_hidden_pages_name_are_not_offered(portal, donors, project_indexes, event_indexes):
    """A confidential project's donor and region, an expired event's funder and a members-only
    category stay off the subscription form: naming them there would tell what the hidden pages are."""
    from alerts.forms import follow_kinds
    from core.models import Category

    kharkiv = Region.objects.create(name="Kharkiv oblast", slug="kharkiv-oblast", locale=portal["en"].locale)
    internal = Category.objects.create(name="Internal memos", slug="internal-memos", locale=portal["en"].locale)
    confidential = make_project(
        project_indexes["en"],
        "Confidential audit",
        organisations=[ProjectOrganisation(organisation=donors["ministry"], role="donor")],
        communities=[ProjectCommunity(name="Lozova", region=kharkiv)],
    )
    PageViewRestriction.objects.create(page=confidential, restriction_type=PageViewRestriction.PASSWORD, password="x")
    make_event(
        event_indexes["en"],
        "Last year's school",
        expire_at=timezone.now() - dt.timedelta(days=1),
        organisations=[EventOrganisation(organisation=donors["nordic"], role="funder")],
    )
    members = make_article(portal["en"], "Members' corner", category=internal)
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)

    offered = {kind.kind: kind.names for kind in follow_kinds("en")}
    assert "ministry" not in offered.get("donor", {}) and "region" not in offered and "category" not in offered
    assert set(offered.get("donor", {})) == {"nordic-fund"}  # still offered: it runs a programme

    make_event(
        event_indexes["en"],
        "Open school",
        organisations=[EventOrganisation(organisation=donors["ministry"], role="funder")],
    )
    offered = {kind.kind: kind.names for kind in follow_kinds("en")}
    assert set(offered["donor"]) == {"nordic-fund", "ministry"}  # named on a public page now


def test_follow_links_on_tag_donor_region_and_kind_pages(portal, tags, donors, project_indexes, event_indexes, client):
    kharkiv = Region.objects.create(name="Kharkiv oblast", slug="kharkiv-oblast", locale=portal["en"].locale)
    make_article(portal["en"], "Youth council", tags=[tags["youth"]])
    make_project(
        project_indexes["en"],
        "Service centres",
        tags=[tags["youth"]],
        organisations=[ProjectOrganisation(organisation=donors["nordic"], role="donor")],
        communities=[ProjectCommunity(name="Lozova", region=kharkiv)],
    )
    make_event(event_indexes["en"], "Budget school", kind="training", tags=[tags["youth"]])

    pages = {
        "/en/news/tag/youth/": "/en/subscribe/?tag=youth",
        "/uk/news/tag/youth/": "/uk/subscribe/?tag=youth",
        "/en/events/tag/youth/": "/en/subscribe/?tag=youth",
        "/en/events/?kind=training": "/en/subscribe/?event_kind=training",
        "/en/projects/tag/youth/": "/en/subscribe/?tag=youth",
        "/en/projects/donor/nordic-fund/": "/en/subscribe/?donor=nordic-fund",
        "/en/projects/?region=kharkiv-oblast": "/en/subscribe/?region=kharkiv-oblast",
    }
    for url, link in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'href="{link}"' in response.content.decode(), url
    assert "/subscribe/?" not in client.get("/en/news/").content.decode()


# --- weekly digests ----------------------------------------------------------------------------


def test_a_weekly_reader_gets_one_digest_of_the_whole_week(portal, tags, inbox, django_capture_on_commit_callbacks):
    monday = dt.datetime(2026, 11, 30, 9, 0, tzinfo=KYIV)  # ISO week 2026-W49
    with time_machine.travel(monday, tick=False):
        weekly = subscriber("weekly@example.org", "uk", frequency="weekly", follows=[("tag", "youth")])
        subscriber("quiet@example.org", "uk", frequency="weekly", follows=[("tag", "decentralisation")])
    for day, title, topic, index in [
        (1, "Молодіжний форум", "youth", portal["uk"]),
        (3, "Молодь і бюджет", "youth", portal["uk"]),
        (4, "Відкриті дані громади", "open-data", portal["uk"]),
        (4, "Youth in English", "youth", portal["en"]),
    ]:
        with time_machine.travel(monday + dt.timedelta(days=day), tick=False):
            publish(make_article, index, title, capture=django_capture_on_commit_callbacks, tags=[tags[topic]])
    run_worker()  # the immediate alerts (none: nobody here is immediate)
    assert inbox.messages == []

    with time_machine.travel(monday + dt.timedelta(days=5)):  # Saturday: the week is not over
        send_alerts()
    assert inbox.messages == []

    with time_machine.travel(monday + dt.timedelta(days=7, hours=1)):  # the next Monday
        send_alerts()
        send_alerts()  # a second run: nothing twice

    [digest] = inbox.messages
    assert digest.envelope_to == ["weekly@example.org"]
    assert PORTAL_NAME in digest["Subject"] and "2" in digest["Subject"]
    text, html = text_part(digest), html_part(digest)
    for part in (text, html):
        assert "Молодіжний форум" in part and "Молодь і бюджет" in part
        assert "Відкриті дані громади" not in part and "Youth in English" not in part
    assert text.index("Молодіжний форум") < text.index("Молодь і бюджет")  # in order of publication
    assert digest["List-Unsubscribe"]
    assert Delivery.objects.get(subscription=weekly, kind="digest").item == "2026-W49"
    weekly.refresh_from_db()
    assert weekly.digest_until == dt.datetime(2026, 12, 7, 0, 0, tzinfo=KYIV)


# --- the operator's command --------------------------------------------------------------------


def test_send_alerts_sends_what_the_worker_did_not_and_nothing_twice(portal, tags, inbox, django_capture_on_commit_callbacks):
    for number in range(3):
        subscriber(f"reader{number}@example.org", "en", follows=[("tag", "youth")])
    for title in ("First", "Second"):
        publish(make_article, portal["en"], title, capture=django_capture_on_commit_callbacks, tags=[tags["youth"]])
    assert queued_alert_tasks().count() == 2

    send_alerts("--dry-run")
    assert inbox.messages == [] and not Delivery.objects.exists()

    send_alerts()  # the worker was down: the command does the work
    assert len(inbox.messages) == 6
    send_alerts()
    run_worker()  # the queued tasks run late: they find the work done

    assert len(inbox.messages) == 6
    assert Delivery.objects.count() == 6
    assert not PublishedItem.objects.filter(alerts_sent_at__isnull=True).exists()


def test_send_alerts_prints_a_summary(portal, tags, inbox, django_capture_on_commit_callbacks, capsys):
    subscriber("reader@example.org", "en", everything=True)
    publish(make_article, portal["en"], "One", capture=django_capture_on_commit_callbacks)

    call_command("send_alerts")

    out = capsys.readouterr().out
    assert "Sent 1 alert(s) about 1 new page(s)" in out
    assert "Deleted 0 unconfirmed sign-up(s)." in out


def test_sign_ups_never_confirmed_are_deleted_after_seven_days(portal, inbox):
    stale = subscriber("stale@example.org", "en", status=Status.PENDING, follows=[("tag", "youth")])
    fresh = subscriber("fresh@example.org", "en", status=Status.PENDING)
    old_reader = subscriber("reader@example.org", "en", everything=True)
    Subscription.objects.filter(pk__in=[stale.pk, old_reader.pk]).update(created_at=timezone.now() - dt.timedelta(days=8))
    Subscription.objects.filter(pk=fresh.pk).update(created_at=timezone.now() - dt.timedelta(days=6))

    send_alerts()

    assert set(Subscription.objects.values_list("email", flat=True)) == {"fresh@example.org", "reader@example.org"}
    assert not FollowedValue.objects.filter(subscription_id=stale.pk).exists()


# --- refusals and failures ---------------------------------------------------------------------


def test_an_address_the_server_refuses_is_stopped_and_gets_nothing_more(portal, tags, inbox, django_capture_on_commit_callbacks):
    gone = subscriber("gone@example.org", "en", everything=True)
    gone_uk = subscriber("gone@example.org", "uk", everything=True)
    subscriber("here@example.org", "en", everything=True)
    inbox.refuse.add("gone@example.org")

    publish(make_article, portal["en"], "First", capture=django_capture_on_commit_callbacks)
    run_worker()

    gone.refresh_from_db()
    gone_uk.refresh_from_db()
    assert gone.status == gone_uk.status == Status.BOUNCING
    assert gone.refusals == 1
    assert SuppressedAddress.objects.get(address_hash=address_hash("gone@example.org")).reason == "bounced"
    assert not Delivery.objects.filter(subscription=gone).exists()
    assert len(inbox.to("here@example.org")) == 1

    inbox.refuse.clear()  # even if the server would take it now, nothing goes there
    publish(make_article, portal["en"], "Second", capture=django_capture_on_commit_callbacks)
    publish(make_article, portal["uk"], "Друга", capture=django_capture_on_commit_callbacks)
    run_worker()
    send_alerts()

    assert inbox.to("gone@example.org") == []
    assert len(inbox.to("here@example.org")) == 2


def test_a_mail_server_that_is_down_leaves_the_work_for_the_next_run(
    portal, tags, inbox, settings, django_capture_on_commit_callbacks
):
    reader = subscriber("reader@example.org", "en", follows=[("tag", "youth")])
    weekly = subscriber("weekly@example.org", "en", frequency="weekly", everything=True)
    Subscription.objects.filter(pk=weekly.pk).update(confirmed_at=timezone.now() - dt.timedelta(days=14))
    with time_machine.travel(timezone.now() - dt.timedelta(days=7)):
        publish(make_article, portal["en"], "Last week", capture=django_capture_on_commit_callbacks)
    publish(make_article, portal["en"], "Today", capture=django_capture_on_commit_callbacks, tags=[tags["youth"]])
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nobody listens there

    run_worker()
    send_alerts()

    assert inbox.messages == []
    assert not Delivery.objects.exists()
    assert PublishedItem.objects.get(page__title="Today").alerts_sent_at is None
    reader.refresh_from_db()
    weekly.refresh_from_db()
    assert reader.status == Status.CONFIRMED and reader.refusals == 0  # the server's fault, not the reader's
    assert weekly.digest_until is None

    settings.EMAIL_PORT = port
    send_alerts()

    [alert] = inbox.to("reader@example.org")
    assert "Today" in alert["Subject"]
    [digest] = inbox.to("weekly@example.org")
    assert "Last week" in text_part(digest) and "Today" not in text_part(digest)
    assert not PublishedItem.objects.filter(alerts_sent_at__isnull=True).exists()


# --- the admin's counts ------------------------------------------------------------------------


@pytest.fixture
def editor(db):
    ensure_roles(apps)
    user = User.objects.create_user("edith", "edith@example.com", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def some_subscribers(count, start=0):
    for number in range(start, start + count):
        language = ("en", "uk", "et", "lt")[number % 4]
        subscriber(
            f"reader{number}@example.org",
            language,
            frequency=("immediate", "weekly")[number % 2],
            follows=[("tag", "youth"), ("region", f"region-{number % 3}")],
        )


def test_editors_see_counts_per_topic_language_and_frequency_but_no_addresses(portal, tags, client, editor):
    some_subscribers(4)
    subscriber("pending@example.org", "uk", status=Status.PENDING, follows=[("tag", "youth")])
    subscriber("all@example.org", "et", everything=True)
    make_article(portal["en"], "Youth council", tags=[tags["youth"]])  # so "youth" is offered, with its name
    client.force_login(editor)

    response = client.get("/admin/alerts/subscribers/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "@example.org" not in page
    assert "Youth" in page  # the topic by its name in the editor's language
    counts = response.context["counts"]
    assert counts["pending"] == 1 and counts["confirmed"] == 5 and counts["everything"] == 1
    [topics] = [rows for label, rows in counts["follows"] if label == "Topics"]
    assert topics[0][0] == "Youth" and topics[0][3] == 4  # pending sign-ups are not counted
    assert client.get("/admin/alerts/subscribers/addresses/").status_code == 403
    assert client.get("/admin/alerts/subscribers/addresses/?format=csv").status_code == 403


def test_the_counts_cost_the_same_queries_for_few_or_many_subscribers(portal, client, editor):
    client.force_login(editor)
    client.get("/admin/alerts/subscribers/")  # warm the admin's own caches

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/alerts/subscribers/").status_code == 200
        return len(captured)

    some_subscribers(3)
    few = queries()
    some_subscribers(24, start=3)
    assert queries() == few


def test_the_address_list_needs_its_own_permission(portal, client, editor):
    some_subscribers(3)
    editor.user_permissions.add(Permission.objects.get(codename="view_subscriber_addresses"))
    client.force_login(editor)

    listing = client.get("/admin/alerts/subscribers/addresses/?q=reader1")
    csv = client.get("/admin/alerts/subscribers/addresses/?format=csv")

    assert listing.status_code == 200
    assert "reader1@example.org" in listing.content.decode()
    assert "reader2@example.org" not in listing.content.decode()
    assert csv["Content-Type"].startswith("text/csv")
    body = csv.content.decode("utf-8-sig")
    assert all(f"reader{number}@example.org" in body for number in range(3))
    assert "/admin/alerts/subscribers/addresses/" in client.get("/admin/alerts/subscribers/").content.decode()
