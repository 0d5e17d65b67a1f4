"""The shared vocabulary of the demo: organisations, funding programmes, categories and tags.

Every name is invented for this demo (the two well-known donor programme names aside, whose
links point at ``.example`` addresses); logos are drawn by :mod:`core.demo.images`. Each step
looks up what it would create first, so running the demo again changes nothing.
"""

from core.models import Category, FundingProgramme, Organisation, Tag, TagLabel

from .images import ensure_image

# --- organisations -----------------------------------------------------------------------------

ORGANISATIONS = {
    "nordic-fund": {
        "short_name": "NCF",
        "palette": "teal",
        "url": "https://nordic-civic-fund.example",
        "email": "grants@nordic-civic-fund.example",
        "phone": "+47 22 00 41 70",
        "names": {
            "en": ("Nordic Civic Fund", "Fjordgata 8\n0150 Oslo, Norway"),
            "uk": ("Північний громадянський фонд", "Fjordgata 8\n0150 Осло, Норвегія"),
            "et": ("Põhjamaade Kodanikufond", "Fjordgata 8\n0150 Oslo, Norra"),
            "lt": ("Šiaurės pilietinis fondas", "Fjordgata 8\n0150 Oslas, Norvegija"),
        },
    },
    "national-office": {
        "short_name": "NOLSG",
        "palette": "slate",
        "url": "https://local-government-office.example",
        "email": "info@local-government-office.example",
        "phone": "+380 44 200 10 10",
        "names": {
            "en": ("National Office for Local Self-Government", "3 Sadova Street\nKyiv 01008, Ukraine"),
            "uk": ("Національне бюро з питань місцевого самоврядування", "вул. Садова, 3\nКиїв 01008, Україна"),
            "et": ("Kohaliku Omavalitsuse Riiklik Büroo", "Sadova tänav 3\nKyiv 01008, Ukraina"),
            "lt": ("Nacionalinis vietos savivaldos biuras", "Sadovos g. 3\nKyjivas 01008, Ukraina"),
        },
    },
    "service-lab": {
        "short_name": "PSL",
        "palette": "violet",
        "url": "https://public-service-lab.example",
        "email": "hello@public-service-lab.example",
        "phone": "+372 600 4217",
        "names": {
            "en": ("Public Service Design Lab", "Kalda tee 14\n10115 Tallinn, Estonia"),
            "uk": ("Лабораторія дизайну публічних послуг", "Kalda tee 14\n10115 Таллінн, Естонія"),
            "et": ("Avalike Teenuste Disainilabor", "Kalda tee 14\n10115 Tallinn"),
            "lt": ("Viešųjų paslaugų dizaino laboratorija", "Kalda tee 14\n10115 Talinas, Estija"),
        },
    },
    "riverside-municipalities": {
        "short_name": "ARM",
        "palette": "green",
        "url": "https://riverside-municipalities.example",
        "email": "secretariat@riverside-municipalities.example",
        "phone": "+370 5 210 3344",
        "names": {
            "en": ("Association of Riverside Municipalities", "Upės g. 21\nLT-01120 Vilnius, Lithuania"),
            "uk": ("Асоціація прирічкових громад", "Upės g. 21\nLT-01120 Вільнюс, Литва"),
            "et": ("Jõeäärsete Omavalitsuste Liit", "Upės g. 21\nLT-01120 Vilnius, Leedu"),
            "lt": ("Paupio savivaldybių asociacija", "Upės g. 21\nLT-01120 Vilnius"),
        },
    },
    "open-data-collective": {
        "short_name": "ODC",
        "palette": "amber",
        "url": "https://open-data-collective.example",
        "email": "team@open-data-collective.example",
        "phone": "+380 32 240 55 12",
        "names": {
            "en": ("Open Data Collective", "7 Tkatska Street\nLviv 79000, Ukraine"),
            "uk": ("Колектив відкритих даних", "вул. Ткацька, 7\nЛьвів 79000, Україна"),
            "et": ("Avaandmete Kollektiiv", "Tkatska tänav 7\nLviv 79000, Ukraina"),
            "lt": ("Atvirųjų duomenų kolektyvas", "Tkatskos g. 7\nLvivas 79000, Ukraina"),
        },
    },
}

# --- funding programmes ------------------------------------------------------------------------

