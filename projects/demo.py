"""Projects demo: a projects index per language, the regions and donors the projects need, and
eight invented donor-funded projects.

Seven projects are written by hand in English, Ukrainian, Estonian and Lithuanian and linked as
Wagtail translations; one exists in Estonian only. Every municipality, community, person and
quote is invented (community names are transliterated per language). Dates of the current
projects are relative to today — started last year, ending next year, one starting in about two
months — so a freshly loaded demo always has planned, active and completed projects.

If the news and events demos ran first, a few of their pages are pointed at the project of the
same language (``related_project``), so project pages list "News about this project" and
"Events of this project". Each step looks up what it would create first (regions and
organisations by slug, pages by slug and translation key, images by title, view counters by
page), so running the demo again adds nothing.
"""

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from core.demo.blocks import heading, para, quote
from core.demo.images import ensure_image
from core.demo.pages import child_page, publish, translation
from core.demo.shared import in_locale, seed_view_total, translated_snippet
from core.demo.taxonomy import ensure_organisation
from core.models import TaggedPage

from .models import (
    PeriodPrecision,
    ProjectCommunity,
    ProjectComponent,
    ProjectIndexPage,
    ProjectOrganisation,
    ProjectPage,
    ProjectResult,
    ProjectRole,
    Region,
)

DONOR, IMPLEMENTER, PARTNER = ProjectRole.DONOR, ProjectRole.IMPLEMENTER, ProjectRole.PARTNER

# --- the index ---------------------------------------------------------------------------------

INDEX = {
    "en": {
        "title": "Projects",
        "intro": "<p>Donor-funded projects of the network and its partners: what each one wants to change, where it works, who pays for it and what it has achieved so far.</p>",
    },
    "uk": {
        "title": "Проєкти",
        "intro": "<p>Донорські проєкти мережі та її партнерів: що кожен із них хоче змінити, де працює, хто його фінансує і чого вже досягнуто.</p>",
    },
    "et": {
        "title": "Projektid",
        "intro": "<p>Võrgustiku ja partnerite rahastatud projektid: mida iga projekt muuta tahab, kus see tegutseb, kes seda rahastab ja mida on juba saavutatud.</p>",
    },
    "lt": {
        "title": "Projektai",
        "intro": "<p>Tinklo ir jo partnerių projektai, finansuojami donorų: ką kiekvienas projektas siekia pakeisti, kur veikia, kas jį finansuoja ir ką jau pasiekė.</p>",
    },
}

# --- regions: one slug in every language -------------------------------------------------------

COUNTRIES = {
    "ua": {"en": "Ukraine", "uk": "Україна", "et": "Ukraina", "lt": "Ukraina"},
    "ee": {"en": "Estonia", "uk": "Естонія", "et": "Eesti", "lt": "Estija"},
    "lt": {"en": "Lithuania", "uk": "Литва", "et": "Leedu", "lt": "Lietuva"},
}

REGIONS = {
    "kharkiv-oblast": (
        "ua",
        {"en": "Kharkiv oblast", "uk": "Харківська область", "et": "Harkivi oblast", "lt": "Charkivo sritis"},
    ),
    "poltava-oblast": (
        "ua",
        {"en": "Poltava oblast", "uk": "Полтавська область", "et": "Poltava oblast", "lt": "Poltavos sritis"},
    ),
    "lviv-oblast": ("ua", {"en": "Lviv oblast", "uk": "Львівська область", "et": "Lvivi oblast", "lt": "Lvivo sritis"}),
    "chernihiv-oblast": (
        "ua",
        {"en": "Chernihiv oblast", "uk": "Чернігівська область", "et": "Tšernihivi oblast", "lt": "Černihivo sritis"},
    ),
    "tartu-county": ("ee", {"en": "Tartu County", "uk": "повіт Тартумаа", "et": "Tartumaa", "lt": "Tartu apskritis"}),
    "harju-county": ("ee", {"en": "Harju County", "uk": "повіт Гар’юмаа", "et": "Harjumaa", "lt": "Harju apskritis"}),
    "kaunas-county": ("lt", {"en": "Kaunas County", "uk": "Каунаський повіт", "et": "Kaunase maakond", "lt": "Kauno apskritis"}),
    "utena-county": ("lt", {"en": "Utena County", "uk": "Утенський повіт", "et": "Utena maakond", "lt": "Utenos apskritis"}),
}

# --- organisations the taxonomy lacks (donors and partners of the projects) --------------------
# The taxonomy's own organisations ("publisher", "nordic-fund", "national-office", "service-lab",
# "riverside-municipalities", "open-data-collective") are reused by key.

ORGANISATIONS = {
    "regional-democracy-council": {
        "short_name": "CRD",
        "palette": "blue",
        "url": "https://regional-democracy-council.example",
        "email": "grants@regional-democracy-council.example",
        "phone": "+33 3 88 00 52 10",
        "names": {
            "en": ("Council for Regional Democracy", "5 Allée des Délégations\n67000 Strasbourg, France"),
            "uk": ("Рада з питань регіональної демократії", "5 Allée des Délégations\n67000 Страсбург, Франція"),
            "et": ("Regionaalse Demokraatia Nõukogu", "5 Allée des Délégations\n67000 Strasbourg, Prantsusmaa"),
            "lt": ("Regioninės demokratijos taryba", "5 Allée des Délégations\n67000 Strasbūras, Prancūzija"),
        },
    },
    "local-governance-facility": {
        "short_name": "ELGF",
        "palette": "violet",
        "url": "https://local-governance-facility.example",
        "email": "info@local-governance-facility.example",
        "phone": "+32 2 555 01 90",
        "names": {
            "en": ("European Facility for Local Governance", "Rue de la Cohésion 40\n1040 Brussels, Belgium"),
            "uk": ("Європейський інструмент підтримки місцевого врядування", "Rue de la Cohésion 40\n1040 Брюссель, Бельгія"),
            "et": ("Euroopa kohaliku valitsemise rahastu", "Rue de la Cohésion 40\n1040 Brüssel, Belgia"),
            "lt": ("Europos vietos valdymo priemonė", "Rue de la Cohésion 40\n1040 Briuselis, Belgija"),
        },
    },
    "youth-initiatives-centre": {
        "short_name": "YIC",
        "palette": "green",
        "url": "https://youth-initiatives-kaunas.example",
        "email": "labas@youth-initiatives-kaunas.example",
        "phone": "+370 37 200 418",
        "names": {
            "en": ("Youth Initiatives Centre", "Liepų al. 9\nLT-44280 Kaunas, Lithuania"),
            "uk": ("Центр молодіжних ініціатив", "Liepų al. 9\nLT-44280 Каунас, Литва"),
            "et": ("Noorte Algatuste Keskus", "Liepų al. 9\nLT-44280 Kaunas, Leedu"),
            "lt": ("Jaunimo iniciatyvų centras", "Liepų al. 9\nLT-44280 Kaunas"),
        },
    },
    "emajogi-villages": {
        "short_name": "EKÜ",
        "palette": "teal",
        "url": "https://emajoe-kylad.example",
        "email": "info@emajoe-kylad.example",
        "phone": "+372 730 1552",
        "names": {
            "en": ("Union of Emajõgi Village Societies", "Jõe tee 3, Pajuranna village\n61101 Tartu Parish, Estonia"),
            "uk": ("Об’єднання сільських товариств Емайиґі", "Jõe tee 3, Pajuranna\n61101 волость Тарту, Естонія"),
            "et": ("Emajõe Külaseltside Ühendus", "Jõe tee 3, Pajuranna küla\n61101 Tartu vald"),
            "lt": ("Emajõgio kaimo draugijų sąjunga", "Jõe tee 3, Pajuranna kaimas\n61101 Tartu valsčius, Estija"),
        },
    },
}

# --- communities: English, Ukrainian, Estonian, Lithuanian -------------------------------------

COMMUNITIES = {
    # Kharkiv oblast
    "sokolyne-pole": ("Sokolyne Pole", "Соколине Поле", "Sokolõne Pole", "Sokolyne Pole"),
    "krynychna-balka": ("Krynychna Balka", "Кринична Балка", "Krõnõtšna Balka", "Krynyčna Balka"),
    "verbove-ozero": ("Verbove Ozero", "Вербове Озеро", "Verbove Ozero", "Verbove Ozero"),
    "stepova-dolyna": ("Stepova Dolyna", "Степова Долина", "Stepova Dolõna", "Stepova Dolyna"),
    "kalynove-pole": ("Kalynove Pole", "Калинове Поле", "Kalõnove Pole", "Kalynove Pole"),
    # Poltava oblast
    "vyshneva-dolyna": ("Vyshneva Dolyna", "Вишнева Долина", "Võšneva Dolõna", "Vyšneva Dolyna"),
    "zolotyi-kolos": ("Zolotyi Kolos", "Золотий Колос", "Zolotõi Kolos", "Zolotyj Kolos"),
    "tykhyi-bereh": ("Tykhyi Bereh", "Тихий Берег", "Tõhõi Bereh", "Tychyj Berech"),
    "lisovi-hai": ("Lisovi Hai", "Лісові Гаї", "Lisovi Hai", "Lisovi Haji"),
    # Chernihiv oblast
    "zoriane": ("Zoriane", "Зоряне", "Zorjane", "Zorjane"),
    "richkove": ("Richkove", "Річкове", "Ritškove", "Ričkove"),
    "berezovyi-yar": ("Berezovyi Yar", "Березовий Яр", "Berezovõi Jar", "Berezovyj Jar"),
    # Lviv oblast
    "smerekovi-stavy": ("Smerekovi Stavy", "Смерекові Стави", "Smerekovi Stavõ", "Smerekovi Stavy"),
    "verkhni-lanky": ("Verkhni Lanky", "Верхні Ланки", "Verhni Lankõ", "Verchni Lanky"),
    "kamianyi-mist": ("Kamianyi Mist", "Кам’яний Міст", "Kamjanõi Mist", "Kamianyj Mist"),
    "soniachne-pidhiria": ("Soniachne Pidhiria", "Сонячне Підгір’я", "Sonjatšne Pidhirja", "Soniačne Pidhirja"),
    # Harju and Tartu counties
    "kiviranna": ("Kiviranna", "Ківіранна", "Kiviranna", "Kiviranna"),
    "pajuranna": ("Pajuranna village", "село Паюранна", "Pajuranna küla", "Pajurannos kaimas"),
    "vooremetsa": ("Vooremetsa village", "село Вооремеца", "Vooremetsa küla", "Vooremetsos kaimas"),
    "sinikalda": ("Sinikalda village", "село Сінікальда", "Sinikalda küla", "Sinikaldos kaimas"),
    "raudsilla": ("Raudsilla village", "село Раудсілла", "Raudsilla küla", "Raudsillos kaimas"),
    # Kaunas and Utena counties
    "liepakalnis": ("Liepakalnis", "Лєпакалніс", "Liepakalnis", "Liepakalnis"),
    "berzyne": ("Beržynė", "Бержине", "Beržynė", "Beržynė"),
    "ezeru-krastas": ("Ežerų Kraštas", "Ежеру-Краштас", "Ežerų Kraštas", "Ežerų Kraštas"),
    "pusynai": ("Pušynai", "Пушинай", "Pušynai", "Pušynai"),
}
COMMUNITY_LANGUAGES = ("en", "uk", "et", "lt")

# --- news and events that name a project -------------------------------------------------------
# (source slug of the news article or event, source slug of the project), preferred first. Slugs
# missing at run time are skipped; KEYWORDS then match what the news and events demos do have.

