"""Events demo: an events index per language and nine invented events around today's date.

Dates are offsets from ``timezone.localdate()`` (a conference in three weeks, a seminar that is
happening now, a training from four months ago), so a freshly loaded demo always has upcoming,
ongoing and past events, open and closed applications. Most events are written by hand in all
four languages and linked as Wagtail translations; one exists in Ukrainian only. Every person,
venue and address is invented. The events are the module-level ``EVENTS`` list at the end.

Each step looks up what it would create first (pages by slug and translation key, images by
title, view counters by page), so running the demo again adds nothing.
"""

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from core.demo.blocks import heading, para, quote
from core.demo.images import ensure_image
from core.demo.pages import child_page, publish, translation
from core.demo.shared import in_locale, seed_view_total
from core.models import RelatedRead, TaggedPage
from viewcounts.models import PageViewDay

from .models import (
    EventGalleryImage,
    EventIndexPage,
    EventKind,
    EventLearningOutcome,
    EventOccurrence,
    EventOrganisation,
    EventPage,
    EventSession,
    EventSpeaker,
    OrganisationRole,
)

# --- the index ---------------------------------------------------------------------------------

INDEX = {
    "en": {
        "title": "Events",
        "intro": "<p>Conferences, trainings, seminars and webinars for municipalities, public servants and civic groups — with dates, venues and application deadlines.</p>",
    },
    "uk": {
        "title": "Події",
        "intro": "<p>Конференції, навчальні програми, семінари й вебінари для громад, публічних службовців і громадських організацій — з датами, місцями проведення та кінцевими термінами подання заявок.</p>",
    },
    "et": {
        "title": "Sündmused",
        "intro": "<p>Konverentsid, koolitused, seminarid ja veebiseminarid omavalitsustele, avalikele teenistujatele ja vabaühendustele — kuupäevade, toimumiskohtade ja taotluste tähtaegadega.</p>",
    },
    "lt": {
        "title": "Renginiai",
        "intro": "<p>Konferencijos, mokymai, seminarai ir vebinarai savivaldybėms, valstybės tarnautojams ir pilietinėms organizacijoms – su datomis, vietomis ir paraiškų terminais.</p>",
    },
}

# Editor-picked related reads (source slugs, in order); each edition gets the picks of its language.
RELATED = {
    "service-centres-conference": ["service-centres-mini-conference", "service-design-school"],
    "service-centres-mini-conference": ["service-centres-conference"],
    "service-design-school": ["gender-responsive-budgeting-training", "open-budget-data-workshop"],
}

# The news article (news plugin, source slug) that reports on the past mini-conference.
REPORTS = {"service-centres-mini-conference": "service-centres-mini-conference"}

# How many readers each language edition has, relative to English, for the seeded view counts.
AUDIENCE = {"en": 1.0, "uk": 1.4, "et": 0.5, "lt": 0.45}

SPEAKER_PALETTES = ("blue", "green", "teal", "violet", "amber", "slate")

# The events themselves (EVENTS) are at the end of this module.


# --- loading -----------------------------------------------------------------------------------


def load(demo):
    indexes = _indexes(demo)
    today = timezone.localdate()
    pages = {}  # source slug -> {language code: page}
    for event in EVENTS:
        editions = _load_event(demo, indexes, event, today)
        if editions:
            pages[event["slug"]] = editions
    _link_related_reads(pages)
    linked = _link_news_reports(demo, pages)
    for event in EVENTS:
        for code, page in pages.get(event["slug"], {}).items():
            _seed_views(page, code, event)
    demo.extra["event_indexes"] = indexes
    demo.extra["events"] = pages
    total = sum(len(editions) for editions in pages.values())
    demo.log(f"Events: {len(indexes)} indexes, {len(pages)} events in {total} language editions, {linked} news reports linked.")


def _indexes(demo):
    source_code = demo.source_locale.language_code
    source = child_page(demo.homes[source_code], EventIndexPage, slug="events", show_in_menus=True, **INDEX[source_code])
    indexes = {source_code: source}
    for code, locale in demo.locales.items():
        if code != source_code and code in demo.homes and code in INDEX:
            indexes[code] = translation(source, locale, slug="events", show_in_menus=True, **INDEX[code])
    return indexes


def _source_code(demo, event, indexes):
    """The language the event is created in first: the site's own if the event has it."""
    preferred = demo.source_locale.language_code
    if preferred in event["text"]:
        return preferred
    return next((code for code in event["text"] if code in indexes), None)


def _moment(today, spec):
    """``(days from today, "HH:MM" or None)`` as a date and an optional time."""
    if spec is None:
        return None, None
    offset, clock = spec
    return today + dt.timedelta(days=offset), dt.time.fromisoformat(clock) if clock else None


def _images(event):
    slug = event["slug"]
    hero_title, hero_palette = event["hero"]
    return {
        "hero": ensure_image(hero_title, key=f"event-{slug}", palette=hero_palette),
        "gallery": [
            ensure_image(title, key=f"event-{slug}-gallery-{number}", palette=palette)
            for number, (title, palette) in enumerate(event.get("gallery", []), start=1)
        ],
    }


def _speaker_photo(name):
    """A portrait placeholder per person, shared by every event the person speaks at."""
    palette = SPEAKER_PALETTES[sum(map(ord, name)) % len(SPEAKER_PALETTES)]
    return ensure_image(f"Speaker: {name}", key=f"speaker-{name}", palette=palette)


def _check(event, code, text, name, expected):
    if len(text.get(name, [])) != expected:
        raise ValueError(f"{event['slug']} [{code}]: {len(text.get(name, []))} {name} for {expected} in the event")


def _fields(demo, event, code, images, photos, today):
    """What one language edition of ``event`` holds, ready for the page constructor or setattr."""
    text = event["text"][code]
    locale = demo.locales[code]
    start_date, start_time = _moment(today, event["start"])
    end_date, end_time = _moment(today, event.get("end"))
    if end_date == start_date:
        end_date = None  # a one-day event
    deadline_date, deadline_time = _moment(today, event.get("deadline"))

    occurrences = event.get("occurrences") or [{"start": event["start"], "end": event.get("end")}]
    _check(event, code, text, "occurrences", len(occurrences))
    _check(event, code, text, "sessions", len(event.get("sessions", [])))
    _check(event, code, text, "speakers", len(photos))
    _check(event, code, text, "gallery", len(images["gallery"]))

    occurrence_rows = []
    for number, (spec, (city, venue, address)) in enumerate(zip(occurrences, text["occurrences"], strict=True)):
        day, time = _moment(today, spec["start"])
        last_day, last_time = _moment(today, spec.get("end"))
        occurrence_rows.append(
            EventOccurrence(
                city=city,
                venue=venue,
                address=address,
                online_url=spec.get("online_url", ""),
                start_date=day,
                start_time=time,
                end_date=last_day if last_day != day else None,
                end_time=last_time,
                sort_order=number,
            )
        )

    speaker_names = [name for name, _role, _organisation in text.get("speakers", [])]
    session_rows = []
    for number, ((day_index, starts, ends, who), item) in enumerate(
        zip(event.get("sessions", []), text.get("sessions", []), strict=True)
    ):
        title, description = (item, "") if isinstance(item, str) else item
        session_rows.append(
            EventSession(
                day=start_date + dt.timedelta(days=day_index),
                start_time=dt.time.fromisoformat(starts) if starts else None,
                end_time=dt.time.fromisoformat(ends) if ends else None,
                title=title,
                description=description,
                speakers=", ".join(speaker_names[index] for index in who),
                sort_order=number,
            )
        )

    fields = {
        "title": text["title"],
        "summary": text["summary"],
        "kind": event["kind"],
        "time_zone": event["time_zone"],
        "start_date": start_date,
        "start_time": start_time,
        "end_date": end_date,
        "end_time": end_time,
        "open_end": event.get("open_end", False),
        "audience": text.get("audience", ""),
        "format": text.get("format", ""),
        "team_size": text.get("team_size", ""),
        "places": text.get("places", ""),
        "is_free": event.get("cost") is None,
        "cost_amount": Decimal(event["cost"]) if event.get("cost") else None,
        "cost_currency": "EUR",
        "deadline_date": deadline_date,
        "deadline_time": deadline_time,
        "apply_url": event.get("apply_url", ""),
        "apply_email": event.get("apply_email", ""),
        "hero_image": images["hero"],
        "body": text["body"],
        "funding_programme": None,
        "views_before_migration": event.get("legacy", 0),
        "occurrences": occurrence_rows,
        "learning_outcomes": [
            EventLearningOutcome(text=outcome, sort_order=n) for n, outcome in enumerate(text.get("outcomes", []))
        ],
        "organisations": [
            EventOrganisation(organisation=in_locale(demo.organisations[key], locale), role=role, sort_order=n)
            for n, (key, role) in enumerate(event["organisations"])
            if key in demo.organisations
        ],
        "speakers": [
            EventSpeaker(name=name, role=role, organisation=organisation, photo=photo, sort_order=n)
            for n, ((name, role, organisation), photo) in enumerate(zip(text.get("speakers", []), photos, strict=True))
        ],
        "sessions": session_rows,
        "gallery_images": [
            EventGalleryImage(image=image, caption=caption, credit=text.get("credit", ""), sort_order=n)
            for n, (image, caption) in enumerate(zip(images["gallery"], text.get("gallery", []), strict=True))
        ],
    }
    programme = demo.extra.get("funding", {}).get(event.get("programme"))
    if programme is not None:
        fields["funding_programme"] = in_locale(programme, locale)
    return fields


def _load_event(demo, indexes, event, today):
    """Create (once) the source edition of ``event`` and its hand-written translations."""
    source_code = _source_code(demo, event, indexes)
    if source_code is None:
        return {}
    images = _images(event)
    source_text = event["text"][source_code]
    photos = [_speaker_photo(name) for name, _role, _organisation in source_text.get("speakers", [])]
    tags = [demo.extra["tags"][slug] for slug in event["tags"] if slug in demo.extra.get("tags", {})]
    source = child_page(
        indexes[source_code],
        EventPage,
        slug=source_text.get("slug", event["slug"]),
        tagged_items=[TaggedPage(tag=tag) for tag in tags],
        **_fields(demo, event, source_code, images, photos, today),
    )
    editions = {source_code: source}
    for code, text in event["text"].items():
        if code == source_code or code not in indexes:
            continue
        editions[code] = translation(
            source,
            demo.locales[code],
            slug=text.get("slug", event["slug"]),
            related_reads=[],  # set below, pointing at pages of the same language
            **_fields(demo, event, code, images, photos, today),
        )
    return editions


def _link_related_reads(pages):
    for slug, picks in RELATED.items():
        picks = [pick for pick in picks if pick in pages]
        for code, page in pages.get(slug, {}).items():
            wanted = [pages[pick][code].pk for pick in picks if code in pages[pick]]
            current = list(RelatedRead.objects.filter(source_id=page.pk).order_by("sort_order").values_list("page_id", flat=True))
            if current != wanted:
                page.related_reads = [RelatedRead(page_id=pk, sort_order=number) for number, pk in enumerate(wanted)]
                pages[slug][code] = publish(page)


def _link_news_reports(demo, pages):
    """Point the news plugin's report at its event, in every language both exist in.

    The news plugin passes its pages on in ``demo.extra["news"]``; without it (or without the
    article) there is nothing to link, and the events demo loads all the same.
    """
    news = demo.extra.get("news") or {}
    linked = 0
    for event_slug, article_slug in REPORTS.items():
        events = pages.get(event_slug) or {}
        articles = news.get(article_slug) or {}
        for code, article in articles.items():
            event = events.get(code)
            if event is None or not hasattr(article, "related_event_id"):
                continue
            article = type(article).objects.get(pk=article.pk)
            if article.related_event_id != event.pk:
                article.related_event = event
                articles[code] = publish(article)
            linked += 1
    return linked


def _seed_views(page, code, event):
    """A fortnight of daily view buckets and a running total, deterministic per page."""
    weight = event.get("views", 1.0)
    rng = random.Random(f"event-views/{code}/{event['slug']}")
    today = timezone.localdate()
    audience = AUDIENCE.get(code, 0.5)
    for days_back in range(14):
        views = round(rng.randint(0, 12) * weight * audience)
        if views:
            PageViewDay.objects.get_or_create(
                page_id=page.pk, day=today - dt.timedelta(days=days_back), defaults={"views": views}
            )
    seed_view_total(page, earlier=round(rng.randint(20, 90) * weight * audience))


