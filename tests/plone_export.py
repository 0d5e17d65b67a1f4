"""A small but realistic collective.exportimport export of a four-language municipal portal.

Written for these tests (no text from a real site): what ``@@export_content`` and its
companions write for a Plone 6 site with plone.app.multilingual — language root folders,
news and events folders, documents, images (base64 and blob_path), a file, a link, a
collection, a form from an add-on, a broken event, naive and aware dates, and the side files.
"""

import base64
import io
import json
from pathlib import Path

from PIL import Image, ImageDraw

SITE = "http://portal.example.org/Plone"


def png_bytes(colour=(40, 90, 160), size=(64, 40)):
    picture = Image.new("RGB", size, colour)
    ImageDraw.Draw(picture).rectangle([8, 8, size[0] - 8, size[1] - 8], outline=(250, 250, 250), width=3)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def uid(number):
    return f"{number:032x}"


def base64_image(filename, colour=(40, 90, 160)):
    return {
        "content-type": "image/png",
        "data": base64.b64encode(png_bytes(colour)).decode(),
        "encoding": "base64",
        "filename": filename,
    }


def item(number, portal_type, path, title, parent, language="en", **fields):
    """One exported item as plone.restapi serialises it, plus collective.exportimport's extras."""
    data = {
        "@id": f"{SITE}{path}",
        "@type": portal_type,
        "UID": uid(number),
        "id": path.rsplit("/", 1)[-1],
        "title": title,
        "description": fields.pop("description", ""),
        "language": {"token": language, "title": language} if language else "",
        "parent": {"@id": f"{SITE}{parent[0]}" if parent[0] else SITE, "@type": parent[1], "UID": parent[2]},
        "review_state": fields.pop("review_state", "published"),
        "is_folderish": portal_type in ("Folder", "LRF"),
        "creators": fields.pop("creators", ["editor"]),
        "subjects": fields.pop("subjects", []),
        "created": fields.pop("created", "2024-01-10T09:00:00+00:00"),
        "modified": fields.pop("modified", "2024-01-12T09:00:00+00:00"),
        "effective": fields.pop("effective", "2024-01-10T09:00:00+00:00"),
        "expires": fields.pop("expires", None),
    }
    if "text" in fields:
        data["text"] = {"content-type": "text/html", "data": fields.pop("text"), "encoding": "utf-8"}
    data.update(fields)
    return data


SITE_PARENT = ("", "Plone Site", None)


def lrf(number, code):
    return item(number, "LRF", f"/{code}", code.upper(), SITE_PARENT, language=code)


