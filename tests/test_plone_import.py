"""Moving off Plone: ``manage.py import_plone`` on a collective.exportimport export.

The story: a municipal portal exported its Plone 6 site (four languages) and runs one command.
Afterwards its news, events and pages are where readers expect them, in the right language,
linked as translations, with pictures and links working and every old address redirecting.
"""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from tests.plone_export import uid, write_blobs, write_export

pytestmark = pytest.mark.django_db


def run_import(export, tmp_path, *args):
    """Run the command; the report comes back with the exit status the shell would see."""
    out = io.StringIO()
    report = tmp_path / "report.json"
    try:
        call_command(
            "import_plone",
            str(export),
            "--blobs",
            str(tmp_path / "blobs"),
            "--report",
            str(report),
            "--no-progress",
            *args,
            stdout=out,
        )
        status = 0
    except CommandError as error:
        status = error.returncode
    data = json.loads(report.read_text())
    data["exit_status"] = status
    return out.getvalue(), data


@pytest.fixture
def export(tmp_path):
    write_blobs(tmp_path / "blobs")
    return write_export(tmp_path / "export")


def page_of(number):
    from plone_import.models import ImportedItem

    record = ImportedItem.objects.get(uid=uid(number))
    return Page.objects.get(pk=record.object_id).specific


@pytest.fixture
def imported(homes, export, tmp_path):
    output, report = run_import(export, tmp_path)
    return {"output": output, "report": report, "homes": homes}


def lines(report, action):
    return {
        (line["item_id"].replace("http://portal.example.org/Plone", ""), line["reason"])
        for line in report["lines"]
        if line["action"] == action
    }


def test_news_lands_under_news_indexes_in_its_language(imported):
    from news.models import NewsIndexPage, NewsPage

    homes = imported["homes"]
    english_index, ukrainian_index = page_of(10), page_of(11)
    assert isinstance(english_index, NewsIndexPage) and english_index.get_parent().pk == homes["en"].pk
    assert isinstance(ukrainian_index, NewsIndexPage) and ukrainian_index.locale.language_code == "uk"
    article = page_of(100)
    assert isinstance(article, NewsPage)
    assert article.get_parent().pk == english_index.pk
    assert article.live and article.url == "/en/news/budget-hearings/"
    assert article.lead.startswith("Residents can comment")
    assert page_of(103).locale.language_code == "et" and page_of(103).get_parent().pk == page_of(12).pk


def test_translations_share_a_key_so_the_switcher_links_them(imported, client):
    english, ukrainian = page_of(100), page_of(101)
    assert english.translation_key == ukrainian.translation_key
    assert page_of(10).translation_key == page_of(11).translation_key == page_of(12).translation_key
    html = client.get(english.url).content.decode()
    assert f'hreflang="uk" href="http://testserver{ukrainian.url}"' in html


def test_review_state_decides_live_or_draft(imported):
    article = page_of(100)
    assert article.live and not article.has_unpublished_changes
    # One revision, live: the editor opens exactly what readers see.
    assert article.live_revision_id == article.latest_revision_id
    assert article.latest_revision.as_object().title == article.title
    assert article.draft_title == article.title
    draft = page_of(102)
    assert not draft.live and draft.has_unpublished_changes