PROGRAMMES = {
    "eea-norway": {
        "short_name": "EEA & Norway Grants",
        "palette": "blue",
        "url": "https://eea-norway-grants.example",
        "funder": None,
        "text": {
            "en": (
                "EEA and Norway Grants",
                "Supported by Iceland, Liechtenstein and Norway through the EEA and Norway Grants.",
            ),
            "uk": (
                "Гранти ЄЕЗ та Норвегії",
                "За підтримки Ісландії, Ліхтенштейну та Норвегії в межах Грантів ЄЕЗ та Норвегії.",
            ),
            "et": (
                "EMP ja Norra toetused",
                "Toetavad Island, Liechtenstein ja Norra EMP ja Norra toetuste kaudu.",
            ),
            "lt": (
                "EEE ir Norvegijos finansinės priemonės",
                "Remia Islandija, Lichtenšteinas ir Norvegija per EEE ir Norvegijos finansines priemones.",
            ),
        },
    },
    "esf": {
        "short_name": "ESF+",
        "palette": "amber",
        "url": "https://social-fund.example",
        "funder": None,
        "text": {
            "en": ("European Social Fund", "Co-funded by the European Union through the European Social Fund."),
            "uk": ("Європейський соціальний фонд", "Співфінансується Європейським Союзом через Європейський соціальний фонд."),
            "et": ("Euroopa Sotsiaalfond", "Kaasrahastatud Euroopa Liidu poolt Euroopa Sotsiaalfondi kaudu."),
            "lt": ("Europos socialinis fondas", "Bendrai finansuoja Europos Sąjunga per Europos socialinį fondą."),
        },
    },
    "capable-communities": {
        "short_name": "CCP",
        "palette": "green",
        "url": "https://local-government-office.example/capable-communities",
        "funder": "national-office",
        "text": {
            "en": (
                "Capable Communities Programme",
                "Funded by the National Office for Local Self-Government under the Capable Communities Programme.",
            ),
            "uk": (
                "Програма «Спроможні громади»",
                "Фінансується Національним бюро з питань місцевого самоврядування в межах програми «Спроможні громади».",
            ),
            "et": (
                "Võimekate kogukondade programm",
                "Rahastab Kohaliku Omavalitsuse Riiklik Büroo võimekate kogukondade programmi kaudu.",
            ),
            "lt": (
                "Pajėgių bendruomenių programa",
                "Finansuoja Nacionalinis vietos savivaldos biuras pagal Pajėgių bendruomenių programą.",
            ),
        },
    },
    "nordic-small-grants": {
        "short_name": "NCF Small Grants",
        "palette": "teal",
        "url": "https://nordic-civic-fund.example/small-grants",
        "funder": "nordic-fund",
        "text": {
            "en": (
                "Nordic Civic Fund Small Grants",
                "This work is supported by a small grant from the Nordic Civic Fund.",
            ),
            "uk": (
                "Малі гранти Північного громадянського фонду",
                "Ця робота здійснюється за підтримки малого гранту Північного громадянського фонду.",
            ),
            "et": (
                "Põhjamaade Kodanikufondi väikegrandid",
                "Tööd toetab Põhjamaade Kodanikufondi väikegrant.",
            ),
            "lt": (
                "Šiaurės pilietinio fondo mažosios dotacijos",
                "Šį darbą remia Šiaurės pilietinio fondo mažoji dotacija.",
            ),
        },
    },
}

# --- categories (same slug in every language) -------------------------------------------------

CATEGORIES = {
    "reports": {
        "en": ("Reports", "Reports from conferences, seminars and trainings."),
        "uk": ("Звіти", "Звіти з конференцій, семінарів і навчань."),
        "et": ("Ülevaated", "Ülevaated konverentsidest, seminaridest ja koolitustest."),
        "lt": ("Reportažai", "Reportažai iš konferencijų, seminarų ir mokymų."),
    },
    "calls": {
        "en": ("Calls", "Calls for applications, proposals and participants."),
        "uk": ("Конкурси", "Оголошення про прийом заявок, пропозицій і набір учасників."),
        "et": ("Konkursid", "Taotlusvoorud, ettepanekute kogumine ja osalejate otsingud."),
        "lt": ("Kvietimai", "Kvietimai teikti paraiškas, pasiūlymus ir dalyvauti."),
    },
    "programme-news": {
        "en": ("Programme news", "What donor and national programmes decided and funded."),
        "uk": ("Новини програм", "Що вирішили й профінансували донорські та національні програми."),
        "et": ("Programmiuudised", "Mida rahastajad ja riiklikud programmid otsustasid ning toetasid."),
        "lt": ("Programų naujienos", "Ką nusprendė ir finansavo donorų bei nacionalinės programos."),
    },
    "interviews": {
        "en": ("Interviews", "Conversations with people who run public services."),
        "uk": ("Інтерв'ю", "Розмови з людьми, які надають публічні послуги."),
        "et": ("Intervjuud", "Vestlused inimestega, kes korraldavad avalikke teenuseid."),
        "lt": ("Interviu", "Pokalbiai su žmonėmis, kurie teikia viešąsias paslaugas."),
    },
}

# --- tags: English name, then uk, et, lt -------------------------------------------------------