# --- the events --------------------------------------------------------------------------------
# ``start``, ``end`` and ``deadline`` are (days from today, "HH:MM" or None for a whole day / the
# end of the day), on the clock of the event's ``time_zone``. Sessions are (day of the event from
# 0, starts, ends, indexes into the speakers list). ``organisations`` name keys of
# ``demo.organisations`` (core.demo.taxonomy), ``programme`` a funding programme, ``tags`` tag slugs.
# Each language's ``occurrences``, ``sessions``, ``speakers`` and ``gallery`` lists run parallel to
# the event's own.

SERVICE_CENTRES_CONFERENCE = {
    "slug": "service-centres-conference",
    "kind": EventKind.CONFERENCE,
    "time_zone": "Europe/Kyiv",
    "start": (21, "09:30"),
    "end": (23, "15:00"),
    "deadline": (10, "18:00"),
    "apply_url": "https://open-communities.example/events/service-centres/register",
    "apply_email": "events@open-communities.example",
    "organisations": [
        ("publisher", OrganisationRole.ORGANISER),
        ("national-office", OrganisationRole.ORGANISER),
        ("nordic-fund", OrganisationRole.FUNDER),
        ("service-lab", OrganisationRole.PARTNER),
        ("riverside-municipalities", OrganisationRole.PARTNER),
    ],
    "programme": "nordic-small-grants",
    "tags": ["administrative-services", "decentralisation", "digital-government", "accessibility"],
    "hero": ("Conference hall prepared for the service centre heads' meeting", "blue"),
    "views": 2.0,
    "sessions": [
        (0, "09:30", "10:00", ()),
        (0, "10:00", "11:00", (0, 1)),
        (0, "11:15", "13:00", (0, 5)),
        (0, "14:00", "16:30", (5,)),
        (1, "09:30", "11:00", (2, 1)),
        (1, "11:30", "13:00", (3,)),
        (1, "14:00", "16:30", (4,)),
        (2, "09:30", "12:30", ()),
        (2, "13:30", "15:00", (0, 5)),
    ],
    "text": {
        "en": {
            "title": "Mini-conference of heads of administrative service centres",
            "summary": "Three days in Kyiv for the heads of administrative service centres: what a common standard of service should guarantee, how to keep mobile offices running all year and which digital tools are worth what they cost.",
            "audience": "Heads and deputy heads of the administrative service centres of hromadas, and regional staff who coordinate the centres. One or two people per centre.",
            "format": "Three days: plenary sessions in the mornings, working groups in the afternoons and a study visit on the last day.",
            "places": "Up to 60 participants; centres that took part in the pilots are invited first.",
            "outcomes": [
                "Compare your centre's waiting times and opening hours with those of similar hromadas",
                "Agree on the minimum every centre should guarantee to residents, wherever they live",
                "Plan a year-round schedule for a mobile office, winter months included",
                "Judge which digital tools pay off for a small centre and which do not",
            ],
            "body": [
                para(
                    "At their recent one-day meeting, heads of service centres kept coming back to the same question: can a resident of a village of two hundred people expect the same service as someone living in a regional centre? This time there are three days to answer it properly — and to write the answer down as a draft common standard of service.",
                    "Mornings are for short presentations and discussion in plenary; afternoons are for working groups of eight to ten people, each with a facilitator and a note-taker. On the last day participants visit a district service centre in Kyiv that reorganised its front desk last year.",
                ),
                heading("Travel and accommodation"),
                para(
                    "Participation is free of charge. For centres of hromadas with fewer than 30,000 residents the organisers cover travel and two nights of accommodation for one person. Please register by the deadline: places are limited and confirmed in the order of registration."
                ),
            ],
            "occurrences": [("Kyiv", "Hromada House conference centre", "22 Kvitneva Street, Kyiv 04070")],
            "speakers": [
                ("Taras Lytvynenko", "Deputy Head", "National Office for Local Self-Government"),
                ("Olena Hrytsenko", "Head of the Administrative Service Centre", "Stepova Dolyna hromada"),
                ("Andrii Moroz", "Coordinator of mobile offices", "Lisovi Hai hromada"),
                ("Liis Kask", "Service designer", "Public Service Design Lab"),
                ("Aušra Vaitkutė", "Accessibility adviser", "Association of Riverside Municipalities"),
                ("Marta Savchuk", "Programme manager, moderator", "Open Communities Network"),
            ],
            "sessions": [
                "Registration and coffee",
                "Opening: a year after the pilots",
                (
                    "A common standard of service: what should every centre guarantee?",
                    "Discussion of the draft standard prepared by the National Office.",
                ),
                "Working groups: opening hours, consultation desks, waiting-time data",
                "Mobile offices all year round: schedules, transport and safety",
                "Electronic queues and pre-booking: what they really cost",
                ("Checking our own centres for accessibility", "Bring photos of your centre's entrance, waiting area and desks."),
                "Study visit to a district service centre in Kyiv",
                "Closing: what we agree on and what comes next",
            ],
        },
        "uk": {
            "slug": "mini-konferentsiia-tsnap-standart-obsluhovuvannia",
            "title": "Міні-конференція керівників центрів надання адміністративних послуг",
            "summary": "Три дні в Києві для керівників ЦНАП: що має гарантувати спільний стандарт обслуговування, як забезпечити роботу мобільних офісів цілий рік і які цифрові інструменти справді варті своїх грошей.",
            "audience": "Керівники та заступники керівників центрів надання адміністративних послуг територіальних громад, а також працівники обласних адміністрацій, які координують роботу ЦНАП. Одна-дві особи від центру.",
            "format": "Три дні: пленарні сесії зранку, робочі групи після обіду та навчальний візит в останній день.",
            "places": "До 60 учасників; першочергово запрошуємо центри, що брали участь у пілотах.",
            "outcomes": [
                "Порівняти час очікування та графік роботи свого центру з показниками подібних громад",
                "Домовитися про мінімум, який кожен центр має гарантувати мешканцям незалежно від місця проживання",
                "Спланувати цілорічний графік мобільного офісу, зокрема на зимові місяці",
                "Оцінити, які цифрові інструменти окупаються в невеликому центрі, а які — ні",
            ],
            "body": [
                para(
                    "На нещодавній одноденній зустрічі керівники ЦНАП раз у раз поверталися до одного питання: чи може мешканець села на двісті людей розраховувати на таке саме обслуговування, як мешканець обласного центру? Цього разу маємо три дні, щоб відповісти на нього ґрунтовно — і записати відповідь як проєкт спільного стандарту обслуговування.",
                    "Ранок — для коротких презентацій і дискусії в пленарному форматі, друга половина дня — для робочих груп по вісім–десять осіб, кожна з фасилітатором і нотатником. В останній день учасники відвідають районний ЦНАП у Києві, який торік змінив організацію фронт-офісу.",
                ),
                heading("Проїзд і проживання"),
                para(
                    "Участь безкоштовна. Для центрів громад із населенням до 30 тисяч осіб організатори покривають проїзд і дві ночі проживання для однієї особи. Будь ласка, зареєструйтеся до кінцевого терміну: кількість місць обмежена, участь підтверджуємо в порядку реєстрації."
                ),
            ],
            "occurrences": [("Київ", "Конференц-центр «Дім громад»", "вул. Квітнева, 22, Київ 04070")],
            "speakers": [
                ("Тарас Литвиненко", "заступник голови", "Національне бюро з питань місцевого самоврядування"),
                ("Олена Гриценко", "начальниця ЦНАП", "Степоводолинська громада"),
                ("Андрій Мороз", "координатор мобільних офісів", "Лісовогаївська громада"),
                ("Ліїс Каск", "дизайнерка послуг", "Лабораторія дизайну публічних послуг"),
                ("Аушра Вайткуте", "радниця з питань доступності", "Асоціація прирічкових громад"),
                ("Марта Савчук", "менеджерка програм, модераторка", "Мережа відкритих громад"),
            ],
            "sessions": [
                "Реєстрація та кава",
                "Відкриття: рік після пілотів",
                (
                    "Спільний стандарт обслуговування: що має гарантувати кожен центр?",
                    "Обговорення проєкту стандарту, підготовленого Національним бюро.",
                ),
                "Робочі групи: графік роботи, консультаційні віконця, дані про час очікування",
                "Мобільні офіси цілий рік: графіки, транспорт і безпека",
                "Електронна черга й попередній запис: скільки це коштує насправді",
                (
                    "Перевіряємо доступність власних центрів",
                    "Візьміть із собою фото входу, зони очікування та робочих місць свого центру.",
                ),
                "Навчальний візит до районного ЦНАП у Києві",
                "Закриття: про що домовилися і що далі",
            ],
        },
        "et": {
            "slug": "haldusteenuste-keskuste-juhtide-minikonverents",
            "title": "Haldusteenuste keskuste juhtide minikonverents",
            "summary": "Kolm päeva Kyivis haldusteenuste keskuste juhtidele: mida peaks ühine teenindusstandard tagama, kuidas hoida mobiilseid teeninduspunkte töös aasta ringi ja millised digitööriistad on oma hinda väärt.",
            "audience": "Kogukondade haldusteenuste keskuste juhid ja asejuhid ning piirkondlike administratsioonide töötajad, kes keskuste tööd koordineerivad. Üks või kaks inimest keskuse kohta.",
            "format": "Kolm päeva: hommikuti täiskogu sessioonid, pärastlõunati töörühmad ja viimasel päeval õppekäik.",
            "places": "Kuni 60 osalejat; esmalt kutsutakse pilootprojektides osalenud keskused.",
            "outcomes": [
                "Võrrelda oma keskuse ooteaegu ja lahtiolekuaegu sarnaste kogukondade omadega",
                "Leppida kokku miinimumis, mida iga keskus peab elanikele tagama, olenemata nende elukohast",
                "Planeerida mobiilse teeninduspunkti aastaringne graafik, ka talvekuudeks",
                "Hinnata, millised digitööriistad tasuvad end väikeses keskuses ära ja millised mitte",
            ],
            "body": [
                para(
                    "Hiljutisel ühepäevasel kohtumisel pöördusid teeninduskeskuste juhid ikka ja jälle tagasi sama küsimuse juurde: kas kahesaja elanikuga küla elanik võib oodata sama teenindust kui piirkonnakeskuse elanik? Seekord on kolm päeva, et sellele põhjalikult vastata — ja panna vastus kirja ühise teenindusstandardi eelnõuna.",
                    "Hommikud on lühikeste ettekannete ja täiskogu arutelu jaoks, pärastlõunad kaheksa- kuni kümneliikmeliste töörühmade jaoks, millest igaühel on oma moderaator ja protokollija. Viimasel päeval külastavad osalejad üht Kyivi linnaosa teeninduskeskust, mis korraldas eelmisel aastal ümber oma klienditeeninduse.",
                ),
                heading("Reis ja majutus"),
                para(
                    "Osalemine on tasuta. Alla 30 000 elanikuga kogukondade keskustele katavad korraldajad ühe inimese sõidu- ja kahe öö majutuskulud. Palun registreeruge tähtajaks: kohtade arv on piiratud ja osalemine kinnitatakse registreerumise järjekorras."
                ),
            ],
            "occurrences": [("Kyiv", "Konverentsikeskus Hromada House", "Kvitneva tänav 22, Kyiv 04070")],
            "speakers": [
                ("Taras Lytvynenko", "Asejuht", "Kohaliku Omavalitsuse Riiklik Büroo"),
                ("Olena Hrytsenko", "Haldusteenuste keskuse juhataja", "Stepova Dolyna kogukond"),
                ("Andrii Moroz", "Mobiilsete teeninduspunktide koordinaator", "Lisovi Hai kogukond"),
                ("Liis Kask", "Teenusedisainer", "Avalike Teenuste Disainilabor"),
                ("Aušra Vaitkutė", "Ligipääsetavuse nõunik", "Jõeäärsete Omavalitsuste Liit"),
                ("Marta Savchuk", "Programmijuht, moderaator", "Avatud Kogukondade Võrgustik"),
            ],
            "sessions": [
                "Registreerimine ja kohv",
                "Avamine: aasta pärast pilootprojekte",
                (
                    "Ühine teenindusstandard: mida peab iga keskus tagama?",
                    "Arutelu Riikliku Büroo koostatud standardi eelnõu üle.",
                ),
                "Töörühmad: lahtiolekuajad, nõustamislauad, ooteaegade andmed",
                "Mobiilsed teeninduspunktid aasta ringi: graafikud, transport ja turvalisus",
                "Elektrooniline järjekord ja eelbroneerimine: mida need tegelikult maksavad",
                (
                    "Oma keskuste ligipääsetavuse kontroll",
                    "Võtke kaasa fotod oma keskuse sissepääsust, ooteruumist ja teenindustöökohtadest.",
                ),
                "Õppekäik Kyivi linnaosa teeninduskeskusesse",
                "Lõpetamine: milles kokku leppisime ja mis saab edasi",
            ],
        },
        "lt": {
            "slug": "administraciniu-paslaugu-centru-vadovu-minikonferencija",
            "title": "Administracinių paslaugų centrų vadovų minikonferencija",
            "summary": "Trys dienos Kyjive administracinių paslaugų centrų vadovams: ką turėtų užtikrinti bendras aptarnavimo standartas, kaip mobiliuosius biurus išlaikyti veikiančius ištisus metus ir kurios skaitmeninės priemonės atsiperka.",
            "audience": "Bendruomenių administracinių paslaugų centrų vadovai ir jų pavaduotojai, taip pat regionų administracijų darbuotojai, koordinuojantys centrų darbą. Vienas ar du žmonės iš centro.",
            "format": "Trys dienos: rytais plenarinės sesijos, popietėmis darbo grupės, paskutinę dieną – pažintinis vizitas.",
            "places": "Iki 60 dalyvių; pirmiausia kviečiami bandomuosiuose projektuose dalyvavę centrai.",
            "outcomes": [
                "Palyginti savo centro laukimo laiką ir darbo valandas su panašių bendruomenių rodikliais",
                "Susitarti dėl minimumo, kurį kiekvienas centras turi užtikrinti gyventojams, nesvarbu, kur jie gyvena",
                "Suplanuoti mobiliojo biuro darbo grafiką ištisiems metams, įskaitant žiemos mėnesius",
                "Įvertinti, kurios skaitmeninės priemonės mažam centrui atsiperka, o kurios – ne",
            ],
            "body": [
                para(
                    "Neseniai vykusiame vienos dienos susitikime paslaugų centrų vadovai vis grįždavo prie to paties klausimo: ar dviejų šimtų gyventojų kaimo gyventojas gali tikėtis tokio pat aptarnavimo kaip regiono centre gyvenantis žmogus? Šį kartą turime tris dienas, kad į jį atsakytume nuodugniai – ir atsakymą užrašytume kaip bendro aptarnavimo standarto projektą.",
                    "Rytai skirti trumpiems pranešimams ir plenarinei diskusijai, popietės – aštuonių–dešimties žmonių darbo grupėms, kurių kiekviena turi moderatorių ir protokolininką. Paskutinę dieną dalyviai aplankys vieną Kyjivo rajono paslaugų centrą, kuris pernai pertvarkė klientų aptarnavimą.",
                ),
                heading("Kelionė ir apgyvendinimas"),
                para(
                    "Dalyvavimas nemokamas. Bendruomenių, turinčių mažiau nei 30 000 gyventojų, centrams organizatoriai apmoka vieno žmogaus kelionę ir dviejų nakvynių apgyvendinimą. Registruokitės iki termino pabaigos: vietų skaičius ribotas, dalyvavimas patvirtinamas registracijos eilės tvarka."
                ),
            ],
            "occurrences": [("Kyjivas", "Konferencijų centras „Hromada House“", "Kvitnevos g. 22, Kyjivas 04070")],
            "speakers": [
                ("Taras Lytvynenko", "Vadovo pavaduotojas", "Nacionalinis vietos savivaldos biuras"),
                ("Olena Hrytsenko", "Administracinių paslaugų centro vadovė", "Stepova Dolynos bendruomenė"),
                ("Andrii Moroz", "Mobiliųjų biurų koordinatorius", "Lisovi Hajų bendruomenė"),
                ("Liis Kask", "Paslaugų dizainerė", "Viešųjų paslaugų dizaino laboratorija"),
                ("Aušra Vaitkutė", "Prieinamumo konsultantė", "Paupio savivaldybių asociacija"),
                ("Marta Savchuk", "Programų vadovė, moderatorė", "Atvirų bendruomenių tinklas"),
            ],
            "sessions": [
                "Registracija ir kava",
                "Atidarymas: metai po bandomųjų projektų",
                (
                    "Bendras aptarnavimo standartas: ką turi užtikrinti kiekvienas centras?",
                    "Nacionalinio biuro parengto standarto projekto aptarimas.",
                ),
                "Darbo grupės: darbo valandos, konsultacijų langeliai, laukimo laiko duomenys",
                "Mobilieji biurai ištisus metus: grafikai, transportas ir saugumas",
                "Elektroninė eilė ir išankstinė registracija: kiek tai iš tikrųjų kainuoja",
                ("Tikriname savo centrų prieinamumą", "Atsineškite savo centro įėjimo, laukiamojo ir darbo vietų nuotraukų."),
                "Pažintinis vizitas į Kyjivo rajono paslaugų centrą",
                "Uždarymas: dėl ko susitarėme ir kas toliau",
            ],
        },
    },
}