def test_dates_naive_on_the_portal_clock_aware_as_given(imported):
    import datetime as dt
    import zoneinfo

    assert page_of(100).date == dt.datetime(2024, 3, 5, 10, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Kyiv"))
    assert page_of(101).date == dt.datetime(2024, 3, 5, 10, 0, tzinfo=dt.UTC)
    assert page_of(100).first_published_at == page_of(100).date


def test_subjects_become_translatable_tags(imported):
    english = {tag.slug for tag in page_of(100).tags.all()}
    assert english == {"budget", "participation"}
    (ukrainian_tag,) = page_of(101).tags.all()
    assert ukrainian_tag.labels.get(locale__language_code="uk").name == "Бюджет"
    assert ukrainian_tag.slug.isascii()
    assert {tag.slug for tag in page_of(200).tags.all()} == {"budget", "training"}
    assert page_of(200).tags.get(slug="budget") == page_of(100).tags.get(slug="budget")


def test_rich_text_becomes_blocks_with_wagtail_links_and_images(imported):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    article = page_of(100)
    kinds = [block.block_type for block in article.body]
    assert kinds == ["heading", "paragraph", "image", "paragraph", "table", "paragraph"]
    raw = json.dumps(list(article.body.raw_data))
    rules, pdf = page_of(31), get_document_model().objects.get(title="Draft budget 2024")
    # The rules page came later in the export than the article: its link was written afterwards.
    assert f'<a id=\\"{rules.pk}\\" linktype=\\"page\\">rules of procedure</a>' in raw
    assert f'<a id=\\"{pdf.pk}\\" linktype=\\"document\\">' in raw
    assert "mailto:budget@example.org" in raw
    assert "old tracking code" not in raw and "<script" not in raw
    image_block = article.body[2].value
    assert (
        image_block["image"].title == "Community map"
        and image_block["image"].contextual_alt_text == "Map of the twelve communities"
    )
    table = article.body[4].value
    assert table["first_row_is_table_header"] and table["data"][1] == ["Zhovkva", "12 March"]
    assert article.hero_image.title == article.title and article.hero_caption == "The first hearing in Zhovkva"
    assert get_image_model().objects.filter(title="Community map").count() == 1


def test_links_by_path_resolve_too(imported, client):
    rules, ukrainian = page_of(31), page_of(101)
    assert 'linktype="page">announcement</a>' in json.dumps(list(rules.body.raw_data)).replace("\\", "")
    assert f'id="{page_of(100).pk}"' in json.dumps(list(ukrainian.body.raw_data)).replace("\\", "")
    html = client.get(rules.url).content.decode()
    assert f'href="{page_of(100).url}">announcement</a>' in html
    # A same-site link to something the export does not hold keeps its old address.
    contacts = client.get(page_of(33).url).content.decode()
    assert 'href="http://portal.example.org/Plone/en/archive/2019-report">2019 report</a>' in contacts
    # Without --old-host, the old public address is somebody else's site: left alone.
    assert 'href="https://www.town.example/en/news/budget-hearings">hearings</a>' in contacts
    assert 'src="/media/images/community-map' in html  # a rendition of the imported picture


def test_links_to_the_old_public_address_become_internal_with_old_host(homes, export, tmp_path, client):
    run_import(export, tmp_path, "--old-host", "WWW.town.example")
    html = client.get(page_of(33).url).content.decode()
    assert f'href="{page_of(100).url}">hearings</a>' in html


def test_the_imported_article_renders_for_readers(imported, client):
    response = client.get(page_of(100).url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h2>What the hearings are for</h2>" in html or "What the hearings are for</h2>" in html
    assert "<td>Zhovkva</td>" in html
    assert "1242" in html.replace("\u202f", "").replace(" ", "").replace(",", "")


def test_events_keep_times_places_and_recurrence(imported):
    import datetime as dt

    training = page_of(200)
    assert training.start_date == dt.date(2024, 5, 20) and training.start_time == dt.time(10, 0)
    assert training.end_time == dt.time(13, 0) and training.time_zone == "Europe/Kyiv"
    # Plone's weekly rule is the page's own series, its EXDATE a cancelled date; the one venue follows the series.
    assert (training.repeat, training.repeat_count, training.recurrence_rule) == ("weekly", 4, "FREQ=WEEKLY;COUNT=4;BYDAY=MO")
    assert [span.start_date for span in training.series_spans] == [
        dt.date(2024, 5, 20),
        dt.date(2024, 5, 27),
        dt.date(2024, 6, 10),
    ]
    assert [(o.venue, o.start_date) for o in training.occurrences.all()] == [("Lviv, City Hall, room 12", None)]
    assert training.apply_email == "training@example.org"
    closing = training.body[-1].value.source
    assert "https://example.org/budget-training" in closing and "Olena Budget" in closing
    forum = page_of(201)
    assert forum.start_time is None and forum.end_time is None and forum.locale.language_code == "lt"


def test_folders_documents_and_default_pages(imported):
    from content.models import ContentPage

    about = page_of(30)
    # At the folder's address Plone showed its default page: that title and text, not the folder's.
    assert isinstance(about, ContentPage) and about.title == "About the portal"
    assert "We publish" in about.body[0].value.source
    warnings = lines(imported["report"], "warning")
    assert any("'About us' gave way to its default page's 'About the portal'" in reason for _item, reason in warnings)
    assert page_of(32).pk == about.pk
    children = [page.title for page in about.get_children()]
    assert children == ["Contacts", "Rules of procedure"]  # export_ordering.json
    media = page_of(40)
    assert media.pk == imported["homes"]["en"].pk  # a folder of pictures and files is no page


def test_old_addresses_redirect(imported, client):
    article = page_of(100)
    for old in ("/Plone/en/news/budget-hearings", "/en/old-news/budget", "/Plone/en/old-news/budget"):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"].endswith(article.url)
    about = client.get("/Plone/en/about/index-html")
    assert about.status_code == 301 and about["Location"].endswith(page_of(30).url)
    link = client.get("/en/about/old-portal")
    assert link.status_code == 302 and link["Location"] == "https://archive.example.org/"
    picture = client.get("/Plone/en/media/community-map.png")
    assert picture.status_code == 301 and "/media/original_images/community-map" in picture["Location"]


def test_report_names_every_item_left_behind(imported):
    report = imported["report"]
    failed = lines(report, "failed")
    assert ("/en/events/no-date", "event without a readable start date") in failed
    assert any(item == "/en/news/en-francais" and "'fr'" in reason for item, reason in failed)
    skipped = lines(report, "skipped")
    assert ("/en/about/feedback", "unknown type FormFolder: map it with --map") in skipped
    assert ("/en/about/all-news", "Collection is not imported") in skipped
    assert any("1 paths were not exported" in reason for _item, reason in skipped)
    warnings = lines(report, "warning")
    assert any(item == "/en/news/lost-picture" and "missing.png not found" in reason for item, reason in warnings)
    assert page_of(104).live and page_of(104).hero_image is None  # imported without the picture
    assert report["totals"]["failed"] == 2
    assert report["exit_status"] == 1 and report["complete"]  # some items failed: exit status 1
    # A failed item is rolled back whole: no page, no record, nothing half-written.
    from plone_import.models import ImportedItem

    assert not Page.objects.filter(title="An event without a start").exists()
    assert not ImportedItem.objects.filter(uid__in=[uid(202), uid(105)]).exists()
    assert "News Item" in imported["output"] and "failed" in imported["output"]


def test_legacy_view_count_carries_over(imported):
    assert page_of(100).views_before_migration == 1242
    assert page_of(100).view_total == 1242


def test_second_run_skips_and_update_refreshes(imported, export, tmp_path):
    pages_before = Page.objects.count()
    _output, report = run_import(export, tmp_path)
    assert Page.objects.count() == pages_before
    assert report["totals"]["created"] == 1  # only the redirect file's line; no item twice
    assert ("/en/news/budget-hearings", "already imported (run with --update to refresh it)") in lines(report, "skipped")

    data = json.loads((export / "Plone.json").read_text())
    for element in data:
        if element.get("UID") == uid(100):
            element["title"] = "Budget hearings: dates confirmed"
    (export / "Plone.json").write_text(json.dumps(data))
    _output, report = run_import(export, tmp_path, "--update")
    assert Page.objects.count() == pages_before
    assert page_of(100).title == "Budget hearings: dates confirmed" and page_of(100).live
    assert report["totals"]["updated"] >= 20


def test_dry_run_writes_nothing(homes, export, tmp_path):
    from wagtail.contrib.redirects.models import Redirect

    from plone_import.models import ImportedItem

    pages_before = Page.objects.count()
    output, report = run_import(export, tmp_path, "--dry-run")
    assert Page.objects.count() == pages_before
    assert not ImportedItem.objects.exists() and not Redirect.objects.exists()
    assert report["dry_run"] and report["totals"]["created"] >= 18
    assert ("/en/events/no-date", "event without a readable start date") not in lines(report, "failed")  # needs the event built
    assert "Dry run: nothing was written." in output


def test_one_file_per_item_layout_gives_the_same_site(homes, tmp_path):
    write_blobs(tmp_path / "blobs")
    export = write_export(tmp_path / "export", layout="per-item", blob_images=False)
    _output, report = run_import(export, tmp_path)
    assert report["totals"] == {"created": 21, "updated": 0, "skipped": 7, "failed": 2}
    assert page_of(103).hero_image is not None  # base64 this time
    assert page_of(100).translation_key == page_of(101).translation_key


def test_a_broken_file_loses_only_what_follows_the_break(homes, tmp_path):
    write_blobs(tmp_path / "blobs")
    export = write_export(tmp_path / "export")
    text = (export / "Plone.json").read_text()
    cut = text.index(uid(100))
    (export / "Plone.json").write_text(text[:cut])
    _output, report = run_import(export, tmp_path)
    assert any("invalid JSON" in line["reason"] for line in report["lines"] if line["action"] == "failed")
    assert page_of(10).title == "News"  # items before the break were imported


def test_mapping_overrides(homes, export, tmp_path):
    from content.models import ContentPage

    run_import(export, tmp_path, "--map", "Folder:/news=content.ContentPage", "--map", "News Item=skip")
    assert isinstance(page_of(10), ContentPage)
    from plone_import.models import ImportedItem

    assert not ImportedItem.objects.filter(uid=uid(100)).exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["/no/such/export"], "no such file or directory"),
        (["{export}", "--map", "Folder"], "Type=app.Model"),
        (["{export}", "--map", "Folder=news.Nothing"], "neither a page type"),
        (["{export}", "--map", "Folder=auth.User"], "not a page type"),
        (["{export}", "--timezone", "Mars/Olympus"], "not a time zone"),
        (["{export}", "--site", "nowhere.example"], "no such Wagtail site"),
    ],
)
def test_bad_command_lines_get_a_clear_message(homes, export, args, message):
    args = [arg.replace("{export}", str(export)) for arg in args]
    with pytest.raises(CommandError, match=message) as raised:
        call_command("import_plone", *args, "--no-progress", stdout=io.StringIO())
    assert raised.value.returncode == 2
    assert not Page.objects.filter(depth__gt=2).exists()


