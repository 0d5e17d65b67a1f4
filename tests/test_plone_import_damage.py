"""Leaving Plone without losing anything, even from a damaged export: the importer is loud about bad
data (drafts with the damage named, or failed with a reason), never crashes, finishes a stopped run,
and ``verify_plone_import`` proves the result item by item.

Each test builds its own small export (content written for these tests) with the damage a real one
has been seen to carry.
"""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, ReferenceIndex

from plone_import.models import ImportedItem
from tests.plone_export import SITE, base64_image, item, lrf, uid

pytestmark = pytest.mark.django_db

EN = ("/en", "LRF", uid(1))
NEWS = ("/en/news", "Folder", uid(10))
ABOUT = ("/en/about", "Folder", uid(30))


def clean_items():
    """A tiny, healthy site: a news folder with three articles, a document and a picture."""
    return [
        lrf(1, "en"),
        item(10, "Folder", "/en/news", "News", EN),
        item(100, "News Item", "/en/news/harbour", "The harbour opens", NEWS, text="<p>The new harbour opened on Monday.</p>"),
        item(101, "News Item", "/en/news/ferry", "A ferry for the islands", NEWS, text="<p>Twice a day to both islands.</p>"),
        item(
            102,
            "News Item",
            "/en/news/lighthouse",
            "The lighthouse is painted",
            NEWS,
            subjects=["Harbour"],
            text=f'<p>Red and white again. See <a href="resolveuid/{uid(100)}">the harbour</a>.</p>'
            f'<p><img src="resolveuid/{uid(40)}/@@images/image/preview" alt="" /></p>',
        ),
        item(30, "Folder", "/en/about", "About us", EN),
        item(
            31,
            "Document",
            "/en/about/index-html",
            "About the harbour portal",
            ABOUT,
            description="Who runs the harbour portal.",
            text="<p>The port authority publishes this portal.</p>",
        ),
        item(40, "Image", "/en/about/lighthouse.png", "Lighthouse", ABOUT, image=base64_image("lighthouse.png")),
    ]


SIDE = {"export_defaultpages.json": [{"uuid": uid(30), "default_page": "index-html"}]}


def write(directory, items, side=SIDE, raw=None):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "Plone.json").write_text(raw if raw is not None else json.dumps(items, ensure_ascii=False), encoding="utf-8")
    for name, data in (side or {}).items():
        (directory / name).write_text(json.dumps(data), encoding="utf-8")
    return directory


def run(command, export, tmp_path, *args):
    """``(exit status, output, report or None)`` as the shell would see them."""
    out = io.StringIO()
    report_path = tmp_path / f"{command}-report.json"
    extra = ["--report", str(report_path), "--no-progress"] if command == "import_plone" else []
    try:
        call_command(command, str(export), *extra, *args, stdout=out, stderr=io.StringIO())
        status = 0
    except CommandError as error:
        status = error.returncode
        out.write(f"\n{error}")
    report = json.loads(report_path.read_text()) if report_path.exists() else None
    return status, out.getvalue(), report


def lines(report, action):
    return [(line["item_id"].replace(SITE, ""), line["reason"]) for line in report["lines"] if line["action"] == action]


def page_of(number):
    record = ImportedItem.objects.get(uid=uid(number))
    return Page.objects.get(pk=record.object_id).specific


def tree_is_consistent():
    return not any(Page.find_problems())


# --- the healthy case, and the verifier's proof ----------------------------------------------------------


def test_a_clean_export_imports_with_status_0_and_the_verifier_proves_it(homes, news_indexes, tmp_path, client):
    export = write(tmp_path / "export", clean_items())

    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 0 and report["complete"] and report["totals"]["failed"] == 0
    verified, output, _ = run("verify_plone_import", export, tmp_path)
    assert verified == 0, output
    assert "Every item is where readers will look for it." in output
    assert tree_is_consistent()


def test_the_verifier_names_the_item_whose_redirect_or_page_went_missing(homes, news_indexes, tmp_path):
    export = write(tmp_path / "export", clean_items())
    run("import_plone", export, tmp_path)

    Redirect.objects.filter(old_path__endswith="/en/news/ferry").delete()
    page_of(102).delete()
    status, output, _ = run("verify_plone_import", export, tmp_path)

    assert status == 1
    assert "/en/news/ferry" in output and "/en/news/lighthouse" in output
    assert "2 items did not arrive complete" in output
    assert "/en/news/harbour" not in output.split("what is missing", 1)[1].split("\n\n")[0]