SERVICE_DESIGN_SCHOOL = {
    "slug": "service-design-school",
    "kind": EventKind.TRAINING,
    "time_zone": "Europe/Kyiv",
    "start": (24, "10:00"),
    "end": (109, "17:00"),
    "deadline": (5, None),
    "apply_email": "school@open-communities.example",
    "organisations": [
        ("publisher", OrganisationRole.ORGANISER),
        ("service-lab", OrganisationRole.METHODOLOGY),
        ("national-office", OrganisationRole.FUNDER),
    ],
    "programme": "capable-communities",
    "tags": ["training", "administrative-services", "decentralisation"],
    "hero": ("Municipal team mapping a public service on a wall of sticky notes", "violet"),
    "views": 2.5,
    "occurrences": [
        {"start": (24, "10:00"), "end": (25, "17:00")},
        {"start": (52, "10:00"), "end": (53, "17:00")},
        {"start": (80, "10:00"), "end": (81, "17:00")},
        {"start": (108, "10:00"), "end": (109, "17:00")},
    ],
    "text": {
        "en": {
            "title": "Service Design School for municipal teams",
            "summary": "A training programme in four cities for teams of four or five people from one municipality: map a public service from the resident's side, test one change within a month and measure what it achieved.",
            "audience": "Teams from municipalities and hromadas: a manager, one or two people who work with residents directly, and someone from IT or finance. A local NGO that works with the municipality may join the team.",
            "format": "Four two-day sessions in Lviv, Kharkiv, Odesa and Dnipro, with online mentoring between the sessions.",
            "team_size": "4–5 people",
            "places": "8–12 municipalities will be selected",
            "outcomes": [
                "Map a public service step by step from the resident's point of view",
                "Run short interviews and observations with residents and staff",
                "Turn findings into a small change that can be tested within a month",
                "Measure the effect with simple data the municipality already collects",
                "Present the change and its results to the council and to residents",
            ],
            "body": [
                para(
                    "Most municipal services are designed from the inside: around departments, forms and legal deadlines. Residents meet them from the outside, one step at a time. The Service Design School helps municipal teams see a service the way residents do and change what gets in their way — with methods that need neither consultants nor new software.",
                    "At the start each team chooses one service, for example enrolling a child in kindergarten or applying for a housing subsidy. Between the sessions teams interview residents, observe the front desk and test a small change; mentors from the Public Service Design Lab follow each team online.",
                ),
                heading("How to apply"),
                para(
                    "Send a short application — which service you want to improve, who is in the team and why — to school@open-communities.example. The selection committee looks for a clear choice of service, a team that includes people who work with residents, and the support of the municipality's leadership. Travel and accommodation for all four sessions are covered."
                ),
            ],
            "occurrences": [
                ("Lviv", "Tkatska Hub", "7 Tkatska Street, Lviv 79000"),
                ("Kharkiv", "City Library No. 3", "41 Sonyachna Street, Kharkiv 61000"),
                ("Odesa", "Harbour Lofts", "9 Portova Street, Odesa 65000"),
                ("Dnipro", "Riverside Innovation Centre", "27 Naberezhna Street, Dnipro 49000"),
            ],
            "speakers": [
                ("Liis Kask", "Lead trainer", "Public Service Design Lab"),
                ("Nazar Kravets", "Trainer and mentor", "Open Communities Network"),
            ],
        },
        "uk": {
            "slug": "shkola-dyzainu-posluh",
            "title": "Школа дизайну послуг для команд громад",
            "summary": "Навчальна програма в чотирьох містах для команд із чотирьох-п’яти осіб з однієї громади: пройти публічну послугу очима мешканця, протягом місяця випробувати одну зміну й виміряти її результат.",
            "audience": "Команди громад: керівник, одна-дві особи, які безпосередньо працюють із мешканцями, і хтось із ІТ чи фінансового відділу. До команди може долучитися місцева громадська організація, що співпрацює з громадою.",
            "format": "Чотири дводенні сесії у Львові, Харкові, Одесі та Дніпрі з онлайн-менторством між сесіями.",
            "team_size": "4–5 осіб",
            "places": "Буде відібрано 8–12 громад",
            "outcomes": [
                "Описати публічну послугу крок за кроком з погляду мешканця",
                "Проводити короткі інтерв’ю та спостереження з мешканцями й працівниками",
                "Перетворити висновки на невелику зміну, яку можна випробувати за місяць",
                "Виміряти ефект за допомогою простих даних, які громада вже збирає",
                "Представити зміну та її результати раді громади й мешканцям",
            ],
            "body": [
                para(
                    "Більшість муніципальних послуг створюють «зсередини»: довкола відділів, бланків і строків, визначених законом. Мешканці ж стикаються з ними «ззовні», крок за кроком. Школа дизайну послуг допомагає командам громад побачити послугу так, як її бачать мешканці, і змінити те, що заважає, — методами, які не потребують ні консультантів, ні нового програмного забезпечення.",
                    "На початку кожна команда обирає одну послугу, наприклад запис дитини до садочка чи оформлення житлової субсидії. Між сесіями команди розмовляють із мешканцями, спостерігають за роботою фронт-офісу й випробовують невелику зміну; ментори Лабораторії дизайну публічних послуг супроводжують кожну команду онлайн.",
                ),
                heading("Як подати заявку"),
                para(
                    "Надішліть коротку заявку — яку послугу ви хочете покращити, хто входить до команди і чому — на адресу school@open-communities.example. Відбіркова комісія звертатиме увагу на чіткий вибір послуги, склад команди (у ній мають бути люди, які працюють із мешканцями) та підтримку керівництва громади. Проїзд і проживання на всіх чотирьох сесіях покриває програма."
                ),
            ],
            "occurrences": [
                ("Львів", "Простір «Ткацька Хаб»", "вул. Ткацька, 7, Львів 79000"),
                ("Харків", "Міська бібліотека № 3", "вул. Сонячна, 41, Харків 61000"),
                ("Одеса", "«Харбор Лофтс»", "вул. Портова, 9, Одеса 65000"),
                ("Дніпро", "Прибережний інноваційний центр", "вул. Набережна, 27, Дніпро 49000"),
            ],
            "speakers": [
                ("Ліїс Каск", "провідна тренерка", "Лабораторія дизайну публічних послуг"),
                ("Назар Кравець", "тренер і ментор", "Мережа відкритих громад"),
            ],
        },
        "et": {
            "slug": "teenusedisaini-kool",
            "title": "Teenusedisaini kool omavalitsuste meeskondadele",
            "summary": "Koolitusprogramm neljas linnas ühe omavalitsuse nelja- kuni viieliikmelistele meeskondadele: vaadata avalikku teenust elaniku pilguga, katsetada kuu aja jooksul üht muudatust ja mõõta selle mõju.",
            "audience": "Omavalitsuste ja kogukondade meeskonnad: juht, üks või kaks otse elanikega töötavat inimest ning keegi IT- või rahandusvaldkonnast. Meeskonnaga võib liituda omavalitsusega koostööd tegev kohalik vabaühendus.",
            "format": "Neli kahepäevast sessiooni Lvivis, Harkivis, Odesas ja Dnipros, nende vahel veebipõhine mentorlus.",
            "team_size": "4–5 inimest",
            "places": "Valitakse 8–12 omavalitsust",
            "outcomes": [
                "Kirjeldada avalikku teenust samm-sammult elaniku vaatenurgast",
                "Viia läbi lühikesi intervjuusid ja vaatlusi elanike ning töötajatega",
                "Muuta leiud väikeseks muudatuseks, mida saab kuu ajaga katsetada",
                "Mõõta mõju lihtsate andmetega, mida omavalitsus juba kogub",
                "Tutvustada muudatust ja selle tulemusi volikogule ning elanikele",
            ],
            "body": [
                para(
                    "Enamik omavalitsuse teenuseid on kujundatud seestpoolt: osakondade, vormide ja seaduses sätestatud tähtaegade ümber. Elanikud puutuvad nendega kokku väljastpoolt, samm-sammult. Teenusedisaini kool aitab omavalitsuste meeskondadel näha teenust nii, nagu seda näevad elanikud, ja muuta seda, mis neid takistab — meetoditega, mis ei vaja konsultante ega uut tarkvara.",
                    "Alguses valib iga meeskond ühe teenuse, näiteks lapse lasteaeda registreerimise või eluasemetoetuse taotlemise. Sessioonide vahel intervjueerivad meeskonnad elanikke, jälgivad klienditeenindust ja katsetavad väikest muudatust; Avalike Teenuste Disainilabori mentorid toetavad iga meeskonda veebis.",
                ),
                heading("Kuidas kandideerida"),
                para(
                    "Saatke lühike taotlus — millist teenust soovite parandada, kes on meeskonnas ja miks — aadressile school@open-communities.example. Valikukomisjon hindab selget teenusevalikut, elanikega töötavate inimeste osalemist meeskonnas ja omavalitsuse juhtkonna toetust. Kõigi nelja sessiooni sõidu- ja majutuskulud katab programm."
                ),
            ],
            "occurrences": [
                ("Lviv", "Tkatska Hub", "Tkatska tänav 7, Lviv 79000"),
                ("Harkiv", "Linnaraamatukogu nr 3", "Sonjatšna tänav 41, Harkiv 61000"),
                ("Odesa", "Harbour Lofts", "Portova tänav 9, Odesa 65000"),
                ("Dnipro", "Jõeäärne innovatsioonikeskus", "Naberežna tänav 27, Dnipro 49000"),
            ],
            "speakers": [
                ("Liis Kask", "Juhtivkoolitaja", "Avalike Teenuste Disainilabor"),
                ("Nazar Kravets", "Koolitaja ja mentor", "Avatud Kogukondade Võrgustik"),
            ],
        },
        "lt": {
            "slug": "paslaugu-dizaino-mokykla",
            "title": "Paslaugų dizaino mokykla savivaldybių komandoms",
            "summary": "Mokymų programa keturiuose miestuose vienos savivaldybės keturių–penkių žmonių komandoms: pažvelgti į viešąją paslaugą gyventojo akimis, per mėnesį išbandyti vieną pokytį ir pamatuoti jo poveikį.",
            "audience": "Savivaldybių ir bendruomenių komandos: vadovas, vienas ar du tiesiogiai su gyventojais dirbantys žmonės ir kas nors iš IT ar finansų skyriaus. Prie komandos gali prisijungti su savivaldybe bendradarbiaujanti vietos nevyriausybinė organizacija.",
            "format": "Keturios dviejų dienų sesijos Lvive, Charkive, Odesoje ir Dnipre, tarp sesijų – nuotolinė mentorystė.",
            "team_size": "4–5 žmonės",
            "places": "Bus atrinkta 8–12 savivaldybių",
            "outcomes": [
                "Aprašyti viešąją paslaugą žingsnis po žingsnio gyventojo požiūriu",
                "Atlikti trumpus interviu ir stebėjimus su gyventojais bei darbuotojais",
                "Įžvalgas paversti nedideliu pokyčiu, kurį galima išbandyti per mėnesį",
                "Pamatuoti poveikį paprastais duomenimis, kuriuos savivaldybė jau renka",
                "Pristatyti pokytį ir jo rezultatus tarybai bei gyventojams",
            ],
            "body": [
                para(
                    "Dauguma savivaldybių paslaugų kuriamos iš vidaus: pagal skyrius, formas ir įstatymų nustatytus terminus. Gyventojai su jomis susiduria iš išorės, žingsnis po žingsnio. Paslaugų dizaino mokykla padeda savivaldybių komandoms pamatyti paslaugą taip, kaip ją mato gyventojai, ir pakeisti tai, kas jiems trukdo, – metodais, kuriems nereikia nei konsultantų, nei naujos programinės įrangos.",
                    "Pradžioje kiekviena komanda pasirenka vieną paslaugą, pavyzdžiui, vaiko registravimą į darželį ar būsto subsidijos prašymą. Tarp sesijų komandos kalbina gyventojus, stebi klientų aptarnavimą ir išbando nedidelį pokytį; Viešųjų paslaugų dizaino laboratorijos mentoriai nuotoliniu būdu lydi kiekvieną komandą.",
                ),
                heading("Kaip pateikti paraišką"),
                para(
                    "Trumpą paraišką – kokią paslaugą norite patobulinti, kas sudaro komandą ir kodėl – siųskite adresu school@open-communities.example. Atrankos komisija vertins aiškų paslaugos pasirinkimą, tai, ar komandoje yra su gyventojais dirbančių žmonių, ir savivaldybės vadovybės paramą. Kelionės ir apgyvendinimo išlaidas per visas keturias sesijas apmoka programa."
                ),
            ],
            "occurrences": [
                ("Lvivas", "Tkatska Hub", "Tkatskos g. 7, Lvivas 79000"),
                ("Charkivas", "Miesto biblioteka Nr. 3", "Sonjačnos g. 41, Charkivas 61000"),
                ("Odesa", "Harbour Lofts", "Portovos g. 9, Odesa 65000"),
                ("Dnipras", "Pakrantės inovacijų centras", "Naberežnos g. 27, Dnipras 49000"),
            ],
            "speakers": [
                ("Liis Kask", "Vyriausioji trenerė", "Viešųjų paslaugų dizaino laboratorija"),
                ("Nazar Kravets", "Treneris ir mentorius", "Atvirų bendruomenių tinklas"),
            ],
        },
    },
}