TAGS = {
    "decentralisation": ("decentralisation", "децентралізація", "detsentraliseerimine", "decentralizacija"),
    "administrative-services": ("administrative services", "адміністративні послуги", "haldusteenused", "administracinės paslaugos"),
    "digital-government": ("digital government", "цифрове врядування", "digiriik", "skaitmeninė valdžia"),
    "youth": ("youth", "молодь", "noored", "jaunimas"),
    "gender-equality": ("gender equality", "гендерна рівність", "sooline võrdõiguslikkus", "lyčių lygybė"),
    "public-finance": ("public finance", "публічні фінанси", "avalik rahandus", "viešieji finansai"),
    "e-participation": ("e-participation", "е-участь", "e-osalus", "e. dalyvavimas"),
    "local-democracy": ("local democracy", "місцева демократія", "kohalik demokraatia", "vietos demokratija"),
    "training": ("training", "навчання", "koolitus", "mokymai"),
    "transparency": ("transparency", "прозорість", "läbipaistvus", "skaidrumas"),
    "open-data": ("open data", "відкриті дані", "avaandmed", "atvirieji duomenys"),
    "participatory-budgeting": ("participatory budgeting", "бюджет участі", "kaasav eelarve", "dalyvaujamasis biudžetas"),
    "civil-society": ("civil society", "громадянське суспільство", "kodanikuühiskond", "pilietinė visuomenė"),
    "accessibility": ("accessibility", "доступність", "ligipääsetavus", "prieinamumas"),
}
TAG_LANGUAGES = ("uk", "et", "lt")


def _translate_snippet(source, demo, fields_for):
    # Imported here: shared imports this module, so a top-level import would be circular.
    from .shared import translated_snippet

    for code, locale in demo.locales.items():
        if locale != demo.source_locale and code in fields_for:
            translated_snippet(source, locale, **fields_for[code])


def ensure_organisation(demo, key, data, slug=""):
    """Create (once, found again by e-mail) an organisation described like ``ORGANISATIONS``'
    entries, translate its name and address, and register it as ``demo.organisations[key]``."""
    source = demo.source_locale
    organisation = Organisation.objects.filter(locale=source, email=data["email"]).first()
    if organisation is None:
        name, address = data["names"][source.language_code]
        organisation = Organisation.objects.create(
            locale=source,
            slug=slug,
            name=name,
            short_name=data["short_name"],
            logo=ensure_image(f"Logo: {name}", key=f"org-{key}", palette=data["palette"], kind="logo"),
            url=data["url"],
            email=data["email"],
            phone=data["phone"],
            address=address,
        )
    fields_for = {code: {"name": n, "address": a} for code, (n, a) in data["names"].items()}
    _translate_snippet(organisation, demo, fields_for)
    demo.organisations[key] = organisation
    return organisation


def load_organisations(demo):
    for key, data in ORGANISATIONS.items():
        ensure_organisation(demo, key, data)


def load_programmes(demo):
    source = demo.source_locale
    programmes = demo.extra.setdefault("funding", {})
    for key, data in PROGRAMMES.items():
        name, acknowledgement = data["text"][source.language_code]
        programme = FundingProgramme.objects.filter(locale=source, name=name).first()
        if programme is None:
            logo = ensure_image(f"Logo: {name}", key=f"programme-{key}", palette=data["palette"], kind="logo")
            funder = demo.organisations.get(data["funder"]) if data["funder"] else None
            programme = FundingProgramme.objects.create(
                locale=source,
                name=name,
                short_name=data["short_name"],
                logo=logo,
                url=data["url"],
                funder=funder,
                acknowledgement=acknowledgement,
            )
        fields_for = {}
        for code, (translated_name, translated_ack) in data["text"].items():
            fields = {"name": translated_name, "acknowledgement": translated_ack}
            if programme.funder_id:
                funder = programme.funder.get_translation_or_none(demo.locales[code])
                fields["funder"] = funder or programme.funder
            fields_for[code] = fields
        _translate_snippet(programme, demo, fields_for)
        programmes[key] = programme


def load_categories(demo):
    source = demo.source_locale
    categories = demo.extra.setdefault("categories", {})
    for slug, texts in CATEGORIES.items():
        name, description = texts[source.language_code]
        category = Category.objects.filter(locale=source, slug=slug).first()
        if category is None:
            category = Category.objects.create(locale=source, slug=slug, name=name, description=description)
        fields_for = {code: {"name": n, "description": d, "slug": slug} for code, (n, d) in texts.items()}
        _translate_snippet(category, demo, fields_for)
        categories[slug] = category


def load_tags(demo):
    tags = demo.extra.setdefault("tags", {})
    for slug, (name, *labels) in TAGS.items():
        tag, _created = Tag.objects.get_or_create(slug=slug, defaults={"name": name})
        for code, label in zip(TAG_LANGUAGES, labels, strict=True):
            locale = demo.locales.get(code)
            if locale is not None:
                TagLabel.objects.get_or_create(tag=tag, locale=locale, defaults={"name": label})
        tags[slug] = tag


def load(demo):
    load_organisations(demo)
    load_programmes(demo)
    load_categories(demo)
    load_tags(demo)
    demo.log(
        f"Taxonomy ready: {len(ORGANISATIONS)} organisations, {len(PROGRAMMES)} funding programmes, "
        f"{len(CATEGORIES)} categories, {len(TAGS)} tags."
    )