def test_a_default_page_is_what_readers_see_at_the_folders_address(homes, news_indexes, tmp_path, client):
    export = write(tmp_path / "export", clean_items())
    run("import_plone", export, tmp_path)

    about = page_of(30)
    html = client.get("/en/about/", follow=True).content.decode()

    assert about.title == "About the harbour portal" and about.search_description == "Who runs the harbour portal."
    assert "<h1>About the harbour portal</h1>" in html and "The port authority publishes this portal." in html
    assert client.get("/Plone/en/about/index-html").status_code == 301


# --- damaged fields: drafts, named -----------------------------------------------------------------------


def test_damaged_items_are_drafts_with_every_damaged_field_named(homes, news_indexes, tmp_path):
    items = clean_items()
    items[2]["effective"] = "not-a-date"
    items[3]["parent"] = {"@id": f"{SITE}/en/gone", "@type": "Folder", "UID": uid(999)}
    items[4]["text"] = {"data": {"html": "<p>an object, not text</p>"}, "content-type": "text/html"}
    items[4]["title"] = ["a", "list"]
    items[4]["subjects"] = {"not": "a list"}
    export = write(tmp_path / "export", items)

    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 0  # imported (as drafts), nothing failed
    warnings = lines(report, "warning")
    assert ("/en/news/harbour", "effective: 'not-a-date' is not a date; left out") in warnings
    assert any(
        item == "/en/news/ferry" and reason.startswith(f"parent: {uid(999)} is not in the export") for item, reason in warnings
    )
    for field in ("text", "title", "subjects"):
        assert any(item == "/en/news/lighthouse" and reason.startswith(f"{field}: ") for item, reason in warnings), field
    for number in (100, 101, 102):
        page = page_of(number)
        assert not page.live, number
    assert "{'html'" not in str(page_of(102).body.raw_data)  # the object never became text
    assert page_of(102).title == "lighthouse"  # the item's id stood in for the unreadable title
    assert tree_is_consistent()


def test_fields_with_no_place_are_named_as_not_imported(homes, news_indexes, tmp_path):
    items = clean_items()
    items[2]["relatedItems"] = [{"@id": f"{SITE}/en/news/ferry", "UID": uid(101)}]
    items[2]["location_notes"] = "Pier 3"
    export = write(tmp_path / "export", items)

    _status, _output, report = run("import_plone", export, tmp_path)

    assert ("/en/news/harbour", "not imported, no place for them in this portal: location_notes, relatedItems") in lines(
        report, "warning"
    )


# --- odd identities ---------------------------------------------------------------------------------------


def test_uids_of_any_json_shape_neither_crash_nor_mix_items(homes, news_indexes, tmp_path, client):
    items = clean_items()
    items[2]["UID"] = f"  {uid(100)}  "  # spaces around
    items[3]["UID"] = 0
    items.append(item(103, "News Item", "/en/news/big", "Big number", NEWS))
    items[-1]["UID"] = 12345678901234567890123456789
    items.append(item(104, "News Item", "/en/news/listy", "A list for a UID", NEWS))
    items[-1]["UID"] = ["not", "a", "uid"]
    export = write(tmp_path / "export", items)

    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 1  # the one with a list for a UID failed
    assert ("/en/news/listy", "no usable UID or @type: not a collective.exportimport item") in lines(report, "failed")
    assert ImportedItem.objects.get(uid=uid(100)).plone_path == "/en/news/harbour"
    assert ImportedItem.objects.get(uid="0").plone_path == "/en/news/ferry"
    assert ImportedItem.objects.get(uid="12345678901234567890123456789").plone_path == "/en/news/big"
    for old in ("/en/news/harbour", "/en/news/ferry", "/en/news/big"):
        assert client.get(old).status_code == 301, old
    assert tree_is_consistent()


def test_a_duplicate_uid_is_skipped_without_touching_the_first(homes, news_indexes, tmp_path, client):
    items = clean_items()
    twin = item(100, "Document", "/en/about/twin", "A document reusing the harbour's UID", ABOUT, text="<p>Twin.</p>")
    items.append(twin)
    export = write(tmp_path / "export", items)

    _status, _output, report = run("import_plone", export, tmp_path)

    first = page_of(100)
    assert type(first).__name__ == "NewsPage" and first.title == "The harbour opens" and first.get_parent().title == "News"
    assert ("/en/about/twin", "its UID was already used by /en/news/harbour") in lines(report, "skipped")
    assert client.get("/Plone/en/news/harbour")["Location"].endswith(first.url)
    assert not Redirect.objects.filter(old_path__icontains="/about/twin").exists()