MENTIONS = {
    "news": [
        ("service-centres-mini-conference", "service-centres-within-reach"),
        ("call-training-municipal-teams", "academy-for-municipal-teams"),
        ("open-data-hackathon-results", "open-local-budgets"),
        ("participatory-budgeting-seminar", "open-local-budgets"),
        ("gender-responsive-budgeting-guide", "gender-responsive-budgeting"),
    ],
    "events": [
        ("service-centres-conference", "service-centres-within-reach"),
        ("youth-councils-forum", "youth-councils-small-municipalities"),
        ("service-design-school", "academy-for-municipal-teams"),
        ("open-budget-data-workshop", "open-local-budgets"),
    ],
}
KEYWORDS = [
    ("service-centre", "service-centres-within-reach"),
    ("gender", "gender-responsive-budgeting"),
    ("open-data", "open-local-budgets"),
    ("budget", "open-local-budgets"),
    ("hackathon", "open-local-budgets"),
    ("youth", "youth-councils-small-municipalities"),
    ("mentor", "baltic-ukrainian-peer-mentoring"),
    ("training", "academy-for-municipal-teams"),
    ("academy", "academy-for-municipal-teams"),
]
MENTION_LIMITS = {"news": 3, "events": 2}

# How many readers each language edition has, relative to English, for the seeded view counts.
AUDIENCE = {"en": 1.0, "uk": 1.4, "et": 0.5, "lt": 0.45}

# The projects themselves (PROJECTS) are at the end of this module.


# --- loading -----------------------------------------------------------------------------------


def load(demo):
    today = timezone.localdate()
    regions = _regions(demo)
    added = _organisations(demo)
    indexes = _indexes(demo)
    pages = {}  # source slug -> {language code: page}
    for project in PROJECTS:
        editions = _load_project(demo, indexes, regions, project, today)
        if editions:
            pages[project["slug"]] = editions
    for project in PROJECTS:
        for code, page in pages.get(project["slug"], {}).items():
            _seed_views(page, code, project)
    linked = _link_mentions(demo, pages)
    demo.extra["project_indexes"] = indexes
    demo.extra["regions"] = regions
    demo.extra["projects"] = pages
    total = sum(len(editions) for editions in pages.values())
    demo.log(
        f"Projects: {len(indexes)} indexes, {len(regions)} regions, {added} extra organisations, "
        f"{len(pages)} projects in {total} language editions, {linked} news and event links."
    )


def _regions(demo):
    """slug -> {language code: Region}; translations keep the English region's slug."""
    source = demo.source_locale
    regions = {}
    for slug, (country, names) in REGIONS.items():
        region = Region.objects.filter(locale=source, slug=slug).first()
        if region is None:
            region = Region.objects.create(
                locale=source, slug=slug, name=names[source.language_code], country=COUNTRIES[country][source.language_code]
            )
        editions = {source.language_code: region}
        for code, locale in demo.locales.items():
            if locale != source and code in names:
                editions[code] = translated_snippet(region, locale, name=names[code], country=COUNTRIES[country][code])
        regions[slug] = editions
    return regions


def _organisations(demo):
    """Create (once) the donors and partners the taxonomy lacks; returns how many there are."""
    for key, data in ORGANISATIONS.items():
        ensure_organisation(demo, key, data, slug=key)
    return len(ORGANISATIONS)


def _indexes(demo):
    source_code = demo.source_locale.language_code
    source = child_page(demo.homes[source_code], ProjectIndexPage, slug="projects", show_in_menus=True, **INDEX[source_code])
    indexes = {source_code: source}
    for code, locale in demo.locales.items():
        if code != source_code and code in demo.homes and code in INDEX:
            indexes[code] = translation(source, locale, slug="projects", show_in_menus=True, **INDEX[code])
    return indexes


def _date(spec, today, start=None):
    """A fixed ``dt.date``; ``("year", offset, month, day)`` relative to this year;
    ``("days", n)`` from today; ``"start"`` for the project's start; or ``None``."""
    if spec is None or isinstance(spec, dt.date):
        return spec
    if spec == "start":
        return start
    if spec[0] == "year":
        _kind, offset, month, day = spec
        return dt.date(today.year + offset, month, day)
    return today + dt.timedelta(days=spec[1])


def _community_name(key, code):
    names = dict(zip(COMMUNITY_LANGUAGES, COMMUNITIES[key], strict=True))
    return names.get(code, names["en"])


def _check(project, code, text, name):
    expected = len(project["text"][project.get("source", "en")][name])
    if len(text[name]) != expected:
        raise ValueError(f"{project['slug']} [{code}]: {len(text[name])} {name}, the source has {expected}")


def _fields(demo, project, code, regions, hero, today):
    """What one language edition of ``project`` holds, ready for the page constructor or setattr."""
    text = project["text"][code]
    locale = demo.locales[code]
    _check(project, code, text, "components")
    _check(project, code, text, "results")
    start = _date(project["start"], today)
    amount, currency, eur, rate_date = project.get("budget") or (None, "", None, None)
    contact_name, contact_role = text["contact"]
    contact_email, contact_phone = project["contact"]
    fields = {
        "title": text["title"],
        "goal": text["goal"],
        "summary": text["summary"],
        "body": text["body"],
        "hero_image": hero,
        "start_date": start,
        "end_date": _date(project.get("end"), today),
        "period_precision": project.get("precision", PeriodPrecision.DAY),
        "budget_amount": Decimal(amount) if amount else None,
        "budget_currency": currency,
        "budget_eur": Decimal(eur) if eur else None,
        "budget_eur_rate_date": _date(rate_date, today, start) if eur else None,
        "contact_name": contact_name,
        "contact_role": contact_role,
        "contact_email": contact_email,
        "contact_phone": contact_phone,
        "funding_programme": in_locale(demo.extra.get("funding", {}).get(project.get("programme")), locale),
        "views_before_migration": project.get("legacy", {}).get(code, 0),
        "organisations": [
            ProjectOrganisation(organisation=in_locale(demo.organisations[key], locale), role=role, sort_order=number)
            for number, (key, role) in enumerate(project["organisations"])
            if key in demo.organisations
        ],
        "communities": [
            ProjectCommunity(
                name=_community_name(key, code),
                region=regions[region].get(code) or regions[region][demo.source_locale.language_code],
                latitude=Decimal(point[0]) if point else None,
                longitude=Decimal(point[1]) if point else None,
                sort_order=number,
            )
            for number, (key, region, *point) in enumerate(project["communities"])
        ],
        "components": [ProjectComponent(text=item, sort_order=number) for number, item in enumerate(text["components"])],
        "results": [ProjectResult(text=item, sort_order=number) for number, item in enumerate(text["results"])],
    }
    return fields


def _load_project(demo, indexes, regions, project, today):
    """Create (once) the source edition of ``project`` and its hand-written translations."""
    source_code = project.get("source", "en")
    if source_code not in indexes:
        return {}
    hero_title, hero_palette = project["hero"]
    hero = ensure_image(hero_title, key=f"project-{project['slug']}", palette=hero_palette)
    tags = [demo.extra["tags"][slug] for slug in project["tags"] if slug in demo.extra.get("tags", {})]
    source_text = project["text"][source_code]
    source = child_page(
        indexes[source_code],
        ProjectPage,
        slug=source_text.get("slug", project["slug"]),
        tagged_items=[TaggedPage(tag=tag) for tag in tags],
        **_fields(demo, project, source_code, regions, hero, today),
    )
    editions = {source_code: source}
    for code, text in project["text"].items():
        if code == source_code or code not in indexes:
            continue
        editions[code] = translation(
            source,
            demo.locales[code],
            slug=text.get("slug", project["slug"]),
            related_reads=[],
            **_fields(demo, project, code, regions, hero, today),
        )
    return editions


def _seed_views(page, code, project):
    """A modest running total per language edition, deterministic per page; set once."""
    rng = random.Random(f"project-views/{code}/{project['slug']}")
    views = rng.randint(40, 240) * project.get("interest", 1.0) * AUDIENCE.get(code, 0.5)
    seed_view_total(page, earlier=max(1, round(views)))


def _mention_pairs(kind, available):
    """(news or event source slug, project slug) pairs to link: preferred ones, then keyword matches."""
    pairs = [(slug, project) for slug, project in MENTIONS[kind] if slug in available]
    taken = {slug for slug, _project in pairs}
    for slug in sorted(available):
        if slug in taken:
            continue
        project = next((project for keyword, project in KEYWORDS if keyword in slug), None)
        if project is not None:
            pairs.append((slug, project))
            taken.add(slug)
    return pairs[: MENTION_LIMITS[kind]]


def _link_mentions(demo, pages):
    """Point a few news articles and events at the project of their language.

    The news and events demos pass their pages on in ``demo.extra["news"]`` and
    ``demo.extra["events"]``; without them there is nothing to link and the projects demo loads
    all the same. A page another demo already linked to some other project is left alone.
    """
    ours = {page.pk for editions in pages.values() for page in editions.values()}
    linked = 0
    for kind in ("news", "events"):
        items = demo.extra.get(kind) or {}
        for item_slug, project_slug in _mention_pairs(kind, set(items)):
            editions = items.get(item_slug) or {}
            for code, item in list(editions.items()):
                project = pages.get(project_slug, {}).get(code)
                if project is None or not hasattr(item, "related_project_id"):
                    continue
                item = type(item).objects.get(pk=item.pk)
                if item.related_project_id not in (None, project.pk, *ours):
                    continue
                if item.related_project_id != project.pk:
                    item.related_project = project
                    editions[code] = publish(item)
                linked += 1
    return linked


# --- the projects ------------------------------------------------------------------------------
# ``start`` and ``end`` are dates or specs for ``_date``; ``budget`` is (amount, currency, euro
# equivalent or None, exchange-rate date spec); ``organisations`` are (key in
# ``demo.organisations``, role); ``communities`` are (COMMUNITIES key, REGIONS slug[, latitude,
# longitude]); ``legacy`` is the view count an old site showed, per language; ``interest``
# scales the seeded view counts.