ACCESSIBLE_WEBSITES_WEBINAR = {
    "slug": "accessible-websites-webinar",
    "kind": EventKind.WEBINAR,
    "time_zone": "Europe/Tallinn",
    "start": (16, "14:00"),
    "end": (16, "15:30"),
    "deadline": (14, "12:00"),
    "cost": "25.00",
    "apply_url": "https://public-service-lab.example/webinars/accessible-websites",
    "organisations": [
        ("service-lab", OrganisationRole.ORGANISER),
        ("riverside-municipalities", OrganisationRole.PARTNER),
    ],
    "tags": ["accessibility", "digital-government"],
    "hero": ("Laptop showing a municipal website in high contrast", "teal"),
    "views": 1.2,
    "occurrences": [
        {
            "start": (16, "14:00"),
            "end": (16, "15:30"),
            "online_url": "https://meet.public-service-lab.example/accessible-websites",
        },
    ],
    "text": {
        "en": {
            "title": "Webinar: accessible municipal websites in 90 minutes",
            "summary": "A practical webinar on the accessibility problems found most often on municipal websites, and how to fix them without a redesign. Participants receive a checklist and the recording.",
            "audience": "Web editors and communication staff of municipalities and public institutions. No technical background is needed.",
            "format": "A 90-minute online session with time for questions; the recording and the checklist are sent afterwards.",
            "outcomes": [
                "Check a page with the keyboard alone and with a screen reader",
                "Write alternative text and link text that actually help",
                "Publish documents and tables that everyone can read",
                "Prepare and update the website's accessibility statement",
            ],
            "body": [
                para(
                    "Most accessibility problems on municipal websites are not hidden in the code. They are created every day by the people who publish content: scanned PDFs instead of text, pictures of posters with no description, links that say only “here”, tables used for layout. The good news is that the same people can fix them.",
                    "In ninety minutes we go through the ten most frequent problems found in a review of forty municipal websites, show how each of them feels to someone using a screen reader, and fix it live in a typical content management system.",
                ),
                heading("Cost and registration"),
                para(
                    "The fee is 25 euros per participant and covers the session, the recording and the checklist. Member municipalities of the Association of Riverside Municipalities receive the recording free of charge. Register by the deadline to receive the checklist before the webinar."
                ),
            ],
            "occurrences": [("", "", "")],
            "speakers": [("Kertu Saar", "Accessibility specialist", "Public Service Design Lab")],
        },
        "uk": {
            "slug": "vebinar-dostupnyi-sait-hromady",
            "title": "Вебінар: доступний сайт громади за 90 хвилин",
            "summary": "Практичний вебінар про найпоширеніші проблеми доступності на сайтах громад і про те, як їх виправити без редизайну. Учасники отримають чек-лист і запис.",
            "audience": "Редактори сайтів і працівники комунікаційних відділів громад та публічних установ. Технічна підготовка не потрібна.",
            "format": "90-хвилинна онлайн-сесія з часом на запитання; запис і чек-лист надсилаємо після вебінару.",
            "outcomes": [
                "Перевірити сторінку лише з клавіатурою та за допомогою програми зчитування з екрана",
                "Писати альтернативний текст і тексти посилань, які справді допомагають",
                "Публікувати документи й таблиці, які може прочитати кожен",
                "Підготувати й оновлювати заяву про доступність сайту",
            ],
            "body": [
                para(
                    "Більшість проблем із доступністю на сайтах громад приховані не в коді. Їх щодня створюють ті, хто публікує матеріали: скановані PDF замість тексту, фото афіш без опису, посилання з текстом «тут», таблиці для верстки. Добра новина: ті самі люди можуть їх і виправити.",
                    "За дев’яносто хвилин ми розберемо десять найчастіших проблем, виявлених під час аналізу сорока сайтів громад, покажемо, як кожна з них виглядає для користувача програми зчитування з екрана, і виправимо її наживо в типовій системі керування вмістом.",
                ),
                heading("Вартість і реєстрація"),
                para(
                    "Вартість участі — 25 євро з особи; вона охоплює сесію, запис і чек-лист. Громади — члени Асоціації прирічкових громад отримують запис безкоштовно. Зареєструйтеся до кінцевого терміну, щоб отримати чек-лист ще до вебінару."
                ),
            ],
            "occurrences": [("", "", "")],
            "speakers": [("Керту Саар", "фахівчиня з доступності", "Лабораторія дизайну публічних послуг")],
        },
        "et": {
            "slug": "veebiseminar-ligipaasetav-veebileht",
            "title": "Veebiseminar: ligipääsetav omavalitsuse veebileht 90 minutiga",
            "summary": "Praktiline veebiseminar omavalitsuste veebilehtede kõige sagedasematest ligipääsetavuse probleemidest ja sellest, kuidas neid ilma uue kujunduseta parandada. Osalejad saavad kontrollnimekirja ja salvestuse.",
            "audience": "Omavalitsuste ja avalike asutuste veebitoimetajad ning kommunikatsioonitöötajad. Tehnilisi eelteadmisi pole vaja.",
            "format": "90-minutiline veebisessioon koos küsimustele vastamisega; salvestus ja kontrollnimekiri saadetakse hiljem.",
            "outcomes": [
                "Kontrollida lehte ainult klaviatuuri ja ekraanilugeja abil",
                "Kirjutada tekstialternatiive ja lingitekste, mis päriselt aitavad",
                "Avaldada dokumente ja tabeleid, mida kõik saavad lugeda",
                "Koostada ja uuendada veebilehe ligipääsetavuse teatist",
            ],
            "body": [
                para(
                    "Enamik omavalitsuste veebilehtede ligipääsetavuse probleeme ei peitu koodis. Neid tekitavad iga päev sisu avaldajad: skannitud PDF-id teksti asemel, kirjelduseta plakatipildid, lingid, mille tekst on vaid „siin“, ja kujunduseks kasutatud tabelid. Hea uudis on see, et samad inimesed saavad need ka parandada.",
                    "Üheksakümne minutiga käime läbi kümme kõige sagedasemat probleemi, mis leiti neljakümne omavalitsuse veebilehe ülevaatusel, näitame, kuidas igaüks neist mõjub ekraanilugeja kasutajale, ja parandame selle otse tüüpilises sisuhaldussüsteemis.",
                ),
                heading("Hind ja registreerimine"),
                para(
                    "Osalustasu on 25 eurot osaleja kohta ning see hõlmab sessiooni, salvestust ja kontrollnimekirja. Jõeäärsete Omavalitsuste Liidu liikmed saavad salvestuse tasuta. Registreeruge tähtajaks, et saada kontrollnimekiri juba enne veebiseminari."
                ),
            ],
            "occurrences": [("", "", "")],
            "speakers": [("Kertu Saar", "Ligipääsetavuse spetsialist", "Avalike Teenuste Disainilabor")],
        },
        "lt": {
            "slug": "vebinaras-prieinama-savivaldybes-svetaine",
            "title": "Vebinaras: prieinama savivaldybės svetainė per 90 minučių",
            "summary": "Praktinis vebinaras apie dažniausias savivaldybių svetainių prieinamumo problemas ir kaip jas ištaisyti be naujo dizaino. Dalyviai gaus kontrolinį sąrašą ir įrašą.",
            "audience": "Savivaldybių ir viešųjų įstaigų svetainių redaktoriai bei komunikacijos darbuotojai. Techninių žinių nereikia.",
            "format": "90 minučių nuotolinė sesija su laiku klausimams; įrašas ir kontrolinis sąrašas išsiunčiami po renginio.",
            "outcomes": [
                "Patikrinti puslapį vien klaviatūra ir ekrano skaitytuvu",
                "Rašyti alternatyvųjį ir nuorodų tekstą, kuris iš tikrųjų padeda",
                "Skelbti dokumentus ir lenteles, kuriuos gali perskaityti visi",
                "Parengti ir atnaujinti svetainės prieinamumo deklaraciją",
            ],
            "body": [
                para(
                    "Dauguma savivaldybių svetainių prieinamumo problemų slypi ne kode. Jas kasdien sukuria turinį skelbiantys žmonės: nuskenuoti PDF vietoj teksto, plakatų paveikslėliai be aprašymo, nuorodos, kuriose parašyta tik „čia“, maketavimui naudojamos lentelės. Gera žinia ta, kad tie patys žmonės jas gali ir ištaisyti.",
                    "Per devyniasdešimt minučių aptarsime dešimt dažniausių problemų, rastų peržiūrėjus keturiasdešimt savivaldybių svetainių, parodysime, kaip kiekviena jų atrodo ekrano skaitytuvo naudotojui, ir ištaisysime ją tiesiogiai įprastoje turinio valdymo sistemoje.",
                ),
                heading("Kaina ir registracija"),
                para(
                    "Dalyvio mokestis – 25 eurai; jis apima sesiją, įrašą ir kontrolinį sąrašą. Paupio savivaldybių asociacijos narės įrašą gauna nemokamai. Registruokitės iki termino pabaigos, kad kontrolinį sąrašą gautumėte dar prieš vebinarą."
                ),
            ],
            "occurrences": [("", "", "")],
            "speakers": [("Kertu Saar", "Prieinamumo specialistė", "Viešųjų paslaugų dizaino laboratorija")],
        },
    },
}