def test_an_address_too_long_for_a_redirect_costs_only_that_redirect(homes, news_indexes, tmp_path, client):
    items = clean_items()
    long_id = "a-very-long-plone-id-" * 15
    items.append(item(105, "News Item", f"/en/news/{long_id}", "Long address", NEWS, text="<p>Long.</p>"))
    export = write(tmp_path / "export", items)

    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 0
    assert any("the address is over 255 characters" in reason for _item, reason in lines(report, "warning"))
    assert page_of(105).live
    for old in ("/Plone/en/news/harbour", "/Plone/en/news/ferry", "/Plone/en/news/lighthouse"):
        assert client.get(old).status_code == 301, old


# --- failures that must not stop the run ----------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_an_item_that_fails_only_at_commit_is_reported_and_its_tag_does_not_poison_the_next(
    homes, news_indexes, tmp_path, monkeypatch
):
    """A database constraint checked at commit (a deferred foreign key) fails one item; the tag it
    created is rolled back with it, and the next item naming that tag still gets it."""
    items = clean_items()
    items[2]["subjects"] = ["Harbour"]
    items[3]["subjects"] = ["Harbour"]
    export = write(tmp_path / "export", items)
    real_save = ImportedItem.save

    def save(record, *args, **kwargs):
        if record.uid == uid(100):
            record.content_type_id = 987654  # no such content type: refused when the item commits
        return real_save(record, *args, **kwargs)

    monkeypatch.setattr(ImportedItem, "save", save)
    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 1
    assert any(item == "/en/news/harbour" and "IntegrityError" in reason for item, reason in lines(report, "failed"))
    assert not ImportedItem.objects.filter(uid=uid(100)).exists()
    assert not Page.objects.filter(title="The harbour opens").exists()
    ferry = page_of(101)
    assert [tag.name for tag in ferry.tags.all()] == ["Harbour"]
    assert (
        Redirect.objects.filter(old_path="/plone/en/news/ferry").exists()
        or Redirect.objects.filter(old_path="/Plone/en/news/ferry").exists()
    )
    assert tree_is_consistent()


def test_when_every_item_fails_the_exit_status_says_so(homes, news_indexes, tmp_path):
    items = [lrf(1, "en"), item(105, "News Item", "/en/news/x", "Fr", EN, language="fr")]
    export = write(tmp_path / "export", items)

    status, output, report = run("import_plone", export, tmp_path)

    assert status == 1 and report["totals"]["failed"] == 1
    assert "1 item failed" in output


def test_integers_beyond_64_bits_do_not_stop_the_reader(homes, news_indexes, tmp_path):
    items = clean_items()
    items[2]["view_count"] = 2**70
    items[3]["x_counter"] = 10**40
    export = write(tmp_path / "export", items)

    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 0
    assert all(ImportedItem.objects.filter(uid=uid(number)).exists() for number in (100, 101, 102, 40))


def test_a_blob_path_leading_outside_the_blob_folder_is_refused(homes, news_indexes, tmp_path):
    items = clean_items()
    items[-1]["image"] = {"blob_path": "../../../../etc/passwd", "filename": "passwd.png", "content-type": "image/png"}
    (tmp_path / "blobs").mkdir()
    export = write(tmp_path / "export", items)

    status, _output, report = run("import_plone", export, tmp_path, "--blobs", str(tmp_path / "blobs"))

    assert status == 1
    assert any(item == "/en/about/lighthouse.png" for item, _reason in lines(report, "failed"))


def test_huge_fields_are_cut_where_they_must_be_and_say_so(homes, news_indexes, tmp_path):
    items = clean_items()
    items[2]["title"] = "Harbour " * 700
    items[2]["description"] = "Long. " * 20000
    items[2]["text"] = {"data": "<p>" + "A long report. " * 50000 + "</p>", "content-type": "text/html"}
    export = write(tmp_path / "export", items)

    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 0
    assert any(reason.startswith("title: 5599 characters, cut to 255") for _item, reason in lines(report, "warning"))
    harbour = page_of(100)
    assert len(harbour.title) == 255 and harbour.live


# --- unusable input: exit 2, one line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, message",
    [
        ("this is not JSON at all", "not a JSON object or array"),
        ('{"title": "an object without a UID"}', "hold no collective.exportimport items"),
        ("[1, 2, 3]", "hold no collective.exportimport items"),
        ("[]", "hold no collective.exportimport items"),
    ],
)
def test_unusable_input_exits_2_with_one_line_and_a_report(homes, tmp_path, raw, message):
    export = write(tmp_path / "export", None, side=None, raw=raw)

    status, output, report = run("import_plone", export, tmp_path)

    assert status == 2
    assert message in output
    assert report is not None and not report["complete"] and message in report["stopped"]