SERVICE_CENTRES_2017 = {
    "slug": "accessible-service-centres-2017",
    "hero": ("Project: service centre waiting hall with a new ramp", "amber"),
    "start": dt.date(2017, 8, 1),
    "end": dt.date(2017, 11, 30),
    "precision": PeriodPrecision.MONTH,
    "budget": ("2266000", "UAH", "74320", dt.date(2017, 8, 1)),
    "organisations": [
        ("regional-democracy-council", DONOR),
        ("publisher", IMPLEMENTER),
        ("national-office", PARTNER),
    ],
    "tags": ["administrative-services", "accessibility", "decentralisation"],
    "legacy": {"en": 1242, "uk": 2318, "lt": 164},
    "interest": 0.4,
    "contact": ("olena.bondar@open-communities.example", "+380 44 123 45 70"),
    "communities": [
        ("sokolyne-pole", "kharkiv-oblast"),
        ("krynychna-balka", "kharkiv-oblast"),
        ("verbove-ozero", "kharkiv-oblast"),
        ("vyshneva-dolyna", "poltava-oblast"),
        ("zolotyi-kolos", "poltava-oblast"),
        ("tykhyi-bereh", "poltava-oblast"),
    ],
    "text": {
        "en": {
            "title": "Accessible administrative service centres in six hromadas",
            "goal": "Residents of six newly amalgamated hromadas, including people with limited mobility, can get the most common administrative services within thirty minutes of home.",
            "summary": "A four-month pilot in Kharkiv and Poltava oblasts: accessibility audits of six service centres, training for front-desk staff and a mobile office for remote villages.",
            "contact": ("Olena Bondar", "Project manager"),
            "body": [
                para(
                    "In 2017 the six hromadas had just been formed from dozens of village councils. Each had opened an administrative service centre in its main town, but the centres had been set up in whatever rooms were free: on upper floors, behind steps, with no space for a pram or a wheelchair.",
                    "The project paired each centre with an accessibility auditor and a mentor from a centre that had already been through the same change. Small works — ramps, a lowered counter, a waiting area with seats and signs in large print — were paid for from the hromadas' own budgets; the grant covered the audits, the training and a mobile office.",
                ),
                quote(
                    "We measured everything with a tape and a stopwatch. It turned out that the hardest part of getting a certificate was not the paperwork but the eleven steps at the entrance.",
                    "Serhii Kovalenko",
                    "Head of the service centre",
                    "Krynychna Balka hromada",
                ),
            ],
            "components": [
                "<p>Accessibility audits of six service centres, with a costed list of improvements for each</p>",
                "<p>Three-day training for 38 front-desk administrators on serving older people and people with disabilities</p>",
                "<p>A <b>mobile office</b> visiting 24 remote villages on a monthly schedule</p>",
                "<p>Exchange visits to centres that had already been modernised</p>",
            ],
            "results": [
                "<p>Step-free access and a lowered counter in five of the six centres</p>",
                "<p>Average journey to the nearest service point cut from 52 to 27 minutes</p>",
                "<p>1,140 applications received by the mobile office in its first three months</p>",
            ],
        },
        "uk": {
            "slug": "dostupni-tsnap-u-shesty-hromadakh",
            "title": "Доступні центри надання адміністративних послуг у шести громадах",
            "goal": "Мешканці шести новоутворених громад, зокрема люди з обмеженою мобільністю, можуть отримати найпоширеніші адміністративні послуги не далі ніж за пів години від дому.",
            "summary": "Чотиримісячний пілот у Харківській і Полтавській областях: аудит доступності шести ЦНАП, навчання адміністраторів і мобільний офіс для віддалених сіл.",
            "contact": ("Олена Бондар", "менеджерка проєкту"),
            "body": [
                para(
                    "У 2017 році шість громад щойно утворилися з десятків сільських рад. Кожна відкрила центр надання адміністративних послуг у своєму центрі, але розмістили їх там, де знайшлися вільні приміщення: на верхніх поверхах, за сходами, без місця для дитячого візка чи крісла колісного.",
                    "Проєкт поєднав кожен центр з аудитором доступності та наставником із ЦНАП, який уже пройшов такі зміни. Невеликі роботи — пандуси, знижену стійку, зону очікування з сидіннями й вказівниками великим шрифтом — громади оплатили з власних бюджетів; грант покрив аудити, навчання та мобільний офіс.",
                ),
                quote(
                    "Ми все виміряли рулеткою й секундоміром. Виявилося, що найважче в отриманні довідки — не папери, а одинадцять сходинок біля входу.",
                    "Сергій Коваленко",
                    "начальник ЦНАП",
                    "Криничнобалківська громада",
                ),
            ],
            "components": [
                "<p>Аудит доступності шести ЦНАП із кошторисом покращень для кожного</p>",
                "<p>Триденне навчання 38 адміністраторів з обслуговування людей старшого віку та людей з інвалідністю</p>",
                "<p><b>Мобільний офіс</b>, що щомісяця за графіком відвідує 24 віддалені села</p>",
                "<p>Навчальні візити до вже модернізованих центрів</p>",
            ],
            "results": [
                "<p>Безбар’єрний вхід і знижена стійка в п’яти з шести центрів</p>",
                "<p>Середня дорога до найближчої точки обслуговування скоротилася з 52 до 27 хвилин</p>",
                "<p>1140 заяв, прийнятих мобільним офісом за перші три місяці</p>",
            ],
        },
        "et": {
            "slug": "ligipaasetavad-teeninduskeskused-kuues-kogukonnas",
            "title": "Ligipääsetavad haldusteenuste keskused kuues kogukonnas",
            "goal": "Kuue äsja liitunud kogukonna elanikud, sealhulgas liikumispuudega inimesed, saavad levinumad haldusteenused kätte kuni poole tunni kaugusel kodust.",
            "summary": "Neljakuune pilootprojekt Harkivi ja Poltava oblastis: kuue teeninduskeskuse ligipääsetavuse audit, teenindajate koolitus ja mobiilne teeninduspunkt kaugetele küladele.",
            "contact": ("Olena Bondar", "projektijuht"),
            "body": [
                para(
                    "2017. aastal olid kuus kogukonda just moodustatud kümnetest külanõukogudest. Igaüks avas oma keskasulas haldusteenuste keskuse, kuid keskused paigutati sinna, kus leidus vabu ruume: ülemistele korrustele, trepiastmete taha, ilma ruumita lapsevankrile või ratastoolile.",
                    "Projekt viis iga keskuse kokku ligipääsetavuse audiitori ja mentoriga keskusest, mis oli sama muutuse juba läbi teinud. Väiksemad tööd — kaldteed, madalam teenindusleti osa, istekohtade ja suurkirjas viitadega ooteala — maksid kogukonnad oma eelarvest; toetus kattis auditid, koolituse ja mobiilse teeninduspunkti.",
                ),
                quote(
                    "Mõõtsime kõik üle mõõdulindi ja stopperiga. Selgus, et tõendi saamisel polnud kõige raskem paberimajandus, vaid üksteist trepiastet välisukse ees.",
                    "Serhii Kovalenko",
                    "teeninduskeskuse juhataja",
                    "Krõnõtšna Balka kogukond",
                ),
            ],
            "components": [
                "<p>Kuue teeninduskeskuse ligipääsetavuse audit koos iga keskuse parenduste hinnangulise eelarvega</p>",
                "<p>Kolmepäevane koolitus 38 teenindajale eakate ja puuetega inimeste teenindamiseks</p>",
                "<p><b>Mobiilne teeninduspunkt</b>, mis külastab kindla kuugraafiku järgi 24 kauget küla</p>",
                "<p>Õppevisiidid juba uuendatud keskustesse</p>",
            ],
            "results": [
                "<p>Trepivaba sissepääs ja madalam teenindusleti osa kuuest keskusest viies</p>",
                "<p>Keskmine teekond lähima teeninduspunktini lühenes 52 minutilt 27 minutile</p>",
                "<p>Mobiilne teeninduspunkt võttis esimese kolme kuuga vastu 1140 taotlust</p>",
            ],
        },
        "lt": {
            "slug": "prieinami-paslaugu-centrai-sesiose-bendruomenese",
            "title": "Prieinami administracinių paslaugų centrai šešiose bendruomenėse",
            "goal": "Šešių naujai sujungtų bendruomenių gyventojai, įskaitant žmones su judėjimo negalia, dažniausiai reikalingas administracines paslaugas gali gauti ne toliau kaip pusvalandžio kelyje nuo namų.",
            "summary": "Keturių mėnesių bandomasis projektas Charkivo ir Poltavos srityse: šešių paslaugų centrų prieinamumo auditas, darbuotojų mokymai ir mobilusis biuras atokiems kaimams.",
            "contact": ("Olena Bondar", "projekto vadovė"),
            "body": [
                para(
                    "2017 m. šešios bendruomenės ką tik buvo sudarytos iš dešimčių kaimų tarybų. Kiekviena savo centre atidarė administracinių paslaugų centrą, tačiau jie buvo įkurti ten, kur atsirado laisvų patalpų: viršutiniuose aukštuose, už laiptų, be vietos vaikiškam ar neįgaliojo vežimėliui.",
                    "Projektas kiekvienam centrui paskyrė prieinamumo auditorių ir mentorių iš centro, kuris tokius pokyčius jau buvo įgyvendinęs. Nedidelius darbus – pandusus, žemesnį aptarnavimo langelį, laukimo zoną su sėdimomis vietomis ir didelio šrifto nuorodomis – bendruomenės apmokėjo iš savo biudžetų; dotacija padengė auditus, mokymus ir mobilųjį biurą.",
                ),
                quote(
                    "Viską išmatavome matavimo juosta ir chronometru. Paaiškėjo, kad sunkiausia gaunant pažymą buvo ne dokumentai, o vienuolika laiptelių prie įėjimo.",
                    "Serhij Kovalenko",
                    "paslaugų centro vadovas",
                    "Krynyčnos Balkos bendruomenė",
                ),
            ],
            "components": [
                "<p>Šešių paslaugų centrų prieinamumo auditas su kiekvieno centro patobulinimų sąmata</p>",
                "<p>Trijų dienų mokymai 38 aptarnavimo darbuotojams, kaip aptarnauti senyvo amžiaus žmones ir žmones su negalia</p>",
                "<p><b>Mobilusis biuras</b>, pagal mėnesio grafiką lankantis 24 atokiuose kaimuose</p>",
                "<p>Patirties vizitai į jau modernizuotus centrus</p>",
            ],
            "results": [
                "<p>Įėjimas be laiptų ir žemesnis aptarnavimo langelis penkiuose iš šešių centrų</p>",
                "<p>Vidutinė kelionė iki artimiausio aptarnavimo punkto sutrumpėjo nuo 52 iki 27 minučių</p>",
                "<p>Per pirmuosius tris mėnesius mobilusis biuras priėmė 1 140 prašymų</p>",
            ],
        },
    },
}