PARTICIPATORY_BUDGETING_SEMINAR = {
    "slug": "participatory-budgeting-seminar-vilnius",
    "kind": EventKind.SEMINAR,
    "time_zone": "Europe/Vilnius",
    "start": (-1, "10:00"),
    "end": (1, "15:00"),
    "organisations": [
        ("riverside-municipalities", OrganisationRole.ORGANISER),
        ("publisher", OrganisationRole.PARTNER),
        ("nordic-fund", OrganisationRole.FUNDER),
    ],
    "programme": "nordic-small-grants",
    "tags": ["participatory-budgeting", "e-participation", "local-democracy"],
    "hero": ("Ballot box and proposal posters in a town hall", "green"),
    "views": 1.5,
    "sessions": [
        (0, "10:00", "12:00", (0,)),
        (0, "13:00", "16:00", ()),
        (1, "10:00", "12:30", (0, 1)),
        (1, "13:30", "16:00", ()),
        (2, "10:00", "12:00", (1,)),
        (2, "13:00", "15:00", ()),
    ],
    "text": {
        "en": {
            "title": "Seminar: participatory budgets residents can trust",
            "summary": "Three days in Vilnius for municipalities that run participatory budgets: rules that hold, online and paper voting side by side, and how to report back on the proposals that were not chosen.",
            "audience": "Municipal staff responsible for participatory budgets, council members, and NGOs that help residents prepare proposals.",
            "format": "Three days: presentations in the mornings, case clinics and a site visit in the afternoons.",
            "outcomes": [
                "Review the rules of your participatory budget against common pitfalls",
                "Run online and paper voting side by side without double votes",
                "Report back to residents on every proposal, including those that lost",
            ],
            "body": [
                para(
                    "Participatory budgets are easy to launch and hard to keep. After two or three rounds many municipalities see the same pattern: fewer proposals, the same few organised groups winning, and residents asking what happened to the projects they voted for last year. This seminar is about the unglamorous parts that decide whether residents keep trusting the process.",
                    "Each participating municipality brings its current rules and last year's results. In the afternoon clinics small groups review them together with practitioners from Lithuania, Estonia and Ukraine.",
                ),
                quote(
                    "The vote is the easy part. The hard part is the letter a year later telling residents why their playground is still not built.",
                    "Mantas Petrauskas",
                    "Head of the participatory budget team",
                    "Ąžuolynė municipality",
                ),
            ],
            "occurrences": [("Vilnius", "House of Riverside Municipalities", "Upės g. 21, LT-01120 Vilnius")],
            "speakers": [
                ("Mantas Petrauskas", "Head of the participatory budget team", "Ąžuolynė municipality"),
                ("Halyna Tkachuk", "Chair of the budget commission", "Zoriane hromada council"),
            ],
            "sessions": [
                "Rules that hold: who may propose, thresholds and voting",
                "Case clinic: your municipality's rules under review",
                "Online and paper ballots side by side",
                "Site visit: projects chosen by residents' votes",
                "Reporting back: what happens to the proposals that lost",
                "Closing round: one change each municipality will make",
            ],
        },
        "uk": {
            "slug": "seminar-biudzhet-uchasti-vilnius",
            "title": "Семінар: бюджет участі, якому довіряють мешканці",
            "summary": "Три дні у Вільнюсі для громад, що впроваджують бюджет участі: правила, які працюють, онлайн- і паперове голосування паралельно та звітування про проєкти, які не перемогли.",
            "audience": "Працівники громад, відповідальні за бюджет участі, депутати місцевих рад і громадські організації, які допомагають мешканцям готувати пропозиції.",
            "format": "Три дні: презентації зранку, розбори кейсів і виїзний візит після обіду.",
            "outcomes": [
                "Перевірити правила свого бюджету участі на типові пастки",
                "Поєднати онлайн- і паперове голосування без подвійних голосів",
                "Звітувати мешканцям про кожну пропозицію, зокрема про ті, що не перемогли",
            ],
            "body": [
                para(
                    "Бюджет участі легко запустити, але важко втримати. Після двох-трьох раундів багато громад бачать ту саму картину: пропозицій меншає, перемагають одні й ті самі організовані групи, а мешканці питають, що сталося з проєктами, за які вони голосували торік. Цей семінар — про непомітні речі, від яких залежить, чи довірятимуть мешканці процесу й надалі.",
                    "Кожна громада-учасниця привозить чинні правила та результати минулого року. Під час післяобідніх розборів невеликі групи аналізують їх разом із практиками з Литви, Естонії та України.",
                ),
                quote(
                    "Голосування — найлегша частина. Найважча — лист через рік, у якому треба пояснити мешканцям, чому їхній майданчик досі не збудовано.",
                    "Мантас Петраускас",
                    "керівник команди бюджету участі",
                    "самоврядування Ажуолине",
                ),
            ],
            "occurrences": [("Вільнюс", "Дім прирічкових громад", "Upės g. 21, LT-01120 Вільнюс")],
            "speakers": [
                ("Мантас Петраускас", "керівник команди бюджету участі", "самоврядування Ажуолине"),
                ("Галина Ткачук", "голова бюджетної комісії", "рада Зорянської громади"),
            ],
            "sessions": [
                "Правила, що працюють: хто може подавати, пороги та голосування",
                "Розбір кейсів: правила вашої громади під лупою",
                "Онлайн- і паперове голосування пліч-о-пліч",
                "Виїзний візит: проєкти, обрані голосами мешканців",
                "Звітування: що відбувається з пропозиціями, які не перемогли",
                "Завершальне коло: одна зміна, яку впровадить кожна громада",
            ],
        },
        "et": {
            "slug": "seminar-kaasav-eelarve-vilnius",
            "title": "Seminar: kaasav eelarve, mida elanikud usaldavad",
            "summary": "Kolm päeva Vilniuses omavalitsustele, kes korraldavad kaasavat eelarvet: toimivad reeglid, veebi- ja paberhääletus kõrvuti ning tagasiside ettepanekutele, mis ei võitnud.",
            "audience": "Kaasava eelarve eest vastutavad omavalitsuse töötajad, volikogu liikmed ja vabaühendused, kes aitavad elanikel ettepanekuid koostada.",
            "format": "Kolm päeva: hommikuti ettekanded, pärastlõunati juhtumikliinikud ja õppekäik.",
            "outcomes": [
                "Kontrollida oma kaasava eelarve reegleid levinud lõksude suhtes",
                "Korraldada veebi- ja paberhääletus kõrvuti ilma topelthäälteta",
                "Anda elanikele tagasisidet iga ettepaneku kohta, ka nende kohta, mis ei võitnud",
            ],
            "body": [
                para(
                    "Kaasavat eelarvet on lihtne alustada, kuid raske hoida. Kahe-kolme vooru järel näevad paljud omavalitsused sama mustrit: ettepanekuid tuleb vähem, võidavad ikka samad organiseeritud rühmad ja elanikud küsivad, mis sai eelmisel aastal hääletatud projektidest. See seminar räägib märkamatutest asjadest, millest sõltub, kas elanikud protsessi ka edaspidi usaldavad.",
                    "Iga osalev omavalitsus toob kaasa kehtivad reeglid ja eelmise aasta tulemused. Pärastlõunastes kliinikutes vaatavad väikesed rühmad need üle koos praktikutega Leedust, Eestist ja Ukrainast.",
                ),
                quote(
                    "Hääletus on kõige lihtsam osa. Raske on aasta hiljem kirjutatav kiri, mis selgitab elanikele, miks nende mänguväljak ikka veel valmis pole.",
                    "Mantas Petrauskas",
                    "Kaasava eelarve meeskonna juht",
                    "Ąžuolynė omavalitsus",
                ),
            ],
            "occurrences": [("Vilnius", "Jõeäärsete omavalitsuste maja", "Upės g. 21, LT-01120 Vilnius")],
            "speakers": [
                ("Mantas Petrauskas", "Kaasava eelarve meeskonna juht", "Ąžuolynė omavalitsus"),
                ("Halyna Tkachuk", "Eelarvekomisjoni esimees", "Zoriane kogukonna volikogu"),
            ],
            "sessions": [
                "Toimivad reeglid: kes saab ettepanekuid teha, künnised ja hääletus",
                "Juhtumikliinik: teie omavalitsuse reeglid luubi all",
                "Veebi- ja paberhääletus kõrvuti",
                "Õppekäik: elanike häältega valitud projektid",
                "Tagasiside: mis saab ettepanekutest, mis ei võitnud",
                "Lõpuring: üks muudatus, mille iga omavalitsus ellu viib",
            ],
        },
        "lt": {
            "slug": "seminaras-dalyvaujamasis-biudzetas-vilniuje",
            "title": "Seminaras: dalyvaujamasis biudžetas, kuriuo pasitiki gyventojai",
            "summary": "Trys dienos Vilniuje savivaldybėms, įgyvendinančioms dalyvaujamąjį biudžetą: veikiančios taisyklės, balsavimas internetu ir popieriuje kartu ir atsiskaitymas už pasiūlymus, kurie nelaimėjo.",
            "audience": "Už dalyvaujamąjį biudžetą atsakingi savivaldybių darbuotojai, tarybos nariai ir nevyriausybinės organizacijos, padedančios gyventojams rengti pasiūlymus.",
            "format": "Trys dienos: rytais pranešimai, popietėmis atvejų klinikos ir pažintinis vizitas.",
            "outcomes": [
                "Patikrinti savo dalyvaujamojo biudžeto taisykles dėl dažniausių spąstų",
                "Organizuoti balsavimą internetu ir popieriuje kartu be pasikartojančių balsų",
                "Atsiskaityti gyventojams už kiekvieną pasiūlymą, įskaitant nelaimėjusius",
            ],
            "body": [
                para(
                    "Dalyvaujamąjį biudžetą lengva pradėti, bet sunku išlaikyti. Po dviejų ar trijų ciklų daugelis savivaldybių mato tą patį vaizdą: pasiūlymų mažėja, laimi vis tos pačios organizuotos grupės, o gyventojai klausia, kas nutiko projektams, už kuriuos balsavo pernai. Šis seminaras – apie nepastebimus dalykus, nuo kurių priklauso, ar gyventojai ir toliau pasitikės procesu.",
                    "Kiekviena dalyvaujanti savivaldybė atsiveža galiojančias taisykles ir praėjusių metų rezultatus. Popietės klinikose nedidelės grupės jas peržiūri kartu su praktikais iš Lietuvos, Estijos ir Ukrainos.",
                ),
                quote(
                    "Balsavimas – lengviausia dalis. Sunkiausia – laiškas po metų, kuriame reikia paaiškinti gyventojams, kodėl jų žaidimų aikštelė vis dar nepastatyta.",
                    "Mantas Petrauskas",
                    "Dalyvaujamojo biudžeto komandos vadovas",
                    "Ąžuolynės savivaldybė",
                ),
            ],
            "occurrences": [("Vilnius", "Paupio savivaldybių namai", "Upės g. 21, LT-01120 Vilnius")],
            "speakers": [
                ("Mantas Petrauskas", "Dalyvaujamojo biudžeto komandos vadovas", "Ąžuolynės savivaldybė"),
                ("Halyna Tkachuk", "Biudžeto komisijos pirmininkė", "Zorianės bendruomenės taryba"),
            ],
            "sessions": [
                "Veikiančios taisyklės: kas gali teikti pasiūlymus, slenksčiai ir balsavimas",
                "Atvejų klinika: jūsų savivaldybės taisyklės po lupa",
                "Balsavimas internetu ir popieriuje kartu",
                "Pažintinis vizitas: gyventojų balsais išrinkti projektai",
                "Atsiskaitymas: kas nutinka nelaimėjusiems pasiūlymams",
                "Baigiamasis ratas: vienas pokytis, kurį įgyvendins kiekviena savivaldybė",
            ],
        },
    },
}

