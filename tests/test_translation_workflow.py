"""Translators at work: wagtail-localize's PO round trip, sync, synchronised fields, snippets,
machine translation, Latin slugs and the translation status report."""

import datetime as dt
import re
from decimal import Decimal

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.models import Category, Organisation
from core.text import latin_slug
from core.translation.status import State

pytestmark = pytest.mark.django_db


# --- helpers ------------------------------------------------------------------------------------
@pytest.fixture
def translator(client, django_user_model):
    user = django_user_model.objects.create_superuser("translator", "translator@example.com", "pw")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes translations on commit; tests run in a transaction, so run them now."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def start_translation(commit, instance, locale):
    commit(translate_object, instance, [locale])
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def fill_po(translation, words, only=False):
    """Translate the strings of ``translation`` given as ``{source text: translation}``; the others keep the
    source text (names, numbers) unless ``only``, when they stay untranslated."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = words.get(entry.msgid, "" if only else entry.msgid)
    translation.import_po(po)


def publish_translation(commit, translation):
    commit(translation.save_target, publish=True)
    return translation.get_target_instance()


def sync(commit, instance):
    """What the "Sync translated pages" button does: re-extract the source, update every translation."""
    source = TranslationSource.objects.get(object_id=instance.translation_key, locale=instance.locale)
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        commit(translation.save_target, publish=True)


def republish(page, **changes):
    from core.demo.pages import publish

    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    return publish(page)


def make_image(title):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title=title, file=get_test_image_file(size=(1200, 700)))


def status_cells(client, **params):
    """``{(page title, language code): state}`` from the translation status report."""
    response = client.get(reverse("translation_status"), params)
    assert response.status_code == 200
    html = response.content.decode()
    cells = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        title = re.search(r'<th scope="row">\s*<a [^>]*>([^<]*)</a>', row)
        if title:
            for code, state in re.findall(r'data-locale="(\w+)" data-state="(\w+)"', row):
                cells[(title.group(1), code)] = state
    return cells


# --- PO round trip ------------------------------------------------------------------------------
def test_translator_downloads_po_fills_it_uploads_it_and_readers_see_estonian(
    translator, commit, locales, news_indexes, article_factory
):
    article = article_factory(news_indexes["en"], "Open budget hearings", lead="Residents ask, the council answers.")
    translation = start_translation(commit, article, locales["et"])

    download = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/x-gettext-translation")
    po = polib.pofile(download.content.decode())
    words = {
        "Open budget hearings": "Avatud eelarvekuulamised",
        "open-budget-hearings": "avatud-eelarvekuulamised",
        "Residents ask, the council answers.": "Elanikud küsivad, volikogu vastab.",
    }
    assert set(words) <= {entry.msgid for entry in po}
    for entry in po:
        entry.msgstr = words.get(entry.msgid, entry.msgid)

    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    upload = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("et.po", str(po).encode(), "text/x-gettext-translation"), "next": edit_url},
    )
    assert upload.status_code == 302
    assert StringTranslation.objects.filter(locale=locales["et"], data="Avatud eelarvekuulamised").exists()

    estonian = publish_translation(commit, translation)
    assert estonian.live and estonian.slug == "avatud-eelarvekuulamised"
    page = translator.get(estonian.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert estonian.url.startswith("/et/")
    assert "Avatud eelarvekuulamised" in html and "Elanikud küsivad, volikogu vastab." in html


def test_po_file_offers_words_and_keeps_dates_links_and_phone_out_of_it(commit, locales, project_indexes, project_factory):
    from projects.models import ProjectComponent

    project = project_factory(
        project_indexes["en"],
        "Service centres",
        contact_name="Olena",
        contact_phone="+380 44 000 00 00",
        contact_email="olena@example.org",
        budget_amount=Decimal("120000"),
        components=[ProjectComponent(text="<p>Training for administrators</p>")],
    )
    translation = start_translation(commit, project, locales["et"])
    msgids = {entry.msgid for entry in translation.export_po()}
    assert {"Service centres", "Olena", "Training for administrators"} <= msgids
    assert not msgids & {"+380 44 000 00 00", "olena@example.org", "120000.00", "EUR"}


# --- sync and outdated --------------------------------------------------------------------------
def test_source_change_shows_outdated_until_synced_then_the_new_string_waits_for_translation(
    translator, commit, locales, news_indexes, article_factory
):
    article = article_factory(news_indexes["en"], "Call for municipal teams", lead="Apply by May.")
    translation = start_translation(commit, article, locales["et"])
    fill_po(translation, {"Call for municipal teams": "Kutse omavalitsuste meeskondadele", "Apply by May.": "Kandideeri maiks."})
    publish_translation(commit, translation)
    assert status_cells(translator, locale="et")[("Call for municipal teams", "et")] == State.UP_TO_DATE

    republish(article, lead="Apply by June.")
    assert status_cells(translator, locale="et")[("Call for municipal teams", "et")] == State.OUTDATED

    sync(commit, article)
    total, done = translation.get_progress()
    assert done == total - 1  # the changed lead is a new string, not yet translated
    assert status_cells(translator, locale="et")[("Call for municipal teams", "et")] == State.IN_PROGRESS
    estonian = translation.get_target_instance()
    assert estonian.title == "Kutse omavalitsuste meeskondadele"
    assert estonian.lead == "Apply by June."  # the source text stands in until it is translated

    fill_po(translation, {"Apply by June.": "Kandideeri juuniks."})
    publish_translation(commit, translation)
    assert status_cells(translator, locale="et")[("Call for municipal teams", "et")] == State.UP_TO_DATE


# --- synchronised fields ------------------------------------------------------------------------
def test_dates_images_and_links_follow_the_source_while_the_title_stays_estonian(commit, locales, news_indexes, article_factory):
    first, second = make_image("Hall"), make_image("Square")
    article = article_factory(
        news_indexes["en"], "Budget forum", hero_image=first, source_name="Press office", source_url="https://example.org/a"
    )
    translation = start_translation(commit, article, locales["et"])
    fill_po(translation, {"Budget forum": "Eelarvefoorum"})
    publish_translation(commit, translation)

    new_date = (timezone.now() - dt.timedelta(days=3)).replace(microsecond=0)
    republish(article, date=new_date, hero_image=second, source_url="https://example.org/b")
    sync(commit, article)

    estonian = translation.get_target_instance()
    assert estonian.title == "Eelarvefoorum"
    assert estonian.date == new_date
    assert estonian.hero_image_id == second.pk
    assert estonian.source_url == "https://example.org/b"


def test_budget_period_and_contacts_follow_the_source_project(commit, locales, project_indexes, project_factory):
    project = project_factory(project_indexes["en"], "Open data", budget_amount=Decimal("50000"), contact_phone="+370 1")
    translation = start_translation(commit, project, locales["lt"])
    fill_po(translation, {"Open data": "Atvirieji duomenys"})
    publish_translation(commit, translation)

    start = dt.date(2024, 3, 1)
    republish(project, budget_amount=Decimal("75000.50"), budget_currency="UAH", start_date=start, contact_phone="+370 2")
    sync(commit, project)

    lithuanian = translation.get_target_instance()
    assert lithuanian.title == "Atvirieji duomenys"
    assert (lithuanian.budget_amount, lithuanian.budget_currency) == (Decimal("75000.50"), "UAH")
    assert lithuanian.start_date == start and lithuanian.contact_phone == "+370 2"


def test_event_times_follow_the_source_while_venues_are_translated(commit, locales, event_indexes, event_factory):
    from events.models import EventOccurrence

    start = timezone.localdate() + dt.timedelta(days=40)
    event = event_factory(
        event_indexes["en"],
        "Mayors' seminar",
        occurrences=[EventOccurrence(city="Tartu", venue="Town hall", start_date=start)],
    )
    translation = start_translation(commit, event, locales["et"])
    fill_po(translation, {"Mayors' seminar": "Linnapeade seminar", "Town hall": "Raekoda"})
    publish_translation(commit, translation)

    later = start + dt.timedelta(days=7)
    source = type(event).objects.get(pk=event.pk)
    source.start_date, source.time_zone = later, "Europe/Tallinn"
    occurrence = source.occurrences.get()
    occurrence.start_date = later
    source.occurrences = [occurrence]
    from core.demo.pages import publish

    publish(source)
    sync(commit, event)

    estonian = translation.get_target_instance()
    assert estonian.title == "Linnapeade seminar"
    assert (estonian.start_date, estonian.time_zone) == (later, "Europe/Tallinn")
    assert estonian.starts_at == source.starts_at
    venue = estonian.occurrences.get()
    assert (venue.venue, venue.start_date) == ("Raekoda", later)


def test_a_translated_series_repeats_on_the_same_days_with_its_notes_translated(commit, locales, event_indexes, event_factory):
    from events.models import EventDateChange, EventOccurrence

    start = timezone.localdate() + dt.timedelta(days=40)
    event = event_factory(
        event_indexes["en"],
        "Budget evenings",
        start_date=start,
        start_time=dt.time(18, 0),
        repeat="weekly",
        repeat_weekdays="MO,TH",
        repeat_count=6,
        occurrences=[EventOccurrence(city="Tartu", venue="Library")],
        date_changes=[EventDateChange(date=start + dt.timedelta(days=7), change="cancelled", note="Holiday")],
    )
    translation = start_translation(commit, event, locales["et"])
    po = translation.export_po()
    assert {entry.msgid for entry in po} >= {"Budget evenings", "Holiday", "Library"}
    assert not {"MO,TH", "FREQ=WEEKLY"} & {entry.msgid for entry in po}  # data, not words
    fill_po(translation, {"Budget evenings": "Eelarveõhtud", "Holiday": "Riigipüha"})
    estonian = publish_translation(commit, translation)

    assert (estonian.repeat_weekdays, estonian.recurrence_rule) == ("MO,TH", event.recurrence_rule)
    assert [span.start_date for span in estonian.series_spans] == [span.start_date for span in event.series_spans]
    assert estonian.date_changes.get().note == "Riigipüha"


# --- snippets -----------------------------------------------------------------------------------
def test_ukrainian_event_and_project_show_the_organisation_translated_into_ukrainian(
    client, commit, locales, event_indexes, event_factory, project_indexes, project_factory
):
    from events.models import EventOrganisation
    from projects.models import ProjectOrganisation

    ministry = Organisation.objects.create(name="Ministry of Digital Transformation", locale=locales["en"])
    event = event_factory(event_indexes["en"], "Digital week", organisations=[EventOrganisation(organisation=ministry)])
    project = project_factory(
        project_indexes["en"], "Diia centres", organisations=[ProjectOrganisation(organisation=ministry, role="donor")]
    )
    for page in (event, project):
        start_translation(commit, page, locales["uk"])

    # Translating the pages brought the organisation along, waiting for its Ukrainian name.
    ministry_translation = Translation.objects.get(source__object_id=ministry.translation_key, target_locale=locales["uk"])
    fill_po(ministry_translation, {"Ministry of Digital Transformation": "Міністерство цифрової трансформації"})
    ukrainian_ministry = publish_translation(commit, ministry_translation)
    assert ukrainian_ministry.slug == ministry.slug  # one address in every language

    for page in (event, project):
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["uk"])
        ukrainian = publish_translation(commit, translation)
        assert ukrainian.organisations.get().organisation == ukrainian_ministry
        html = client.get(ukrainian.url).content.decode()
        assert "Міністерство цифрової трансформації" in html, page.title


def test_category_translation_keeps_its_slug_and_gets_its_own_name(commit, locales):
    calls = Category.objects.create(name="Calls for proposals", locale=locales["en"])
    assert calls.slug == "calls-for-proposals"
    translation = start_translation(commit, calls, locales["uk"])
    assert "calls-for-proposals" not in {entry.msgid for entry in translation.export_po()}
    fill_po(translation, {"Calls for proposals": "Конкурси"})
    ukrainian = publish_translation(commit, translation)
    assert (ukrainian.name, ukrainian.slug) == ("Конкурси", "calls-for-proposals")


# --- machine translation ------------------------------------------------------------------------
def test_machine_translation_fills_every_string(translator, commit, locales, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Youth council elections", lead="Vote on Friday.")
    translation = start_translation(commit, article, locales["lt"])
    total, done = translation.get_progress()
    assert done == 0 and total >= 3

    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    response = translator.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url})
    assert response.status_code == 302 and response["Location"] == edit_url

    assert translation.get_progress() == (total, total)
    lithuanian = publish_translation(commit, translation)
    assert lithuanian.title == "elections council Youth"  # the dummy translator reverses the words
    assert StringTranslation.objects.filter(locale=locales["lt"], translation_type="machine").count() == total


def test_machine_translation_is_off_unless_configured(settings):
    from wagtail_localize.machine_translators import get_machine_translator

    from config.settings import base

    assert not hasattr(base, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR") or base.os.environ.get("DEEPL_API_KEY")
    del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert get_machine_translator() is None


# --- slugs --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Згорани, Київщина: нова ЦНАП", "zghorany-kyivshchyna-nova-tsnap"),
        ("Юрій Єрмоленко та Яна", "yurii-yermolenko-ta-yana"),
        ("Її м’ясо, сім'я", "yii-miaso-simia"),
        ("Щасливе Подвір’я", "shchaslyve-podviria"),
        ("Tõnu Õunapuu Šiauliai", "tonu-ounapuu-siauliai"),
        ("", ""),
    ],
)
def test_latin_slug_follows_the_ukrainian_national_transliteration(text, slug):
    assert latin_slug(text) == slug


def test_snippets_and_pages_made_in_code_get_latin_slugs(locales, news_indexes, settings):
    assert settings.WAGTAIL_ALLOW_UNICODE_SLUGS is False
    agency = Organisation.objects.create(name="Державне агентство", locale=locales["uk"])
    assert agency.slug == "derzhavne-ahentstvo"
    from news.models import NewsPage

    page = NewsPage(title="Громадські слухання у Житомирі", lead="…", locale=locales["uk"])
    news_indexes["uk"].add_child(instance=page)
    assert page.slug == "hromadski-slukhannia-u-zhytomyri"


def test_a_cyrillic_slug_from_the_translator_becomes_latin(commit, locales, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Public hearings")
    translation = start_translation(commit, article, locales["uk"])
    fill_po(translation, {"Public hearings": "Громадські слухання", "public-hearings": "громадські-слухання"})
    ukrainian = publish_translation(commit, translation)
    assert ukrainian.slug == "hromadski-slukhannia"
    assert ukrainian.url == "/uk/news/hromadski-slukhannia/"


# --- the status report --------------------------------------------------------------------------
def test_status_report_tells_missing_in_progress_outdated_and_up_to_date(
    translator, commit, locales, news_indexes, article_factory, event_indexes, event_factory
):
    done = article_factory(news_indexes["en"], "Done")
    translation = start_translation(commit, done, locales["et"])
    fill_po(translation, {"Done": "Valmis"})
    publish_translation(commit, translation)
    draft = article_factory(news_indexes["en"], "Draft")
    commit(translate_object, draft, [locales["et"]])
    Translation.objects.get(source__object_id=draft.translation_key).save_target(publish=False)
    stale = article_factory(news_indexes["en"], "Stale")
    translation = start_translation(commit, stale, locales["et"])
    fill_po(translation, {})
    publish_translation(commit, translation)
    republish(stale, lead="Changed.")
    article_factory(news_indexes["en"], "Untouched")
    partial = article_factory(news_indexes["en"], "Partial")
    translation = start_translation(commit, partial, locales["et"])
    fill_po(translation, {"Partial": "Osaline"}, only=True)
    publish_translation(commit, translation)
    event_factory(event_indexes["en"], "An event")

    cells = status_cells(translator, locale="et", section="news")
    assert cells == {
        ("Done", "et"): State.UP_TO_DATE,
        ("Draft", "et"): State.IN_PROGRESS,
        ("Stale", "et"): State.OUTDATED,
        ("Untouched", "et"): State.MISSING,
        ("Partial", "et"): State.IN_PROGRESS,  # published, but the lead is still English
    }
    everything = status_cells(translator)
    assert everything[("An event", "uk")] == State.MISSING
    assert everything[("Done", "lt")] == State.MISSING
    assert {code for _title, code in everything} == {"uk", "et", "lt"}


def test_status_report_costs_the_same_queries_for_many_pages(
    translator, commit, locales, news_indexes, article_factory, project_indexes, project_factory
):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert translator.get(reverse("translation_status")).status_code == 200
        return len(queries)

    publish_translation(commit, start_translation(commit, article_factory(news_indexes["en"], "First"), locales["uk"]))
    few = count()
    for number in range(6):
        article = article_factory(news_indexes["en"], f"Article {number}")
        publish_translation(commit, start_translation(commit, article, locales[("uk", "et", "lt")[number % 3]]))
        project_factory(project_indexes["en"], f"Project {number}")
    assert count() == few


def test_status_report_is_in_the_reports_menu_for_editors_only(translator, client, django_user_model, homes):
    response = translator.get(reverse("wagtailadmin_home"))
    assert reverse("translation_status") in response.content.decode()

    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user("reader", "reader@example.com", "pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    response = client.get(reverse("translation_status"))
    assert response.status_code in (302, 403)