SERVICE_CENTRES = {
    "slug": "service-centres-within-reach",
    "hero": ("Project: electronic queue screen in a service centre", "blue"),
    "start": ("year", -1, 3, 1),
    "end": ("year", 1, 6, 30),
    "budget": ("486000", "EUR", None, None),
    "programme": "eea-norway",
    "organisations": [
        ("nordic-fund", DONOR),
        ("publisher", IMPLEMENTER),
        ("national-office", PARTNER),
        ("service-lab", PARTNER),
    ],
    "tags": ["administrative-services", "digital-government", "accessibility", "decentralisation"],
    "interest": 1.6,
    "contact": ("andrii.savchuk@open-communities.example", "+380 44 123 45 72"),
    "communities": [
        ("stepova-dolyna", "kharkiv-oblast", "49.612400", "36.915300"),
        ("kalynove-pole", "kharkiv-oblast", "49.455100", "37.102600"),
        ("lisovi-hai", "poltava-oblast", "49.884200", "34.402700"),
        ("zoriane", "chernihiv-oblast", "51.312500", "31.744100"),
        ("richkove", "chernihiv-oblast"),
    ],
    "text": {
        "en": {
            "title": "Service centres within reach",
            "goal": "Every resident of the partner hromadas can book, track and receive an administrative service without a second trip — at the centre, at a remote workplace in the village or from the mobile office.",
            "summary": "Electronic queues, remote workplaces in village halls and a shared standard of service for five hromadas in Kharkiv, Poltava and Chernihiv oblasts, building on the 2017 accessibility pilot.",
            "contact": ("Andrii Savchuk", "Project coordinator"),
            "body": [
                heading("Why a second project"),
                para(
                    "The 2017 pilot showed that accessible buildings are only half of the answer. Residents still came twice — once to learn which documents were needed and once to hand them in — and the centres had no way of knowing how long people waited.",
                    "This project introduces pre-booking and an electronic queue in every partner centre, opens remote workplaces in village halls and agrees on a common service standard that the National Office for Local Self-Government will recommend to other hromadas.",
                ),
                quote(
                    "We do not want a shiny screen in the lobby. We want a grandmother from Richkove to know before she gets on the bus that her papers are complete.",
                    "Olena Hrytsenko",
                    "Head of the Administrative Service Centre",
                    "Stepova Dolyna hromada",
                ),
            ],
            "components": [
                "<p>Pre-booking and an electronic queue in five service centres, with waiting times published every month</p>",
                "<p>Remote workplaces in twelve village halls, connected to the centre's registers</p>",
                "<p>A mobile office on a fixed schedule for villages without a daily bus</p>",
                "<p>A common <b>service standard</b> drafted with the National Office for Local Self-Government</p>",
                "<p>Training and peer visits for 60 administrators</p>",
            ],
            "results": [
                "<p>Average waiting time below 20 minutes in every partner centre</p>",
                "<p>At least 40% of visits booked in advance</p>",
                "<p>No resident more than 30 minutes from a service point</p>",
                "<p>The service standard recommended nationally</p>",
            ],
        },
        "uk": {
            "slug": "tsnap-poruch",
            "title": "ЦНАП поруч",
            "goal": "Кожен мешканець громад-партнерок може записатися, відстежити й отримати адміністративну послугу без повторного візиту — у центрі, на віддаленому робочому місці в селі чи в мобільному офісі.",
            "summary": "Електронна черга, віддалені робочі місця в старостатах і спільний стандарт обслуговування для п’яти громад Харківської, Полтавської та Чернігівської областей — продовження пілоту з доступності 2017 року.",
            "contact": ("Андрій Савчук", "координатор проєкту"),
            "body": [
                heading("Навіщо другий проєкт"),
                para(
                    "Пілот 2017 року показав, що доступні будівлі — це лише половина відповіді. Мешканці все одно приходили двічі: спершу дізнатися, які потрібні документи, а потім їх подати, — і центри не мали змоги знати, скільки люди чекають.",
                    "Проєкт запроваджує попередній запис і електронну чергу в кожному центрі-партнері, відкриває віддалені робочі місця в старостатах і погоджує спільний стандарт обслуговування, який Національне бюро з питань місцевого самоврядування рекомендуватиме іншим громадам.",
                ),
                quote(
                    "Нам не потрібен блискучий екран у холі. Нам потрібно, щоб бабуся з Річкового ще до того, як сяде в автобус, знала, що всі її документи в порядку.",
                    "Олена Гриценко",
                    "начальниця ЦНАП",
                    "Степоводолинська громада",
                ),
            ],
            "components": [
                "<p>Попередній запис і електронна черга в п’яти ЦНАП із щомісячною публікацією часу очікування</p>",
                "<p>Віддалені робочі місця у дванадцяти старостатах із доступом до реєстрів центру</p>",
                "<p>Мобільний офіс зі сталим графіком для сіл, куди щодня не ходить автобус</p>",
                "<p>Спільний <b>стандарт обслуговування</b>, розроблений разом із Національним бюро з питань місцевого самоврядування</p>",
                "<p>Навчання й обмін досвідом для 60 адміністраторів</p>",
            ],
            "results": [
                "<p>Середній час очікування менше 20 хвилин у кожному центрі-партнері</p>",
                "<p>Щонайменше 40% візитів за попереднім записом</p>",
                "<p>Жоден мешканець не живе далі ніж за 30 хвилин від точки обслуговування</p>",
                "<p>Стандарт обслуговування рекомендовано на національному рівні</p>",
            ],
        },
        "et": {
            "slug": "teeninduskeskused-kaeulatuses",
            "title": "Teeninduskeskused käeulatuses",
            "goal": "Partnerkogukondade iga elanik saab haldusteenust broneerida, jälgida ja kätte saada ilma teist korda tulemata — keskuses, külas asuvas kaugtöökohas või mobiilses teeninduspunktis.",
            "summary": "Elektrooniline järjekord, kaugtöökohad külamajades ja ühine teenindusstandard viiele kogukonnale Harkivi, Poltava ja Tšernihivi oblastis — 2017. aasta ligipääsetavuse piloodi jätk.",
            "contact": ("Andrii Savtšuk", "projekti koordinaator"),
            "body": [
                heading("Miks teine projekt"),
                para(
                    "2017. aasta pilootprojekt näitas, et ligipääsetavad hooned on vaid pool vastusest. Elanikud käisid ikka kaks korda — kord, et teada saada, milliseid dokumente on vaja, ja teist korda, et need üle anda —, ning keskustel polnud võimalust teada, kui kaua inimesed ootavad.",
                    "Projekt toob igasse partnerkeskusesse eelbroneerimise ja elektroonilise järjekorra, avab kaugtöökohad külamajades ning lepib kokku ühise teenindusstandardi, mida Kohaliku Omavalitsuse Riiklik Büroo soovitab ka teistele kogukondadele.",
                ),
                quote(
                    "Me ei taha fuajeesse läikivat ekraani. Me tahame, et vanaema Ritškovest teaks juba enne bussi istumist, et tema paberid on korras.",
                    "Olena Hrõtsenko",
                    "haldusteenuste keskuse juhataja",
                    "Stepova Dolõna kogukond",
                ),
            ],
            "components": [
                "<p>Eelbroneerimine ja elektrooniline järjekord viies teeninduskeskuses, ooteajad avaldatakse igal kuul</p>",
                "<p>Kaugtöökohad kaheteistkümnes külamajas, ühendatud keskuse registritega</p>",
                "<p>Kindla graafikuga mobiilne teeninduspunkt küladele, kuhu buss iga päev ei sõida</p>",
                "<p>Ühine <b>teenindusstandard</b>, mis koostatakse koos Kohaliku Omavalitsuse Riikliku Bürooga</p>",
                "<p>Koolitus ja kogemusvahetus 60 teenindajale</p>",
            ],
            "results": [
                "<p>Keskmine ooteaeg alla 20 minuti igas partnerkeskuses</p>",
                "<p>Vähemalt 40% külastustest on eelnevalt broneeritud</p>",
                "<p>Ükski elanik ei ela teeninduspunktist kaugemal kui 30 minutit</p>",
                "<p>Teenindusstandard on riiklikult soovitatud</p>",
            ],
        },
        "lt": {
            "slug": "paslaugu-centrai-ranka-pasiekiami",
            "title": "Paslaugų centrai – ranka pasiekiami",
            "goal": "Kiekvienas partnerių bendruomenių gyventojas gali užsiregistruoti, sekti ir gauti administracinę paslaugą neatvykdamas antrą kartą – centre, nuotolinėje darbo vietoje kaime ar mobiliajame biure.",
            "summary": "Elektroninė eilė, nuotolinės darbo vietos seniūnijose ir bendras aptarnavimo standartas penkioms bendruomenėms Charkivo, Poltavos ir Černihivo srityse – 2017 m. prieinamumo bandomojo projekto tęsinys.",
            "contact": ("Andrij Savčuk", "projekto koordinatorius"),
            "body": [
                heading("Kodėl antrasis projektas"),
                para(
                    "2017 m. bandomasis projektas parodė, kad prieinami pastatai – tik pusė atsakymo. Gyventojai vis tiek ateidavo du kartus – pirmą kartą sužinoti, kokių dokumentų reikia, antrą – juos pateikti, o centrai neturėjo galimybės žinoti, kiek laiko žmonės laukia.",
                    "Projektas kiekviename partnerių centre diegia išankstinę registraciją ir elektroninę eilę, atidaro nuotolines darbo vietas seniūnijose ir susitaria dėl bendro aptarnavimo standarto, kurį Nacionalinis vietos savivaldos biuras rekomenduos kitoms bendruomenėms.",
                ),
                quote(
                    "Mums nereikia blizgančio ekrano fojė. Mums reikia, kad močiutė iš atokaus kaimo dar prieš lipdama į autobusą žinotų, jog visi jos dokumentai tvarkingi.",
                    "Olena Hrycenko",
                    "administracinių paslaugų centro vadovė",
                    "Stepovos Dolynos bendruomenė",
                ),
            ],
            "components": [
                "<p>Išankstinė registracija ir elektroninė eilė penkiuose paslaugų centruose, laukimo laikas skelbiamas kas mėnesį</p>",
                "<p>Nuotolinės darbo vietos dvylikoje seniūnijų, prijungtos prie centro registrų</p>",
                "<p>Pagal pastovų grafiką veikiantis mobilusis biuras kaimams, į kuriuos autobusas kasdien nevažiuoja</p>",
                "<p>Bendras <b>aptarnavimo standartas</b>, rengiamas kartu su Nacionaliniu vietos savivaldos biuru</p>",
                "<p>Mokymai ir patirties mainai 60 aptarnavimo darbuotojų</p>",
            ],
            "results": [
                "<p>Vidutinis laukimo laikas kiekviename partnerių centre trumpesnis nei 20 minučių</p>",
                "<p>Ne mažiau kaip 40 % apsilankymų užregistruota iš anksto</p>",
                "<p>Nė vienas gyventojas negyvena toliau kaip 30 minučių kelio nuo aptarnavimo punkto</p>",
                "<p>Aptarnavimo standartas rekomenduotas nacionaliniu mastu</p>",
            ],
        },
    },
}