SERVICE_CENTRES_MINI_CONFERENCE = {
    "slug": "service-centres-mini-conference",
    "kind": EventKind.CONFERENCE,
    "time_zone": "Europe/Kyiv",
    # The day before the news plugin's report on it was published.
    "start": (-6, "10:00"),
    "end": (-6, "17:30"),
    "organisations": [
        ("publisher", OrganisationRole.ORGANISER),
        ("national-office", OrganisationRole.ORGANISER),
    ],
    "programme": "eea-norway",
    "tags": ["administrative-services", "decentralisation", "digital-government"],
    "hero": ("Service centre heads in discussion at the one-day mini-conference", "slate"),
    "gallery": [
        ("Service centre mini-conference: registration desk", "blue"),
        ("Service centre mini-conference: pilot results from Stepova Dolyna", "amber"),
        ("Service centre mini-conference: working group on mobile offices", "teal"),
        ("Service centre mini-conference: closing discussion", "violet"),
    ],
    "views": 1.8,
    "sessions": [
        (0, "10:00", "10:30", (1,)),
        (0, "10:30", "12:30", (0, 2)),
        (0, "13:30", "15:30", (2,)),
        (0, "15:45", "17:30", (1, 0)),
    ],
    "text": {
        "en": {
            "title": "Mini-conference: what really shortens queues in service centres",
            "summary": "A one-day meeting of heads of administrative service centres from three regions to compare a year of electronic queues, pre-booking and mobile offices.",
            "audience": "Heads of administrative service centres from three regions and staff of the National Office for Local Self-Government.",
            "format": "One day: pilot results in the morning, working groups in the afternoon.",
            "body": [
                para(
                    "Three pilot centres — in Stepova Dolyna, Lisovi Hai and Zoriane — presented data from their first year with an electronic queue and pre-booking, and forty-two colleagues from three regions tested those results against their own experience. The afternoon was devoted to residents who cannot easily travel to a centre.",
                    "The presentations and the comparative table of pilot results are available from the organisers on request. The next meeting will last three days.",
                ),
            ],
            "occurrences": [("Kyiv", "Hromada House conference centre", "22 Kvitneva Street, Kyiv 04070")],
            "speakers": [
                ("Olena Hrytsenko", "Head of the Administrative Service Centre", "Stepova Dolyna hromada"),
                ("Taras Lytvynenko", "Deputy Head", "National Office for Local Self-Government"),
                ("Andrii Moroz", "Coordinator of mobile offices", "Lisovi Hai hromada"),
            ],
            "sessions": [
                "Opening",
                "Pilot results: electronic queues and pre-booking in three centres",
                "Residents who cannot travel: mobile offices and home visits",
                "Closing discussion with the National Office",
            ],
            "gallery": [
                "Registration of participants in the morning",
                "Pilot results presented by the Stepova Dolyna centre",
                "Working group on mobile offices",
                "Closing discussion with the National Office",
            ],
            "credit": "Photo: Iryna Melnyk",
        },
        "uk": {
            "slug": "mini-konferentsiia-shcho-skorochuie-cherhy-v-tsnap",
            "title": "Міні-конференція: що справді скорочує черги в ЦНАП",
            "summary": "Одноденна зустріч керівників центрів надання адміністративних послуг із трьох областей, щоб порівняти рік роботи з електронною чергою, попереднім записом і мобільними офісами.",
            "audience": "Керівники ЦНАП із трьох областей і працівники Національного бюро з питань місцевого самоврядування.",
            "format": "Один день: результати пілотів зранку, робочі групи після обіду.",
            "body": [
                para(
                    "Три пілотні центри — у Степовій Долині, Лісових Гаях і Зоряному — представили дані за перший рік роботи з електронною чергою та попереднім записом, а сорок два колеги з трьох областей звірили ці результати з власним досвідом. Післяобідню частину присвятили мешканцям, яким важко доїхати до центру.",
                    "Презентації та порівняльну таблицю результатів пілотів організатори надають на запит. Наступна зустріч триватиме три дні.",
                ),
            ],
            "occurrences": [("Київ", "Конференц-центр «Дім громад»", "вул. Квітнева, 22, Київ 04070")],
            "speakers": [
                ("Олена Гриценко", "начальниця ЦНАП", "Степоводолинська громада"),
                ("Тарас Литвиненко", "заступник голови", "Національне бюро з питань місцевого самоврядування"),
                ("Андрій Мороз", "координатор мобільних офісів", "Лісовогаївська громада"),
            ],
            "sessions": [
                "Відкриття",
                "Результати пілотів: електронна черга й попередній запис у трьох центрах",
                "Мешканці, яким важко доїхати: мобільні офіси й виїзне обслуговування",
                "Підсумкова дискусія з Національним бюро",
            ],
            "gallery": [
                "Реєстрація учасників зранку",
                "Результати пілоту представляє ЦНАП Степової Долини",
                "Робоча група щодо мобільних офісів",
                "Підсумкова дискусія з Національним бюро",
            ],
            "credit": "Фото: Ірина Мельник",
        },
        "et": {
            "slug": "minikonverents-mis-luhendab-jarjekordi",
            "title": "Minikonverents: mis tegelikult lühendab järjekordi teeninduskeskustes",
            "summary": "Kolme piirkonna haldusteenuste keskuste juhtide ühepäevane kohtumine, et võrrelda aastast kogemust elektroonilise järjekorra, eelbroneerimise ja mobiilsete teeninduspunktidega.",
            "audience": "Kolme piirkonna haldusteenuste keskuste juhid ning Kohaliku Omavalitsuse Riikliku Büroo töötajad.",
            "format": "Üks päev: hommikul pilootprojektide tulemused, pärastlõunal töörühmad.",
            "body": [
                para(
                    "Kolm pilootkeskust — Stepova Dolynas, Lisovi Hais ja Zorianes — tutvustasid esimese aasta andmeid elektroonilise järjekorra ja eelbroneerimisega ning nelikümmend kaks kolleegi kolmest piirkonnast võrdlesid neid tulemusi oma kogemusega. Pärastlõuna oli pühendatud elanikele, kellel on keeruline keskusesse kohale tulla.",
                    "Ettekanded ja pilootprojektide tulemuste võrdlustabeli saab soovi korral korraldajatelt. Järgmine kohtumine kestab kolm päeva.",
                ),
            ],
            "occurrences": [("Kyiv", "Konverentsikeskus Hromada House", "Kvitneva tänav 22, Kyiv 04070")],
            "speakers": [
                ("Olena Hrytsenko", "Haldusteenuste keskuse juhataja", "Stepova Dolyna kogukond"),
                ("Taras Lytvynenko", "Asejuht", "Kohaliku Omavalitsuse Riiklik Büroo"),
                ("Andrii Moroz", "Mobiilsete teeninduspunktide koordinaator", "Lisovi Hai kogukond"),
            ],
            "sessions": [
                "Avamine",
                "Pilootprojektide tulemused: elektrooniline järjekord ja eelbroneerimine kolmes keskuses",
                "Elanikud, kellel on raske kohale tulla: mobiilsed teeninduspunktid ja koduvisiidid",
                "Lõpuarutelu Riikliku Bürooga",
            ],
            "gallery": [
                "Osalejate registreerimine hommikul",
                "Stepova Dolyna keskus tutvustab pilootprojekti tulemusi",
                "Mobiilsete teeninduspunktide töörühm",
                "Lõpuarutelu Riikliku Bürooga",
            ],
            "credit": "Foto: Iryna Melnyk",
        },
        "lt": {
            "slug": "minikonferencija-kas-trumpina-eiles",
            "title": "Minikonferencija: kas iš tikrųjų trumpina eiles paslaugų centruose",
            "summary": "Trijų regionų administracinių paslaugų centrų vadovų vienos dienos susitikimas, skirtas palyginti metų patirtį su elektronine eile, išankstine registracija ir mobiliaisiais biurais.",
            "audience": "Trijų regionų administracinių paslaugų centrų vadovai ir Nacionalinio vietos savivaldos biuro darbuotojai.",
            "format": "Viena diena: rytą bandomųjų projektų rezultatai, popietę darbo grupės.",
            "body": [
                para(
                    "Trys bandomieji centrai – Stepova Dolynoje, Lisovi Hajuose ir Zorianėje – pristatė pirmųjų metų duomenis apie elektroninę eilę ir išankstinę registraciją, o keturiasdešimt du kolegos iš trijų regionų palygino šiuos rezultatus su savo patirtimi. Popietė buvo skirta gyventojams, kuriems sunku atvykti į centrą.",
                    "Pranešimus ir bandomųjų projektų rezultatų palyginamąją lentelę organizatoriai pateikia paprašius. Kitas susitikimas truks tris dienas.",
                ),
            ],
            "occurrences": [("Kyjivas", "Konferencijų centras „Hromada House“", "Kvitnevos g. 22, Kyjivas 04070")],
            "speakers": [
                ("Olena Hrytsenko", "Administracinių paslaugų centro vadovė", "Stepova Dolynos bendruomenė"),
                ("Taras Lytvynenko", "Vadovo pavaduotojas", "Nacionalinis vietos savivaldos biuras"),
                ("Andrii Moroz", "Mobiliųjų biurų koordinatorius", "Lisovi Hajų bendruomenė"),
            ],
            "sessions": [
                "Atidarymas",
                "Bandomųjų projektų rezultatai: elektroninė eilė ir išankstinė registracija trijuose centruose",
                "Gyventojai, kuriems sunku atvykti: mobilieji biurai ir vizitai į namus",
                "Baigiamoji diskusija su Nacionaliniu biuru",
            ],
            "gallery": [
                "Dalyvių registracija ryte",
                "Stepova Dolynos centras pristato bandomojo projekto rezultatus",
                "Mobiliųjų biurų darbo grupė",
                "Baigiamoji diskusija su Nacionaliniu biuru",
            ],
            "credit": "Nuotrauka: Iryna Melnyk",
        },
    },
}

