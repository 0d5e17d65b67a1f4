"""Demo content is data: an editor adds a page by dropping a TOML file in a plugin's folder, and a
file the loader cannot use stops it with an error naming the file and the field."""

import dataclasses
import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.demo import loader
from core.demo.context import DemoContext
from core.demo.records import DemoDataError
from home.demo import DEMO as HOME
from news.demo import DEMO as NEWS

# The example of the README's "Adding a demo article", in the four languages of the site.
ARTICLE = '''\
# The central library opens on Sundays
date = { days = -1, time = "09:00" }
category = "programme-news"
tags = ["transparency", "local-democracy"]
hero = { title = "Reading room of the central library", palette = "green" }

[en]
title = "The central library opens on Sundays"
lead = "From next month the central library of Zoriane is open on Sundays too."
authors = [{ name = "Iryna Melnyk", role = "Editor" }]
body = """
The reading room and the children's library are open from 10:00 to 16:00.

The longer hours are paid for from the hromada's own budget.
"""

[uk]
slug = "biblioteka-pratsiuie-v-nediliu"
title = "Центральна бібліотека працює й у неділю"
lead = "З наступного місяця центральна бібліотека Зоряного працює також у неділю."
authors = [{ name = "Ірина Мельник", role = "Редакторка" }]
body = """
Читальна зала й дитяча бібліотека відчинені з 10:00 до 16:00.

Довші години роботи громада оплачує з власного бюджету.
"""

[et]
title = "Keskraamatukogu on avatud ka pühapäeviti"
lead = "Alates järgmisest kuust on Zoriane keskraamatukogu avatud ka pühapäeviti."
authors = [{ name = "Iryna Melnyk", role = "Toimetaja" }]
body = """
Lugemissaal ja lasteraamatukogu on avatud kella 10–16.

Pikemad lahtiolekuajad maksab kogukond oma eelarvest.
"""

[lt]
title = "Centrinė biblioteka dirba ir sekmadieniais"
lead = "Nuo kito mėnesio Zorianės centrinė biblioteka dirba ir sekmadieniais."
authors = [{ name = "Iryna Melnyk", role = "Redaktorė" }]
body = """
Skaitykla ir vaikų biblioteka atidarytos nuo 10 iki 16 val.

Ilgesnes darbo valandas bendruomenė apmoka iš savo biudžeto.
"""
'''


@pytest.fixture
def news_folder(tmp_path):
    """A copy of the news plugin's demo data, for adding files without touching the real tree."""
    folder = tmp_path / "news-demo"
    shutil.copytree(NEWS.folder, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def news_from(folder):
    return dataclasses.replace(NEWS, folder=folder, name="news")


EN_BODY = """body = \"\"\"
The reading room and the children's library are open from 10:00 to 16:00.

The longer hours are paid for from the hromada's own budget.
\"\"\"
"""


# What the loader must say (file name aside) about the example article changed in one way.
MISTAKES = {
    "lt.title is missing": lambda text: text.replace('title = "Centrinė biblioteka dirba ir sekmadieniais"\n', ""),
    "date should be a date": lambda text: text.replace('{ days = -1, time = "09:00" }', '"yesterday"'),
    'date has time "9 o\'clock"': lambda text: text.replace('time = "09:00"', 'time = "9 o\'clock"'),
    "tags[0] 'transparancy' is not a tag": lambda text: text.replace('"transparency"', '"transparancy"'),
    "category names 'gossip'": lambda text: text.replace('"programme-news"', '"gossip"'),
    "hero.palette should be one of": lambda text: text.replace('palette = "green"', 'palette = "pink"'),
    "related[0] names 'no-such-article'": lambda text: text.replace("\n[en]", 'related = ["no-such-article"]\n\n[en]'),
    "en.gallery has 0 entries": lambda text: text.replace("\n[en]", 'gallery = [{ title = "Children\'s corner" }]\n\n[en]'),
    "en.body[0].type 'video'": lambda text: text.replace(EN_BODY, 'body = [{ type = "video", url = "https://example.org" }]\n'),
    "Invalid value (at line 9": lambda text: text.replace('lead = "From', "lead = From"),
}


@pytest.mark.parametrize("field", MISTAKES)
def test_a_malformed_file_stops_the_load_naming_file_and_field(news_folder, field):
    changed = MISTAKES[field](ARTICLE)
    assert changed != ARTICLE
    (news_folder / "articles" / "library-sundays.toml").write_text(changed, encoding="utf-8")

    with pytest.raises(DemoDataError) as error:  # no database: nothing is made before the check
        loader.load(DemoContext(), [HOME, news_from(news_folder)])

    assert "articles/library-sundays.toml: " in str(error.value)
    assert field in str(error.value)


def test_shared_vocabulary_needs_every_language(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(loader.vocabulary.DATA, folder)
    category = folder / "categories" / "reports.toml"
    category.write_text(category.read_text(encoding="utf-8").split("[lt]")[0], encoding="utf-8")

    with pytest.raises(DemoDataError, match=r"categories/reports\.toml: \[lt\] missing"):
        loader.load(DemoContext(), [], vocabulary_folder=folder)


@pytest.mark.django_db
def test_the_command_reports_the_file_and_field(news_folder, monkeypatch):
    (news_folder / "articles" / "library-sundays.toml").write_text(ARTICLE.replace('lead = "Nuo', 'led = "Nuo'), encoding="utf-8")
    monkeypatch.setattr(loader, "installed_contributions", lambda: [HOME, news_from(news_folder)])

    with pytest.raises(CommandError, match=r"Demo data: .*articles/library-sundays\.toml: lt\.lead is missing"):
        call_command("load_demo", "--no-admin", stdout=StringIO())


@pytest.mark.django_db
def test_an_article_dropped_in_the_folder_is_published_in_four_languages(news_folder, monkeypatch, client):
    from news.models import NewsPage

    (news_folder / "articles" / "library-sundays.toml").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(loader, "installed_contributions", lambda: [HOME, news_from(news_folder)])

    call_command("load_demo", "--no-admin", stdout=StringIO())

    source = NewsPage.objects.get(slug="library-sundays", locale__language_code="en")
    editions = {page.locale.language_code: page for page in NewsPage.objects.filter(translation_key=source.translation_key)}
    assert sorted(editions) == ["en", "et", "lt", "uk"]
    assert all(page.live for page in editions.values())
    assert editions["uk"].title == "Центральна бібліотека працює й у неділю"
    assert editions["uk"].slug == "biblioteka-pratsiuie-v-nediliu"
    assert editions["lt"].authors.get().role == "Redaktorė"
    assert editions["et"].body.raw_data[0]["value"] == (
        "<p>Lugemissaal ja lasteraamatukogu on avatud kella 10–16.</p><p>Pikemad lahtiolekuajad maksab kogukond oma eelarvest.</p>"
    )
    assert editions["et"].category.name == "Programmiuudised"
    assert {tag.slug for tag in editions["lt"].tags.all()} == {"transparency", "local-democracy"}
    assert editions["en"].hero_image.title == "Reading room of the central library"
    # Published last, so it is the newest page of the news, and listed with the others.
    assert NewsPage.objects.live().order_by("-first_published_at").first().translation_key == source.translation_key
    assert "Centrinė biblioteka dirba ir sekmadieniais" in client.get("/lt/news/").content.decode()

    call_command("load_demo", "--no-admin", stdout=StringIO())  # again: nothing new
    assert NewsPage.objects.filter(translation_key=source.translation_key).count() == 4