OPEN_BUDGETS = {
    "slug": "open-local-budgets",
    "hero": ("Project: budget hearing in a village hall", "green"),
    "start": ("year", -1, 9, 1),
    "end": ("year", 1, 8, 31),
    "budget": ("3850000", "UAH", "79380", "start"),
    "programme": "capable-communities",
    "organisations": [
        ("local-governance-facility", DONOR),
        ("national-office", DONOR),
        ("publisher", IMPLEMENTER),
        ("open-data-collective", PARTNER),
    ],
    "tags": ["public-finance", "open-data", "transparency", "participatory-budgeting"],
    "interest": 1.2,
    "contact": ("marta.hnatyshyn@open-communities.example", "+380 32 240 55 19"),
    "communities": [
        ("smerekovi-stavy", "lviv-oblast", "49.962300", "23.614800"),
        ("verkhni-lanky", "lviv-oblast", "49.701500", "24.315200"),
        ("kamianyi-mist", "lviv-oblast"),
        ("soniachne-pidhiria", "lviv-oblast", "49.412700", "23.880400"),
    ],
    "text": {
        "en": {
            "title": "Open local budgets",
            "goal": "Residents of four hromadas in Lviv oblast can see where their local budget goes, down to each contract, and propose how a share of it is spent.",
            "summary": "Budget data published as open data every month, plain-language budget guides and the first participatory budgets in four hromadas of Lviv oblast.",
            "contact": ("Marta Hnatyshyn", "Open data lead"),
            "body": [
                para(
                    "Every hromada publishes its budget, but as scanned decisions that nobody outside the finance department can read. The project helps four hromadas publish the same figures as machine-readable open data, updated monthly, and turns them into a one-page guide for each village.",
                    "In the second year each hromada sets aside at least one per cent of its budget for projects proposed and voted for by residents. The Open Data Collective builds the voting and reporting tools; the Open Communities Network trains finance departments and village heads.",
                ),
                quote(
                    "When people could see that the road repair they had asked for cost less than the new fence around the council building, the discussion changed overnight.",
                    "Roman Kit",
                    "Head of the Finance Department",
                    "Verkhni Lanky hromada",
                ),
            ],
            "components": [
                "<p>Monthly publication of budget and contract data in open formats</p>",
                "<p>Plain-language budget guides for every village</p>",
                "<p>Participatory budget rules drafted with residents and adopted by the councils</p>",
                "<p>An online voting and reporting tool that other hromadas can reuse free of charge</p>",
                "<p>Training for finance departments, village heads and local journalists</p>",
                "<p>A hackathon on local budget data with students and civic tech groups</p>",
            ],
            "results": [
                "<p>Four hromadas publishing budget data monthly, in open formats</p>",
                "<p>At least 1% of each budget allocated through participatory budgeting</p>",
                "<p>2,000 residents taking part in the first vote</p>",
                "<p>Reports on every funded proposal published within a year</p>",
            ],
        },
        "uk": {
            "slug": "vidkryti-mistsevi-biudzhety",
            "title": "Відкриті місцеві бюджети",
            "goal": "Мешканці чотирьох громад Львівщини бачать, на що йде їхній місцевий бюджет — аж до кожного договору, — і пропонують, як витратити його частину.",
            "summary": "Щомісячна публікація бюджетних даних у відкритих форматах, зрозумілі путівники бюджетом і перші бюджети участі в чотирьох громадах Львівської області.",
            "contact": ("Марта Гнатишин", "керівниця напряму відкритих даних"),
            "body": [
                para(
                    "Кожна громада оприлюднює свій бюджет, але у вигляді сканованих рішень, які поза фінансовим відділом ніхто не може прочитати. Проєкт допомагає чотирьом громадам публікувати ті самі цифри як машиночитні відкриті дані з щомісячним оновленням і перетворює їх на односторінковий путівник для кожного села.",
                    "На другий рік кожна громада виділяє щонайменше один відсоток бюджету на проєкти, які запропонують і за які проголосують мешканці. Колектив відкритих даних створює інструменти для голосування та звітування, а Мережа відкритих громад навчає фінансові відділи й старост.",
                ),
                quote(
                    "Коли люди побачили, що ремонт дороги, якого вони просили, коштує менше, ніж новий паркан довкола будівлі ради, розмова змінилася за одну ніч.",
                    "Роман Кіт",
                    "начальник фінансового відділу",
                    "Верхньоланківська громада",
                ),
            ],
            "components": [
                "<p>Щомісячна публікація даних про бюджет і договори у відкритих форматах</p>",
                "<p>Зрозумілі путівники бюджетом для кожного села</p>",
                "<p>Положення про бюджет участі, розроблені разом із мешканцями й ухвалені радами</p>",
                "<p>Онлайн-інструмент для голосування та звітування, який інші громади можуть використовувати безкоштовно</p>",
                "<p>Навчання для фінансових відділів, старост і місцевих журналістів</p>",
                "<p>Гакатон на даних місцевих бюджетів за участю студентів і громадських технологічних ініціатив</p>",
            ],
            "results": [
                "<p>Чотири громади щомісяця публікують бюджетні дані у відкритих форматах</p>",
                "<p>Щонайменше 1% кожного бюджету розподіляється через бюджет участі</p>",
                "<p>2000 мешканців беруть участь у першому голосуванні</p>",
                "<p>Звіти про кожен профінансований проєкт оприлюднено протягом року</p>",
            ],
        },
        "et": {
            "slug": "avatud-kohalikud-eelarved",
            "title": "Avatud kohalikud eelarved",
            "goal": "Lvivi oblasti nelja kogukonna elanikud näevad, kuhu nende kohalik eelarve läheb — kuni iga lepinguni —, ja saavad teha ettepanekuid, kuidas osa sellest kasutada.",
            "summary": "Eelarveandmete igakuine avaldamine avaandmetena, lihtsas keeles eelarvejuhised ja esimesed kaasavad eelarved neljas Lvivi oblasti kogukonnas.",
            "contact": ("Marta Hnatõšõn", "avaandmete suuna juht"),
            "body": [
                para(
                    "Iga kogukond avaldab oma eelarve, kuid skannitud otsustena, mida keegi väljaspool rahandusosakonda lugeda ei suuda. Projekt aitab neljal kogukonnal avaldada samad arvud masinloetavate avaandmetena, mida uuendatakse igal kuul, ning teeb neist iga küla jaoks üheleheküljelise juhise.",
                    "Teisel aastal eraldab iga kogukond vähemalt ühe protsendi eelarvest projektidele, mille elanikud ise välja pakuvad ja hääletusel valivad. Avaandmete Kollektiiv ehitab hääletus- ja aruandlustööriistad, Avatud Kogukondade Võrgustik koolitab rahandusosakondi ja külavanemaid.",
                ),
                quote(
                    "Kui inimesed nägid, et nende soovitud teeremont maksab vähem kui uus aed volikogu hoone ümber, muutus arutelu üleöö.",
                    "Roman Kit",
                    "rahandusosakonna juhataja",
                    "Verhni Lankõ kogukond",
                ),
            ],
            "components": [
                "<p>Eelarve- ja lepinguandmete igakuine avaldamine avatud vormingutes</p>",
                "<p>Lihtsas keeles eelarvejuhised igale külale</p>",
                "<p>Kaasava eelarve kord, mis koostatakse koos elanikega ja mille volikogud kinnitavad</p>",
                "<p>Veebipõhine hääletus- ja aruandlustööriist, mida teised kogukonnad saavad tasuta kasutada</p>",
                "<p>Koolitused rahandusosakondadele, külavanematele ja kohalikele ajakirjanikele</p>",
                "<p>Häkaton kohalike eelarvete andmetel koos üliõpilaste ja kodanikutehnoloogia rühmadega</p>",
            ],
            "results": [
                "<p>Neli kogukonda avaldavad eelarveandmeid igal kuul avatud vormingutes</p>",
                "<p>Vähemalt 1% iga kogukonna eelarvest jaotatakse kaasava eelarve kaudu</p>",
                "<p>Esimesel hääletusel osaleb 2000 elanikku</p>",
                "<p>Iga rahastatud ettepaneku aruanne avaldatakse aasta jooksul</p>",
            ],
        },
        "lt": {
            "slug": "atviri-vietos-biudzetai",
            "title": "Atviri vietos biudžetai",
            "goal": "Keturių Lvivo srities bendruomenių gyventojai mato, kur keliauja jų vietos biudžetas – iki kiekvienos sutarties, – ir gali siūlyti, kaip panaudoti jo dalį.",
            "summary": "Kas mėnesį atviraisiais duomenimis skelbiami biudžeto duomenys, aiškia kalba parengti biudžeto gidai ir pirmieji dalyvaujamieji biudžetai keturiose Lvivo srities bendruomenėse.",
            "contact": ("Marta Hnatyšyn", "atvirųjų duomenų krypties vadovė"),
            "body": [
                para(
                    "Kiekviena bendruomenė skelbia savo biudžetą, tačiau kaip nuskenuotus sprendimus, kurių niekas už finansų skyriaus ribų negali perskaityti. Projektas padeda keturioms bendruomenėms tuos pačius skaičius skelbti kaip kas mėnesį atnaujinamus mašininio skaitymo atviruosius duomenis ir paverčia juos vieno puslapio gidu kiekvienam kaimui.",
                    "Antraisiais metais kiekviena bendruomenė ne mažiau kaip vieną procentą biudžeto skiria projektams, kuriuos pasiūlo ir už kuriuos balsuoja patys gyventojai. Atvirųjų duomenų kolektyvas kuria balsavimo ir atsiskaitymo įrankius, o Atvirų bendruomenių tinklas moko finansų skyrius ir seniūnus.",
                ),
                quote(
                    "Kai žmonės pamatė, kad jų prašytas kelio remontas kainuoja mažiau nei nauja tvora aplink tarybos pastatą, diskusija pasikeitė per naktį.",
                    "Roman Kit",
                    "finansų skyriaus vedėjas",
                    "Verchni Lanky bendruomenė",
                ),
            ],
            "components": [
                "<p>Kas mėnesį skelbiami biudžeto ir sutarčių duomenys atviraisiais formatais</p>",
                "<p>Aiškia kalba parengti biudžeto gidai kiekvienam kaimui</p>",
                "<p>Dalyvaujamojo biudžeto taisyklės, parengtos kartu su gyventojais ir patvirtintos tarybų</p>",
                "<p>Internetinis balsavimo ir atsiskaitymo įrankis, kurį kitos bendruomenės gali naudoti nemokamai</p>",
                "<p>Mokymai finansų skyriams, seniūnams ir vietos žurnalistams</p>",
                "<p>Vietos biudžetų duomenų hakatonas su studentais ir pilietinių technologijų grupėmis</p>",
            ],
            "results": [
                "<p>Keturios bendruomenės kas mėnesį skelbia biudžeto duomenis atviraisiais formatais</p>",
                "<p>Ne mažiau kaip 1 % kiekvieno biudžeto paskirstoma per dalyvaujamąjį biudžetą</p>",
                "<p>Pirmajame balsavime dalyvauja 2 000 gyventojų</p>",
                "<p>Ataskaitos apie kiekvieną finansuotą pasiūlymą paskelbiamos per metus</p>",
            ],
        },
    },
}