OPEN_BUDGET_DATA_WORKSHOP = {
    "slug": "open-budget-data-workshop",
    "kind": EventKind.WORKSHOP,
    "time_zone": "Europe/Kyiv",
    "start": (12, "10:00"),
    "end": (13, "16:00"),
    "deadline": (-3, None),
    "apply_email": "team@open-data-collective.example",
    "organisations": [
        ("open-data-collective", OrganisationRole.ORGANISER),
        ("publisher", OrganisationRole.PARTNER),
    ],
    "tags": ["open-data", "transparency", "public-finance"],
    "hero": ("Printed budget tables and a laptop with charts", "amber"),
    "views": 1.0,
    "text": {
        "en": {
            "title": "Workshop: budget data that residents can read",
            "summary": "Two days in Lviv for finance and communication staff: publish the municipal budget as open data, build a simple visual overview and explain it in plain language.",
            "audience": "Pairs from municipalities: one person from the finance department and one from communications.",
            "format": "A two-day hands-on workshop; bring a laptop and your municipality's budget for this year.",
            "team_size": "2 people",
            "places": "15 municipalities",
            "outcomes": [
                "Publish the budget as a machine-readable dataset with a clear description",
                "Build a one-page visual overview of income and spending",
                "Explain budget changes to residents in plain language",
            ],
            "body": [
                para(
                    "Most municipalities already publish their budget — as a scanned council decision hundreds of pages long. In this workshop finance and communication staff work in pairs to turn the same numbers into a dataset others can reuse and an overview residents can understand in two minutes.",
                    "The Open Data Collective provides templates for the dataset and the overview; participants leave with both, ready for their own municipality.",
                ),
                heading("Applications"),
                para(
                    "Applications closed on the deadline shown above. Selected pairs have been contacted by e-mail; if places become free, we will invite municipalities from the waiting list."
                ),
            ],
            "occurrences": [("Lviv", "Tkatska Hub", "7 Tkatska Street, Lviv 79000")],
            "speakers": [("Yaryna Boiko", "Data editor", "Open Data Collective")],
        },
        "uk": {
            "slug": "maisternia-biudzhetni-dani",
            "title": "Майстерня: бюджетні дані, зрозумілі мешканцям",
            "summary": "Два дні у Львові для працівників фінансових і комунікаційних відділів: оприлюднити бюджет громади як відкриті дані, створити простий візуальний огляд і пояснити його зрозумілою мовою.",
            "audience": "Пари від громад: одна особа з фінансового відділу та одна — з відділу комунікацій.",
            "format": "Дводенна практична майстерня; візьміть ноутбук і бюджет своєї громади на поточний рік.",
            "team_size": "2 особи",
            "places": "15 громад",
            "outcomes": [
                "Оприлюднити бюджет як машиночитний набір даних із зрозумілим описом",
                "Створити односторінковий візуальний огляд доходів і видатків",
                "Пояснювати зміни до бюджету мешканцям простою мовою",
            ],
            "body": [
                para(
                    "Більшість громад уже оприлюднюють бюджет — у вигляді сканованого рішення ради на сотні сторінок. На цій майстерні працівники фінансових і комунікаційних відділів у парах перетворюють ті самі цифри на набір даних, який можуть повторно використовувати інші, та на огляд, який мешканець зрозуміє за дві хвилини.",
                    "Колектив відкритих даних надає шаблони для набору даних і огляду; учасники повертаються додому з обома, уже готовими для своєї громади.",
                ),
                heading("Заявки"),
                para(
                    "Прийом заявок завершився в зазначений вище термін. Ми зв’язалися з відібраними парами електронною поштою; якщо звільняться місця, запросимо громади зі списку очікування."
                ),
            ],
            "occurrences": [("Львів", "Простір «Ткацька Хаб»", "вул. Ткацька, 7, Львів 79000")],
            "speakers": [("Ярина Бойко", "редакторка даних", "Колектив відкритих даних")],
        },
        "et": {
            "slug": "tootuba-eelarveandmed",
            "title": "Töötuba: eelarveandmed, millest elanikud aru saavad",
            "summary": "Kaks päeva Lvivis rahandus- ja kommunikatsioonitöötajatele: avaldada omavalitsuse eelarve avaandmetena, koostada lihtne visuaalne ülevaade ja selgitada seda lihtsas keeles.",
            "audience": "Omavalitsuste paarid: üks inimene rahandusosakonnast ja üks kommunikatsioonist.",
            "format": "Kahepäevane praktiline töötuba; võtke kaasa sülearvuti ja oma omavalitsuse selle aasta eelarve.",
            "team_size": "2 inimest",
            "places": "15 omavalitsust",
            "outcomes": [
                "Avaldada eelarve masinloetava andmestikuna koos selge kirjeldusega",
                "Koostada tulude ja kulude üheleheküljeline visuaalne ülevaade",
                "Selgitada eelarvemuudatusi elanikele lihtsas keeles",
            ],
            "body": [
                para(
                    "Enamik omavalitsusi avaldab oma eelarve juba praegu — sadade lehekülgede pikkuse skannitud volikogu otsusena. Selles töötoas muudavad rahandus- ja kommunikatsioonitöötajad paarides samad numbrid andmestikuks, mida teised saavad taaskasutada, ja ülevaateks, millest elanik saab aru kahe minutiga.",
                    "Avaandmete Kollektiiv annab andmestiku ja ülevaate mallid; osalejad lahkuvad mõlemaga, mis on juba oma omavalitsuse jaoks valmis.",
                ),
                heading("Taotlused"),
                para(
                    "Taotluste vastuvõtt lõppes ülal märgitud tähtajal. Valitud paaridega oleme e-posti teel ühendust võtnud; kui kohti vabaneb, kutsume ootenimekirjas olevaid omavalitsusi."
                ),
            ],
            "occurrences": [("Lviv", "Tkatska Hub", "Tkatska tänav 7, Lviv 79000")],
            "speakers": [("Yaryna Boiko", "Andmetoimetaja", "Avaandmete Kollektiiv")],
        },
        "lt": {
            "slug": "dirbtuves-biudzeto-duomenys",
            "title": "Dirbtuvės: biudžeto duomenys, kuriuos supranta gyventojai",
            "summary": "Dvi dienos Lvive finansų ir komunikacijos darbuotojams: paskelbti savivaldybės biudžetą kaip atviruosius duomenis, sukurti paprastą vaizdinę apžvalgą ir paaiškinti ją aiškia kalba.",
            "audience": "Savivaldybių poros: vienas žmogus iš finansų skyriaus ir vienas iš komunikacijos.",
            "format": "Dviejų dienų praktinės dirbtuvės; atsineškite nešiojamąjį kompiuterį ir savo savivaldybės šių metų biudžetą.",
            "team_size": "2 žmonės",
            "places": "15 savivaldybių",
            "outcomes": [
                "Paskelbti biudžetą kaip kompiuterio skaitomą duomenų rinkinį su aiškiu aprašu",
                "Sukurti vieno puslapio vaizdinę pajamų ir išlaidų apžvalgą",
                "Aiškia kalba paaiškinti gyventojams biudžeto pakeitimus",
            ],
            "body": [
                para(
                    "Dauguma savivaldybių savo biudžetą jau skelbia – kaip nuskenuotą šimtų puslapių tarybos sprendimą. Šiose dirbtuvėse finansų ir komunikacijos darbuotojai porose tuos pačius skaičius paverčia duomenų rinkiniu, kurį gali pakartotinai naudoti kiti, ir apžvalga, kurią gyventojas supranta per dvi minutes.",
                    "Atvirųjų duomenų kolektyvas pateikia duomenų rinkinio ir apžvalgos šablonus; dalyviai išvyksta su abiem, jau parengtais savo savivaldybei.",
                ),
                heading("Paraiškos"),
                para(
                    "Paraiškų priėmimas baigėsi aukščiau nurodytą dieną. Su atrinktomis poromis susisiekėme el. paštu; jei atsilaisvins vietų, pakviesime savivaldybes iš laukiančiųjų sąrašo."
                ),
            ],
            "occurrences": [("Lvivas", "Tkatska Hub", "Tkatskos g. 7, Lvivas 79000")],
            "speakers": [("Yaryna Boiko", "Duomenų redaktorė", "Atvirųjų duomenų kolektyvas")],
        },
    },
}

YOUTH_COUNCILS_FORUM = {
    "slug": "youth-councils-forum",
    "kind": EventKind.OTHER,
    "time_zone": "Europe/Tallinn",
    "start": (40, None),  # a whole day, no times
    "deadline": (30, None),
    "apply_url": "https://open-communities.example/events/youth-councils-forum",
    "organisations": [
        ("publisher", OrganisationRole.ORGANISER),
        ("riverside-municipalities", OrganisationRole.PARTNER),
        ("service-lab", OrganisationRole.PARTNER),
    ],
    "programme": "esf",
    "tags": ["youth", "local-democracy", "civil-society"],
    "hero": ("Young people debating around tables in a youth centre", "green"),
    "views": 0.8,
    "text": {
        "en": {
            "title": "Youth Councils Forum",
            "summary": "A day in Tartu for members of municipal youth councils from Estonia, Lithuania and Ukraine: how councils are elected, what budgets they control and how adults actually listen to them.",
            "audience": "Members of municipal youth councils aged 14–26 and the adults who coordinate them. Participants under 18 need a parent's consent.",
            "format": "One day of workshops run by young people for young people, with a closing session with mayors.",
            "places": "Up to 90 participants, about 30 from each country.",
            "outcomes": [
                "Compare how youth councils are elected and funded in three countries",
                "Plan a small project with the youth council's own budget",
                "Prepare a question for the council or the mayor and know how to follow it up",
            ],
            "body": [
                para(
                    "Youth councils exist in most municipalities, but their powers differ a lot: some manage a budget of their own and are consulted on every decision that affects young people, others meet twice a year. At the forum young people compare notes across three countries and go home with ideas they can put to their own council.",
                    "Workshops are held in English, with interpretation into Estonian, Lithuanian and Ukrainian where needed. Travel for groups from Lithuania and Ukraine is organised by the partners.",
                ),
            ],
            "occurrences": [("Tartu", "Emajõe Youth Centre", "Jõe tänav 4, 51004 Tartu")],
            "speakers": [],
        },
        "uk": {
            "slug": "forum-molodizhnykh-rad",
            "title": "Форум молодіжних рад",
            "summary": "День у Тарту для членів молодіжних рад громад з Естонії, Литви та України: як обирають ради, якими бюджетами вони розпоряджаються і чи справді дорослі до них дослухаються.",
            "audience": "Члени молодіжних рад громад віком 14–26 років і дорослі, які координують їхню роботу. Учасникам, молодшим за 18 років, потрібна згода батьків.",
            "format": "Один день воркшопів, які молодь проводить для молоді, із завершальною сесією з міськими головами.",
            "places": "До 90 учасників, приблизно по 30 з кожної країни.",
            "outcomes": [
                "Порівняти, як обирають і фінансують молодіжні ради в трьох країнах",
                "Спланувати невеликий проєкт за кошти власного бюджету молодіжної ради",
                "Підготувати запитання до ради чи голови громади й знати, як домогтися відповіді",
            ],
            "body": [
                para(
                    "Молодіжні ради є в більшості громад, але їхні повноваження дуже різні: одні розпоряджаються власним бюджетом, і з ними радяться щодо кожного рішення, яке стосується молоді, інші збираються двічі на рік. На форумі молодь порівнює досвід трьох країн і повертається додому з ідеями, які можна запропонувати власній раді.",
                    "Воркшопи проходять англійською мовою, за потреби з перекладом естонською, литовською та українською. Проїзд груп із Литви та України організовують партнери.",
                ),
            ],
            "occurrences": [("Тарту", "Молодіжний центр «Емайиґі»", "Jõe tänav 4, 51004 Тарту")],
            "speakers": [],
        },
        "et": {
            "slug": "noortevolikogude-foorum",
            "title": "Noortevolikogude foorum",
            "summary": "Päev Tartus Eesti, Leedu ja Ukraina omavalitsuste noortevolikogude liikmetele: kuidas volikogud valitakse, milliseid eelarveid nad haldavad ja kas täiskasvanud neid päriselt kuulavad.",
            "audience": "14–26-aastased omavalitsuste noortevolikogude liikmed ja neid koordineerivad täiskasvanud. Alla 18-aastased osalejad vajavad vanema nõusolekut.",
            "format": "Üks päev noorte poolt noortele korraldatud töötubasid ja lõpusessioon linnapeadega.",
            "places": "Kuni 90 osalejat, umbes 30 igast riigist.",
            "outcomes": [
                "Võrrelda, kuidas noortevolikogusid kolmes riigis valitakse ja rahastatakse",
                "Planeerida väike projekt noortevolikogu enda eelarvest",
                "Valmistada ette küsimus volikogule või linnapeale ja teada, kuidas vastust nõuda",
            ],
            "body": [
                para(
                    "Noortevolikogud on olemas enamikus omavalitsustes, kuid nende volitused erinevad palju: mõni haldab oma eelarvet ja temaga konsulteeritakse iga noori puudutava otsuse puhul, teine koguneb kaks korda aastas. Foorumil võrdlevad noored kolme riigi kogemusi ja viivad koju ideid, mida oma volikogule pakkuda.",
                    "Töötoad toimuvad inglise keeles, vajadusel tõlkega eesti, leedu ja ukraina keelde. Leedu ja Ukraina rühmade reisi korraldavad partnerid.",
                ),
            ],
            "occurrences": [("Tartu", "Emajõe noortekeskus", "Jõe tänav 4, 51004 Tartu")],
            "speakers": [],
        },
        "lt": {
            "slug": "jaunimo-tarybu-forumas",
            "title": "Jaunimo tarybų forumas",
            "summary": "Diena Tartu Estijos, Lietuvos ir Ukrainos savivaldybių jaunimo tarybų nariams: kaip renkamos tarybos, kokius biudžetus jos valdo ir ar suaugusieji jų iš tikrųjų klauso.",
            "audience": "14–26 metų savivaldybių jaunimo tarybų nariai ir juos koordinuojantys suaugusieji. Jaunesniems nei 18 metų dalyviams reikia tėvų sutikimo.",
            "format": "Viena diena jaunimo jaunimui vedamų dirbtuvių ir baigiamoji sesija su merais.",
            "places": "Iki 90 dalyvių, maždaug po 30 iš kiekvienos šalies.",
            "outcomes": [
                "Palyginti, kaip jaunimo tarybos renkamos ir finansuojamos trijose šalyse",
                "Suplanuoti nedidelį projektą iš jaunimo tarybos biudžeto",
                "Parengti klausimą tarybai ar merui ir žinoti, kaip pasiekti atsakymo",
            ],
            "body": [
                para(
                    "Jaunimo tarybos veikia daugumoje savivaldybių, tačiau jų įgaliojimai labai skiriasi: vienos valdo savo biudžetą ir su jomis tariamasi dėl kiekvieno jaunimui aktualaus sprendimo, kitos renkasi du kartus per metus. Forume jaunimas lygina trijų šalių patirtį ir parsiveža idėjų, kurias gali pasiūlyti savo tarybai.",
                    "Dirbtuvės vyksta anglų kalba, prireikus verčiama į estų, lietuvių ir ukrainiečių kalbas. Grupių iš Lietuvos ir Ukrainos kelionę organizuoja partneriai.",
                ),
            ],
            "occurrences": [("Tartu", "Emajõe jaunimo centras", "Jõe tänav 4, 51004 Tartu")],
            "speakers": [],
        },
    },
}