def build_items(blob_images=True):
    """Every item of the export, in the order Plone's catalog would give them."""
    en, uk, et, lt = (("/" + code, "LRF", uid(n)) for n, code in ((1, "en"), (2, "uk"), (3, "et"), (4, "lt")))
    en_news = ("/en/news", "Folder", uid(10))
    uk_news = ("/uk/novyny", "Folder", uid(11))
    et_news = ("/et/uudised", "Folder", uid(12))
    en_events = ("/en/events", "Folder", uid(20))
    lt_events = ("/lt/renginiai", "Folder", uid(21))
    en_about = ("/en/about", "Folder", uid(30))
    en_media = ("/en/media", "Folder", uid(40))
    budget_text = (
        "<h2>What the hearings are for</h2>"
        "<p>Residents of <strong>twelve communities</strong> can comment on the draft budget "
        f'before the council votes. Read the <a href="{SITE}/resolveuid/{uid(31)}">rules of procedure</a> '
        f'and download the <a href="resolveuid/{uid(42)}/@@download/file">draft budget (PDF)</a>.</p>'
        f'<p><img src="resolveuid/{uid(41)}/@@images/image/preview" alt="Map of the twelve communities" /></p>'
        "<ul><li>Hearings in March</li><li>Written comments until 31 March</li></ul>"
        "<table><thead><tr><th>Town</th><th>Date</th></tr></thead>"
        "<tbody><tr><td>Zhovkva</td><td>12 March</td></tr><tr><td>Sambir</td><td>14 March</td></tr></tbody></table>"
        '<script>alert("old tracking code")</script>'
        '<p>Questions? <a href="mailto:budget@example.org">Write to the budget office</a>.</p>'
    )
    items = [
        lrf(1, "en"),
        lrf(2, "uk"),
        lrf(3, "et"),
        lrf(4, "lt"),
        item(10, "Folder", "/en/news", "News", en),
        item(11, "Folder", "/uk/novyny", "Новини", uk, language="uk"),
        item(12, "Folder", "/et/uudised", "Uudised", et, language="et"),
        item(40, "Folder", "/en/media", "Media", en),
        item(41, "Image", "/en/media/community-map.png", "Community map", en_media, image=base64_image("community-map.png")),
        item(
            42,
            "File",
            "/en/media/draft-budget.pdf",
            "Draft budget 2024",
            en_media,
            file={"blob_path": "ab/cd/draft-budget.pdf", "content-type": "application/pdf", "filename": "draft-budget.pdf"}
            if blob_images
            else {
                "data": base64.b64encode(b"%PDF-1.4 draft budget").decode(),
                "encoding": "base64",
                "filename": "draft-budget.pdf",
            },
        ),
        item(
            100,
            "News Item",
            "/en/news/budget-hearings",
            "Budget hearings open in twelve communities",
            en_news,
            description="Residents can comment on the 2024 draft budget at public hearings in March.",
            text=budget_text,
            subjects=["Budget", "Participation"],
            effective="2024-03-05T10:30:00",  # naive: on the portal's clock
            image=base64_image("hearing.png", (160, 60, 40)),
            image_caption="The first hearing in Zhovkva",
            view_count=1242,
        ),
        item(
            101,
            "News Item",
            "/uk/novyny/bjudzhetni-sluhannja",
            "Бюджетні слухання у дванадцяти громадах",
            uk_news,
            language="uk",
            description="Мешканці можуть прокоментувати проєкт бюджету на слуханнях у березні.",
            text=f'<p>Деталі — у <a href="../../en/news/budget-hearings">англійській версії</a>.</p><p>{"Текст " * 5}</p>',
            subjects=["Бюджет"],
            effective="2024-03-05T12:00:00+02:00",
        ),
        item(
            102,
            "News Item",
            "/en/news/draft-plan",
            "Draft mobility plan (not yet public)",
            en_news,
            review_state="private",
            description="An internal draft.",
            text="<p>Work in progress.</p>",
        ),
        item(
            103,
            "News Item",
            "/et/uudised/koolitus",
            "Koolitus omavalitsustele",
            et_news,
            language="et",
            description="Kahepäevane koolitus kohalikele omavalitsustele.",
            text="<p>Koolitus toimub Tartus.</p>",
            image={"blob_path": "ef/01/koolitus.png", "content-type": "image/png", "filename": "koolitus.png"}
            if blob_images
            else base64_image("koolitus.png", (30, 140, 90)),
            subjects=["Koolitus"],
        ),
        item(
            104,
            "News Item",
            "/en/news/lost-picture",
            "Report with a lost picture",
            en_news,
            description="Its image blob is missing from the export.",
            text="<p>The text survives.</p>",
            image={"blob_path": "zz/zz/missing.png", "content-type": "image/png", "filename": "missing.png"},
        ),
        item(105, "News Item", "/en/news/en-francais", "Une nouvelle", en_news, language="fr", description="Pas de locale fr."),
        item(20, "Folder", "/en/events", "Events", en),
        item(21, "Folder", "/lt/renginiai", "Renginiai", lt, language="lt"),
        item(
            200,
            "Event",
            "/en/events/budget-training",
            "Budget training for council members",
            en_events,
            description="Four weekly sessions on reading a municipal budget.",
            text="<p>Bring last year's budget of your community.</p>",
            start="2024-05-20T07:00:00+00:00",
            end="2024-05-20T10:00:00+00:00",
            whole_day=False,
            open_end=False,
            recurrence="RRULE:FREQ=WEEKLY;COUNT=4\nEXDATE:20240603T070000Z",
            location="Lviv, City Hall, room 12",
            event_url="https://example.org/budget-training",
            contact_name="Olena Budget",
            contact_email="training@example.org",
            contact_phone="+380 32 000 0000",
            subjects=["Budget", "Training"],
        ),
        item(
            201,
            "Event",
            "/lt/renginiai/forumas",
            "Savivaldos forumas",
            lt_events,
            language="lt",
            description="Vienos dienos forumas Kaune.",
            start="2024-09-12T00:00:00",
            end="2024-09-12T23:59:59",
            whole_day=True,
            location="Kaunas",
        ),
        item(202, "Event", "/en/events/no-date", "An event without a start", en_events, description="Broken.", start=None),
        item(30, "Folder", "/en/about", "About us", en, description="Who we are."),
        item(
            31,
            "Document",
            "/en/about/rules",
            "Rules of procedure",
            en_about,
            description="How public hearings are run.",
            text=f'<p>Hearings follow the <a href="/Plone/en/news/budget-hearings">announcement</a>.</p><h3>Agenda</h3><p>Open.</p>'
            f'<p><img src="{SITE}/en/media/community-map.png/@@images/image/large" alt="" /></p>',
            subjects=["Participation"],
        ),
        item(
            32,
            "Document",
            "/en/about/index-html",
            "About the portal",
            en_about,
            description="The portal of the twelve communities.",
            text='<p>We publish <a href="resolveuid/'
            + uid(100)
            + '">news</a> and <a href="https://example.net/">partners</a>.</p>',
        ),
        item(
            33,
            "Document",
            "/en/about/contacts",
            "Contacts",
            en_about,
            description="Where to find us.",
            text='<p>City Hall. See the <a href="../archive/2019-report">2019 report</a> and the '
            '<a href="https://www.town.example/en/news/budget-hearings">hearings</a>.</p>',
        ),
        item(34, "Link", "/en/about/old-portal", "Old portal", en_about, remoteUrl="https://archive.example.org/"),
        item(35, "Collection", "/en/about/all-news", "All news", en_about, query=[]),
        item(36, "FormFolder", "/en/about/feedback", "Feedback form", en_about),
        {"unexported_paths": ["/Plone/en/portal_forms"]},
    ]
    return items