YOUTH_COUNCILS = {
    "slug": "youth-councils-small-municipalities",
    "hero": ("Project: youth council meeting in a small town", "violet"),
    "start": ("year", -1, 1, 15),
    "end": ("year", 1, 12, 31),
    "budget": ("312500", "EUR", None, None),
    "programme": "esf",
    "organisations": [
        ("local-governance-facility", DONOR),
        ("youth-initiatives-centre", IMPLEMENTER),
        ("publisher", IMPLEMENTER),
        ("riverside-municipalities", PARTNER),
    ],
    "tags": ["youth", "local-democracy", "e-participation", "civil-society"],
    "interest": 0.9,
    "contact": ("gabija.jankauskaite@youth-initiatives-kaunas.example", "+370 37 200 419"),
    "communities": [
        ("liepakalnis", "kaunas-county", "54.951200", "24.052700"),
        ("berzyne", "kaunas-county", "55.048300", "23.851900"),
        ("ezeru-krastas", "utena-county", "55.482600", "25.751400"),
        ("pusynai", "utena-county"),
    ],
    "text": {
        "en": {
            "title": "Youth councils in small municipalities",
            "goal": "Young people in four small Lithuanian municipalities have an elected youth council that the municipal council consults before decisions that affect them.",
            "summary": "Setting up and training youth councils in Kaunas and Utena counties, with an online consultation tool and exchanges with young activists from Ukrainian hromadas.",
            "contact": ("Gabija Jankauskaitė", "Programme coordinator"),
            "body": [
                para(
                    "Larger cities have had youth councils for years; small municipalities, where young people are fewest and leave soonest, mostly have not. The project helps four of them elect a youth council, set out its rights in the municipal rules and give it a small budget of its own.",
                    "An online consultation tool lets the councils ask their peers quickly, and a summer exchange brings together youth councillors from Lithuania and from partner hromadas in Ukraine.",
                ),
                quote(
                    "Nobody asked us before, so nobody from our class came to the meetings. Now the council sends us the draft two weeks ahead, and we actually answer.",
                    "Ugnė Petraitytė",
                    "Chair of the youth council",
                    "Beržynė",
                ),
            ],
            "components": [
                "<p>Elections of youth councils in four municipalities, under rules adopted by the municipal councils</p>",
                "<p>A training course for youth councillors and the municipal staff who work with them</p>",
                "<p>An online consultation tool for young residents</p>",
                "<p>A summer exchange between Lithuanian and Ukrainian youth councillors</p>",
            ],
            "results": [
                "<p>Four youth councils elected, each consulted on at least five decisions a year</p>",
                "<p>A youth budget of at least €5,000 a year in every partner municipality</p>",
                "<p>600 young people taking part in online consultations</p>",
            ],
        },
        "uk": {
            "slug": "molodizhni-rady-v-malykh-munitsypalitetakh",
            "title": "Молодіжні ради в малих муніципалітетах",
            "goal": "Молодь чотирьох малих литовських муніципалітетів має обрану молодіжну раду, з якою муніципальна рада радиться перед ухваленням рішень, що її стосуються.",
            "summary": "Створення й навчання молодіжних рад у Каунаському та Утенському повітах, онлайн-інструмент для консультацій і обміни з молодими активістами українських громад.",
            "contact": ("Габія Янкаускайте", "координаторка програми"),
            "body": [
                para(
                    "У великих містах молодіжні ради діють роками, а в малих муніципалітетах, де молоді найменше і вона найшвидше виїжджає, їх здебільшого немає. Проєкт допомагає чотирьом муніципалітетам обрати молодіжну раду, закріпити її права в муніципальному регламенті й надати їй невеликий власний бюджет.",
                    "Онлайн-інструмент для консультацій дає радам змогу швидко дізнаватися думку однолітків, а літній обмін об’єднує молодіжних радників із Литви та громад-партнерок в Україні.",
                ),
                quote(
                    "Раніше нас ніхто не питав, тож ніхто з нашого класу не ходив на засідання. Тепер рада надсилає нам проєкт рішення за два тижні, і ми справді відповідаємо.",
                    "Угне Петрайтіте",
                    "голова молодіжної ради",
                    "Бержине",
                ),
            ],
            "components": [
                "<p>Вибори молодіжних рад у чотирьох муніципалітетах за правилами, ухваленими муніципальними радами</p>",
                "<p>Навчальний курс для молодіжних радників і працівників муніципалітетів, які з ними співпрацюють</p>",
                "<p>Онлайн-інструмент для консультацій з молодими мешканцями</p>",
                "<p>Літній обмін між молодіжними радниками Литви та України</p>",
            ],
            "results": [
                "<p>Обрано чотири молодіжні ради, з кожною щороку консультуються щодо щонайменше п’яти рішень</p>",
                "<p>Молодіжний бюджет щонайменше 5000 € на рік у кожному муніципалітеті-партнері</p>",
                "<p>600 молодих людей беруть участь в онлайн-консультаціях</p>",
            ],
        },
        "et": {
            "slug": "noortevolikogud-vaikestes-omavalitsustes",
            "title": "Noortevolikogud väikestes omavalitsustes",
            "goal": "Nelja väikese Leedu omavalitsuse noortel on valitud noortevolikogu, kellega omavalitsuse volikogu peab nõu enne noori puudutavate otsuste tegemist.",
            "summary": "Noortevolikogude loomine ja koolitamine Kaunase ja Utena maakonnas, veebipõhine kaasamistööriist ning kogemusvahetus Ukraina kogukondade noorte aktivistidega.",
            "contact": ("Gabija Jankauskaitė", "programmi koordinaator"),
            "body": [
                para(
                    "Suurlinnades on noortevolikogud tegutsenud aastaid, väikestes omavalitsustes, kus noori on kõige vähem ja kust nad kõige kiiremini lahkuvad, enamasti mitte. Projekt aitab neljal omavalitsusel noortevolikogu valida, selle õigused põhimääruses kirja panna ja anda talle väike oma eelarve.",
                    "Veebipõhine kaasamistööriist võimaldab volikogudel eakaaslaste arvamust kiiresti küsida ning suvine vahetusprogramm toob kokku noortevolikogude liikmed Leedust ja Ukraina partnerkogukondadest.",
                ),
                quote(
                    "Varem ei küsinud meilt keegi midagi, nii et meie klassist ei käinud keegi koosolekutel. Nüüd saadab volikogu meile eelnõu kaks nädalat ette ja me tõesti vastame.",
                    "Ugnė Petraitytė",
                    "noortevolikogu esimees",
                    "Beržynė",
                ),
            ],
            "components": [
                "<p>Noortevolikogude valimised neljas omavalitsuses volikogude kinnitatud korra alusel</p>",
                "<p>Koolituskursus noortevolikogude liikmetele ja nendega töötavatele omavalitsuse töötajatele</p>",
                "<p>Veebipõhine kaasamistööriist noortele elanikele</p>",
                "<p>Suvine vahetusprogramm Leedu ja Ukraina noortevolikogude liikmetele</p>",
            ],
            "results": [
                "<p>Valitud on neli noortevolikogu, igaühega peetakse aastas nõu vähemalt viie otsuse üle</p>",
                "<p>Igas partneromavalitsuses on noorte eelarve vähemalt 5000 eurot aastas</p>",
                "<p>Veebipõhistes aruteludes osaleb 600 noort</p>",
            ],
        },
        "lt": {
            "slug": "jaunimo-tarybos-mazose-savivaldybese",
            "title": "Jaunimo tarybos mažose savivaldybėse",
            "goal": "Keturių mažų Lietuvos savivaldybių jaunimas turi išrinktą jaunimo tarybą, su kuria savivaldybės taryba tariasi prieš priimdama jaunimą liečiančius sprendimus.",
            "summary": "Jaunimo tarybų kūrimas ir mokymai Kauno ir Utenos apskrityse, internetinis konsultavimosi įrankis ir mainai su Ukrainos bendruomenių jaunaisiais aktyvistais.",
            "contact": ("Gabija Jankauskaitė", "programos koordinatorė"),
            "body": [
                para(
                    "Didžiuosiuose miestuose jaunimo tarybos veikia jau daugelį metų, o mažose savivaldybėse, kur jaunimo mažiausia ir jis greičiausiai išvyksta, jų dažniausiai nėra. Projektas padeda keturioms savivaldybėms išsirinkti jaunimo tarybą, įtvirtinti jos teises savivaldybės reglamente ir skirti jai nedidelį savo biudžetą.",
                    "Internetinis konsultavimosi įrankis leidžia taryboms greitai paklausti bendraamžių nuomonės, o vasaros mainų programa suburia Lietuvos ir Ukrainos partnerių bendruomenių jaunimo tarybų narius.",
                ),
                quote(
                    "Anksčiau mūsų niekas neklausdavo, todėl niekas iš mūsų klasės nevaikščiojo į posėdžius. Dabar taryba atsiunčia sprendimo projektą prieš dvi savaites, ir mes iš tikrųjų atsakome.",
                    "Ugnė Petraitytė",
                    "jaunimo tarybos pirmininkė",
                    "Beržynė",
                ),
            ],
            "components": [
                "<p>Jaunimo tarybų rinkimai keturiose savivaldybėse pagal savivaldybių tarybų patvirtintas taisykles</p>",
                "<p>Mokymų kursas jaunimo tarybų nariams ir su jais dirbantiems savivaldybių darbuotojams</p>",
                "<p>Internetinis konsultavimosi su jaunais gyventojais įrankis</p>",
                "<p>Vasaros mainai tarp Lietuvos ir Ukrainos jaunimo tarybų narių</p>",
            ],
            "results": [
                "<p>Išrinktos keturios jaunimo tarybos, su kiekviena kasmet tariamasi dėl ne mažiau kaip penkių sprendimų</p>",
                "<p>Kiekvienoje partnerėje savivaldybėje – ne mažesnis kaip 5 000 eurų per metus jaunimo biudžetas</p>",
                "<p>Internetinėse konsultacijose dalyvauja 600 jaunų žmonių</p>",
            ],
        },
    },
}

GENDER_BUDGETING = {
    "slug": "gender-responsive-budgeting",
    "hero": ("Project: finance department team at work", "teal"),
    "start": ("days", 60),
    "end": ("days", 608),
    "budget": ("95000", "EUR", None, None),
    "programme": "nordic-small-grants",
    "organisations": [
        ("nordic-fund", DONOR),
        ("publisher", IMPLEMENTER),
    ],
    "tags": ["gender-equality", "public-finance", "training"],
    "interest": 0.3,
    "contact": ("nataliia.moroz@open-communities.example", "+380 44 123 45 75"),
    "communities": [
        ("vyshneva-dolyna", "poltava-oblast", "49.551800", "34.548200"),
        ("lisovi-hai", "poltava-oblast", "49.884200", "34.402700"),
        ("zoriane", "chernihiv-oblast", "51.312500", "31.744100"),
        ("berezovyi-yar", "chernihiv-oblast"),
    ],
    "text": {
        "en": {
            "title": "Budgets that count everyone",
            "goal": "Finance departments of four hromadas can show how their spending serves women and men, girls and boys, and adjust the programmes where the gap is largest.",
            "summary": "Gender-responsive budgeting for four hromadas in Poltava and Chernihiv oblasts: data by sex and age, an analysis of three budget programmes in each hromada and changes written into next year's budget.",
            "contact": ("Nataliia Moroz", "Gender budgeting expert"),
            "body": [
                para(
                    "Most local budget programmes are written for an average resident who does not exist. A school bus route, support for sports clubs or the opening hours of a clinic serve some groups well and others hardly at all, and nobody notices because nobody counts.",
                    "From the next budget cycle, the finance departments of four hromadas will collect service data by sex and age, analyse three budget programmes each with the help of an expert, and propose changes that the councils can adopt in the following year's budget.",
                ),
            ],
            "components": [
                "<p>Collecting service data by sex and age for three budget programmes in each hromada</p>",
                "<p>A course on gender-responsive budgeting for finance departments and councillors</p>",
                "<p>Public hearings on the analysis before the budget is adopted</p>",
            ],
            "results": [
                "<p>Twelve budget programmes analysed and the analyses published</p>",
                "<p>Changes based on the analysis in every partner hromada's next budget</p>",
                "<p>Data by sex and age in the hromadas' annual reports</p>",
            ],
        },
        "uk": {
            "slug": "biudzhety-shcho-vrakhovuiut-kozhnoho",
            "title": "Бюджети, що враховують кожного",
            "goal": "Фінансові відділи чотирьох громад можуть показати, як їхні видатки служать жінкам і чоловікам, дівчатам і хлопцям, і скоригувати програми там, де розрив найбільший.",
            "summary": "Гендерно орієнтоване бюджетування для чотирьох громад Полтавської та Чернігівської областей: дані за статтю й віком, аналіз трьох бюджетних програм у кожній громаді та зміни до бюджету наступного року.",
            "contact": ("Наталія Мороз", "експертка з гендерно орієнтованого бюджетування"),
            "body": [
                para(
                    "Більшість місцевих бюджетних програм написано для усередненого мешканця, якого не існує. Маршрут шкільного автобуса, підтримка спортивних клубів чи години роботи амбулаторії добре служать одним групам і майже не служать іншим, і ніхто цього не помічає, бо ніхто не рахує.",
                    "З наступного бюджетного циклу фінансові відділи чотирьох громад збиратимуть дані про послуги за статтю й віком, разом з експерткою проаналізують по три бюджетні програми і запропонують зміни, які ради зможуть ухвалити в бюджеті наступного року.",
                ),
            ],
            "components": [
                "<p>Збір даних про послуги за статтю й віком для трьох бюджетних програм у кожній громаді</p>",
                "<p>Навчальний курс із гендерно орієнтованого бюджетування для фінансових відділів і депутатів</p>",
                "<p>Публічні обговорення результатів аналізу перед ухваленням бюджету</p>",
            ],
            "results": [
                "<p>Проаналізовано дванадцять бюджетних програм, результати оприлюднено</p>",
                "<p>Зміни за результатами аналізу внесено до наступного бюджету кожної громади-партнерки</p>",
                "<p>Дані за статтю й віком містяться в річних звітах громад</p>",
            ],
        },
        "et": {
            "slug": "eelarved-mis-arvestavad-koigiga",
            "title": "Eelarved, mis arvestavad kõigiga",
            "goal": "Nelja kogukonna rahandusosakonnad suudavad näidata, kuidas nende kulutused teenivad naisi ja mehi, tüdrukuid ja poisse, ning kohandada programme seal, kus lõhe on suurim.",
            "summary": "Sootundlik eelarvestamine neljale kogukonnale Poltava ja Tšernihivi oblastis: soo ja vanuse järgi eristatud andmed, igas kogukonnas kolme eelarveprogrammi analüüs ja muudatused järgmise aasta eelarvesse.",
            "contact": ("Natalija Moroz", "sootundliku eelarvestamise ekspert"),
            "body": [
                para(
                    "Enamik kohalikke eelarveprogramme on kirjutatud keskmisele elanikule, keda pole olemas. Koolibussi marsruut, spordiklubide toetus või perearstikeskuse lahtiolekuajad teenivad mõnda rühma hästi ja teisi vaevu, ning keegi ei märka seda, sest keegi ei loe kokku.",
                    "Alates järgmisest eelarvetsüklist koguvad nelja kogukonna rahandusosakonnad teenuste andmeid soo ja vanuse järgi, analüüsivad eksperdi abiga igaüks kolme eelarveprogrammi ning teevad ettepanekuid, mida volikogud saavad järgmise aasta eelarves vastu võtta.",
                ),
            ],
            "components": [
                "<p>Teenuste andmete kogumine soo ja vanuse järgi kolme eelarveprogrammi kohta igas kogukonnas</p>",
                "<p>Sootundliku eelarvestamise kursus rahandusosakondadele ja volikogu liikmetele</p>",
                "<p>Analüüsi avalikud arutelud enne eelarve vastuvõtmist</p>",
            ],
            "results": [
                "<p>Kaksteist eelarveprogrammi on analüüsitud ja analüüsid avaldatud</p>",
                "<p>Analüüsil põhinevad muudatused on iga partnerkogukonna järgmises eelarves</p>",
                "<p>Soo ja vanuse järgi eristatud andmed on kogukondade aastaaruannetes</p>",
            ],
        },
        "lt": {
            "slug": "biudzetai-kurie-atsizvelgia-i-kiekviena",
            "title": "Biudžetai, kurie atsižvelgia į kiekvieną",
            "goal": "Keturių bendruomenių finansų skyriai gali parodyti, kaip jų išlaidos tarnauja moterims ir vyrams, mergaitėms ir berniukams, ir pakoreguoti programas ten, kur atotrūkis didžiausias.",
            "summary": "Lyčiai jautrus biudžeto sudarymas keturioms bendruomenėms Poltavos ir Černihivo srityse: duomenys pagal lytį ir amžių, po tris kiekvienos bendruomenės biudžeto programas apimanti analizė ir pakeitimai kitų metų biudžete.",
            "contact": ("Natalija Moroz", "lyčiai jautraus biudžeto sudarymo ekspertė"),
            "body": [
                para(
                    "Dauguma vietos biudžeto programų parašytos vidutiniam gyventojui, kurio nėra. Mokyklinio autobuso maršrutas, sporto klubų rėmimas ar ambulatorijos darbo laikas vienoms grupėms tarnauja gerai, o kitoms – vos vos, ir niekas to nepastebi, nes niekas neskaičiuoja.",
                    "Nuo kito biudžeto ciklo keturių bendruomenių finansų skyriai rinks paslaugų duomenis pagal lytį ir amžių, padedami ekspertės išanalizuos po tris biudžeto programas ir pasiūlys pakeitimų, kuriuos tarybos galės priimti kitų metų biudžete.",
                ),
            ],
            "components": [
                "<p>Paslaugų duomenų pagal lytį ir amžių rinkimas trims biudžeto programoms kiekvienoje bendruomenėje</p>",
                "<p>Lyčiai jautraus biudžeto sudarymo kursas finansų skyriams ir tarybos nariams</p>",
                "<p>Vieši analizės rezultatų svarstymai prieš priimant biudžetą</p>",
            ],
            "results": [
                "<p>Išanalizuota dvylika biudžeto programų, analizės paskelbtos</p>",
                "<p>Analize pagrįsti pakeitimai įtraukti į kiekvienos partnerės bendruomenės kitų metų biudžetą</p>",
                "<p>Duomenys pagal lytį ir amžių pateikiami bendruomenių metinėse ataskaitose</p>",
            ],
        },
    },
}