GENDER_BUDGETING_TRAINING = {
    "slug": "gender-responsive-budgeting-training",
    "kind": EventKind.TRAINING,
    "time_zone": "Europe/Kyiv",
    "start": (-120, "10:00"),
    "end": (-119, "16:00"),
    "deadline": (-140, None),
    "organisations": [
        ("publisher", OrganisationRole.ORGANISER),
        ("riverside-municipalities", OrganisationRole.PARTNER),
    ],
    "programme": "esf",
    "tags": ["gender-equality", "public-finance", "training"],
    "hero": ("Training room with flip charts on local budgets", "amber"),
    "gallery": [
        ("Gender budgeting training: teams analyse budget lines", "amber"),
        ("Gender budgeting training: exercise on street lighting", "slate"),
        ("Gender budgeting training: presentation of proposals", "green"),
    ],
    "legacy": 318,
    "views": 0.6,
    "text": {
        "en": {
            "title": "Training: gender-responsive budgeting for local finance teams",
            "summary": "A two-day training in Odesa on reading a municipal budget through the lives of the women and men, girls and boys it serves — and on changing spending where the gaps are.",
            "audience": "Finance officers, heads of social departments and council members of hromadas.",
            "format": "Two days of exercises using the participants' own budgets.",
            "team_size": "2–3 people",
            "places": "14 hromadas took part",
            "outcomes": [
                "Break down spending on a public service by who uses it",
                "Find gaps using statistics the hromada already has",
                "Formulate one budget change and its expected effect",
            ],
            "body": [
                para(
                    "Budgets look neutral; who benefits from them is not. In this training fourteen hromada teams each took one line of their own budget — school transport, street lighting, sports facilities, home care — and looked at who actually uses what it pays for.",
                    "Several teams found that the data they needed was already being collected, just never put together: lists of home-care clients, membership records of sports clubs, bus passenger counts. By the end of the second day every team had a proposal for one change in next year's budget.",
                ),
            ],
            "occurrences": [("Odesa", "Harbour Lofts", "9 Portova Street, Odesa 65000")],
            "speakers": [("Natalia Zhuk", "Gender budgeting trainer", "Open Communities Network")],
            "gallery": [
                "Teams analyse lines of their own budgets",
                "An exercise on street lighting and safety",
                "Budget proposals presented on the second day",
            ],
            "credit": "Photo: Open Communities Network",
        },
        "uk": {
            "slug": "navchannia-genderno-oriientovane-biudzhetuvannia",
            "title": "Навчання: гендерно орієнтоване бюджетування для фінансових команд громад",
            "summary": "Дводенне навчання в Одесі про те, як читати бюджет громади крізь життя жінок і чоловіків, дівчат і хлопців, яким він служить, — і як змінювати видатки там, де є прогалини.",
            "audience": "Фінансисти, керівники соціальних відділів і депутати рад громад.",
            "format": "Два дні вправ на основі бюджетів самих учасників.",
            "team_size": "2–3 особи",
            "places": "Взяли участь 14 громад",
            "outcomes": [
                "Розкласти видатки на публічну послугу за тим, хто нею користується",
                "Знаходити прогалини за допомогою статистики, яка вже є в громаді",
                "Сформулювати одну зміну до бюджету та її очікуваний ефект",
            ],
            "body": [
                para(
                    "Бюджети здаються нейтральними, але те, кому вони приносять користь, — ні. На цьому навчанні чотирнадцять команд громад узяли по одному рядку власного бюджету — шкільні перевезення, вуличне освітлення, спортивні об’єкти, догляд удома — і подивилися, хто насправді користується тим, за що цей рядок платить.",
                    "Кілька команд з’ясували, що потрібні їм дані вже збирають, просто ніколи не зводять докупи: списки отримувачів послуг догляду, реєстри членів спортивних секцій, підрахунок пасажирів автобусів. До кінця другого дня кожна команда мала пропозицію однієї зміни до бюджету наступного року.",
                ),
            ],
            "occurrences": [("Одеса", "«Харбор Лофтс»", "вул. Портова, 9, Одеса 65000")],
            "speakers": [("Наталія Жук", "тренерка з гендерного бюджетування", "Мережа відкритих громад")],
            "gallery": [
                "Команди аналізують рядки власних бюджетів",
                "Вправа про вуличне освітлення та безпеку",
                "Презентація бюджетних пропозицій другого дня",
            ],
            "credit": "Фото: Мережа відкритих громад",
        },
        "lt": {
            "slug": "mokymai-lyciai-jautrus-biudzetas",
            "title": "Mokymai: lyčiai jautrus biudžeto planavimas vietos finansų komandoms",
            "summary": "Dviejų dienų mokymai Odesoje apie tai, kaip skaityti savivaldybės biudžetą per moterų ir vyrų, mergaičių ir berniukų, kuriems jis skirtas, gyvenimą – ir kaip keisti išlaidas ten, kur yra spragų.",
            "audience": "Bendruomenių finansininkai, socialinių skyrių vadovai ir tarybų nariai.",
            "format": "Dvi dienos pratimų su pačių dalyvių biudžetais.",
            "team_size": "2–3 žmonės",
            "places": "Dalyvavo 14 bendruomenių",
            "outcomes": [
                "Išskaidyti viešosios paslaugos išlaidas pagal tai, kas ja naudojasi",
                "Rasti spragas naudojant statistiką, kurią bendruomenė jau turi",
                "Suformuluoti vieną biudžeto pakeitimą ir jo numatomą poveikį",
            ],
            "body": [
                para(
                    "Biudžetai atrodo neutralūs, tačiau tai, kam jie naudingi, – ne. Šiuose mokymuose keturiolika bendruomenių komandų paėmė po vieną savo biudžeto eilutę – mokinių vežiojimą, gatvių apšvietimą, sporto objektus, pagalbą namuose – ir pažiūrėjo, kas iš tikrųjų naudojasi tuo, už ką ta eilutė moka.",
                    "Kelios komandos išsiaiškino, kad reikalingi duomenys jau renkami, tik niekada nesujungiami: pagalbos namuose gavėjų sąrašai, sporto būrelių narių registrai, autobusų keleivių skaičiai. Antros dienos pabaigoje kiekviena komanda turėjo pasiūlymą vienam kitų metų biudžeto pakeitimui.",
                ),
            ],
            "occurrences": [("Odesa", "Harbour Lofts", "Portovos g. 9, Odesa 65000")],
            "speakers": [("Natalia Zhuk", "Lyčiai jautraus biudžeto trenerė", "Atvirų bendruomenių tinklas")],
            "gallery": [
                "Komandos analizuoja savo biudžeto eilutes",
                "Pratimas apie gatvių apšvietimą ir saugumą",
                "Biudžeto pasiūlymų pristatymas antrąją dieną",
            ],
            "credit": "Nuotrauka: Atvirų bendruomenių tinklas",
        },
    },
}

# Written for the Ukrainian edition only: an informal evening with no fixed end.
CIVIC_TECH_EVENING = {
    "slug": "vechir-hromadskykh-tekhnolohii",
    "kind": EventKind.OTHER,
    "time_zone": "Europe/Kyiv",
    "start": (9, "18:30"),
    "open_end": True,
    "organisations": [
        ("open-data-collective", OrganisationRole.ORGANISER),
        ("publisher", OrganisationRole.PARTNER),
    ],
    "tags": ["open-data", "e-participation", "civil-society"],
    "hero": ("Evening meetup in a small hall with a projector", "violet"),
    "views": 0.7,
    "sessions": [
        (0, "18:30", "18:40", (1,)),
        (0, "18:40", "18:50", (0,)),
        (0, "18:50", "19:00", (2,)),
        (0, "19:00", None, ()),
    ],
    "text": {
        "uk": {
            "title": "Вечір громадських технологій: відкриті дані громад",
            "summary": "Неформальна зустріч у Києві для розробників, журналістів і працівників громад: три короткі виступи про те, як відкриті дані допомагають мешканцям, а далі — розмови без регламенту.",
            "audience": "Розробники, журналісти, дослідники, працівники громад і всі, кому цікаві відкриті дані.",
            "format": "Три виступи по 10 хвилин, далі — вільне спілкування. Реєстрація не потрібна.",
            "body": [
                para(
                    "Вечір починається з трьох коротких виступів: як громада Зоряного відкрила дані про ремонт доріг, як волонтери зі Львова склали карту доступних входів до установ і чому журналістам досі важко знайти бюджет навіть великих міст. Далі — без регламенту: можна поставити запитання доповідачам, знайти команду для свого проєкту чи просто познайомитися.",
                    "Вхід вільний, реєстрація не потрібна. Завершуємо, коли закінчаться розмови.",
                ),
            ],
            "occurrences": [("Київ", "Простір Мережі відкритих громад", "вул. Липова, 12, Київ 01001")],
            "speakers": [
                ("Ярина Бойко", "редакторка даних", "Колектив відкритих даних"),
                ("Віктор Шевчук", "фахівець з ІТ", "Зорянська громада"),
                ("Ольга Ярош", "журналістка", "незалежне видання «Шпальта»"),
            ],
            "sessions": [
                "Як Зоряне відкрило дані про ремонт доріг",
                "Карта доступних входів: волонтерський проєкт зі Львова",
                "Чому журналісти досі шукають бюджети",
                "Вільне спілкування",
            ],
        },
    },
}

EVENTS = [
    SERVICE_CENTRES_CONFERENCE,
    SERVICE_DESIGN_SCHOOL,
    ACCESSIBLE_WEBSITES_WEBINAR,
    PARTICIPATORY_BUDGETING_SEMINAR,
    SERVICE_CENTRES_MINI_CONFERENCE,
    OPEN_BUDGET_DATA_WORKSHOP,
    YOUTH_COUNCILS_FORUM,
    GENDER_BUDGETING_TRAINING,
    CIVIC_TECH_EVENING,
]