SIDE_FILES = {
    "export_translations.json": [{"en": uid(100), "uk": uid(101)}, {"en": uid(10), "uk": uid(11), "et": uid(12)}],
    "export_redirects.json": {
        "/Plone/en/old-news/budget": "/Plone/en/news/budget-hearings",
        "/Plone/en/gone": "/Plone/en/nowhere",
    },
    "export_ordering.json": [{"uuid": uid(33), "order": 0}, {"uuid": uid(31), "order": 1}, {"uuid": uid(32), "order": 2}],
    "export_defaultpages.json": [{"uuid": uid(30), "default_page": "index-html"}],
}


def write_blobs(blob_home):
    blob_home = Path(blob_home)
    (blob_home / "ab/cd").mkdir(parents=True, exist_ok=True)
    (blob_home / "ab/cd/draft-budget.pdf").write_bytes(b"%PDF-1.4 draft budget of twelve communities")
    (blob_home / "ef/01").mkdir(parents=True, exist_ok=True)
    (blob_home / "ef/01/koolitus.png").write_bytes(png_bytes((30, 140, 90)))


def write_export(directory, layout="array", blob_images=True):
    """Write the export into ``directory``: one ``Plone.json`` array, or ``1.json, 2.json, …``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    items = build_items(blob_images=blob_images)
    if layout == "array":
        (directory / "Plone.json").write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        for number, element in enumerate(items, start=1):
            (directory / f"{number}.json").write_text(json.dumps(element, ensure_ascii=False), encoding="utf-8")
    for name, data in SIDE_FILES.items():
        (directory / name).write_text(json.dumps(data), encoding="utf-8")
    return directory