def test_memory_stays_flat_on_a_large_export(tmp_path):
    """A 2 GB export must not be loaded whole: reading a ~60 MB file peaks at a few MB."""
    import os
    import tracemalloc

    from plone_import.export_index import ExportIndex
    from plone_import.reader import content_files, stream

    blob = "A" * (1024 * 1024)  # one megabyte of base64 per item, as a photo export would have
    path = tmp_path / "News Item.json"
    with open(path, "w") as handle:
        handle.write("[")
        for number in range(60):
            element = {
                "@id": f"http://x/Plone/news/n{number}",
                "@type": "News Item",
                "UID": uid(5000 + number),
                "title": f"N{number}",
            }
            element["image"] = {"data": blob, "encoding": "base64", "filename": "p.jpg"}
            handle.write(("," if number else "") + json.dumps(element))
        handle.write("]")
    size = os.path.getsize(path)
    files = content_files([path])
    tracemalloc.start()
    try:
        index = ExportIndex.build(files)
        seen = sum(1 for element in stream(files) if isinstance(element, dict))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert index.count == seen == 60
    assert size > 60 * 1024 * 1024
    assert peak < 12 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while reading {size / 1e6:.0f} MB"


def test_imported_pages_are_found_by_site_search_and_reference_index(imported, client):
    """Indexing waits until the end of the run (one bulk pass), but it does happen."""
    from wagtail.models import ReferenceIndex

    html = client.get("/en/search/", {"q": "hearings"}).content.decode()
    assert "Budget hearings open in twelve communities" in html
    usages = ReferenceIndex.get_references_to(page_of(31))
    assert page_of(100).pk in {int(reference.object_id) for reference in usages}