ACADEMY = {
    "slug": "academy-for-municipal-teams",
    "hero": ("Project: municipal teams at a training module", "slate"),
    "start": ("year", -2, 2, 1),
    "end": None,  # a standing programme: no end date
    "programme": "capable-communities",
    "organisations": [
        ("national-office", DONOR),
        ("publisher", IMPLEMENTER),
        ("service-lab", PARTNER),
        ("riverside-municipalities", PARTNER),
    ],
    "tags": ["training", "decentralisation", "local-democracy"],
    "legacy": {"en": 310, "uk": 684},
    "interest": 1.1,
    "contact": ("academy@open-communities.example", "+380 44 123 45 78"),
    "communities": [
        ("stepova-dolyna", "kharkiv-oblast"),
        ("smerekovi-stavy", "lviv-oblast"),
        ("berezovyi-yar", "chernihiv-oblast"),
    ],
    "text": {
        "en": {
            "title": "Academy for municipal teams",
            "goal": "Teams of newly elected heads, councillors and staff learn to plan, budget and deliver services together, and keep learning from one another after the course.",
            "summary": "A standing training programme: every year a new intake of municipal teams takes a six-month course on strategic planning, service design and public finance, followed by peer mentoring.",
            "contact": ("Oksana Dmytruk", "Head of training"),
            "body": [
                para(
                    "The academy started as a one-off course and became a permanent programme because hromadas kept asking for it. It teaches teams rather than individuals: a head, a councillor, a finance officer and a service centre manager from the same hromada learn together and bring a real task from home."
                ),
                heading("How the course works"),
                para(
                    "Six monthly modules of two days each alternate with homework on the team's own task. Between modules each team works with a mentor from a hromada that has already solved a similar problem, including peers from Estonian and Lithuanian municipalities."
                ),
            ],
            "components": [
                "<p>A six-month course for municipal teams of three to five people, with a new intake every year</p>",
                "<p>Peer mentoring by experienced hromadas and by Estonian and Lithuanian municipalities</p>",
                "<p>An open library of course materials, templates and case studies</p>",
            ],
            "results": [
                "<p>At least 20 municipal teams trained every year</p>",
                "<p>Every team completes a real planning, budgeting or service task during the course</p>",
                "<p>Course materials available to all hromadas under an open licence</p>",
            ],
        },
        "uk": {
            "slug": "akademiia-dlia-komand-hromad",
            "title": "Академія для команд громад",
            "goal": "Команди новообраних голів, депутатів і працівників учаться разом планувати, складати бюджет і надавати послуги — і далі вчаться одне в одного після завершення курсу.",
            "summary": "Постійна навчальна програма: щороку новий набір команд громад проходить шестимісячний курс зі стратегічного планування, дизайну послуг і публічних фінансів, а потім — наставництво від колег.",
            "contact": ("Оксана Дмитрук", "керівниця навчальних програм"),
            "body": [
                para(
                    "Академія починалася як разовий курс і стала постійною програмою, бо громади раз у раз про неї просили. Вона навчає команди, а не окремих людей: голова, депутат, фінансист і керівник ЦНАП з однієї громади вчаться разом і приносять на курс реальне завдання зі своєї громади."
                ),
                heading("Як побудовано курс"),
                para(
                    "Шість щомісячних дводенних модулів чергуються з домашньою роботою над власним завданням команди. Між модулями кожна команда працює з наставником із громади, яка вже розв’язала подібну проблему, — зокрема з колегами з естонських і литовських муніципалітетів."
                ),
            ],
            "components": [
                "<p>Шестимісячний курс для команд громад із трьох–п’яти осіб, новий набір щороку</p>",
                "<p>Наставництво від досвідчених громад, а також естонських і литовських муніципалітетів</p>",
                "<p>Відкрита бібліотека матеріалів курсу, шаблонів і кейсів</p>",
            ],
            "results": [
                "<p>Щонайменше 20 команд громад проходять навчання щороку</p>",
                "<p>Кожна команда під час курсу виконує реальне завдання з планування, бюджетування чи надання послуг</p>",
                "<p>Матеріали курсу доступні всім громадам за відкритою ліцензією</p>",
            ],
        },
        "et": {
            "slug": "omavalitsuste-meeskondade-akadeemia",
            "title": "Omavalitsuste meeskondade akadeemia",
            "goal": "Äsja valitud juhtide, volikogu liikmete ja töötajate meeskonnad õpivad koos planeerima, eelarvestama ja teenuseid osutama ning õpivad üksteiselt ka pärast kursuse lõppu.",
            "summary": "Püsiv koolitusprogramm: igal aastal läbib uus omavalitsuste meeskondade lend kuuekuulise kursuse strateegilisest planeerimisest, teenusedisainist ja avalikust rahandusest, millele järgneb kolleegide mentorlus.",
            "contact": ("Oksana Dmõtruk", "koolitusjuht"),
            "body": [
                para(
                    "Akadeemia sai alguse ühekordse kursusena ja muutus püsivaks programmiks, sest kogukonnad küsisid seda aina uuesti. See õpetab meeskondi, mitte üksikisikuid: sama kogukonna juht, volikogu liige, finantsspetsialist ja teeninduskeskuse juht õpivad koos ning toovad kursusele kaasa päris ülesande oma kodukohast."
                ),
                heading("Kuidas kursus toimib"),
                para(
                    "Kuus igakuist kahepäevast moodulit vahelduvad kodutöödega meeskonna enda ülesande kallal. Moodulite vahel töötab iga meeskond mentoriga kogukonnast, mis on sarnase probleemi juba lahendanud, sealhulgas kolleegidega Eesti ja Leedu omavalitsustest."
                ),
            ],
            "components": [
                "<p>Kuuekuuline kursus kolme- kuni viieliikmelistele omavalitsuste meeskondadele, uus lend igal aastal</p>",
                "<p>Kogenud kogukondade ning Eesti ja Leedu omavalitsuste mentorlus</p>",
                "<p>Kursuse materjalide, mallide ja juhtumiuuringute avatud raamatukogu</p>",
            ],
            "results": [
                "<p>Igal aastal läbib koolituse vähemalt 20 omavalitsuse meeskonda</p>",
                "<p>Iga meeskond lahendab kursuse jooksul päris planeerimis-, eelarve- või teenusülesande</p>",
                "<p>Kursuse materjalid on kõigile kogukondadele avatud litsentsiga kättesaadavad</p>",
            ],
        },
        "lt": {
            "slug": "akademija-savivaldybiu-komandoms",
            "title": "Akademija savivaldybių komandoms",
            "goal": "Naujai išrinktų vadovų, tarybos narių ir darbuotojų komandos mokosi kartu planuoti, sudaryti biudžetą ir teikti paslaugas, o baigusios kursą toliau mokosi vienos iš kitų.",
            "summary": "Nuolatinė mokymų programa: kasmet nauja savivaldybių komandų laida baigia šešių mėnesių strateginio planavimo, paslaugų dizaino ir viešųjų finansų kursą, po kurio seka kolegų mentorystė.",
            "contact": ("Oksana Dmytruk", "mokymų vadovė"),
            "body": [
                para(
                    "Akademija prasidėjo kaip vienkartinis kursas ir tapo nuolatine programa, nes bendruomenės vis jo prašė. Ji moko komandas, o ne pavienius žmones: tos pačios bendruomenės vadovas, tarybos narys, finansininkas ir paslaugų centro vadovas mokosi kartu ir atsineša tikrą užduotį iš savo krašto."
                ),
                heading("Kaip vyksta kursas"),
                para(
                    "Šeši kas mėnesį vykstantys dviejų dienų moduliai kaitaliojasi su namų darbais, skirtais pačios komandos užduočiai. Tarp modulių kiekviena komanda dirba su mentoriumi iš bendruomenės, jau išsprendusios panašią problemą, taip pat su kolegomis iš Estijos ir Lietuvos savivaldybių."
                ),
            ],
            "components": [
                "<p>Šešių mėnesių kursas savivaldybių komandoms iš trijų–penkių žmonių, nauja laida kasmet</p>",
                "<p>Patyrusių bendruomenių ir Estijos bei Lietuvos savivaldybių mentorystė</p>",
                "<p>Atvira kurso medžiagos, šablonų ir atvejų analizių biblioteka</p>",
            ],
            "results": [
                "<p>Kasmet apmokoma ne mažiau kaip 20 savivaldybių komandų</p>",
                "<p>Kiekviena komanda kurso metu atlieka tikrą planavimo, biudžeto ar paslaugų užduotį</p>",
                "<p>Kurso medžiaga visoms bendruomenėms prieinama pagal atvirąją licenciją</p>",
            ],
        },
    },
}

