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


# --- IATI keys of a project file (projects/demo/iati.py) ---------------------------------------


@pytest.fixture
def projects_folder(tmp_path, monkeypatch):
    """A copy of the projects plugin's demo data (its files, communities and regions)."""
    import projects.demo

    folder = tmp_path / "projects-demo"
    shutil.copytree(projects.demo.FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(projects.demo, "FOLDER", folder)
    return folder


def projects_from(folder):
    from projects.demo import DEMO as PROJECTS

    return dataclasses.replace(PROJECTS, folder=folder, name="projects")


OPEN_BUDGETS_END = 'title = "Pirmajame dalyvaujamojo biudžeto balsavime balsavę gyventojai"\n'

# What the loader must say about open-local-budgets.toml changed in one way.
IATI_MISTAKES = {
    "iati.sectors add up to 90 percent, not 100": lambda text: text.replace("15111 = 40", "15111 = 30"),
    "iati.sectors.99999 is not a code of the IATI Sector list": lambda text: text.replace("15111 = 40", "99999 = 40"),
    "iati.countries.XU is not a code of the IATI Country list": lambda text: text.replace("UA = 100", "XU = 100"),
    "iati.countries add up to 120 percent, not 100 (countries and regions share one 100)": lambda text: text.replace(
        "countries = { UA = 100 }", "countries = { UA = 100 }\nregions = { 89 = 20 }"
    ),
    "iati.identifier 'OLB-2025' should start with the IATI identifier of the portal's publisher": lambda text: text.replace(
        '"UA-EDR-40312587-OLB"', '"OLB-2025"'
    ),
    "iati.roles.open-data-collective should be one of funding, accountable": lambda text: text.replace(
        'open-data-collective = "implementing" }', 'open-data-collective = "builder" }'
    ),
    "iati.budgets add up to 3850001, not the project's budget of 3850000": lambda text: text.replace(
        "{ amount = 1950000 }", "{ amount = 1950001 }"
    ),
    "iati.budgets has 3 rows where the project runs 2 project years": lambda text: text.replace(
        "{ amount = 1950000 }]", "{ amount = 1950000 }, { amount = 0 }]"
    ),
    "iati.transactions[4].date is in the future": lambda text: text.replace("{ days = -40 }", "{ days = 40 }"),
    "iati.transactions[0].type should be one of incoming-funds": lambda text: text.replace('"incoming-funds"', '"income"', 1),
    "iati.colour is not a key here": lambda text: text.replace("[iati]\n", '[iati]\ncolour = "green"\n'),
    "iati.results[0].expected_result is 9, but en.results lists 4": lambda text: text.replace(
        "expected_result = 1", "expected_result = 9"
    ),
    "iati.results[1].indicators[1].periods[0].actual is given for a period that has not started": lambda text: text.replace(
        "{ start = { years = 0, month = 9, day = 1 }, end = { years = 1, month = 8, day = 31 }, target = 2000 }",
        "{ start = { days = 30 }, end = { days = 60 }, target = 2000, actual = 5 }",
    ),
    "lt.iati.results[1].indicators has 1 entries where iati.results[1] has 2": lambda text: text.replace(
        "\n[[lt.iati.results.indicators]]\n" + OPEN_BUDGETS_END, ""
    ),
    "uk.iati.results[0].indicators[0].period_comments should be 2 texts": lambda text: text.replace(
        'долучаться з новим бюджетним роком.", ""]', 'долучаться з новим бюджетним роком."]'
    ),
}


@pytest.mark.parametrize("field", IATI_MISTAKES)
def test_a_malformed_iati_table_stops_the_load_naming_file_and_field(projects_folder, field):
    path = projects_folder / "projects" / "open-local-budgets.toml"
    text = path.read_text(encoding="utf-8")
    changed = IATI_MISTAKES[field](text)
    assert changed != text
    path.write_text(changed, encoding="utf-8")

    with pytest.raises(DemoDataError) as error:  # no database: nothing is made before the check
        loader.load(DemoContext(), [HOME, projects_from(projects_folder)])

    assert "projects/open-local-budgets.toml: " in str(error.value)
    assert field in str(error.value)


def test_a_community_code_must_be_one_of_its_country(projects_folder):
    communities = projects_folder / "communities.toml"
    communities.write_text(communities.read_text(encoding="utf-8").replace('"UA74040130000045197"', '"0793"'), encoding="utf-8")

    with pytest.raises(DemoDataError, match=r"communities\.toml: zoriane\.code '0793' is not a UA-KATOTTH code"):
        loader.load(DemoContext(), [HOME, projects_from(projects_folder)])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('iati_type = "22"', 'iati_type = "99"'),
            r"organisations/publisher\.toml: iati_type '99' is not an IATI organisation type",
        ),
        (('iati_ref = "UA-EDR-40312587"', 'iati_ref = "40312587"'), r"publisher\.toml: iati_ref '40312587' is not an IATI"),
        (('iati_ref = "UA-EDR-40312587"\n', ""), r"publisher\.toml: iati_ref is missing: the portal's publisher"),
    ],
)
def test_the_publisher_needs_an_iati_identifier_and_type(tmp_path, change, message):
    folder = tmp_path / "data"
    shutil.copytree(loader.vocabulary.DATA, folder)
    publisher = folder / "organisations" / "publisher.toml"
    publisher.write_text(publisher.read_text(encoding="utf-8").replace(*change), encoding="utf-8")

    with pytest.raises(DemoDataError, match=message):
        loader.load(DemoContext(), [], vocabulary_folder=folder)