class NoItems:
    """A resolver for an export that holds nothing: every reference is missing."""

    def uid(self, uid):
        return None

    def path(self, path):
        return None


def test_hostile_html_from_plone_comes_out_inert():
    from plone_import.richtext import html_to_blocks

    html = (
        '<p onclick="steal()">Hi <a href="javascript:alert(1)">there</a> <a href=" JaVaScRiPt:alert(2)">x</a></p>'
        '<img src="x" onerror="alert(3)"><iframe src="javascript:alert(4)"></iframe>'
        "<style>body{display:none}</style><object data=x></object><h2 onmouseover=alert(5)>Title &lt;b&gt;</h2>"
        '<table><tr><td><script>alert(6)</script>cell</td></tr></table><p>]]&gt; &amp; "quotes" \u202e</p>'
    )
    conversion = html_to_blocks(html, NoItems(), "http://portal.example.org/Plone/en/page")
    raw = json.dumps(conversion.blocks)
    for bad in ("javascript", "onclick", "onerror", "onmouseover", "<script", "<style", "<object", "<iframe", "alert("):
        assert bad not in raw.lower(), bad
    assert conversion.blocks[1] == {"type": "heading", "value": {"text": "Title <b>", "level": "h2"}}
    assert conversion.blocks[-1]["value"].startswith("<p>]]&gt; &amp;")


def test_imported_articles_join_the_read_more_of_articles_already_there(homes, news_indexes, article_factory, export, tmp_path):
    from core import related
    from core.models import Tag
    from core.related import related_reads

    budget = Tag.objects.create(name="Budget", slug="budget")
    ours = article_factory(news_indexes["en"], "Our budget hearing", tags=[budget])
    assert related_reads(ours) == []  # worked out and kept before the import

    run_import(export, tmp_path)

    counted = related._counted_matches(ours, related.DEFAULT_LIMIT, [ours.pk])
    assert len(counted) >= 2, "the export has English pages about the budget"
    assert [(page.pk, page.content_type_id) for page in related_reads(ours)] == counted, "offered under Read more at once"