PEER_MENTORING = {
    "slug": "baltic-ukrainian-peer-mentoring",
    "hero": ("Project: study visit to a municipal office by the sea", "teal"),
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2023, 10, 31),
    "precision": PeriodPrecision.MONTH,
    "budget": ("220000", "EUR", None, None),
    "organisations": [
        ("regional-democracy-council", DONOR),
        ("publisher", IMPLEMENTER),
        ("riverside-municipalities", PARTNER),
        ("service-lab", PARTNER),
    ],
    "tags": ["local-democracy", "decentralisation", "civil-society"],
    "legacy": {"en": 486, "uk": 902, "lt": 215},
    "interest": 0.5,
    "contact": ("mykola.shevchuk@open-communities.example", "+380 44 123 45 74"),
    "communities": [
        ("kiviranna", "harju-county", "59.361200", "24.953800"),
        ("pusynai", "utena-county"),
        ("kamianyi-mist", "lviv-oblast"),
        ("berezovyi-yar", "chernihiv-oblast", "51.451700", "31.302400"),
    ],
    "text": {
        "en": {
            "title": "Peer mentoring between Baltic and Ukrainian municipalities",
            "goal": "Hromadas rebuilding their services after 2022 learn from Estonian and Lithuanian municipalities that went through administrative reform — and the mentors learn from them.",
            "summary": "Eighteen months of paired mentoring between municipalities in Harju and Utena counties and hromadas in Lviv and Chernihiv oblasts: study visits, joint working groups and shared service templates.",
            "contact": ("Mykola Shevchuk", "Project manager"),
            "body": [
                para(
                    "Each pair of municipalities worked on one problem chosen by the Ukrainian partner: keeping a service centre open during power cuts, registering displaced residents or reorganising school transport. Mentors visited the hromadas twice and hosted return visits, and the pairs met online every month."
                ),
                quote(
                    "We came to teach and took home a way of running council meetings online that our own residents now prefer.",
                    "Kadi Mets",
                    "Municipal Secretary",
                    "Kiviranna",
                ),
            ],
            "components": [
                "<p>Four mentoring pairs of Baltic municipalities and Ukrainian hromadas</p>",
                "<p>Eight study visits in both directions</p>",
                "<p>Monthly online working groups on the problem each pair chose</p>",
                "<p>A shared library of service templates and procedures</p>",
            ],
            "results": [
                "<p>Four service improvements introduced in the partner hromadas</p>",
                "<p>26 templates and procedures shared and translated</p>",
                "<p>Three pairs still cooperating after the project</p>",
            ],
        },
        "uk": {
            "slug": "nastavnytstvo-mizh-baltiiskymy-ta-ukrainskymy-hromadamy",
            "title": "Наставництво між балтійськими та українськими громадами",
            "goal": "Громади, які відновлюють свої послуги після 2022 року, вчаться в естонських і литовських муніципалітетів, що пройшли адміністративну реформу, — а наставники вчаться в них.",
            "summary": "Півтора року парного наставництва між муніципалітетами повітів Гар’юмаа й Утена та громадами Львівської й Чернігівської областей: навчальні візити, спільні робочі групи й спільні шаблони послуг.",
            "contact": ("Микола Шевчук", "менеджер проєкту"),
            "body": [
                para(
                    "Кожна пара працювала над однією проблемою, яку обрав український партнер: як утримати ЦНАП відкритим під час відключень електроенергії, як реєструвати внутрішньо переміщених осіб чи як перебудувати шкільні перевезення. Наставники двічі приїздили до громад і приймали зворотні візити, а пари щомісяця зустрічалися онлайн."
                ),
                quote(
                    "Ми приїхали навчати, а повезли додому спосіб проводити засідання ради онлайн, який тепер більше подобається нашим власним мешканцям.",
                    "Каді Метс",
                    "секретарка муніципалітету",
                    "Ківіранна",
                ),
            ],
            "components": [
                "<p>Чотири пари наставництва: балтійські муніципалітети й українські громади</p>",
                "<p>Вісім навчальних візитів в обидва боки</p>",
                "<p>Щомісячні онлайн-робочі групи над проблемою, яку обрала кожна пара</p>",
                "<p>Спільна бібліотека шаблонів і процедур надання послуг</p>",
            ],
            "results": [
                "<p>Чотири покращення послуг, запроваджені в громадах-партнерках</p>",
                "<p>26 шаблонів і процедур, якими обмінялися й які переклали</p>",
                "<p>Три пари продовжують співпрацю після завершення проєкту</p>",
            ],
        },
        "et": {
            "slug": "balti-ja-ukraina-omavalitsuste-mentorlus",
            "title": "Balti ja Ukraina omavalitsuste mentorlus",
            "goal": "Kogukonnad, kes taastavad oma teenuseid pärast 2022. aastat, õpivad haldusreformi läbinud Eesti ja Leedu omavalitsustelt — ja mentorid õpivad neilt.",
            "summary": "Poolteist aastat paarismentorlust Harju ja Utena maakonna omavalitsuste ning Lvivi ja Tšernihivi oblasti kogukondade vahel: õppevisiidid, ühised töörühmad ja jagatud teenusemallid.",
            "contact": ("Mõkola Ševtšuk", "projektijuht"),
            "body": [
                para(
                    "Iga omavalitsuste paar töötas ühe probleemi kallal, mille valis Ukraina partner: kuidas hoida teeninduskeskus elektrikatkestuste ajal avatuna, kuidas registreerida sisepõgenikke või kuidas korraldada ümber koolitransport. Mentorid külastasid kogukondi kaks korda ja võtsid vastu vastuvisiite ning paarid kohtusid igal kuul veebis."
                ),
                quote(
                    "Tulime õpetama, aga viisime koju võtte, kuidas pidada volikogu istungeid veebis — ja seda eelistavad nüüd meie oma elanikud.",
                    "Kadi Mets",
                    "vallasekretär",
                    "Kiviranna",
                ),
            ],
            "components": [
                "<p>Neli mentorpaari Balti omavalitsustest ja Ukraina kogukondadest</p>",
                "<p>Kaheksa õppevisiiti mõlemas suunas</p>",
                "<p>Igakuised veebitöörühmad iga paari valitud probleemi kallal</p>",
                "<p>Teenusemallide ja töökordade ühine raamatukogu</p>",
            ],
            "results": [
                "<p>Partnerkogukondades võeti kasutusele neli teenuse parendust</p>",
                "<p>Jagati ja tõlgiti 26 malli ja töökorda</p>",
                "<p>Kolm paari jätkavad koostööd ka pärast projekti</p>",
            ],
        },
        "lt": {
            "slug": "baltijos-ir-ukrainos-savivaldybiu-mentoryste",
            "title": "Baltijos ir Ukrainos savivaldybių mentorystė",
            "goal": "Bendruomenės, po 2022 m. atkuriančios savo paslaugas, mokosi iš administracinę reformą įgyvendinusių Estijos ir Lietuvos savivaldybių, o mentoriai – iš jų.",
            "summary": "Pusantrų metų porinės mentorystės tarp Harju ir Utenos apskričių savivaldybių ir Lvivo bei Černihivo sričių bendruomenių: mokomieji vizitai, bendros darbo grupės ir bendri paslaugų šablonai.",
            "contact": ("Mykola Ševčuk", "projekto vadovas"),
            "body": [
                para(
                    "Kiekviena savivaldybių pora dirbo su viena Ukrainos partnerio pasirinkta problema: kaip išlaikyti paslaugų centrą atvirą per elektros tiekimo sutrikimus, kaip registruoti šalies viduje perkeltus asmenis ar kaip pertvarkyti mokinių pavėžėjimą. Mentoriai du kartus lankėsi bendruomenėse ir priėmė atsakomuosius vizitus, o poros kas mėnesį susitikdavo internetu."
                ),
                quote(
                    "Atvykome mokyti, o namo parsivežėme būdą rengti tarybos posėdžius internetu, kurį dabar labiau mėgsta mūsų pačių gyventojai.",
                    "Kadi Mets",
                    "savivaldybės sekretorė",
                    "Kiviranna",
                ),
            ],
            "components": [
                "<p>Keturios mentorystės poros: Baltijos savivaldybės ir Ukrainos bendruomenės</p>",
                "<p>Aštuoni mokomieji vizitai abiem kryptimis</p>",
                "<p>Kas mėnesį vykstančios internetinės darbo grupės kiekvienos poros pasirinkta tema</p>",
                "<p>Bendra paslaugų šablonų ir procedūrų biblioteka</p>",
            ],
            "results": [
                "<p>Partnerių bendruomenėse įdiegti keturi paslaugų patobulinimai</p>",
                "<p>Pasidalyta 26 šablonais ir procedūromis, jie išversti</p>",
                "<p>Trys poros bendradarbiauja ir pasibaigus projektui</p>",
            ],
        },
    },
}

# Estonian only: a small local project that the other language editions do not carry.
VILLAGE_DIGITAL_HELP = {
    "slug": "kulade-digiabi-tartumaal",
    "source": "et",
    "hero": ("Project: village hall in Tartu County on an autumn day", "green"),
    "start": ("year", -1, 4, 1),
    "end": ("year", 0, 10, 31),
    "budget": ("38500", "EUR", None, None),
    "programme": "nordic-small-grants",
    "organisations": [
        ("nordic-fund", DONOR),
        ("emajogi-villages", IMPLEMENTER),
        ("service-lab", PARTNER),
    ],
    "tags": ["digital-government", "e-participation", "accessibility"],
    "interest": 0.8,
    "contact": ("liis@emajoe-kylad.example", "+372 5301 2274"),
    "communities": [
        ("pajuranna", "tartu-county", "58.431800", "26.934200"),
        ("vooremetsa", "tartu-county", "58.602500", "26.751300"),
        ("sinikalda", "tartu-county", "58.291600", "26.552700"),
        ("raudsilla", "tartu-county"),
    ],
    "text": {
        "et": {
            "title": "Külade digiabi Tartumaal",
            "goal": "Tartumaa väikeste külade eakad elanikud saavad e-teenused — digiretseptid, toetuste taotlemise ja e-hääletamise — kasutusele võtta koos abilisega oma külamajas.",
            "summary": "Vabatahtlikud digiabilised ja igakuised nõustamispäevad neljas Tartumaa külamajas, koostöös külaseltside ja Avalike Teenuste Disainilaboriga.",
            "contact": ("Liis Pärnaste", "projektijuht"),
            "body": [
                para(
                    "Eestis on peaaegu kõik riigiteenused veebis, kuid väikestes külades elab palju inimesi, kellel pole ID-kaardi lugejat, nutitelefoni ega kedagi, kellelt küsida. Projekt koolitas igas külas kaks vabatahtlikku digiabilist ja korraldas kord kuus külamajas nõustamispäeva, kuhu võis tulla oma arvuti, telefoni või lihtsalt küsimusega."
                ),
                quote(
                    "Kõige sagedasem küsimus polnud tehniline. Inimesed tahtsid teada, kas nad teevad midagi valesti, kui nupule vajutavad.",
                    "Maie Rebane",
                    "digiabiline",
                    "Vooremetsa küla",
                ),
            ],
            "components": [
                "<p>Kaheksa vabatahtliku digiabilise koolitus</p>",
                "<p>Igakuised nõustamispäevad neljas külamajas</p>",
                "<p>Lihtsas keeles juhendid levinumate e-teenuste kohta</p>",
            ],
            "results": [
                "<p>Nõustamispäevadel käis 212 elanikku</p>",
                "<p>Kolm küla jätkavad nõustamispäevadega omal jõul</p>",
            ],
        },
    },
}

PROJECTS = [
    SERVICE_CENTRES_2017,
    SERVICE_CENTRES,
    OPEN_BUDGETS,
    YOUTH_COUNCILS,
    GENDER_BUDGETING,
    ACADEMY,
    PEER_MENTORING,
    VILLAGE_DIGITAL_HELP,
]