def test_a_file_in_another_encoding_is_unusable_not_a_crash(homes, tmp_path):
    export = tmp_path / "export"
    export.mkdir()
    (export / "Plone.json").write_bytes(json.dumps(clean_items(), ensure_ascii=False).encode("utf-16"))

    status, output, _report = run("import_plone", export, tmp_path)

    assert status == 2 and "is not readable JSON" in output


def test_a_missing_folder_exits_2(homes, tmp_path):
    status, output, _report = run("import_plone", tmp_path / "nowhere", tmp_path)
    assert status == 2 and "no such file or directory" in output


# --- stopped and started again --------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_run_stopped_halfway_finishes_on_the_next_run(homes, news_indexes, tmp_path, monkeypatch, client):
    from plone_import.importer import PloneImporter

    export = write(tmp_path / "export", clean_items())
    real = PloneImporter._process
    calls = {"n": 0}

    def stop_at_the_fifth(self, element):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real(self, element)

    monkeypatch.setattr(PloneImporter, "_process", stop_at_the_fifth)
    status, _output, report = run("import_plone", export, tmp_path)
    assert status == 1 and not report["complete"] and "interrupted" in report["stopped"]
    assert ImportedItem.objects.filter(indexed=False).exists()  # imported, not indexed yet

    monkeypatch.undo()
    status, _output, report = run("import_plone", export, tmp_path)

    assert status == 0 and report["complete"]
    assert Page.objects.filter(title="The harbour opens").count() == 1  # no duplicates
    assert not ImportedItem.objects.filter(indexed=False).exists()
    for number, old in ((100, "/en/news/harbour"), (101, "/en/news/ferry"), (102, "/en/news/lighthouse")):
        assert client.get(old)["Location"].endswith(page_of(number).url), old
    html = client.get("/en/search/", {"q": "harbour"}).content.decode()
    assert "The harbour opens" in html and "The lighthouse is painted" in html
    usages = ReferenceIndex.get_references_to(page_of(100))
    assert page_of(102).pk in {int(reference.object_id) for reference in usages}
    verified, output, _ = run("verify_plone_import", export, tmp_path)
    assert verified == 0, output
    assert tree_is_consistent()


# --- projects from Plone documents -----------------------------------------------------------------------


def test_a_folder_of_project_documents_maps_to_project_pages(homes, project_indexes, tmp_path, client):
    projects = ("/en/projects", "Folder", uid(60))
    items = [
        lrf(1, "en"),
        item(60, "Folder", "/en/projects", "Projects", EN),
        item(
            61,
            "Document",
            "/en/projects/safe-harbour",
            "Safe harbour",
            projects,
            description="Safer berths for the fishing fleet.",
            text="<p>Three berths rebuilt in 2024.</p>",
            start="2024-02-01T00:00:00",
            end="2025-06-30T00:00:00",
        ),
    ]
    export = write(tmp_path / "export", items, side={})

    status, _output, report = run(
        "import_plone",
        export,
        tmp_path,
        "--map",
        "Folder:/projects=projects.ProjectIndexPage",
        "--map",
        "Document:/projects=projects.ProjectPage",
    )

    assert status == 0, report["lines"]
    project = page_of(61)
    assert type(project).__name__ == "ProjectPage" and project.live
    assert project.goal == "Safer berths for the fishing fleet."
    assert str(project.start_date) == "2024-02-01" and str(project.end_date) == "2025-06-30"
    assert "Three berths rebuilt in 2024." in client.get(project.url).content.decode()


def test_the_tree_stays_consistent_on_both_databases(homes, news_indexes, tmp_path):
    """``Page.find_problems()`` after a run with every kind of damage above."""
    items = clean_items()
    items[2]["effective"] = "soon"
    items[3]["UID"] = 0
    items.append(item(100, "Document", "/en/about/twin", "Twin", ABOUT))
    export = write(tmp_path / "export", items)
    run("import_plone", export, tmp_path)
    assert tree_is_consistent()
    assert connection.vendor in ("sqlite", "postgresql")


def test_an_imported_pages_revision_holds_all_it_has(homes, news_indexes, tmp_path):
    """The import takes shortcuts (no second validation, no re-reading empty relations); the first
    revision an editor will start from must still hold the page's tags and text."""
    export = write(tmp_path / "export", clean_items())
    run("import_plone", export, tmp_path)

    lighthouse = page_of(102)
    from_revision = lighthouse.latest_revision.as_object()

    assert [tag.name for tag in from_revision.tags.all()] == ["Harbour"]
    assert "Red and white again." in str(from_revision.body.raw_data)
    assert from_revision.title == lighthouse.title
