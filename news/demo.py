"""News demo: a news index per language and fourteen invented articles.

Most English articles are translated by hand into Ukrainian, Estonian and Lithuanian (as real
Wagtail translations, sharing a translation key); a few exist in one language only. Every
person, municipality and quote is invented. The articles are the module-level ``ARTICLES`` list
at the end: one dict per article, with the text of each language under ``text``.
"""

import datetime as dt
import random

from django.utils import timezone

from core.demo.blocks import heading, para, quote
from core.demo.images import ensure_image
from core.demo.pages import child_page, publish, translation
from core.demo.shared import seed_view_total
from core.models import RelatedRead, TaggedPage
from viewcounts.models import PageViewDay

from .models import NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageGalleryImage

# --- StreamField block helpers (paragraphs, headings and quotes come from core.demo.blocks) ------


def table(caption, rows, first_col_is_header=False):
    return (
        "table",
        {
            "data": [list(row) for row in rows],
            "first_row_is_table_header": True,
            "first_col_is_header": first_col_is_header,
            "table_caption": caption,
        },
    )


def picture(key, alt, caption="", credit="", wide=False):
    """An image block; ``key`` names one of the article's ``pictures``, resolved at load time."""
    return ("image", {"picture": key, "alt": alt, "caption": caption, "credit": credit, "wide": wide})


# --- the index and the home page button --------------------------------------------------------

INDEX = {
    "en": {
        "title": "News",
        "intro": "<p>Reports from conferences and trainings, calls for applications and news from the programmes that fund local government and civil society.</p>",
    },
    "uk": {
        "title": "Новини",
        "intro": "<p>Звіти з конференцій і навчань, оголошення про конкурси та новини програм, які підтримують місцеве самоврядування й громадянське суспільство.</p>",
    },
    "et": {
        "title": "Uudised",
        "intro": "<p>Ülevaated konverentsidest ja koolitustest, taotlusvoorud ning uudised programmidest, mis toetavad kohalikke omavalitsusi ja kodanikuühiskonda.</p>",
    },
    "lt": {
        "title": "Naujienos",
        "intro": "<p>Reportažai iš konferencijų ir mokymų, kvietimai teikti paraiškas ir naujienos iš programų, remiančių vietos savivaldą ir pilietinę visuomenę.</p>",
    },
}

CTA_LABEL = {
    "en": "Read the latest news",
    "uk": "Читати останні новини",
    "et": "Loe värskeid uudiseid",
    "lt": "Skaityti naujienas",
}

# Editor-picked related reads (source slugs, in order); translations get the translated picks.
RELATED = {
    "service-centres-mini-conference": ["participatory-budgeting-seminar", "interview-kadri-lepik"],
    "call-training-municipal-teams": ["service-centres-mini-conference", "nordic-civic-fund-second-round"],
    "open-data-hackathon-results": ["interview-kadri-lepik", "nordic-civic-fund-second-round"],
}

# How many readers each language edition has, relative to English, for the seeded view counts.
AUDIENCE = {"en": 1.0, "uk": 1.4, "et": 0.5, "lt": 0.45}

# The articles themselves (ARTICLES) are at the end of this module.


# --- loading -----------------------------------------------------------------------------------


def load(demo):
    indexes = _indexes(demo)
    pages = {}  # source slug -> {language code: page}
    for article in ARTICLES:
        pages[article["slug"]] = _load_article(demo, indexes, article)
    _link_related_reads(pages)
    _point_home_buttons(demo, indexes)
    _start_translation_in_progress(demo, pages)
    for editions in pages.values():
        for code, page in editions.items():
            _seed_views(page, code)
    demo.extra["news_indexes"] = indexes
    demo.extra["news"] = pages
    total = sum(len(editions) for editions in pages.values())
    demo.log(f"News: {len(indexes)} indexes, {total} articles.")


def _indexes(demo):
    source_code = demo.source_locale.language_code
    source = child_page(demo.homes[source_code], NewsIndexPage, show_in_menus=True, slug="news", **INDEX[source_code])
    indexes = {source_code: source}
    for code, locale in demo.locales.items():
        if code != source_code and code in demo.homes:
            indexes[code] = translation(source, locale, slug="news", show_in_menus=True, **INDEX[code])
    return indexes


def _article_date(article):
    days_ago, hour, minute = article["when"]
    moment = timezone.localtime() - dt.timedelta(days=days_ago)
    return moment.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _images(article):
    slug = article["slug"]
    hero_title, hero_palette = article["hero"]
    return {
        "hero": ensure_image(hero_title, key=f"news-{slug}", palette=hero_palette),
        "gallery": [
            ensure_image(title, key=f"news-{slug}-gallery-{number}", palette=palette)
            for number, (title, palette) in enumerate(article.get("gallery", []), start=1)
        ],
        "pictures": {
            key: ensure_image(title, key=f"news-{slug}-{key}", palette=palette)
            for key, (title, palette) in article.get("pictures", {}).items()
        },
    }


def _body(blocks, images):
    body = []
    for block_type, value in blocks:
        if block_type == "image":
            value = {
                "image": {"image": images["pictures"][value["picture"]], "alt_text": value["alt"], "decorative": False},
                "caption": value["caption"],
                "credit": value["credit"],
                "wide": value["wide"],
            }
        body.append((block_type, value))
    return body


def _fields(demo, article, code, images):
    """What one language edition of ``article`` holds, ready for the page constructor or setattr."""
    text = article["text"][code]
    locale = demo.locales[code]
    captions = text.get("gallery", [])
    if len(captions) != len(images["gallery"]):
        raise ValueError(f"{article['slug']} [{code}]: {len(captions)} gallery captions for {len(images['gallery'])} pictures")
    fields = {
        "title": text["title"],
        "lead": text["lead"],
        "date": _article_date(article),
        "hero_image": images["hero"],
        "hero_caption": text.get("caption", ""),
        "hero_credit": text.get("credit", ""),
        "body": _body(text["body"], images),
        "authors": [
            NewsPageAuthor(name=name, role=role, sort_order=number) for number, (name, role) in enumerate(text["authors"])
        ],
        "gallery_images": [
            NewsPageGalleryImage(image=image, caption=caption, credit=text.get("credit", ""), sort_order=number)
            for number, (image, caption) in enumerate(zip(images["gallery"], captions, strict=True))
        ],
        "category": demo.extra["categories"][article["category"]].get_translation(locale),
        "funding_programme": None,
        "views_before_migration": article.get("legacy", 0),
        "source_name": text.get("source_name", ""),
        "source_url": article.get("source_url", "") if text.get("source_name") else "",
    }
    if article.get("programme"):
        fields["funding_programme"] = demo.extra["funding"][article["programme"]].get_translation(locale)
    return fields


def _load_article(demo, indexes, article):
    """Create (once) the source edition of ``article`` and its hand-written translations."""
    source_code = article.get("source", "en")
    images = _images(article)
    tags = [demo.extra["tags"][slug] for slug in article["tags"]]
    source = child_page(
        indexes[source_code],
        NewsPage,
        slug=article["slug"],
        tagged_items=[TaggedPage(tag=tag) for tag in tags],
        **_fields(demo, article, source_code, images),
    )
    editions = {source_code: source}
    for code, text in article["text"].items():
        if code == source_code:
            continue
        editions[code] = translation(
            source,
            demo.locales[code],
            slug=text.get("slug", article["slug"]),
            related_reads=[],  # set below, pointing at pages of the same language
            **_fields(demo, article, code, images),
        )
    return editions


# An article whose Estonian translation a translator has started in wagtail-localize: the
# title is done, the rest waits in the translation editor (Pages → … → Translate).
IN_PROGRESS = ("youth-councils-first-year", "et", "Noortevolikogude esimene aasta viies kogukonnas")


def _start_translation_in_progress(demo, pages):
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    slug, code, title = IN_PROGRESS
    source = pages.get(slug, {}).get("en")
    locale = demo.locales.get(code)
    if source is None or locale is None or code in pages[slug]:
        return
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    job, created = Translation.objects.get_or_create(source=translation_source, target_locale=locale)
    if not created:
        return
    for segment in translation_source.stringsegment_set.filter(context__path="title").select_related("string", "context"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": title, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    # A draft in the Estonian tree, as wagtail-localize makes it when a translation starts.
    job.save_target(publish=False)


def _link_related_reads(pages):
    for slug, picks in RELATED.items():
        picks = [pick for pick in picks if pick in pages]
        for code, page in pages.get(slug, {}).items():
            wanted = [pages[pick][code].pk for pick in picks if code in pages[pick]]
            current = list(RelatedRead.objects.filter(source_id=page.pk).order_by("sort_order").values_list("page_id", flat=True))
            if current != wanted:
                page.related_reads = [RelatedRead(page_id=pk, sort_order=number) for number, pk in enumerate(wanted)]
                publish(page)


def _point_home_buttons(demo, indexes):
    """Every home page's hero button leads to the news of its own language."""
    for code, home in demo.homes.items():
        index = indexes.get(code)
        if index is None:
            continue
        home = type(home).objects.get(pk=home.pk)
        label = CTA_LABEL.get(code, CTA_LABEL["en"])
        if home.hero_cta_page_id != index.pk or home.hero_cta_label != label:
            home.hero_cta_page = index
            home.hero_cta_label = label
            demo.homes[code] = publish(home)


def _seed_views(page, code):
    """Daily view buckets for the last 30 days and a running total, deterministic per page.

    Fresh articles peak in the last week, articles of the last two months read steadily, and
    old ones trickle in but carry large legacy counts — so the 7-day, 30-day and all-time
    rankings differ.
    """
    rng = random.Random(f"views/{code}/{page.slug}")
    today = timezone.localdate()
    published = timezone.localtime(page.date).date()
    age = (today - published).days
    audience = AUDIENCE.get(code, 0.5)
    for days_back in range(30):
        day = today - dt.timedelta(days=days_back)
        if day < published:
            break
        since_publication = (day - published).days
        if age < 10:
            views = rng.randint(60, 140) * 0.8**since_publication
        elif age < 60:
            views = rng.randint(10, 32)
        else:
            views = rng.randint(0, 5)
        views = round(views * audience)
        if views:
            PageViewDay.objects.get_or_create(page_id=page.pk, day=day, defaults={"views": views})
    seed_view_total(page, earlier=0 if age < 30 else round(rng.randint(40, 160) * min(age, 400) / 30 * audience))


# --- the articles ------------------------------------------------------------------------------
# ``when`` is (days ago, hour, minute); ``source`` is the language of the original (English if
# absent); ``legacy`` is the view count an old site showed.

SERVICE_CENTRES = {
    "slug": "service-centres-mini-conference",
    "when": (5, 11, 40),
    "category": "reports",
    "programme": "eea-norway",
    "tags": ["administrative-services", "decentralisation", "digital-government", "accessibility"],
    "hero": ("Mini-conference of service centre heads, morning session", "blue"),
    "pictures": {"desk": ("Consultation desk in a service centre", "amber")},
    "gallery": [
        ("Service centre conference: registration", "blue"),
        ("Service centre conference: working group on mobile offices", "teal"),
        ("Service centre conference: pilot results from Lisovi Hai", "slate"),
        ("Service centre conference: closing discussion", "violet"),
    ],
    "text": {
        "en": {
            "title": "Heads of administrative service centres compare notes on queues, outreach and digital tools",
            "lead": "Forty-two heads of administrative service centres from three regions met for a one-day mini-conference to share what really shortened waiting times and what did not — from electronic queues to mobile offices for remote villages.",
            "caption": "Participants of the mini-conference during the morning session.",
            "credit": "Photo: Iryna Melnyk",
            "authors": [("Iryna Melnyk", "Communications officer, Open Communities Network")],
            "gallery": [
                "Registration of participants in the morning",
                "Working group on mobile offices",
                "Presentation of the pilot results from Lisovi Hai",
                "Closing discussion with the National Office",
            ],
            "body": [
                para(
                    "The mini-conference, organised by the Open Communities Network together with the National Office for Local Self-Government, brought together the people who run the front desks of local government: the centres where residents register their address, apply for social assistance or get a building permit. Most participants came from hromadas formed during the decentralisation reform, where a single centre now serves dozens of villages.",
                    "Three pilot centres presented data from their first year with an electronic queue and pre-booking. The largest gain came not from the software itself but from the changes around it: longer opening hours on two evenings a week, a separate desk for quick consultations, and a rule that documents are checked when a visit is booked, not at the desk.",
                ),
                table(
                    "Average waiting time in the pilot centres, minutes",
                    [
                        ["Centre", "Before the pilot", "After 12 months", "Share of pre-booked visits"],
                        ["Stepova Dolyna", "47", "18", "41%"],
                        ["Lisovi Hai", "35", "16", "52%"],
                        ["Zoriane", "29", "21", "23%"],
                    ],
                ),
                quote(
                    "People do not complain about waiting as such. They complain about waiting without knowing why. Once the screen showed the queue and the reason for each delay, complaints dropped by half — before the waiting time did.",
                    "Olena Hrytsenko",
                    "Head of the Administrative Service Centre",
                    "Stepova Dolyna hromada",
                ),
                picture(
                    "desk",
                    "An administrator helps a resident at the consultation desk of a service centre",
                    "A consultation desk separate from the main queue was one of the cheapest changes discussed.",
                    "Photo: Iryna Melnyk",
                ),
                para(
                    "The afternoon session was devoted to residents who cannot easily travel to the centre: older people, people with disabilities, families in villages without a daily bus. Centres that run a mobile office on a fixed monthly schedule reported that in winter it accounts for up to a fifth of all applications."
                ),
                quote(
                    "Decentralisation gave hromadas the powers; service centres are where residents check whether those powers work. Our task for next year is to make the standard of service the same whether you live in a regional centre or in a village of two hundred people.",
                    "Taras Lytvynenko",
                    "Deputy Head",
                    "National Office for Local Self-Government",
                ),
                para(
                    "Participants agreed to set up a shared channel for exchanging document templates and to meet again in autumn. The presentations and the comparative table of pilot results are available from the organisers on request."
                ),
            ],
        },
        "uk": {
            "slug": "mini-konferentsiia-kerivnykiv-tsnap",
            "title": "Керівники ЦНАП порівняли досвід: черги, виїзна робота й цифрові інструменти",
            "lead": "Сорок два керівники центрів надання адміністративних послуг із трьох областей зібралися на одноденну міні-конференцію, щоб обговорити, що справді скоротило час очікування, а що ні, — від електронної черги до мобільних офісів для віддалених сіл.",
            "caption": "Учасники міні-конференції під час ранкової сесії.",
            "credit": "Фото: Ірина Мельник",
            "authors": [("Ірина Мельник", "Комунікаційна менеджерка, Мережа відкритих громад")],
            "gallery": [
                "Реєстрація учасників зранку",
                "Робоча група щодо мобільних офісів",
                "Презентація результатів пілоту в Лісових Гаях",
                "Підсумкова дискусія з представниками Національного бюро",
            ],
            "body": [
                para(
                    "Міні-конференцію організувала Мережа відкритих громад спільно з Національним бюро з питань місцевого самоврядування. Вона зібрала людей, які відповідають за «передову» місцевої влади: центри, де мешканці реєструють місце проживання, оформлюють соціальну допомогу чи отримують дозвіл на будівництво. Більшість учасників представляли громади, утворені під час реформи децентралізації, де один центр тепер обслуговує десятки сіл.",
                    "Три пілотні центри представили дані за перший рік роботи з електронною чергою та попереднім записом. Найбільший ефект дало не саме програмне забезпечення, а зміни навколо нього: подовжений робочий день двічі на тиждень, окреме віконце для коротких консультацій і правило, за яким документи перевіряють під час запису, а не біля стійки адміністратора.",
                ),
                table(
                    "Середній час очікування в пілотних центрах, хвилин",
                    [
                        ["Центр", "До пілоту", "Через 12 місяців", "Частка відвідувань за попереднім записом"],
                        ["Степова Долина", "47", "18", "41%"],
                        ["Лісові Гаї", "35", "16", "52%"],
                        ["Зоряне", "29", "21", "23%"],
                    ],
                ),
                quote(
                    "Люди скаржаться не на саме очікування. Вони скаржаться, коли чекають і не знають чому. Щойно на екрані з’явилися черга й причина кожної затримки, скарг поменшало вдвічі — ще до того, як скоротився час очікування.",
                    "Олена Гриценко",
                    "начальниця ЦНАП",
                    "Степоводолинська громада",
                ),
                picture(
                    "desk",
                    "Адміністраторка консультує мешканку біля консультаційного віконця ЦНАП",
                    "Окреме консультаційне віконце поза основною чергою — одна з найдешевших змін, про які йшлося.",
                    "Фото: Ірина Мельник",
                ),
                para(
                    "Післяобідню сесію присвятили мешканцям, яким важко доїхати до центру: людям старшого віку, людям з інвалідністю, родинам із сіл, куди щодня не ходить автобус. Центри, що мають мобільний офіс зі сталим щомісячним графіком, повідомили: взимку через нього подають до п’ятої частини всіх заяв."
                ),
                quote(
                    "Децентралізація дала громадам повноваження, а ЦНАП — це місце, де мешканці перевіряють, чи ці повноваження працюють. Наше завдання на наступний рік — щоб стандарт обслуговування був однаковим, хоч ви живете в обласному центрі, хоч у селі на двісті людей.",
                    "Тарас Литвиненко",
                    "заступник голови",
                    "Національне бюро з питань місцевого самоврядування",
                ),
                para(
                    "Учасники домовилися створити спільний канал для обміну шаблонами документів і знову зустрітися восени. Презентації та порівняльну таблицю результатів пілоту організатори надають на запит."
                ),
            ],
        },
        "et": {
            "slug": "teeninduskeskuste-juhtide-minikonverents",
            "title": "Teeninduskeskuste juhid võrdlesid kogemusi: järjekorrad, väljasõidud ja digitööriistad",
            "lead": "Nelikümmend kaks haldusteenuste keskuse juhti kolmest piirkonnast kohtusid ühepäevasel minikonverentsil, et arutada, mis tegelikult ooteaegu lühendas ja mis mitte — alates elektroonilisest järjekorrast kuni mobiilse teeninduspunktini kaugemates külades.",
            "caption": "Minikonverentsi osalejad hommikusel sessioonil.",
            "credit": "Foto: Iryna Melnyk",
            "authors": [("Iryna Melnyk", "Kommunikatsioonijuht, Avatud Kogukondade Võrgustik")],
            "gallery": [
                "Osalejate registreerimine hommikul",
                "Mobiilsete teeninduspunktide töörühm",
                "Lisovi Hai pilootprojekti tulemuste tutvustus",
                "Lõpuarutelu Riikliku Büroo esindajatega",
            ],
            "body": [
                para(
                    "Minikonverentsi korraldasid Avatud Kogukondade Võrgustik ja Kohaliku Omavalitsuse Riiklik Büroo. Kokku tulid inimesed, kes vastutavad kohaliku võimu eesliini eest: keskused, kus elanikud registreerivad elukoha, taotlevad sotsiaaltoetust või saavad ehitusloa. Enamik osalejaid esindas detsentraliseerimisreformi käigus moodustatud kogukondi, kus üks keskus teenindab nüüd kümneid külasid.",
                    "Kolm pilootkeskust tutvustasid esimese aasta andmeid elektroonilise järjekorra ja eelbroneerimisega. Suurim võit ei tulnud tarkvarast endast, vaid seda ümbritsevatest muudatustest: kahel õhtul nädalas pikemad lahtiolekuajad, eraldi laud lühikesteks konsultatsioonideks ning reegel, et dokumendid kontrollitakse üle juba broneerimisel, mitte teeninduslaua taga.",
                ),
                table(
                    "Keskmine ooteaeg pilootkeskustes, minutites",
                    [
                        ["Keskus", "Enne pilooti", "12 kuu pärast", "Eelbroneeritud külastuste osakaal"],
                        ["Stepova Dolyna", "47", "18", "41%"],
                        ["Lisovi Hai", "35", "16", "52%"],
                        ["Zoriane", "29", "21", "23%"],
                    ],
                ),
                quote(
                    "Inimesed ei kurda ootamise enda üle. Nad kurdavad siis, kui peavad ootama, teadmata miks. Kui ekraanil hakkasid paistma järjekord ja iga viivituse põhjus, vähenes kaebuste arv poole võrra juba enne, kui ooteaeg lühenes.",
                    "Olena Hrytsenko",
                    "haldusteenuste keskuse juhataja",
                    "Stepova Dolyna kogukond",
                ),
                picture(
                    "desk",
                    "Teenindaja nõustab elanikku teeninduskeskuse nõustamislaua juures",
                    "Põhijärjekorrast eraldatud nõustamislaud oli üks odavamaid arutatud muudatusi.",
                    "Foto: Iryna Melnyk",
                ),
                para(
                    "Pärastlõunane sessioon oli pühendatud elanikele, kellel on keskusesse keeruline jõuda: eakad, puuetega inimesed ja pered küladest, kuhu buss iga päev ei sõida. Keskused, mille mobiilne teeninduspunkt sõidab kindla kuugraafiku järgi, teatasid, et talvel laekub selle kaudu kuni viiendik kõigist taotlustest."
                ),
                quote(
                    "Detsentraliseerimine andis kogukondadele volitused, teeninduskeskus on aga koht, kus elanikud kontrollivad, kas need volitused toimivad. Meie järgmise aasta ülesanne on, et teeninduse tase oleks sama, olenemata sellest, kas elad maakonnakeskuses või kahesaja elanikuga külas.",
                    "Taras Lytvynenko",
                    "juhi asetäitja",
                    "Kohaliku Omavalitsuse Riiklik Büroo",
                ),
                para(
                    "Osalejad leppisid kokku, et loovad dokumendipõhjade vahetamiseks ühise kanali ja kohtuvad uuesti sügisel. Ettekandeid ja pilootprojektide võrdlustabelit saab korraldajatelt küsida."
                ),
            ],
        },
        "lt": {
            "slug": "paslaugu-centru-vadovu-minikonferencija",
            "title": "Administracinių paslaugų centrų vadovai dalijosi patirtimi: eilės, išvažiuojamasis darbas ir skaitmeniniai įrankiai",
            "lead": "Keturiasdešimt du administracinių paslaugų centrų vadovai iš trijų regionų susitiko vienos dienos minikonferencijoje aptarti, kas iš tiesų sutrumpino laukimo laiką, o kas ne – nuo elektroninės eilės iki mobiliųjų biurų atokiems kaimams.",
            "caption": "Minikonferencijos dalyviai rytinės sesijos metu.",
            "credit": "Nuotrauka: Iryna Melnyk",
            "authors": [("Iryna Melnyk", "Komunikacijos vadovė, Atvirų bendruomenių tinklas")],
            "gallery": [
                "Dalyvių registracija ryte",
                "Mobiliųjų biurų darbo grupė",
                "Lisovi Hai bandomojo projekto rezultatų pristatymas",
                "Baigiamoji diskusija su Nacionalinio biuro atstovais",
            ],
            "body": [
                para(
                    "Minikonferenciją surengė Atvirų bendruomenių tinklas kartu su Nacionaliniu vietos savivaldos biuru. Joje susitiko žmonės, atsakingi už vietos valdžios „priekinę liniją“: centrus, kuriuose gyventojai deklaruoja gyvenamąją vietą, kreipiasi dėl socialinės paramos ar gauna statybos leidimą. Dauguma dalyvių atstovavo per decentralizacijos reformą susikūrusioms bendruomenėms, kuriose vienas centras dabar aptarnauja dešimtis kaimų.",
                    "Trys bandomieji centrai pristatė pirmųjų metų duomenis, sukauptus naudojant elektroninę eilę ir išankstinę registraciją. Didžiausią naudą davė ne pati programinė įranga, o su ja susiję pokyčiai: ilgesnės darbo valandos du vakarus per savaitę, atskiras langelis trumpoms konsultacijoms ir taisyklė, kad dokumentai patikrinami registruojantis, o ne prie aptarnavimo langelio.",
                ),
                table(
                    "Vidutinis laukimo laikas bandomuosiuose centruose, minutėmis",
                    [
                        ["Centras", "Prieš bandymą", "Po 12 mėnesių", "Iš anksto užsiregistravusių lankytojų dalis"],
                        ["Stepova Dolyna", "47", "18", "41 %"],
                        ["Lisovi Hai", "35", "16", "52 %"],
                        ["Zoriane", "29", "21", "23 %"],
                    ],
                ),
                quote(
                    "Žmonės skundžiasi ne pačiu laukimu. Jie skundžiasi, kai tenka laukti nežinant kodėl. Kai ekrane atsirado eilė ir kiekvieno vėlavimo priežastis, skundų sumažėjo perpus dar prieš sutrumpėjant laukimo laikui.",
                    "Olena Hrycenko",
                    "Administracinių paslaugų centro vadovė",
                    "Stepova Dolynos bendruomenė",
                ),
                picture(
                    "desk",
                    "Darbuotoja konsultuoja gyventoją prie paslaugų centro konsultacijų langelio",
                    "Atskiras konsultacijų langelis, nepriklausantis pagrindinei eilei, buvo vienas pigiausių aptartų pokyčių.",
                    "Nuotrauka: Iryna Melnyk",
                ),
                para(
                    "Popietinė sesija buvo skirta gyventojams, kuriems sunku atvykti į centrą: vyresnio amžiaus žmonėms, žmonėms su negalia, šeimoms iš kaimų, į kuriuos autobusas kasdien nevažiuoja. Centrai, kurių mobilusis biuras važinėja pagal pastovų mėnesio grafiką, nurodė, kad žiemą per jį pateikiama iki penktadalio visų prašymų."
                ),
                quote(
                    "Decentralizacija suteikė bendruomenėms įgaliojimus, o paslaugų centras yra vieta, kur gyventojai patikrina, ar tie įgaliojimai veikia. Mūsų kitų metų uždavinys – kad aptarnavimo lygis būtų vienodas, nesvarbu, ar gyvenate regiono centre, ar dviejų šimtų gyventojų kaime.",
                    "Taras Lytvynenko",
                    "vadovo pavaduotojas",
                    "Nacionalinis vietos savivaldos biuras",
                ),
                para(
                    "Dalyviai susitarė sukurti bendrą kanalą dokumentų šablonams keistis ir vėl susitikti rudenį. Pranešimus ir bandomųjų projektų rezultatų lyginamąją lentelę organizatoriai pateikia paprašius."
                ),
            ],
        },
    },
}

TRAINING_CALL = {
    "slug": "call-training-municipal-teams",
    "when": (24, 9, 15),
    "category": "calls",
    "programme": "capable-communities",
    "tags": ["training", "local-democracy", "public-finance", "e-participation"],
    "hero": ("Training session for municipal teams", "green"),
    "text": {
        "en": {
            "title": "Call for applications: a six-month training programme for municipal teams",
            "lead": "Municipalities and hromadas can apply with a team of three to join a blended training programme on strategic planning, local finance and working with residents. Twenty teams will be selected.",
            "caption": "A training session for municipal teams in the previous edition of the programme.",
            "credit": "Photo: Open Communities Network",
            "authors": [("Dmytro Kovalchuk", "Programme coordinator")],
            "body": [
                para(
                    "The Open Communities Network, with funding from the Capable Communities Programme, invites hromadas and municipalities to apply for the third edition of its training programme for municipal teams. The programme is built for teams rather than individuals: each municipality sends three people — usually someone from the executive office, someone from finance and someone who works directly with residents — so that what they learn can be put to use together."
                ),
                heading("Who can apply"),
                para(
                    "Applications are open to:",
                    "<ul><li>hromadas and municipalities with a population of up to 50,000;</li><li>teams of three staff members, at least one of whom holds a management position;</li><li>municipalities that commit to preparing and presenting a small change project by the end of the programme.</li></ul>",
                ),
                table(
                    "Modules of the programme",
                    [
                        ["Module", "Format", "When"],
                        ["Strategic planning and priorities", "Two-day workshop", "Month 1"],
                        ["Local budgets and public finance", "Online course with a tutor", "Months 2–3"],
                        ["Working with residents and e-participation", "Study visit and workshop", "Month 4"],
                        ["Change projects", "Mentoring and final presentation", "Months 5–6"],
                    ],
                ),
                quote(
                    "In earlier editions the teams that made the most progress were not from the largest municipalities, but from those where the finance officer and the person at the front desk finally started talking to each other.",
                    "Dmytro Kovalchuk",
                    "Programme coordinator",
                    "Open Communities Network",
                ),
                heading("How to apply"),
                para(
                    "Send the completed application form, a short letter of support from the head of the municipality and the CVs of the three team members to training@open-communities.example. Applications are accepted for four weeks from the publication of this call; selected teams will be notified within two weeks after the deadline.",
                    "Travel and accommodation for the in-person modules are covered by the programme. Online sessions take place on Tuesday afternoons and are recorded for participants who cannot join live.",
                ),
            ],
        },
        "uk": {
            "slug": "nabir-na-navchalnu-prohramu-dlia-komand-hromad",
            "title": "Оголошено набір на піврічну навчальну програму для команд громад",
            "lead": "Громади можуть подати заявку командою з трьох осіб, щоб пройти змішану програму навчання зі стратегічного планування, місцевих фінансів і роботи з мешканцями. Буде відібрано двадцять команд.",
            "caption": "Навчальна сесія для команд громад у попередньому наборі програми.",
            "credit": "Фото: Мережа відкритих громад",
            "authors": [("Дмитро Ковальчук", "Координатор програми")],
            "body": [
                para(
                    "Мережа відкритих громад за фінансування програми «Спроможні громади» запрошує громади подати заявки на третій набір навчальної програми для муніципальних команд. Програму розраховано саме на команди, а не на окремих людей: кожна громада делегує трьох працівників — зазвичай когось із виконавчого апарату, когось із фінансового відділу і когось, хто безпосередньо працює з мешканцями, — щоб здобуті знання можна було застосовувати разом."
                ),
                heading("Хто може подати заявку"),
                para(
                    "Подати заявку можуть:",
                    "<ul><li>територіальні громади з населенням до 50 тисяч осіб;</li><li>команди з трьох працівників, принаймні один з яких обіймає керівну посаду;</li><li>громади, які зобов’язуються до завершення програми підготувати й презентувати невеликий проєкт змін.</li></ul>",
                ),
                table(
                    "Модулі програми",
                    [
                        ["Модуль", "Формат", "Коли"],
                        ["Стратегічне планування та пріоритети", "Дводенний семінар", "1-й місяць"],
                        ["Місцеві бюджети й публічні фінанси", "Онлайн-курс із тьютором", "2–3-й місяці"],
                        ["Робота з мешканцями та е-участь", "Навчальний візит і семінар", "4-й місяць"],
                        ["Проєкти змін", "Менторство й фінальна презентація", "5–6-й місяці"],
                    ],
                ),
                quote(
                    "Найбільшого поступу в попередніх наборах досягали не найбільші громади, а ті, де фінансист і адміністратор на першій лінії нарешті почали розмовляти між собою.",
                    "Дмитро Ковальчук",
                    "координатор програми",
                    "Мережа відкритих громад",
                ),
                heading("Як подати заявку"),
                para(
                    "Надішліть заповнену заявку, короткий лист підтримки від голови громади та резюме трьох членів команди на адресу training@open-communities.example. Прийом заявок триває чотири тижні від дня публікації оголошення; відібрані команди отримають повідомлення протягом двох тижнів після завершення прийому.",
                    "Витрати на проїзд і проживання під час очних модулів покриває програма. Онлайн-заняття відбуваються у вівторок після обіду й записуються для тих, хто не може долучитися наживо.",
                ),
            ],
        },
        "et": {
            "slug": "koolitusprogramm-omavalitsuste-meeskondadele",
            "title": "Kandideerimiskutse: kuuekuuline koolitusprogramm omavalitsuste meeskondadele",
            "lead": "Omavalitsused saavad kandideerida kolmeliikmelise meeskonnaga, et osaleda põimõppes, mis käsitleb strateegilist planeerimist, kohalikku rahandust ja elanikega suhtlemist. Valitakse kakskümmend meeskonda.",
            "caption": "Koolitus omavalitsuste meeskondadele programmi eelmises lennus.",
            "credit": "Foto: Avatud Kogukondade Võrgustik",
            "authors": [("Dmytro Kovalchuk", "Programmi koordinaator")],
            "body": [
                para(
                    "Avatud Kogukondade Võrgustik kutsub võimekate kogukondade programmi toel omavalitsusi kandideerima omavalitsuste meeskondade koolitusprogrammi kolmandasse lendu. Programm on mõeldud meeskondadele, mitte üksikisikutele: iga omavalitsus saadab kolm inimest — tavaliselt kellegi juhtkonnast, kellegi rahandusest ja kellegi, kes töötab otse elanikega —, et õpitut saaks koos rakendada."
                ),
                heading("Kes saavad kandideerida"),
                para(
                    "Kandideerida saavad:",
                    "<ul><li>kogukonnad ja omavalitsused, kus elab kuni 50 000 inimest;</li><li>kolmeliikmelised meeskonnad, kellest vähemalt üks on juhtival ametikohal;</li><li>omavalitsused, kes kohustuvad programmi lõpuks ette valmistama ja esitlema väikese muutuseprojekti.</li></ul>",
                ),
                table(
                    "Programmi moodulid",
                    [
                        ["Moodul", "Vorm", "Aeg"],
                        ["Strateegiline planeerimine ja prioriteedid", "Kahepäevane töötuba", "1. kuu"],
                        ["Kohalikud eelarved ja avalik rahandus", "Veebikursus juhendajaga", "2.–3. kuu"],
                        ["Elanike kaasamine ja e-osalus", "Õppevisiit ja töötuba", "4. kuu"],
                        ["Muutuseprojektid", "Mentorlus ja lõpuesitlus", "5.–6. kuu"],
                    ],
                ),
                quote(
                    "Varasemates lendudes ei teinud suurimaid edusamme kõige suuremate omavalitsuste meeskonnad, vaid need, kus rahandusametnik ja klienditeenindaja hakkasid lõpuks omavahel rääkima.",
                    "Dmytro Kovalchuk",
                    "programmi koordinaator",
                    "Avatud Kogukondade Võrgustik",
                ),
                heading("Kuidas kandideerida"),
                para(
                    "Saatke täidetud taotlusvorm, omavalitsuse juhi lühike toetuskiri ja kolme meeskonnaliikme elulookirjeldused aadressile training@open-communities.example. Taotlusi võetakse vastu neli nädalat alates kutse avaldamisest; valitud meeskondi teavitatakse kahe nädala jooksul pärast tähtaega.",
                    "Kontaktmoodulite sõidu- ja majutuskulud katab programm. Veebiseansid toimuvad teisipäeva pärastlõunal ja salvestatakse neile, kes ei saa otse osaleda.",
                ),
            ],
        },
        "lt": {
            "slug": "mokymu-programa-savivaldybiu-komandoms",
            "title": "Kvietimas: šešių mėnesių mokymų programa savivaldybių komandoms",
            "lead": "Savivaldybės gali teikti paraiškas su trijų narių komanda ir dalyvauti mišriojo mokymo programoje apie strateginį planavimą, vietos finansus ir darbą su gyventojais. Bus atrinkta dvidešimt komandų.",
            "caption": "Ankstesnės programos laidos mokymai savivaldybių komandoms.",
            "credit": "Nuotrauka: Atvirų bendruomenių tinklas",
            "authors": [("Dmytro Kovalchuk", "Programos koordinatorius")],
            "body": [
                para(
                    "Atvirų bendruomenių tinklas, finansuojamas pagal Pajėgių bendruomenių programą, kviečia savivaldybes teikti paraiškas į trečiąją savivaldybių komandų mokymų programos laidą. Programa skirta komandoms, o ne pavieniams asmenims: kiekviena savivaldybė siunčia tris žmones – paprastai ką nors iš administracijos vadovybės, ką nors iš finansų skyriaus ir ką nors, kas tiesiogiai dirba su gyventojais, – kad įgytas žinias būtų galima taikyti kartu."
                ),
                heading("Kas gali teikti paraiškas"),
                para(
                    "Paraiškas gali teikti:",
                    "<ul><li>bendruomenės ir savivaldybės, kuriose gyvena iki 50 000 gyventojų;</li><li>trijų darbuotojų komandos, kurių bent vienas eina vadovaujamas pareigas;</li><li>savivaldybės, įsipareigojusios iki programos pabaigos parengti ir pristatyti nedidelį pokyčių projektą.</li></ul>",
                ),
                table(
                    "Programos moduliai",
                    [
                        ["Modulis", "Forma", "Laikas"],
                        ["Strateginis planavimas ir prioritetai", "Dviejų dienų seminaras", "1 mėnuo"],
                        ["Vietos biudžetai ir viešieji finansai", "Nuotolinis kursas su kuratoriumi", "2–3 mėnesiai"],
                        ["Darbas su gyventojais ir e. dalyvavimas", "Mokomasis vizitas ir seminaras", "4 mėnuo"],
                        ["Pokyčių projektai", "Mentorystė ir baigiamasis pristatymas", "5–6 mėnesiai"],
                    ],
                ),
                quote(
                    "Ankstesnėse laidose daugiausia pažangos padarė ne didžiausių savivaldybių komandos, o tos, kuriose finansininkas ir klientus aptarnaujantis darbuotojas pagaliau pradėjo kalbėtis tarpusavyje.",
                    "Dmytro Kovalchuk",
                    "programos koordinatorius",
                    "Atvirų bendruomenių tinklas",
                ),
                heading("Kaip pateikti paraišką"),
                para(
                    "Užpildytą paraiškos formą, trumpą savivaldybės vadovo paramos laišką ir trijų komandos narių gyvenimo aprašymus siųskite adresu training@open-communities.example. Paraiškos priimamos keturias savaites nuo kvietimo paskelbimo; atrinktos komandos bus informuotos per dvi savaites po termino pabaigos.",
                    "Kelionės ir apgyvendinimo išlaidas per kontaktinius modulius apmoka programa. Nuotoliniai užsiėmimai vyksta antradienių popietėmis ir įrašomi tiems, kurie negali prisijungti tiesiogiai.",
                ),
            ],
        },
    },
}

NORDIC_SECOND_ROUND = {
    "slug": "nordic-civic-fund-second-round",
    "when": (3, 9, 30),
    "category": "programme-news",
    "programme": "nordic-small-grants",
    "tags": ["civil-society", "local-democracy", "transparency"],
    "hero": ("Kick-off meeting of Nordic Civic Fund grantees", "teal"),
    "source_url": "https://nordic-civic-fund.example/news/second-round",
    "text": {
        "en": {
            "title": "Nordic Civic Fund opens a second round of small grants for local initiatives",
            "lead": "After funding 31 initiatives in its first round, the Nordic Civic Fund is opening a second round of small grants of up to 15,000 euros for civil society organisations that work together with their municipality.",
            "caption": "Representatives of first-round grantees at the kick-off meeting.",
            "credit": "Photo: Nordic Civic Fund",
            "authors": [("Erik Nygaard", "Communications officer, Nordic Civic Fund")],
            "source_name": "Nordic Civic Fund press office",
            "body": [
                para(
                    "The second round is open to non-governmental organisations, community associations and informal groups registered as NGOs in Ukraine, Estonia and Lithuania. As in the first round, every project needs a partner in local government: a hromada, rural municipality or town that co-signs the application and commits to at least one public meeting where the results are presented.",
                    "The fund has simplified the application after feedback from first-round applicants. The budget form now has nine lines instead of twenty-four, and organisations asking for less than 5,000 euros no longer need to submit audited accounts.",
                ),
                table(
                    "The first round in figures",
                    [
                        ["", "Applications", "Grants awarded", "Average grant, EUR"],
                        ["Ukraine", "118", "17", "11,400"],
                        ["Estonia", "36", "7", "9,800"],
                        ["Lithuania", "41", "7", "10,250"],
                    ],
                    first_col_is_header=True,
                ),
                quote(
                    "The projects that impressed us most were modest ones: a youth council that rewrote the rules of its own elections, a village library that became the place to meet the mayor. We want more of those, and we want small organisations to feel that this money is meant for them.",
                    "Ingrid Solberg",
                    "Programme Director",
                    "Nordic Civic Fund",
                ),
                para(
                    "Applications are accepted until the end of next month through the online form on the fund's website. An information session for applicants will be held online in two weeks; the recording will be published in Ukrainian, Estonian and Lithuanian."
                ),
            ],
        },
        "uk": {
            "slug": "pivnichnyi-fond-druhyi-raund-malykh-hrantiv",
            "title": "Північний громадянський фонд відкриває другий раунд малих грантів для місцевих ініціатив",
            "lead": "Профінансувавши 31 ініціативу в першому раунді, Північний громадянський фонд оголошує другий раунд малих грантів — до 15 000 євро для громадських організацій, які працюють у партнерстві з місцевою владою.",
            "caption": "Представники грантоотримувачів першого раунду на стартовій зустрічі.",
            "credit": "Фото: Північний громадянський фонд",
            "authors": [("Ерік Нюгаард", "Комунікаційний менеджер, Північний громадянський фонд")],
            "source_name": "Пресслужба Північного громадянського фонду",
            "body": [
                para(
                    "Узяти участь у другому раунді можуть громадські організації, об’єднання мешканців та ініціативні групи, зареєстровані як ГО в Україні, Естонії чи Литві. Як і раніше, кожен проєкт повинен мати партнера з боку місцевої влади: громаду, волость чи місто, що підписує заявку разом з організацією і зобов’язується провести принаймні одну публічну зустріч, на якій представлять результати.",
                    "Зважаючи на відгуки учасників першого раунду, фонд спростив заявку. Бюджетна форма тепер має дев’ять рядків замість двадцяти чотирьох, а організаціям, які просять менш як 5 000 євро, більше не потрібно подавати аудований фінансовий звіт.",
                ),
                table(
                    "Перший раунд у цифрах",
                    [
                        ["", "Заявок", "Надано грантів", "Середній грант, євро"],
                        ["Україна", "118", "17", "11 400"],
                        ["Естонія", "36", "7", "9 800"],
                        ["Литва", "41", "7", "10 250"],
                    ],
                    first_col_is_header=True,
                ),
                quote(
                    "Найбільше нас вразили скромні проєкти: молодіжна рада, яка переписала правила власних виборів, сільська бібліотека, що стала місцем зустрічей із головою громади. Ми хочемо більше таких ініціатив — і хочемо, щоб невеликі організації відчували, що ці гроші призначені саме для них.",
                    "Інгрід Сольберг",
                    "директорка програм",
                    "Північний громадянський фонд",
                ),
                para(
                    "Заявки приймають до кінця наступного місяця через онлайн-форму на сайті фонду. Інформаційна сесія для заявників відбудеться онлайн за два тижні; її запис опублікують українською, естонською та литовською мовами."
                ),
            ],
        },
        "et": {
            "slug": "pohjamaade-kodanikufondi-teine-taotlusvoor",
            "title": "Põhjamaade Kodanikufond avab kohalike algatuste väikegrantide teise vooru",
            "lead": "Pärast 31 algatuse rahastamist esimeses voorus avab Põhjamaade Kodanikufond väikegrantide teise vooru: kuni 15 000 eurot kodanikuühendustele, kes teevad koostööd oma omavalitsusega.",
            "caption": "Esimese vooru toetuse saajate esindajad avakohtumisel.",
            "credit": "Foto: Põhjamaade Kodanikufond",
            "authors": [("Erik Nygaard", "Kommunikatsioonispetsialist, Põhjamaade Kodanikufond")],
            "source_name": "Põhjamaade Kodanikufondi pressiteenistus",
            "body": [
                para(
                    "Teises voorus saavad osaleda Ukrainas, Eestis ja Leedus registreeritud mittetulundusühingud, kogukonnaseltsid ja MTÜ-na registreeritud algatusrühmad. Nagu esimeses voorus, peab igal projektil olema partner kohalikust omavalitsusest: kogukond, vald või linn, mis allkirjastab taotluse koos ühinguga ja kohustub korraldama vähemalt ühe avaliku kohtumise, kus tulemusi tutvustatakse.",
                    "Esimese vooru taotlejate tagasiside põhjal on fond taotlust lihtsustanud. Eelarvevormis on nüüd kahekümne nelja rea asemel üheksa rida ning alla 5000 euro taotlevad organisatsioonid ei pea enam esitama auditeeritud aruannet.",
                ),
                table(
                    "Esimene voor arvudes",
                    [
                        ["", "Taotlusi", "Toetatud projekte", "Keskmine toetus, eurot"],
                        ["Ukraina", "118", "17", "11 400"],
                        ["Eesti", "36", "7", "9800"],
                        ["Leedu", "41", "7", "10 250"],
                    ],
                    first_col_is_header=True,
                ),
                quote(
                    "Kõige rohkem avaldasid meile muljet tagasihoidlikud projektid: noortevolikogu, mis kirjutas ümber oma valimiste reeglid, või külaraamatukogu, millest sai koht vallavanemaga kohtumiseks. Tahame selliseid algatusi rohkem ja tahame, et ka väikesed organisatsioonid tunneksid, et see raha on mõeldud just neile.",
                    "Ingrid Solberg",
                    "programmijuht",
                    "Põhjamaade Kodanikufond",
                ),
                para(
                    "Taotlusi võetakse vastu järgmise kuu lõpuni fondi kodulehel oleva veebivormi kaudu. Taotlejate infotund toimub veebis kahe nädala pärast; salvestus avaldatakse ukraina, eesti ja leedu keeles."
                ),
            ],
        },
        "lt": {
            "slug": "siaures-pilietinio-fondo-antrasis-etapas",
            "title": "Šiaurės pilietinis fondas skelbia antrąjį mažųjų dotacijų etapą vietos iniciatyvoms",
            "lead": "Pirmajame etape finansavęs 31 iniciatyvą, Šiaurės pilietinis fondas skelbia antrąjį mažųjų dotacijų etapą: iki 15 000 eurų nevyriausybinėms organizacijoms, kurios dirba kartu su savo savivaldybe.",
            "caption": "Pirmojo etapo dotacijų gavėjų atstovai įžanginiame susitikime.",
            "credit": "Nuotrauka: Šiaurės pilietinis fondas",
            "authors": [("Erik Nygaard", "Komunikacijos specialistas, Šiaurės pilietinis fondas")],
            "source_name": "Šiaurės pilietinio fondo spaudos tarnyba",
            "body": [
                para(
                    "Antrajame etape gali dalyvauti Ukrainoje, Estijoje ir Lietuvoje registruotos nevyriausybinės organizacijos, bendruomenių asociacijos ir kaip asociacijos įregistruotos iniciatyvinės grupės. Kaip ir pirmajame etape, kiekvienas projektas turi turėti vietos valdžios partnerį – bendruomenę, valsčių ar miestą, kuris pasirašo paraišką kartu su organizacija ir įsipareigoja surengti bent vieną viešą susitikimą rezultatams pristatyti.",
                    "Atsižvelgdamas į pirmojo etapo pareiškėjų atsiliepimus, fondas supaprastino paraišką. Biudžeto formoje dabar yra devynios eilutės vietoj dvidešimt keturių, o organizacijoms, prašančioms mažiau nei 5 000 eurų, nebereikia teikti audituotų finansinių ataskaitų.",
                ),
                table(
                    "Pirmasis etapas skaičiais",
                    [
                        ["", "Paraiškos", "Skirtos dotacijos", "Vidutinė dotacija, Eur"],
                        ["Ukraina", "118", "17", "11 400"],
                        ["Estija", "36", "7", "9 800"],
                        ["Lietuva", "41", "7", "10 250"],
                    ],
                    first_col_is_header=True,
                ),
                quote(
                    "Labiausiai mus sužavėjo kuklūs projektai: jaunimo taryba, perrašiusi savo rinkimų taisykles, kaimo biblioteka, tapusi vieta susitikti su meru. Tokių iniciatyvų norime daugiau ir norime, kad mažos organizacijos jaustų, jog šie pinigai skirti būtent joms.",
                    "Ingrid Solberg",
                    "programų direktorė",
                    "Šiaurės pilietinis fondas",
                ),
                para(
                    "Paraiškos priimamos iki kito mėnesio pabaigos per fondo svetainėje esančią elektroninę formą. Informacinis susitikimas pareiškėjams vyks nuotoliu po dviejų savaičių; jo įrašas bus paskelbtas ukrainiečių, estų ir lietuvių kalbomis."
                ),
            ],
        },
    },
}

ZORIANE_SCHOOL_BUS = {
    "slug": "zoriane-obhovorennia-marshrutu-shkilnoho-avtobusa",
    "source": "uk",
    "when": (8, 16, 45),
    "category": "reports",
    "tags": ["local-democracy", "administrative-services", "transparency"],
    "hero": ("Громадське обговорення маршруту шкільного автобуса в Зоряному", "slate"),
    "gallery": [
        ("Обговорення в Зоряному: карта громади зі стікерами", "slate"),
        ("Обговорення в Зоряному: голосування за варіанти маршруту", "amber"),
    ],
    "text": {
        "uk": {
            "title": "У Зоряному батьки разом із громадою переробили маршрут шкільного автобуса",
            "lead": "Після скарг батьків із трьох сіл Зорянська громада винесла новий маршрут шкільного автобуса на відкрите обговорення. Зустріч у будинку культури тривала три години й завершилася компромісом, який підтримали і батьки, і перевізник.",
            "caption": "Обговорення маршруту в будинку культури Зоряного.",
            "credit": "Фото: Віктор Гончар",
            "authors": [("Віктор Гончар", "Кореспондент")],
            "gallery": [
                "Мешканці позначають на карті зупинки, яких бракує",
                "Присутні голосують за один із трьох варіантів маршруту",
            ],
            "body": [
                para(
                    "Восени громада змінила маршрут шкільного автобуса, щоб зекономити на пальному. Для дітей із Березового, Кринички й Липового це означало виходити з дому о 6:40 і майже годину чекати в школі на початок уроків. Батьки подали колективне звернення, і замість чергової відписки виконавчий комітет запросив усіх охочих на відкрите обговорення.",
                    "Фахівці відділу освіти принесли велику карту громади й дані про кількість дітей на кожній зупинці. Мешканці наклеювали стікери там, де зупинок бракувало або де дорога взимку стає небезпечною. Після обговорення залишилося три варіанти, за які проголосували присутні.",
                ),
                quote(
                    "Ми чекали, що буде сварка. А вийшло так, що батьки самі запропонували об’єднати дві зупинки, аби автобус устигав зробити ще одне коло. У кабінеті ми б до такого рішення не додумалися.",
                    "Ганна Кравець",
                    "начальниця відділу освіти",
                    "Зорянська громада",
                ),
                para(
                    "Новий маршрут запрацює з понеділка. Громада пообіцяла через місяць оприлюднити дані про час у дорозі та витрати на пальне й повернутися до обговорення, якщо компроміс не спрацює."
                ),
            ],
        },
    },
}

PB_SEMINAR = {
    "slug": "participatory-budgeting-seminar",
    "when": (12, 14, 5),
    "category": "reports",
    "programme": "eea-norway",
    "tags": ["participatory-budgeting", "local-democracy", "e-participation", "public-finance"],
    "hero": ("Participatory budgeting seminar in Verkhni Luky", "teal"),
    "gallery": [
        ("Participatory budgeting seminar: voting simulation", "teal"),
        ("Participatory budgeting seminar: project fair", "green"),
        ("Participatory budgeting seminar: coordinators' panel", "amber"),
    ],
    "text": {
        "en": {
            "title": "Participatory budgeting seminar: how to get residents to vote a second time",
            "lead": "Participatory budget coordinators from eighteen hromadas and municipalities spent two days in Verkhni Luky discussing why turnout drops after the first year and how to win residents back.",
            "caption": "Coordinators try out a paper ballot at the seminar in Verkhni Luky.",
            "credit": "Photo: Andrii Savchuk",
            "authors": [("Andrii Savchuk", "Editor")],
            "gallery": [
                "A voting simulation with paper and online ballots",
                "Project fair: authors of winning projects explain their ideas",
                "Panel of coordinators from Ukraine, Estonia and Lithuania",
            ],
            "body": [
                para(
                    "The seminar in Verkhni Luky was meant for the people who actually run participatory budgets: the municipal staff who collect proposals, check their costs with the engineering department and count the votes. Eighteen hromadas and municipalities sent their coordinators, and there were guests from two Estonian rural municipalities and a Lithuanian town where the budget has run for seven years.",
                    "The starting point was a familiar pattern. In the first year many residents vote out of curiosity; by the third, turnout has often fallen by a third. Participants agreed that the main reason is not fatigue but silence: winning projects are built late, or nobody tells the voters that they were built at all.",
                ),
                quote(
                    "We put a small plate with a QR code on everything residents voted for. It sounds trivial, but when people walk to the shop and read “You voted for this bench”, they come back the next year and bring their neighbours.",
                    "Maris Tamm",
                    "Participatory budget coordinator",
                    "Järvemetsa rural municipality",
                ),
                para(
                    "The second day was given over to practical questions: whether to keep online voting only or accept paper ballots as well, how to verify voters without collecting more personal data than necessary, and how to help residents whose ideas fail the technical check to rework them instead of giving up. The organisers will turn the discussion into a short checklist, and several hromadas have already agreed to test it in the next round."
                ),
            ],
        },
        "uk": {
            "slug": "seminar-z-biudzhetu-uchasti",
            "title": "Семінар із бюджету участі: як зробити, щоб мешканці проголосували вдруге",
            "lead": "Координатори бюджетів участі з вісімнадцяти громад два дні обговорювали у Верхніх Луках, чому після першого року падає активність голосування і як повернути мешканців.",
            "caption": "Координатори випробовують паперовий бюлетень на семінарі у Верхніх Луках.",
            "credit": "Фото: Андрій Савчук",
            "authors": [("Андрій Савчук", "Редактор")],
            "gallery": [
                "Імітація голосування паперовими та онлайн-бюлетенями",
                "Ярмарок проєктів: автори переможних ідей розповідають про них",
                "Дискусія координаторів з України, Естонії та Литви",
            ],
            "body": [
                para(
                    "Семінар у Верхніх Луках зібрав тих, хто насправді впроваджує бюджет участі: працівників громад, які приймають пропозиції, разом з інженерами перевіряють кошториси й підраховують голоси. Своїх координаторів направили вісімнадцять громад, а ще приїхали гості з двох естонських волостей і литовського міста, де бюджет участі діє вже сім років.",
                    "Відправною точкою стала знайома всім картина. Першого року багато мешканців голосують із цікавості, а на третій рік активність нерідко падає на третину. Учасники погодилися, що головна причина — не втома, а тиша: проєкти-переможці реалізують із запізненням або нікому не повідомляють, що їх узагалі втілено.",
                ),
                quote(
                    "На кожному об’єкті, який обрали мешканці, ми встановлюємо невелику табличку з QR-кодом. Здається дрібницею, але коли людина дорогою до крамниці читає «Ви проголосували за цю лавку», наступного року вона приходить знову — і приводить сусідів.",
                    "Маріс Тамм",
                    "координаторка бюджету участі",
                    "волость Ярвеметса, Естонія",
                ),
                para(
                    "Другий день присвятили практичним питанням: чи залишати тільки онлайн-голосування, чи приймати й паперові бюлетені; як перевіряти голосувальників, не збираючи зайвих персональних даних; як допомогти авторам, чиї ідеї не пройшли технічної експертизи, доопрацювати їх, а не опускати руки. За підсумками обговорення організатори підготують короткий чек-лист — кілька громад уже погодилися випробувати його в наступному раунді."
                ),
            ],
        },
        "et": {
            "slug": "kaasava-eelarve-seminar",
            "title": "Kaasava eelarve seminar: kuidas panna elanikud ka teist korda hääletama",
            "lead": "Kaheksateistkümne kogukonna ja omavalitsuse kaasava eelarve koordinaatorid arutasid kaks päeva Verhni Lukys, miks osalus pärast esimest aastat langeb ja kuidas elanikud tagasi võita.",
            "caption": "Koordinaatorid proovivad Verhni Luky seminaril paberist hääletussedelit.",
            "credit": "Foto: Andrii Savchuk",
            "authors": [("Andrii Savchuk", "Toimetaja")],
            "gallery": [
                "Hääletuse simulatsioon paber- ja e-sedelitega",
                "Projektilaat: võitnud ideede autorid tutvustavad oma projekte",
                "Koordinaatorite arutelu Ukrainast, Eestist ja Leedust",
            ],
            "body": [
                para(
                    "Verhni Luky seminar oli mõeldud inimestele, kes kaasavat eelarvet päriselt korraldavad: omavalitsuste töötajatele, kes koguvad ettepanekuid, kontrollivad koos ehitusspetsialistidega nende maksumust ja loevad hääli. Oma koordinaatorid saatis kohale kaheksateist kogukonda ja omavalitsust, külalisi oli ka kahest Eesti vallast ja ühest Leedu linnast, kus kaasav eelarve on toiminud juba seitse aastat.",
                    "Lähtekohaks oli tuttav muster: esimesel aastal hääletavad paljud uudishimust, kolmandaks aastaks on osalus sageli kolmandiku võrra langenud. Osalejad olid ühel meelel, et peamine põhjus ei ole väsimus, vaid vaikus — võitnud projektid valmivad hilinemisega või ei räägi keegi hääletajatele, et need üldse valmis said.",
                ),
                quote(
                    "Paneme igale elanike valitud objektile väikese QR-koodiga sildi. See kõlab tühiasjana, aga kui inimene loeb poodi minnes „Sina hääletasid selle pingi poolt“, tuleb ta järgmisel aastal uuesti ja võtab naabrid kaasa.",
                    "Maris Tamm",
                    "kaasava eelarve koordinaator",
                    "Järvemetsa vald",
                ),
                para(
                    "Teine päev kuulus praktilistele küsimustele: kas jätta alles ainult e-hääletus või võtta vastu ka paberilt hääli, kuidas hääletajaid tuvastada ilma liigseid isikuandmeid kogumata ning kuidas aidata neid, kelle idee tehnilist kontrolli ei läbinud, seda ümber teha, selle asemel et alla anda. Korraldajad koostavad arutelu põhjal lühikese kontrollnimekirja ja mitu kogukonda on juba nõustunud seda järgmises voorus katsetama."
                ),
            ],
        },
        "lt": {
            "slug": "dalyvaujamojo-biudzeto-seminaras",
            "title": "Dalyvaujamojo biudžeto seminaras: kaip paskatinti gyventojus balsuoti ir antrą kartą",
            "lead": "Aštuoniolikos bendruomenių ir savivaldybių dalyvaujamojo biudžeto koordinatoriai dvi dienas Verchni Luky bendruomenėje aptarinėjo, kodėl po pirmųjų metų sumažėja balsuojančiųjų ir kaip vėl sudominti gyventojus.",
            "caption": "Seminaro Verchni Luky bendruomenėje dalyviai išbando popierinį biuletenį.",
            "credit": "Nuotrauka: Andrii Savchuk",
            "authors": [("Andrii Savchuk", "Redaktorius")],
            "gallery": [
                "Balsavimo popieriniais ir elektroniniais biuleteniais imitacija",
                "Projektų mugė: laimėjusių idėjų autoriai pristato savo projektus",
                "Koordinatorių iš Ukrainos, Estijos ir Lietuvos diskusija",
            ],
            "body": [
                para(
                    "Seminaras Verchni Luky bendruomenėje buvo skirtas žmonėms, kurie iš tikrųjų įgyvendina dalyvaujamąjį biudžetą: savivaldybių darbuotojams, kurie renka pasiūlymus, kartu su inžinieriais tikrina jų sąmatas ir skaičiuoja balsus. Savo koordinatorius atsiuntė aštuoniolika bendruomenių ir savivaldybių, taip pat atvyko svečių iš dviejų Estijos valsčių ir Lietuvos miesto, kuriame dalyvaujamasis biudžetas veikia jau septynerius metus.",
                    "Pokalbis prasidėjo nuo visiems pažįstamo reiškinio. Pirmaisiais metais daug gyventojų balsuoja iš smalsumo, o trečiaisiais balsuojančiųjų dažnai būna trečdaliu mažiau. Dalyviai sutarė, kad pagrindinė priežastis yra ne nuovargis, o tyla: laimėję projektai įgyvendinami pavėluotai arba niekas balsavusiesiems nepraneša, kad jie apskritai įgyvendinti.",
                ),
                quote(
                    "Ant kiekvieno gyventojų išrinkto objekto pritvirtiname nedidelę lentelę su QR kodu. Atrodo smulkmena, bet kai žmogus, eidamas į parduotuvę, perskaito „Jūs balsavote už šį suoliuką“, kitais metais jis vėl ateina ir atsiveda kaimynus.",
                    "Maris Tamm",
                    "dalyvaujamojo biudžeto koordinatorė",
                    "Järvemetsos valsčius, Estija",
                ),
                para(
                    "Antroji diena buvo skirta praktiniams klausimams: ar palikti tik elektroninį balsavimą, ar priimti ir popierinius biuletenius; kaip patikrinti balsuotojus nerenkant perteklinių asmens duomenų; kaip padėti autoriams, kurių idėjos neišlaikė techninio vertinimo, jas pataisyti, užuot nuleidus rankas. Organizatoriai pagal diskusiją parengs trumpą kontrolinį sąrašą, o kelios bendruomenės jau sutiko jį išbandyti kitame etape."
                ),
            ],
        },
    },
}

YOUTH_COUNCILS = {
    "slug": "youth-councils-first-year",
    "when": (18, 13, 10),
    "category": "reports",
    "programme": "capable-communities",
    "tags": ["youth", "local-democracy", "gender-equality"],
    "hero": ("Youth council meeting in Pryozerna", "green"),
    "text": {
        "en": {
            "title": "A year of youth councils in five hromadas: fewer speeches, more budget lines",
            "lead": "Youth councils elected last spring in five hromadas met to take stock. Those with a small budget line of their own got the most done — and three of the five newly elected chairs are young women.",
            "caption": "The youth council of Pryozerna at its monthly meeting.",
            "credit": "Photo: Nataliia Shevchuk",
            "authors": [("Nataliia Shevchuk", "Regional correspondent")],
            "body": [
                para(
                    "A year ago five hromadas in the programme elected youth councils with members aged 14 to 29. At the review meeting in Pryozerna each council presented what it had done and what had got in its way. The clearest difference was between councils that could only give advice and those that managed a small budget line — in Pryozerna, 2% of the hromada's spending on youth and sport.",
                    "With money of their own, the councils ran a summer film club in a cinema that had stood empty for years, repaired two basketball courts and paid for a bus that takes teenagers from outlying villages to after-school clubs twice a week. Councils without a budget mostly wrote appeals, and several of their members admitted they had stopped coming to meetings.",
                ),
                quote(
                    "The first time we presented our budget at the council session, the deputies listened politely. The second time, they asked questions. That is when I understood they were taking us seriously.",
                    "Sofiia Dmytrenko",
                    "Chair of the Youth Council",
                    "Pryozerna hromada",
                ),
                para(
                    "Three of the five chairs elected this spring are young women; a year ago there was one. Members put this down to two changes in the election rules: candidates now run in pairs, and meetings take place in the early evening rather than late at night, when many girls from the villages could not get home."
                ),
            ],
        },
        "uk": {
            "slug": "rik-molodizhnykh-rad",
            "title": "Рік молодіжних рад у п’яти громадах: менше промов, більше бюджетних рядків",
            "lead": "Молодіжні ради, обрані минулої весни в п’яти громадах, зібралися підбити підсумки. Найбільше встигли ті, що мали власний невеликий бюджетний рядок, а троє з п’яти новообраних голів — дівчата.",
            "caption": "Молодіжна рада Приозерної на щомісячному засіданні.",
            "credit": "Фото: Наталія Шевчук",
            "authors": [("Наталія Шевчук", "Регіональна кореспондентка")],
            "body": [
                para(
                    "Рік тому п’ять громад — учасниць програми обрали молодіжні ради, до яких увійшли хлопці й дівчата віком від 14 до 29 років. На підсумковій зустрічі в Приозерній кожна рада розповіла, що зробила і що їй заважало. Найпомітнішою виявилася різниця між радами, які могли лише радити, і тими, що розпоряджалися невеликим бюджетним рядком, — у Приозерній це 2% видатків громади на молодь і спорт.",
                    "Власним коштом ради влаштували літній кіноклуб у кінотеатрі, який роками стояв порожнім, відремонтували два баскетбольні майданчики й оплатили автобус, що двічі на тиждень возить підлітків із віддалених сіл на гуртки. Ради без бюджету здебільшого писали звернення, і кілька їхніх членів визнали, що перестали ходити на засідання.",
                ),
                quote(
                    "Коли ми вперше представили свій бюджет на сесії, депутати ввічливо вислухали. Удруге — почали ставити запитання. Тоді я зрозуміла, що нас сприймають серйозно.",
                    "Софія Дмитренко",
                    "голова молодіжної ради",
                    "Приозерненська громада",
                ),
                para(
                    "Цієї весни троє з п’яти новообраних голів — дівчата, тоді як рік тому була лише одна. Учасники пояснюють це двома змінами у виборчих правилах: кандидати тепер ідуть на вибори в парах, а засідання відбуваються рано ввечері, а не пізно, коли багатьом дівчатам із сіл уже не було як дістатися додому."
                ),
            ],
        },
    },
}


INTERVIEW_LEPIK = {
    "slug": "interview-kadri-lepik",
    "when": (40, 10, 0),
    "category": "interviews",
    "tags": ["digital-government", "administrative-services", "e-participation"],
    "hero": ("Kadri Lepik in the Public Service Design Lab studio", "violet"),
    "pictures": {"workshop": ("Service design workshop with municipal teams", "violet")},
    "text": {
        "en": {
            "title": "Kadri Lepik: “Start with the letter residents receive, not with the portal”",
            "lead": "The head of service design at the Public Service Design Lab in Tallinn has spent three years redesigning municipal services with teams from Estonia, Ukraine and Lithuania. We asked her what a small municipality can change without buying a new IT system.",
            "caption": "Kadri Lepik in the studio of the Public Service Design Lab.",
            "credit": "Photo: Public Service Design Lab",
            "authors": [("Sofiia Bondar", "Editor")],
            "body": [
                para(
                    "<p><strong>Many municipalities think of digital government as a new portal. Where do you start?</strong></p>",
                    "With the most boring document they send out. Usually it is a letter: a decision on a benefit, a land tax reminder, a refusal. We read it together with the people who receive it. In almost every municipality we found letters that left residents unable to act — no deadline, no name of a person to call, a reference to a regulation instead of an explanation. Rewriting ten such letters costs nothing, and the number of calls to the office drops noticeably.",
                    "<p><strong>And the portal?</strong></p>",
                    "A portal is worth building once you know which questions people actually ask. Otherwise you just digitise the confusion. In one hromada the team wanted an online form for parking permits; after a week at the front desk they realised that most people simply wanted to know whether they needed a permit at all.",
                ),
                picture(
                    "workshop",
                    "Municipal staff arrange sticky notes on a wall during a service design workshop",
                    "Mapping a resident's journey step by step during a workshop with municipal teams.",
                    "Photo: Public Service Design Lab",
                ),
                para(
                    "<p><strong>What do the teams you work with find hardest?</strong></p>",
                    "Letting go of the wording. Lawyers fear that a plain sentence is less precise. We do not ask them to remove anything — we ask them to put the answer first and the legal reference after it. Once they see the complaints going down, they become our best advocates.",
                ),
                quote(
                    "A good public service is one that residents can use without knowing how the municipality is organised on the inside.",
                    "Kadri Lepik",
                    "Head of Service Design",
                    "Public Service Design Lab",
                ),
            ],
        },
        "uk": {
            "slug": "intervyu-kadri-lepik",
            "title": "Кадрі Лепік: «Починайте з листа, який отримує мешканець, а не з порталу»",
            "lead": "Керівниця напряму сервіс-дизайну Лабораторії дизайну публічних послуг у Таллінні вже три роки переробляє муніципальні послуги разом із командами з Естонії, України та Литви. Ми запитали, що може змінити невелика громада, не купуючи нової ІТ-системи.",
            "caption": "Кадрі Лепік у студії Лабораторії дизайну публічних послуг.",
            "credit": "Фото: Лабораторія дизайну публічних послуг",
            "authors": [("Софія Бондар", "Редакторка")],
            "body": [
                para(
                    "<p><strong>Багато громад уявляють цифрове врядування як новий портал. З чого починаєте ви?</strong></p>",
                    "З найнуднішого документа, який громада надсилає людям. Найчастіше це лист: рішення про допомогу, нагадування про земельний податок, відмова. Ми читаємо його разом із тими, хто його отримує. Майже в кожній громаді знаходилися листи, після яких мешканець не розумів, що робити далі: немає строку, немає імені людини, якій можна зателефонувати, а замість пояснення — посилання на постанову. Переписати десяток таких листів не коштує нічого, а дзвінків до офісу стає помітно менше.",
                    "<p><strong>А портал?</strong></p>",
                    "Портал варто будувати тоді, коли ви знаєте, що саме люди запитують. Інакше ви просто оцифруєте плутанину. В одній громаді команда хотіла онлайн-форму для дозволів на паркування, а після тижня роботи на рецепції з’ясувалося, що більшість людей просто хотіли знати, чи потрібен їм такий дозвіл узагалі.",
                ),
                picture(
                    "workshop",
                    "Працівники громади розклеюють стікери на стіні під час воркшопу із сервіс-дизайну",
                    "На воркшопі з командами громад крок за кроком відтворюють шлях мешканця.",
                    "Фото: Лабораторія дизайну публічних послуг",
                ),
                para(
                    "<p><strong>Що найважче дається командам, з якими ви працюєте?</strong></p>",
                    "Відпустити формулювання. Юристи побоюються, що просте речення буде менш точним. Ми не просимо нічого викидати — просимо ставити відповідь на початок, а посилання на норму після неї. Коли вони бачать, що скарг меншає, то стають нашими найкращими союзниками.",
                ),
                quote(
                    "Добра публічна послуга — це та, якою мешканець може скористатися, не знаючи, як громада влаштована зсередини.",
                    "Кадрі Лепік",
                    "керівниця напряму сервіс-дизайну",
                    "Лабораторія дизайну публічних послуг",
                ),
            ],
        },
        "et": {
            "slug": "intervjuu-kadri-lepik",
            "title": "Kadri Lepik: „Alustage kirjast, mille elanik saab, mitte portaalist“",
            "lead": "Avalike Teenuste Disainilabori teenusedisaini juht on kolm aastat koos Eesti, Ukraina ja Leedu meeskondadega omavalitsuste teenuseid ümber kujundanud. Küsisime, mida saab väike vald muuta ilma uut IT-süsteemi ostmata.",
            "caption": "Kadri Lepik Avalike Teenuste Disainilabori stuudios.",
            "credit": "Foto: Avalike Teenuste Disainilabor",
            "authors": [("Sofiia Bondar", "Toimetaja")],
            "body": [
                para(
                    "<p><strong>Paljud omavalitsused mõtlevad digiriigist kui uuest portaalist. Kust teie alustate?</strong></p>",
                    "Kõige igavamast dokumendist, mille vald välja saadab. Enamasti on see kiri: otsus toetuse kohta, meeldetuletus maamaksu tasumiseks, keeldumine. Loeme seda koos nendega, kes selle saavad. Peaaegu igas omavalitsuses leidsime kirju, mille põhjal elanik ei saanud aru, mida edasi teha: tähtaega pole, pole ka inimest, kellele helistada, ja selgituse asemel on viide määrusele. Kümne sellise kirja ümberkirjutamine ei maksa midagi, aga kõnesid vallamajja jääb märgatavalt vähemaks.",
                    "<p><strong>Aga portaal?</strong></p>",
                    "Portaali tasub ehitada siis, kui teate, mida inimesed tegelikult küsivad. Muidu digitaliseerite lihtsalt segaduse. Ühes Ukraina kogukonnas tahtis meeskond parkimisloa e-vormi, aga pärast nädalat teeninduslaua taga selgus, et enamik inimesi tahtis lihtsalt teada, kas neil on luba üldse vaja.",
                ),
                picture(
                    "workshop",
                    "Omavalitsuse töötajad kleebivad teenusedisaini töötoas seinale märkmepabereid",
                    "Elaniku teekonna kaardistamine samm-sammult töötoas omavalitsuste meeskondadega.",
                    "Foto: Avalike Teenuste Disainilabor",
                ),
                para(
                    "<p><strong>Mis on teie meeskondade jaoks kõige raskem?</strong></p>",
                    "Sõnastusest lahti lasta. Juristid kardavad, et lihtne lause on vähem täpne. Me ei palu neil midagi välja jätta — palume panna vastuse ette ja viite õigusaktile selle järele. Kui nad näevad, et kaebusi tuleb vähem, saavad neist meie parimad eestkõnelejad.",
                ),
                quote(
                    "Hea avalik teenus on selline, mida elanik saab kasutada teadmata, kuidas omavalitsus seestpoolt korraldatud on.",
                    "Kadri Lepik",
                    "teenusedisaini juht",
                    "Avalike Teenuste Disainilabor",
                ),
            ],
        },
        "lt": {
            "slug": "interviu-kadri-lepik",
            "title": "Kadri Lepik: „Pradėkite nuo laiško, kurį gauna gyventojas, o ne nuo portalo“",
            "lead": "Viešųjų paslaugų dizaino laboratorijos Taline paslaugų dizaino vadovė jau trejus metus kartu su Estijos, Ukrainos ir Lietuvos komandomis pertvarko savivaldybių paslaugas. Paklausėme, ką maža savivaldybė gali pakeisti nepirkdama naujos IT sistemos.",
            "caption": "Kadri Lepik Viešųjų paslaugų dizaino laboratorijos studijoje.",
            "credit": "Nuotrauka: Viešųjų paslaugų dizaino laboratorija",
            "authors": [("Sofiia Bondar", "Redaktorė")],
            "body": [
                para(
                    "<p><strong>Daugelis savivaldybių skaitmeninę valdžią įsivaizduoja kaip naują portalą. Nuo ko pradedate jūs?</strong></p>",
                    "Nuo nuobodžiausio dokumento, kurį savivaldybė siunčia gyventojams. Dažniausiai tai laiškas: sprendimas dėl išmokos, priminimas apie žemės mokestį, atsisakymas. Skaitome jį kartu su tais, kurie jį gauna. Beveik kiekvienoje savivaldybėje radome laiškų, iš kurių gyventojas negalėjo suprasti, ką daryti toliau: nenurodytas terminas, nėra žmogaus, kuriam galima paskambinti, o vietoj paaiškinimo – nuoroda į nutarimą. Perrašyti dešimt tokių laiškų nekainuoja nieko, o skambučių į savivaldybę gerokai sumažėja.",
                    "<p><strong>O portalas?</strong></p>",
                    "Portalą verta kurti tada, kai žinote, ko žmonės iš tikrųjų klausia. Kitaip tiesiog suskaitmeninsite painiavą. Vienoje Ukrainos bendruomenėje komanda norėjo elektroninės formos leidimams statyti automobilį, bet po savaitės prie aptarnavimo langelio paaiškėjo, kad dauguma žmonių tiesiog norėjo sužinoti, ar tokio leidimo jiems apskritai reikia.",
                ),
                picture(
                    "workshop",
                    "Savivaldybės darbuotojai paslaugų dizaino dirbtuvėse klijuoja lipnius lapelius ant sienos",
                    "Dirbtuvėse su savivaldybių komandomis žingsnis po žingsnio nubraižomas gyventojo kelias.",
                    "Nuotrauka: Viešųjų paslaugų dizaino laboratorija",
                ),
                para(
                    "<p><strong>Kas sunkiausia komandoms, su kuriomis dirbate?</strong></p>",
                    "Paleisti iš rankų formuluotes. Teisininkai baiminasi, kad paprastas sakinys bus ne toks tikslus. Neprašome nieko išbraukti – prašome pirmiausia parašyti atsakymą, o nuorodą į teisės aktą pateikti po jo. Kai jie pamato, kad skundų mažėja, tampa geriausiais mūsų šalininkais.",
                ),
                quote(
                    "Gera viešoji paslauga yra tokia, kuria gyventojas gali pasinaudoti nežinodamas, kaip savivaldybė sutvarkyta iš vidaus.",
                    "Kadri Lepik",
                    "paslaugų dizaino vadovė",
                    "Viešųjų paslaugų dizaino laboratorija",
                ),
            ],
        },
    },
}

YOUTH_CALL = {
    "slug": "call-youth-civic-initiatives",
    "when": (52, 8, 50),
    "category": "calls",
    "programme": "nordic-small-grants",
    "tags": ["youth", "civil-society", "e-participation"],
    "hero": ("Young volunteers planning a local initiative", "amber"),
    "text": {
        "en": {
            "title": "Call for youth-led civic initiatives: micro-grants of up to 3,000 euros",
            "lead": "Groups of young people aged 16 to 25 can apply for a micro-grant to carry out a civic initiative in their town or village together with a local NGO. The application is short and can be sent as a two-minute video.",
            "caption": "Young volunteers plan an initiative at one of last year's workshops.",
            "credit": "Photo: Open Communities Network",
            "authors": [("Dmytro Kovalchuk", "Programme coordinator")],
            "body": [
                para(
                    "The Open Communities Network, supported by the Nordic Civic Fund Small Grants, is looking for initiatives that young people want to carry out in their own community: a debate club on local issues, a map of places that are hard to reach in a wheelchair, a campaign to bring more young voters to the participatory budget. Each group needs at least three members and an adult mentor from a registered NGO, which also manages the money."
                ),
                heading("What the grant covers"),
                para(
                    "<ul><li>materials, printing and small equipment;</li><li>local travel and room hire;</li><li>fees for trainers or experts, up to a third of the budget.</li></ul>",
                    "Applications are accepted on a rolling basis until the funds run out, and decisions are made within three weeks. Groups can either write their application or record a short video answering the five questions of the application form.",
                ),
                quote(
                    "Last year we got 2,400 euros and organised the first candidates' debate our town had ever had. Two of the candidates were under thirty.",
                    "Marta Ivanyshyn",
                    "Coordinator",
                    "Youth Debate Club, Kalynivka",
                ),
            ],
        },
        "uk": {
            "slug": "konkurs-molodizhnykh-hromadianskykh-initsiatyv",
            "title": "Конкурс молодіжних громадянських ініціатив: мікрогранти до 3 000 євро",
            "lead": "Групи молоді віком від 16 до 25 років можуть подати заявку на мікрогрант, щоб разом із місцевою громадською організацією втілити громадянську ініціативу у своєму місті чи селі. Заявка коротка, її можна надіслати у вигляді двохвилинного відео.",
            "caption": "Молоді волонтери планують ініціативу на одному з торішніх воркшопів.",
            "credit": "Фото: Мережа відкритих громад",
            "authors": [("Дмитро Ковальчук", "Координатор програми")],
            "body": [
                para(
                    "Мережа відкритих громад за підтримки програми малих грантів Північного громадянського фонду шукає ініціативи, які молодь хоче втілити у своїй громаді: дебатний клуб про місцеві проблеми, мапа місць, куди важко дістатися на кріслі колісному, кампанія, щоб більше молодих людей голосували в бюджеті участі. У кожній групі має бути щонайменше троє учасників і дорослий наставник із зареєстрованої громадської організації, яка й розпоряджатиметься коштами."
                ),
                heading("Що покриває грант"),
                para(
                    "<ul><li>матеріали, друк і невелике обладнання;</li><li>поїздки в межах громади й оренду приміщення;</li><li>гонорари тренерів чи експертів — до третини бюджету.</li></ul>",
                    "Заявки приймають безперервно, доки є кошти; рішення ухвалюють протягом трьох тижнів. Група може написати заявку або записати коротке відео з відповідями на п’ять запитань заявки.",
                ),
                quote(
                    "Торік ми отримали 2 400 євро й організували перші в історії нашого міста дебати кандидатів. Двоє з них були молодші за тридцять.",
                    "Марта Іванишин",
                    "координаторка",
                    "Молодіжний дебатний клуб, Калинівка",
                ),
            ],
        },
        "et": {
            "slug": "noorte-kodanikualgatuste-taotlusvoor",
            "title": "Kutse noorte kodanikualgatustele: mikrotoetused kuni 3000 eurot",
            "lead": "16–25-aastaste noorte rühmad saavad taotleda mikrotoetust, et viia koos kohaliku MTÜ-ga oma linnas või külas ellu kodanikualgatus. Taotlus on lühike ja selle võib saata ka kaheminutilise videona.",
            "caption": "Noored vabatahtlikud planeerivad algatust ühes eelmise aasta töötoas.",
            "credit": "Foto: Avatud Kogukondade Võrgustik",
            "authors": [("Dmytro Kovalchuk", "Programmi koordinaator")],
            "body": [
                para(
                    "Avatud Kogukondade Võrgustik otsib Põhjamaade Kodanikufondi väikegrantide toel algatusi, mida noored tahavad oma kogukonnas ellu viia: kohalikke teemasid arutav väitlusklubi, kaart kohtadest, kuhu ratastooliga on raske pääseda, või kampaania, mis tooks kaasava eelarve hääletusele rohkem noori. Igas rühmas peab olema vähemalt kolm liiget ja täiskasvanud mentor registreeritud mittetulundusühingust, mis haldab ka raha."
                ),
                heading("Mida toetus katab"),
                para(
                    "<ul><li>materjalid, trükised ja väiksemad vahendid;</li><li>kohalikud sõidud ja ruumide rent;</li><li>koolitajate või ekspertide tasud kuni kolmandiku ulatuses eelarvest.</li></ul>",
                    "Taotlusi võetakse vastu jooksvalt, kuni raha jätkub, ja otsused tehakse kolme nädala jooksul. Rühm võib taotluse kirjutada või salvestada lühikese video, milles vastatakse taotlusvormi viiele küsimusele.",
                ),
                quote(
                    "Eelmisel aastal saime 2400 eurot ja korraldasime meie linna ajaloo esimese kandidaatide väitluse. Kaks kandidaati olid alla kolmekümne.",
                    "Marta Ivanyshyn",
                    "koordinaator",
                    "Kalynivka noorte väitlusklubi",
                ),
            ],
        },
        "lt": {
            "slug": "kvietimas-jaunimo-pilietinems-iniciatyvoms",
            "title": "Kvietimas jaunimo pilietinėms iniciatyvoms: mikrodotacijos iki 3 000 eurų",
            "lead": "16–25 metų jaunuolių grupės gali kreiptis dėl mikrodotacijos ir kartu su vietos nevyriausybine organizacija įgyvendinti pilietinę iniciatyvą savo mieste ar kaime. Paraiška trumpa, ją galima atsiųsti ir kaip dviejų minučių vaizdo įrašą.",
            "caption": "Jaunieji savanoriai planuoja iniciatyvą pernykštėse dirbtuvėse.",
            "credit": "Nuotrauka: Atvirų bendruomenių tinklas",
            "authors": [("Dmytro Kovalchuk", "Programos koordinatorius")],
            "body": [
                para(
                    "Atvirų bendruomenių tinklas, remiamas Šiaurės pilietinio fondo mažųjų dotacijų programos, ieško iniciatyvų, kurias jaunimas nori įgyvendinti savo bendruomenėje: vietos klausimus aptariantis debatų klubas, žemėlapis vietų, į kurias sunku patekti neįgaliojo vežimėliu, kampanija, kad daugiau jaunų žmonių balsuotų dalyvaujamojo biudžeto atrankoje. Kiekvienoje grupėje turi būti bent trys nariai ir suaugęs mentorius iš registruotos nevyriausybinės organizacijos, kuri ir tvarkys lėšas."
                ),
                heading("Ką apima dotacija"),
                para(
                    "<ul><li>medžiagas, spaudą ir smulkią įrangą;</li><li>vietines keliones ir patalpų nuomą;</li><li>lektorių ar ekspertų honorarus – iki trečdalio biudžeto.</li></ul>",
                    "Paraiškos priimamos nuolat, kol yra lėšų, o sprendimai priimami per tris savaites. Grupė gali paraišką parašyti arba nufilmuoti trumpą vaizdo įrašą, kuriame atsako į penkis paraiškos formos klausimus.",
                ),
                quote(
                    "Pernai gavome 2 400 eurų ir surengėme pirmuosius mūsų miesto istorijoje kandidatų debatus. Du kandidatai buvo jaunesni nei trisdešimties.",
                    "Marta Ivanyshyn",
                    "koordinatorė",
                    "Kalynivkos jaunimo debatų klubas",
                ),
            ],
        },
    },
}


HACKATHON_RESULTS = {
    "slug": "open-data-hackathon-results",
    "when": (65, 17, 20),
    "category": "reports",
    "tags": ["open-data", "transparency", "digital-government", "youth"],
    "hero": ("Open data hackathon in Lviv: final presentations", "amber"),
    "gallery": [
        ("Open data hackathon: teams at work", "amber"),
        ("Open data hackathon: mentors' corner", "slate"),
        ("Open data hackathon: final pitches", "blue"),
        ("Open data hackathon: award ceremony", "violet"),
    ],
    "text": {
        "en": {
            "title": "Open data hackathon: school bus routes, a budget map and a finder for empty buildings",
            "lead": "Fourteen teams spent 36 hours in Lviv turning municipal datasets into working tools. The jury gave first prize to a service that helps hromadas plan school bus routes from open address and road data.",
            "caption": "Teams present their prototypes at the end of the hackathon.",
            "credit": "Photo: Oleh Tkachenko",
            "authors": [("Oleh Tkachenko", "Open Data Collective")],
            "gallery": [
                "Teams at work on the first evening",
                "Mentors from municipal IT departments answer questions",
                "Final pitches in front of the jury",
                "The winning team receives its award",
            ],
            "body": [
                para(
                    "The Open Data Collective, which organised the hackathon, set a single condition: every tool had to use data that hromadas already publish or are required by law to publish. Municipal officials took part as mentors, and several of them discovered on the spot that their own datasets were out of date or published in formats nobody could read.",
                    "The winning team — two developers and a transport planner from Kalynivka — built a route planner that combines the register of school-age children by address, the open road map and the local school's timetable. Tested on Kalynivka's data, it proposed routes that would cut the longest journey from 74 to 48 minutes.",
                ),
                quote(
                    "We did not invent anything clever. We just put together three datasets that had always lived in three different offices.",
                    "Yuliia Marchenko",
                    "Team leader",
                    "Kalynivka Route Planner",
                ),
                table(
                    "Prize-winning projects",
                    [
                        ["Place", "Project", "What it does"],
                        ["1", "Kalynivka Route Planner", "Plans school bus routes from address and road data"],
                        ["2", "Budget on the Map", "Shows planned capital spending on a map of the hromada"],
                        [
                            "3",
                            "Empty Buildings",
                            "Collects reports of abandoned municipal buildings and checks them against the property register",
                        ],
                    ],
                ),
                para(
                    "All three winning teams will receive six months of mentoring to turn their prototypes into tools hromadas can use every day. The Open Data Collective has also published a list of the datasets participants found incomplete and sent it to the authorities responsible for them."
                ),
            ],
        },
        "uk": {
            "slug": "rezultaty-khakatonu-vidkrytykh-danykh",
            "title": "Хакатон відкритих даних: маршрути шкільних автобусів, бюджет на мапі й пошук порожніх будівель",
            "lead": "Чотирнадцять команд за 36 годин у Львові перетворили муніципальні набори даних на робочі інструменти. Перше місце журі віддало сервісу, який допомагає громадам планувати маршрути шкільних автобусів за відкритими даними про адреси й дороги.",
            "caption": "Команди презентують свої прототипи наприкінці хакатону.",
            "credit": "Фото: Олег Ткаченко",
            "authors": [("Олег Ткаченко", "Колектив відкритих даних")],
            "gallery": [
                "Команди працюють першого вечора",
                "Ментори з ІТ-відділів громад відповідають на запитання",
                "Фінальні презентації перед журі",
                "Команда-переможниця отримує нагороду",
            ],
            "body": [
                para(
                    "Колектив відкритих даних, який організував хакатон, поставив лише одну умову: кожен інструмент мав використовувати дані, які громади вже оприлюднюють або зобов’язані оприлюднювати за законом. Посадовці громад долучилися як ментори, і дехто з них просто на місці виявив, що власні набори даних застаріли або викладені у форматах, яких ніхто не може прочитати.",
                    "Команда-переможниця — двоє розробників і транспортна планувальниця з Калинівки — створила планувальник маршрутів, що поєднує реєстр дітей шкільного віку за адресами, відкриту мапу доріг і розклад місцевої школи. На даних Калинівки він запропонував маршрути, за якими найдовша поїздка скоротилася б із 74 до 48 хвилин.",
                ),
                quote(
                    "Ми не вигадали нічого надзвичайного. Просто звели докупи три набори даних, які завжди лежали в трьох різних кабінетах.",
                    "Юлія Марченко",
                    "лідерка команди",
                    "«Маршрути Калинівки»",
                ),
                table(
                    "Проєкти-переможці",
                    [
                        ["Місце", "Проєкт", "Що робить"],
                        ["1", "«Маршрути Калинівки»", "Планує маршрути шкільних автобусів за даними про адреси й дороги"],
                        ["2", "«Бюджет на мапі»", "Показує заплановані капітальні видатки на мапі громади"],
                        [
                            "3",
                            "«Порожні будівлі»",
                            "Збирає повідомлення про покинуті комунальні будівлі й звіряє їх із реєстром майна",
                        ],
                    ],
                ),
                para(
                    "Усі три команди-переможниці отримають пів року менторської підтримки, щоб перетворити прототипи на інструменти, якими громади зможуть користуватися щодня. Колектив відкритих даних також оприлюднив перелік наборів даних, які учасники визнали неповними, і надіслав його відповідальним органам."
                ),
            ],
        },
        "et": {
            "slug": "avaandmete-hakatoni-tulemused",
            "title": "Avaandmete häkaton: koolibussi marsruudid, eelarve kaardil ja tühjade hoonete otsija",
            "lead": "Neliteist meeskonda muutsid Lvivis 36 tunniga omavalitsuste andmestikud töötavateks tööriistadeks. Žürii andis esikoha teenusele, mis aitab kogukondadel avatud aadressi- ja teeandmete põhjal koolibussi marsruute planeerida.",
            "caption": "Meeskonnad esitlevad häkatoni lõpus oma prototüüpe.",
            "credit": "Foto: Oleh Tkachenko",
            "authors": [("Oleh Tkachenko", "Avaandmete Kollektiiv")],
            "gallery": [
                "Meeskonnad esimesel õhtul tööhoos",
                "Omavalitsuste IT-osakondade mentorid vastavad küsimustele",
                "Lõpuesitlused žürii ees",
                "Võitnud meeskond saab auhinna",
            ],
            "body": [
                para(
                    "Häkatoni korraldanud Avaandmete Kollektiiv seadis ainult ühe tingimuse: iga tööriist pidi kasutama andmeid, mida kogukonnad juba avaldavad või peavad seaduse järgi avaldama. Omavalitsuste ametnikud osalesid mentoritena ja mitu neist avastas kohapeal, et nende enda andmestikud on aegunud või avaldatud vormingus, mida keegi lugeda ei suuda.",
                    "Võitnud meeskond — kaks arendajat ja transpordiplaneerija Kalynivkast — ehitas marsruudiplaneerija, mis ühendab koolieas laste registri aadresside kaupa, avatud teedekaardi ja kohaliku kooli tunniplaani. Kalynivka andmetel pakkus see välja marsruudid, millega pikim sõit lüheneks 74 minutilt 48 minutile.",
                ),
                quote(
                    "Me ei leiutanud midagi keerulist. Panime lihtsalt kokku kolm andmestikku, mis olid alati elanud kolmes eri kabinetis.",
                    "Yuliia Marchenko",
                    "meeskonna juht",
                    "Kalynivka Route Planner",
                ),
                table(
                    "Auhinnatud projektid",
                    [
                        ["Koht", "Projekt", "Mida see teeb"],
                        ["1", "Kalynivka Route Planner", "Planeerib koolibussi marsruute aadressi- ja teeandmete põhjal"],
                        ["2", "Eelarve kaardil", "Näitab kavandatud investeeringuid kogukonna kaardil"],
                        ["3", "Tühjad hooned", "Kogub teateid mahajäetud munitsipaalhoonetest ja võrdleb neid vararegistriga"],
                    ],
                ),
                para(
                    "Kõik kolm võitnud meeskonda saavad kuus kuud mentorlust, et muuta prototüübid tööriistadeks, mida kogukonnad saavad igapäevaselt kasutada. Avaandmete Kollektiiv avaldas ka nimekirja andmestikest, mida osalejad pidasid puudulikuks, ja saatis selle vastutavatele asutustele."
                ),
            ],
        },
        "lt": {
            "slug": "atviruju-duomenu-hakatono-rezultatai",
            "title": "Atvirųjų duomenų hakatonas: mokyklinių autobusų maršrutai, biudžetas žemėlapyje ir tuščių pastatų paieška",
            "lead": "Keturiolika komandų per 36 valandas Lvive pavertė savivaldybių duomenų rinkinius veikiančiais įrankiais. Pirmąją vietą komisija skyrė paslaugai, kuri padeda bendruomenėms planuoti mokyklinių autobusų maršrutus pagal atviruosius adresų ir kelių duomenis.",
            "caption": "Komandos hakatono pabaigoje pristato savo prototipus.",
            "credit": "Nuotrauka: Oleh Tkachenko",
            "authors": [("Oleh Tkachenko", "Atvirųjų duomenų kolektyvas")],
            "gallery": [
                "Komandos dirba pirmąjį vakarą",
                "Savivaldybių IT skyrių mentoriai atsako į klausimus",
                "Baigiamieji pristatymai komisijai",
                "Laimėjusi komanda atsiima apdovanojimą",
            ],
            "body": [
                para(
                    "Hakatoną surengęs Atvirųjų duomenų kolektyvas iškėlė vienintelę sąlygą: kiekvienas įrankis turėjo naudoti duomenis, kuriuos bendruomenės jau skelbia arba pagal įstatymą privalo skelbti. Savivaldybių tarnautojai prisijungė kaip mentoriai, ir keli iš jų vietoje atrado, kad jų pačių duomenų rinkiniai pasenę arba paskelbti formatais, kurių niekas negali perskaityti.",
                    "Laimėjusi komanda – du programuotojai ir transporto planuotoja iš Kalynivkos – sukūrė maršrutų planuoklį, kuris sujungia mokyklinio amžiaus vaikų registrą pagal adresus, atvirąjį kelių žemėlapį ir vietos mokyklos tvarkaraštį. Išbandytas su Kalynivkos duomenimis, jis pasiūlė maršrutus, kuriais ilgiausia kelionė sutrumpėtų nuo 74 iki 48 minučių.",
                ),
                quote(
                    "Nieko gudraus neišradome. Tiesiog sujungėme tris duomenų rinkinius, kurie visada gyveno trijuose skirtinguose kabinetuose.",
                    "Yuliia Marchenko",
                    "komandos vadovė",
                    "Kalynivka Route Planner",
                ),
                table(
                    "Apdovanoti projektai",
                    [
                        ["Vieta", "Projektas", "Ką jis daro"],
                        ["1", "Kalynivka Route Planner", "Planuoja mokyklinių autobusų maršrutus pagal adresų ir kelių duomenis"],
                        ["2", "Biudžetas žemėlapyje", "Rodo planuojamas investicijas bendruomenės žemėlapyje"],
                        [
                            "3",
                            "Tušti pastatai",
                            "Renka pranešimus apie apleistus savivaldybės pastatus ir sulygina juos su turto registru",
                        ],
                    ],
                ),
                para(
                    "Visos trys laimėjusios komandos šešis mėnesius gaus mentorių pagalbą, kad prototipus paverstų įrankiais, kuriais bendruomenės galėtų naudotis kasdien. Atvirųjų duomenų kolektyvas taip pat paskelbė sąrašą duomenų rinkinių, kuriuos dalyviai įvertino kaip neišsamius, ir išsiuntė jį atsakingoms institucijoms."
                ),
            ],
        },
    },
}

GENDER_BUDGETING_GUIDE = {
    "slug": "gender-responsive-budgeting-guide",
    "when": (95, 10, 30),
    "category": "programme-news",
    "programme": "esf",
    "tags": ["gender-equality", "public-finance", "training"],
    "hero": ("Workshop on gender-responsive budgeting", "violet"),
    "source_url": "https://local-government-office.example/publications/gender-responsive-budgeting",
    "text": {
        "en": {
            "title": "New guide shows small municipalities how to check who benefits from their budget",
            "lead": "A practical guide to gender-responsive budgeting, written with finance officers from eight municipalities, explains in twelve steps how to find out who actually uses the services a budget pays for — without new software or extra staff.",
            "caption": "Finance officers test the guide's worksheets during a workshop.",
            "credit": "Photo: Kateryna Oliinyk",
            "authors": [("Kateryna Oliinyk", "Programme officer")],
            "source_name": "National Office for Local Self-Government",
            "body": [
                para(
                    "The guide was drafted over six months together with finance officers from eight hromadas and municipalities, who tested every chapter on their own budgets. Instead of a theoretical introduction, it opens with three services every municipality runs — public transport, sports facilities and care at home — and shows how to collect simple data on who uses them, broken down by sex and age.",
                    "In the test municipalities the exercise brought some surprises. In one, two thirds of the sports budget went to facilities used mostly by boys and men; in another, the bus timetable suited commuters to the district centre but not the women who made most of the shorter daytime trips to the clinic and the market.",
                ),
                quote(
                    "Nobody had done anything wrong on purpose. We had simply never looked at who was at the other end of the budget line. Now it is one more column in the spreadsheet, and it changes the conversation in the council.",
                    "Halyna Moroz",
                    "Head of the Finance Department",
                    "Kalynivka hromada",
                ),
                para(
                    "The guide is available free of charge in Ukrainian, Estonian, Lithuanian and English. Its preparation was co-funded by the European Social Fund, and training for finance departments based on the guide starts in autumn."
                ),
            ],
        },
        "uk": {
            "slug": "posibnyk-z-henderno-oriientovanoho-biudzhetuvannia",
            "title": "Новий посібник допоможе невеликим громадам з’ясувати, кому насправді служить їхній бюджет",
            "lead": "Практичний посібник із гендерно орієнтованого бюджетування, підготовлений разом із фінансистами восьми громад, у дванадцяти кроках пояснює, як дізнатися, хто насправді користується послугами, що їх оплачує бюджет, — без нового програмного забезпечення й додаткових працівників.",
            "caption": "Фінансисти громад випробовують робочі аркуші посібника під час семінару.",
            "credit": "Фото: Катерина Олійник",
            "authors": [("Катерина Олійник", "Менеджерка програми")],
            "source_name": "Національне бюро з питань місцевого самоврядування",
            "body": [
                para(
                    "Посібник пів року готували разом із фінансистами восьми громад, які випробовували кожен розділ на власних бюджетах. Замість теоретичного вступу він починається з трьох послуг, що є в кожній громаді, — громадського транспорту, спортивних об’єктів і догляду вдома — і показує, як зібрати прості дані про тих, хто ними користується, у розрізі статі та віку.",
                    "У пілотних громадах ця вправа принесла кілька несподіванок. В одній дві третини спортивного бюджету йшли на об’єкти, якими користуються переважно хлопці й чоловіки; в іншій розклад автобусів був зручним для тих, хто їздить на роботу до районного центру, але не для жінок, які вдень здійснювали більшість коротких поїздок до амбулаторії та на ринок.",
                ),
                quote(
                    "Ніхто нічого поганого навмисно не робив. Ми просто ніколи не дивилися, хто стоїть на іншому кінці бюджетного рядка. Тепер це ще одна колонка в таблиці — і вона змінює розмову на сесії.",
                    "Галина Мороз",
                    "начальниця фінансового відділу",
                    "Калинівська громада",
                ),
                para(
                    "Посібник безкоштовно доступний українською, естонською, литовською та англійською мовами. Його підготовку співфінансував Європейський соціальний фонд, а навчання для фінансових відділів на основі посібника розпочнеться восени."
                ),
            ],
        },
        "et": {
            "slug": "sootundliku-eelarvestamise-juhend",
            "title": "Uus juhend näitab väikestele omavalitsustele, kellele nende eelarve tegelikult kasu toob",
            "lead": "Kaheksa omavalitsuse finantsspetsialistidega koostatud sootundliku eelarvestamise juhend selgitab kaheteistkümne sammuga, kuidas välja selgitada, kes eelarvest rahastatud teenuseid tegelikult kasutab — ilma uue tarkvara ja lisatöötajateta.",
            "caption": "Finantsspetsialistid katsetavad töötoas juhendi töölehti.",
            "credit": "Foto: Kateryna Oliinyk",
            "authors": [("Kateryna Oliinyk", "Programmispetsialist")],
            "source_name": "Kohaliku Omavalitsuse Riiklik Büroo",
            "body": [
                para(
                    "Juhend valmis poole aasta jooksul koostöös kaheksa kogukonna ja omavalitsuse finantsspetsialistidega, kes katsetasid iga peatükki oma eelarve peal. Teoreetilise sissejuhatuse asemel algab see kolmest teenusest, mida pakub iga omavalitsus — ühistransport, spordirajatised ja koduhooldus —, ning näitab, kuidas koguda nende kasutajate kohta lihtsaid andmeid soo ja vanuse lõikes.",
                    "Katseomavalitsustes tõi harjutus kaasa mõne üllatuse. Ühes läks kaks kolmandikku spordieelarvest rajatistele, mida kasutavad peamiselt poisid ja mehed; teises sobis bussigraafik maakonnakeskusesse tööle sõitjatele, kuid mitte naistele, kes tegid päeval suurema osa lühematest sõitudest perearsti juurde ja turule.",
                ),
                quote(
                    "Keegi ei teinud meelega midagi valesti. Me lihtsalt polnud kunagi vaadanud, kes on eelarverea teises otsas. Nüüd on see tabelis üks veerg rohkem ja see muudab arutelu volikogus.",
                    "Halyna Moroz",
                    "finantsosakonna juhataja",
                    "Kalynivka kogukond",
                ),
                para(
                    "Juhend on tasuta saadaval ukraina, eesti, leedu ja inglise keeles. Selle koostamist kaasrahastas Euroopa Sotsiaalfond ning juhendil põhinevad koolitused finantsosakondadele algavad sügisel."
                ),
            ],
        },
        "lt": {
            "slug": "lyciai-jautraus-biudzeto-sudarymo-vadovas",
            "title": "Naujas vadovas padės mažoms savivaldybėms išsiaiškinti, kam iš tikrųjų tarnauja jų biudžetas",
            "lead": "Praktinis lyčiai jautraus biudžeto sudarymo vadovas, parengtas kartu su aštuonių savivaldybių finansininkais, dvylika žingsnių paaiškina, kaip sužinoti, kas iš tikrųjų naudojasi biudžeto lėšomis finansuojamomis paslaugomis, – be naujos programinės įrangos ir papildomų darbuotojų.",
            "caption": "Finansininkai seminare išbando vadovo darbalapius.",
            "credit": "Nuotrauka: Kateryna Oliinyk",
            "authors": [("Kateryna Oliinyk", "Programos vadovė")],
            "source_name": "Nacionalinis vietos savivaldos biuras",
            "body": [
                para(
                    "Vadovas buvo rengiamas pusę metų kartu su aštuonių bendruomenių ir savivaldybių finansininkais, kurie kiekvieną skyrių išbandė su savo biudžetais. Vietoj teorinio įvado jis prasideda nuo trijų paslaugų, kurias teikia kiekviena savivaldybė, – viešojo transporto, sporto objektų ir pagalbos į namus – ir parodo, kaip surinkti paprastus duomenis apie jų naudotojus pagal lytį ir amžių.",
                    "Bandomosiose savivaldybėse ši užduotis atnešė netikėtumų. Vienoje du trečdaliai sporto biudžeto teko objektams, kuriais daugiausia naudojasi berniukai ir vyrai; kitoje autobusų tvarkaraštis tiko į rajono centrą į darbą važinėjantiems žmonėms, bet ne moterims, kurios dieną atlikdavo daugumą trumpesnių kelionių į polikliniką ir turgų.",
                ),
                quote(
                    "Niekas nieko blogo tyčia nedarė. Tiesiog niekada nežiūrėjome, kas yra kitame biudžeto eilutės gale. Dabar lentelėje tai tik dar vienas stulpelis, bet jis keičia pokalbį taryboje.",
                    "Halyna Moroz",
                    "Finansų skyriaus vedėja",
                    "Kalynivkos bendruomenė",
                ),
                para(
                    "Vadovas nemokamai prieinamas ukrainiečių, estų, lietuvių ir anglų kalbomis. Jo parengimą bendrai finansavo Europos socialinis fondas, o vadovu paremti mokymai savivaldybių finansų skyriams prasidės rudenį."
                ),
            ],
        },
    },
}

JARVEMETSA_VILLAGE_ELDERS = {
    "slug": "jarvemetsa-kulavanemate-paev",
    "source": "et",
    "when": (210, 12, 0),
    "legacy": 1200,
    "category": "reports",
    "tags": ["local-democracy", "civil-society", "decentralisation"],
    "hero": ("Külavanemate päev Järvemetsa vallamajas", "green"),
    "gallery": [
        ("Külavanemate päev: külade mured", "green"),
        ("Külavanemate päev: arutelu eelarve üle", "teal"),
    ],
    "text": {
        "et": {
            "title": "Külavanemate päev: Järvemetsa vald annab igale külale oma väikese eelarve",
            "lead": "Järvemetsa valla külavanemate päeval lepiti kokku, et alates järgmisest aastast saab iga küla väikese eelarve külateede hoolduseks ja kogukonnaürituste korraldamiseks. Vallavalitsus hakkab külavanematega kohtuma kord kvartalis.",
            "caption": "Külavanemad ja vallavalitsuse liikmed Järvemetsa vallamajas.",
            "credit": "Foto: Kristjan Saar",
            "authors": [("Kristjan Saar", "Vallalehe toimetaja")],
            "gallery": [
                "Külavanemad tutvustavad oma küla muresid",
                "Arutelu selle üle, kuidas külade raha jagada",
            ],
            "body": [
                para(
                    "Järvemetsa vallas on 27 küla ja 19 külavanemat. Seni said külad vallalt raha ainult projektikonkursi kaudu, mis nõudis pikka taotlust ja omaosalust. Külavanemate päeval tutvustas vallavalitsus uut korda: iga küla saab elanike arvust sõltuva summa, mida võib kasutada külateede lumetõrjeks, bussiootepaviljonide korrastamiseks või külapäevade korraldamiseks.",
                    "Mitu külavanemat tõi välja, et raha kõrval on sama oluline teada, kellega vallamajas rääkida. Seepärast lepiti kokku, et vallavalitsus kohtub külavanematega kord kvartalis ja igal külal on vallavalitsuses oma kontaktisik.",
                ),
                quote(
                    "Küla ei vaja suurt projekti, küla vajab, et keegi lükkaks tee lahti enne, kui lapsed kooli lähevad. Nüüd saame selle ise ära otsustada ega pea kevadeni ootama.",
                    "Tiina Rebane",
                    "külavanem",
                    "Metsaääre küla",
                ),
                para(
                    "Uue korra kinnitab vallavolikogu detsembris. Külavanemad soovivad, et valla kodulehel oleks ka lihtne ülevaade sellest, kui palju raha iga küla on saanud ja milleks seda on kasutatud."
                ),
            ],
        },
    },
}


ACCESSIBILITY_AUDIT = {
    "slug": "accessibility-audit-service-centres",
    "when": (230, 11, 15),
    "legacy": 3400,
    "category": "reports",
    "programme": "eea-norway",
    "tags": ["accessibility", "administrative-services", "civil-society"],
    "hero": ("Accessibility audit at a service centre entrance", "blue"),
    "pictures": {"ramp": ("Entrance ramp of a service centre", "slate")},
    "text": {
        "en": {
            "title": "Wheelchair users and parents with prams audited 23 service centres. Here is what they found",
            "lead": "Teams of volunteers with disabilities, older residents and parents with prams checked the entrances, counters and websites of 23 administrative service centres. Only four passed every test, but most of the problems are cheap to fix.",
            "caption": "An auditor measures the slope of the ramp at a service centre entrance.",
            "credit": "Photo: Maksym Rudenko",
            "authors": [("Maksym Rudenko", "Project coordinator")],
            "body": [
                para(
                    "The audit was carried out by a coalition of disability organisations with the support of the Open Communities Network. Each centre was visited by a team of three: a wheelchair user, a person with a visual impairment or an older resident, and a parent with a pram. They worked through a 40-point checklist, from the height of the counter to whether the online booking form can be used with a screen reader.",
                    "The most common problems were not the expensive ones. Nineteen centres had a ramp, but in seven of them the door at the top could not be opened without help. Eleven centres had no seats near the counters, and only six announced the queue number both on screen and out loud.",
                ),
                picture(
                    "ramp",
                    "A ramp with handrails leading up to the glass door of a service centre",
                    "Ramps were common; doors that open without help were not.",
                    "Photo: Maksym Rudenko",
                ),
                quote(
                    "We did not come to shame anyone. Most heads of centres had simply never tried to get in with a pram or in a wheelchair. After our visit, two of them had the door closers fixed the same week.",
                    "Ivan Polishchuk",
                    "Auditor",
                    "Without Barriers civic coalition",
                ),
                para(
                    "Every centre received its own report with a list of fixes sorted by cost. The coalition will come back in six months to check progress and plans to add the results to the public register of service centres."
                ),
            ],
        },
        "uk": {
            "slug": "audyt-dostupnosti-tsnap",
            "title": "Користувачі крісел колісних і батьки з дитячими візками перевірили 23 ЦНАП. Ось що вони виявили",
            "lead": "Команди волонтерів з інвалідністю, людей старшого віку та батьків із дитячими візками перевірили входи, стійки й вебсайти 23 центрів надання адміністративних послуг. Усі тести пройшли лише чотири, але більшість проблем можна усунути недорого.",
            "caption": "Аудитор вимірює нахил пандуса біля входу до ЦНАП.",
            "credit": "Фото: Максим Руденко",
            "authors": [("Максим Руденко", "Координатор проєкту")],
            "body": [
                para(
                    "Аудит провела коаліція організацій людей з інвалідністю за підтримки Мережі відкритих громад. Кожен центр відвідувала команда з трьох осіб: людина на кріслі колісному, людина з порушенням зору або літня мешканка чи мешканець, а також хтось із батьків із дитячим візком. Вони працювали за чек-листом із 40 пунктів — від висоти стійки до того, чи можна заповнити онлайн-форму запису за допомогою програми зчитування екрана.",
                    "Найпоширеніші проблеми виявилися не найдорожчими. Пандус мали 19 центрів, але в семи з них двері нагорі не вдавалося відчинити без сторонньої допомоги. В одинадцяти центрах біля стійок не було де сісти, і лише шість оголошували номер у черзі і на екрані, і голосом.",
                ),
                picture(
                    "ramp",
                    "Пандус із поручнями веде до скляних дверей ЦНАП",
                    "Пандуси трапляються часто, а от двері, що відчиняються без допомоги, — рідко.",
                    "Фото: Максим Руденко",
                ),
                quote(
                    "Ми приходили не для того, щоб когось присоромити. Більшість керівників центрів просто ніколи не пробували зайти з дитячим візком чи на кріслі колісному. Після нашого візиту двоє з них того ж тижня полагодили дверні доводчики.",
                    "Іван Поліщук",
                    "аудитор",
                    "Громадська коаліція «Без бар’єрів»",
                ),
                para(
                    "Кожен центр отримав окремий звіт зі списком виправлень, упорядкованих за вартістю. Через пів року коаліція повернеться, щоб перевірити, що змінилося, і планує додати результати до публічного реєстру ЦНАП."
                ),
            ],
        },
        "et": {
            "slug": "teeninduskeskuste-ligipaasetavuse-audit",
            "title": "Ratastooli kasutajad ja lapsevankriga vanemad auditeerisid 23 teeninduskeskust. Mida nad leidsid",
            "lead": "Puudega vabatahtlikest, eakatest ja lapsevankriga lapsevanematest koosnevad meeskonnad kontrollisid 23 haldusteenuste keskuse sissepääsud, teenindusletid ja veebilehed. Kõik testid läbis vaid neli keskust, kuid enamiku probleemidest saab odavalt lahendada.",
            "caption": "Audiitor mõõdab teeninduskeskuse sissepääsu juures kaldtee kallet.",
            "credit": "Foto: Maksym Rudenko",
            "authors": [("Maksym Rudenko", "Projektijuht")],
            "body": [
                para(
                    "Auditi viis läbi puuetega inimeste organisatsioonide koalitsioon Avatud Kogukondade Võrgustiku toel. Igat keskust külastas kolmeliikmeline meeskond: ratastooli kasutaja, nägemispuudega või eakas inimene ning lapsevankriga lapsevanem. Nad järgisid 40-punktilist kontrollnimekirja alates leti kõrgusest kuni selleni, kas veebis aja broneerimise vormi saab kasutada ekraanilugejaga.",
                    "Kõige sagedasemad probleemid ei olnud kõige kallimad. Kaldtee oli olemas 19 keskuses, kuid seitsmes neist ei saanud ülemist ust ilma abita avada. Üheteistkümnes keskuses polnud lettide lähedal istekohti ja ainult kuus keskust teatasid järjekorranumbri nii ekraanil kui ka häälega.",
                ),
                picture(
                    "ramp",
                    "Käsipuudega kaldtee viib teeninduskeskuse klaasukseni",
                    "Kaldteid leidus sageli, ilma abita avanevaid uksi aga harva.",
                    "Foto: Maksym Rudenko",
                ),
                quote(
                    "Me ei tulnud kedagi häbistama. Enamik keskuste juhte polnud lihtsalt kunagi proovinud lapsevankri või ratastooliga sisse pääseda. Pärast meie külaskäiku lasid kaks neist samal nädalal uksesulgurid korda teha.",
                    "Ivan Polishchuk",
                    "audiitor",
                    "kodanikukoalitsioon Ilma Tõketeta",
                ),
                para(
                    "Iga keskus sai oma aruande koos maksumuse järgi järjestatud paranduste loeteluga. Koalitsioon tuleb poole aasta pärast edusamme kontrollima ja kavatseb lisada tulemused teeninduskeskuste avalikku registrisse."
                ),
            ],
        },
        "lt": {
            "slug": "paslaugu-centru-prieinamumo-auditas",
            "title": "Neįgaliųjų vežimėlių naudotojai ir tėvai su vaikiškais vežimėliais patikrino 23 paslaugų centrus. Štai ką jie rado",
            "lead": "Savanorių su negalia, vyresnio amžiaus gyventojų ir tėvų su vaikiškais vežimėliais komandos patikrino 23 administracinių paslaugų centrų įėjimus, aptarnavimo langelius ir interneto svetaines. Visus patikrinimus išlaikė tik keturi centrai, tačiau daugumą problemų galima pašalinti nebrangiai.",
            "caption": "Auditorius matuoja panduso nuolydį prie įėjimo į paslaugų centrą.",
            "credit": "Nuotrauka: Maksym Rudenko",
            "authors": [("Maksym Rudenko", "Projekto koordinatorius")],
            "body": [
                para(
                    "Auditą atliko neįgaliųjų organizacijų koalicija, padedama Atvirų bendruomenių tinklo. Kiekvieną centrą aplankė trijų žmonių komanda: neįgaliojo vežimėlio naudotojas, regėjimo negalią turintis arba vyresnio amžiaus žmogus ir vienas iš tėvų su vaikišku vežimėliu. Jie vadovavosi 40 punktų kontroliniu sąrašu – nuo aptarnavimo langelio aukščio iki to, ar internetine registracijos forma galima naudotis su ekrano skaitytuvu.",
                    "Dažniausios problemos nebuvo brangiausios. Pandusą turėjo 19 centrų, tačiau septyniuose iš jų viršuje esančių durų nepavyko atidaryti be pagalbos. Vienuolikoje centrų prie langelių nebuvo kur atsisėsti, ir tik šeši centrai eilės numerį skelbė ir ekrane, ir garsu.",
                ),
                picture(
                    "ramp",
                    "Pandusas su turėklais, vedantis prie stiklinių paslaugų centro durų",
                    "Pandusų buvo daug, o durų, kurias galima atidaryti be pagalbos, – mažai.",
                    "Nuotrauka: Maksym Rudenko",
                ),
                quote(
                    "Atėjome ne gėdinti. Dauguma centrų vadovų tiesiog niekada nebuvo bandę įeiti su vaikišku ar neįgaliojo vežimėliu. Po mūsų vizito du iš jų tą pačią savaitę sutaisė durų pritraukėjus.",
                    "Ivan Polishchuk",
                    "auditorius",
                    "Pilietinė koalicija „Be kliūčių“",
                ),
                para(
                    "Kiekvienas centras gavo atskirą ataskaitą su pagal kainą surūšiuotu taisymų sąrašu. Po pusmečio koalicija sugrįš patikrinti pažangos ir ketina rezultatus įtraukti į viešą paslaugų centrų registrą."
                ),
            ],
        },
    },
}

STUDY_VISIT_LITHUANIA = {
    "slug": "study-visit-riverside-municipalities",
    "when": (300, 15, 0),
    "legacy": 5400,
    "category": "reports",
    "programme": "capable-communities",
    "tags": ["decentralisation", "local-democracy", "training"],
    "hero": ("Study visit to Šilupė municipality", "green"),
    "gallery": [
        ("Study visit: Šilupė community centre", "green"),
        ("Study visit: meeting in Vingrė eldership", "teal"),
        ("Study visit: riverside walk", "blue"),
    ],
    "text": {
        "en": {
            "title": "Study visit to Lithuania: what hromadas learned from elderships",
            "lead": "Twelve heads and deputy heads of Ukrainian hromadas spent four days with the Association of Riverside Municipalities in Lithuania, looking at how elderships keep services close to residents in large rural municipalities.",
            "caption": "Participants of the study visit in front of the Šilupė municipal building.",
            "credit": "Photo: Association of Riverside Municipalities",
            "authors": [("Rūta Jankauskienė", "Association of Riverside Municipalities")],
            "gallery": [
                "The community centre in Šilupė shares a building with the library and the eldership office",
                "Meeting with the elder of Vingrė and local community representatives",
                "A walk along the embankment rebuilt on residents' proposals",
            ],
            "body": [
                para(
                    "By Ukrainian standards Lithuanian municipalities are large, and most of them are divided into elderships — small offices, each run by an elder, that issue certificates, register residents' addresses and pass their concerns on to the municipality. For hromadas that have merged dozens of villages this is exactly the question they face: how to be present in every village without duplicating the whole administration.",
                    "In Šilupė the group saw an eldership office that shares a building with the library and the community centre, so that one heated building stays open six days a week. In Vingrė the elder explained how villages choose community representatives who meet her every month and decide together how to spend a small budget for local repairs.",
                ),
                quote(
                    "Every merged hromada has the same problem: people in the villages feel the centre has forgotten them. Here I saw that the answer is not a big office but one person who is there every Tuesday and knows everyone by name.",
                    "Serhii Boiko",
                    "Head of the hromada",
                    "Verkhni Luky hromada",
                ),
                para(
                    "Each participating hromada will use what it saw to draw up a short plan for its starosta districts, the Ukrainian counterpart of elderships. The association has offered to host a second visit next year for the staff who run the village offices day to day."
                ),
            ],
        },
        "uk": {
            "slug": "navchalnyi-vizyt-do-lytvy",
            "title": "Навчальний візит до Литви: що громади перейняли в литовських староств",
            "lead": "Дванадцятеро голів і заступників голів українських громад провели чотири дні з Асоціацією прирічкових громад у Литві, щоб побачити, як староства зберігають послуги поруч із мешканцями у великих сільських самоврядуваннях.",
            "caption": "Учасники навчального візиту перед будівлею самоврядування Шилупе.",
            "credit": "Фото: Асоціація прирічкових громад",
            "authors": [("Руте Янкаускене", "Асоціація прирічкових громад")],
            "gallery": [
                "Громадський центр у Шилупе працює в одній будівлі з бібліотекою та старостатом",
                "Зустріч зі старостою Вінгре та представниками місцевих громад",
                "Прогулянка набережною, перебудованою за пропозиціями мешканців",
            ],
            "body": [
                para(
                    "Литовські самоврядування великі як на українські мірки, і більшість із них поділено на староства — невеликі офіси на чолі зі старостою, які видають довідки, реєструють місце проживання і передають проблеми мешканців до самоврядування. Для громад, що об’єднали десятки сіл, це саме те питання, яке стоїть перед ними: як бути присутніми в кожному селі, не дублюючи всієї адміністрації.",
                    "У Шилупе група побачила старостат, який працює в одній будівлі з бібліотекою та громадським центром, тож одна опалювана будівля відчинена шість днів на тиждень. У Вінгре староста розповіла, як села обирають своїх представників, що щомісяця збираються з нею й разом вирішують, на що витратити невеликий бюджет для місцевих ремонтів.",
                ),
                quote(
                    "У кожній об’єднаній громаді та сама проблема: люди в селах відчувають, що центр про них забув. Тут я побачив, що відповідь — не великий офіс, а одна людина, яка буває там щовівторка і знає кожного на ім’я.",
                    "Сергій Бойко",
                    "голова громади",
                    "Верхньолуцька громада",
                ),
                para(
                    "На основі побаченого кожна громада-учасниця підготує короткий план для своїх старостинських округів. Асоціація запропонувала наступного року прийняти ще один візит — для працівників, які щодня працюють у сільських офісах."
                ),
            ],
        },
        "et": {
            "slug": "oppereis-leetu",
            "title": "Õppereis Leetu: mida Ukraina kogukonnad õppisid Leedu osavaldadelt",
            "lead": "Kaksteist Ukraina kogukondade juhti ja juhi asetäitjat veetsid neli päeva Leedus Jõeäärsete Omavalitsuste Liidu juures, et näha, kuidas osavallad hoiavad suurtes maaomavalitsustes teenused elanike lähedal.",
            "caption": "Õppereisil osalejad Šilupė omavalitsuse hoone ees.",
            "credit": "Foto: Jõeäärsete Omavalitsuste Liit",
            "authors": [("Rūta Jankauskienė", "Jõeäärsete Omavalitsuste Liit")],
            "gallery": [
                "Šilupė kogukonnakeskus asub raamatukogu ja osavalla kantseleiga samas majas",
                "Kohtumine Vingrė osavallavanema ja kohalike kogukondade esindajatega",
                "Jalutuskäik kaldapealsel, mis ehitati ümber elanike ettepanekute järgi",
            ],
            "body": [
                para(
                    "Ukraina mõõdupuu järgi on Leedu omavalitsused suured ja enamik neist on jagatud osavaldadeks — väikesteks kantseleideks, mida juhib osavallavanem ja kus väljastatakse tõendeid, registreeritakse elanike aadresse ning antakse nende mured omavalitsusele edasi. Kogukondadele, kuhu on liidetud kümneid külasid, on see täpselt see küsimus, millega nad silmitsi seisavad: kuidas olla kohal igas külas ilma kogu valitsemisaparaati dubleerimata.",
                    "Šilupė omavalitsuses nägi rühm osavalla kantseleid, mis jagab maja raamatukogu ja kogukonnakeskusega, nii et üks köetud hoone on avatud kuus päeva nädalas. Vingrė osavallas selgitas osavallavanem, kuidas külad valivad oma esindajad, kes kohtuvad temaga igal kuul ja otsustavad koos, milleks kasutada väikest remondieelarvet.",
                ),
                quote(
                    "Igas liidetud kogukonnas on sama probleem: külainimesed tunnevad, et keskus on nad unustanud. Siin nägin, et lahendus ei ole suur kontor, vaid üks inimene, kes on seal igal teisipäeval ja tunneb kõiki nimepidi.",
                    "Serhii Boiko",
                    "kogukonna juht",
                    "Verhni Luky kogukond",
                ),
                para(
                    "Iga osalenud kogukond koostab nähtu põhjal lühikese plaani oma starosta ringkondade jaoks — nii nimetatakse Ukrainas osavaldade vasteid. Liit pakkus, et võtab järgmisel aastal vastu teise õppereisi neile töötajatele, kes külakontorites igapäevaselt töötavad."
                ),
            ],
        },
        "lt": {
            "slug": "mokomasis-vizitas-lietuvoje",
            "title": "Mokomasis vizitas Lietuvoje: ko Ukrainos bendruomenės pasimokė iš seniūnijų",
            "lead": "Dvylika Ukrainos bendruomenių vadovų ir jų pavaduotojų keturias dienas praleido su Paupio savivaldybių asociacija ir stebėjo, kaip seniūnijos didelėse kaimiškose savivaldybėse padeda išlaikyti paslaugas arti gyventojų.",
            "caption": "Mokomojo vizito dalyviai prie Šilupės savivaldybės pastato.",
            "credit": "Nuotrauka: Paupio savivaldybių asociacija",
            "authors": [("Rūta Jankauskienė", "Paupio savivaldybių asociacija")],
            "gallery": [
                "Šilupės bendruomenės centras įsikūręs viename pastate su biblioteka ir seniūnija",
                "Susitikimas su Vingrės seniūne ir seniūnaičiais",
                "Pasivaikščiojimas upės krantine, pertvarkyta pagal gyventojų pasiūlymus",
            ],
            "body": [
                para(
                    "Ukrainos mastu Lietuvos savivaldybės yra didelės, ir dauguma jų suskirstytos į seniūnijas – nedideles įstaigas, kurioms vadovauja seniūnas ir kuriose išduodamos pažymos, deklaruojama gyvenamoji vieta, o gyventojų rūpesčiai perduodami savivaldybei. Ukrainos bendruomenėms, sujungusioms dešimtis kaimų, tai būtent tas klausimas, kurį joms reikia išspręsti: kaip būti kiekviename kaime nedubliuojant visos administracijos.",
                    "Šilupėje grupė pamatė seniūniją, kuri dalijasi pastatu su biblioteka ir bendruomenės centru, todėl vienas šildomas pastatas atviras šešias dienas per savaitę. Vingrėje seniūnė papasakojo, kaip kaimai renka seniūnaičius, kurie kas mėnesį su ja susitinka ir kartu sprendžia, kam skirti nedidelį vietos remonto darbų biudžetą.",
                ),
                quote(
                    "Kiekvienoje sujungtoje bendruomenėje ta pati problema: kaimų žmonės jaučiasi centro pamiršti. Čia pamačiau, kad atsakymas yra ne didelis biuras, o vienas žmogus, kuris būna ten kiekvieną antradienį ir visus pažįsta vardu.",
                    "Serhii Boiko",
                    "bendruomenės vadovas",
                    "Verchni Luky bendruomenė",
                ),
                para(
                    "Kiekviena dalyvavusi bendruomenė pagal tai, ką pamatė, parengs trumpą planą savo starostų apygardoms – taip Ukrainoje vadinami seniūnijų atitikmenys. Asociacija pasiūlė kitais metais priimti antrą vizitą darbuotojams, kurie kasdien dirba kaimų įstaigose."
                ),
            ],
        },
    },
}

TRANSPARENCY_RANKING = {
    "slug": "local-budget-transparency-ranking",
    "when": (395, 10, 0),
    "legacy": 2600,
    "category": "reports",
    "tags": ["transparency", "public-finance", "open-data"],
    "hero": ("Presentation of the budget transparency ranking", "slate"),
    "source_url": "https://open-data-collective.example/research/budget-transparency",
    "text": {
        "en": {
            "title": "Budget transparency ranking: 60 hromadas assessed, and the small ones are catching up",
            "lead": "The Open Data Collective assessed how 60 hromadas publish their budgets, procurement plans and budget execution reports. In a year the average score rose from 41 to 56 out of 100, with the biggest gains in hromadas of under 20,000 people.",
            "caption": "Presentation of the ranking at the Open Data Collective office in Lviv.",
            "credit": "Photo: Open Data Collective",
            "authors": [("Oleh Tkachenko", "Analyst, Open Data Collective")],
            "source_name": "Open Data Collective",
            "body": [
                para(
                    "The ranking checks 25 criteria in four areas: whether the approved budget and its amendments are published in a machine-readable format, whether quarterly execution reports appear on time, whether procurement plans are public, and whether residents can comment on the draft budget before the council votes on it.",
                    "Small hromadas improved the most, often simply because they started publishing on the national open data portal instead of posting scanned PDFs on their websites. The weakest area is still public consultation on the draft budget: only 14 of the 60 hromadas held one this year.",
                ),
                table(
                    "Average score by area, out of 25",
                    [
                        ["Area", "Last year", "This year"],
                        ["Budget and amendments", "13", "18"],
                        ["Execution reports", "11", "15"],
                        ["Procurement plans", "10", "14"],
                        ["Consultation on the draft budget", "7", "9"],
                    ],
                ),
                quote(
                    "Transparency is not about a beautiful website. A hromada that publishes a plain spreadsheet every quarter, on time, scores better in our ranking than one with an expensive portal that nobody updates.",
                    "Iryna Savchenko",
                    "Research coordinator",
                    "Open Data Collective",
                ),
            ],
        },
        "uk": {
            "slug": "reitynh-prozorosti-mistsevykh-biudzhetiv",
            "title": "Рейтинг прозорості бюджетів: оцінено 60 громад, і малі наздоганяють",
            "lead": "Колектив відкритих даних оцінив, як 60 громад оприлюднюють свої бюджети, плани закупівель і звіти про виконання бюджету. За рік середній бал зріс із 41 до 56 зі 100, а найбільше покращилися громади з населенням до 20 тисяч.",
            "caption": "Презентація рейтингу в офісі Колективу відкритих даних у Львові.",
            "credit": "Фото: Колектив відкритих даних",
            "authors": [("Олег Ткаченко", "Аналітик, Колектив відкритих даних")],
            "source_name": "Колектив відкритих даних",
            "body": [
                para(
                    "Рейтинг перевіряє 25 критеріїв у чотирьох напрямах: чи оприлюднено затверджений бюджет і зміни до нього в машинозчитуваному форматі, чи вчасно з’являються квартальні звіти про виконання, чи публічні плани закупівель і чи можуть мешканці прокоментувати проєкт бюджету до голосування на сесії.",
                    "Найбільше покращилися малі громади — часто просто тому, що почали публікувати дані на національному порталі відкритих даних, а не викладати скани у PDF на своїх сайтах. Найслабшим місцем і далі залишаються публічні консультації щодо проєкту бюджету: цього року їх провели лише 14 громад із 60.",
                ),
                table(
                    "Середній бал за напрямами, з 25",
                    [
                        ["Напрям", "Минулого року", "Цього року"],
                        ["Бюджет і зміни до нього", "13", "18"],
                        ["Звіти про виконання", "11", "15"],
                        ["Плани закупівель", "10", "14"],
                        ["Консультації щодо проєкту бюджету", "7", "9"],
                    ],
                ),
                quote(
                    "Прозорість — це не про гарний сайт. Громада, яка щокварталу вчасно викладає звичайну таблицю, отримує в нашому рейтингу вищий бал, ніж та, що має дорогий портал, який ніхто не оновлює.",
                    "Ірина Савченко",
                    "координаторка досліджень",
                    "Колектив відкритих даних",
                ),
            ],
        },
        "et": {
            "slug": "kohalike-eelarvete-labipaistvuse-edetabel",
            "title": "Eelarvete läbipaistvuse edetabel: hinnati 60 kogukonda ja väikesed võtavad järele",
            "lead": "Avaandmete Kollektiiv hindas, kuidas 60 Ukraina kogukonda avaldavad oma eelarveid, hankeplaane ja eelarve täitmise aruandeid. Aastaga tõusis keskmine tulemus 41 punktilt 56 punktini sajast ning kõige rohkem paranesid alla 20 000 elanikuga kogukonnad.",
            "caption": "Edetabeli esitlus Avaandmete Kollektiivi kontoris Lvivis.",
            "credit": "Foto: Avaandmete Kollektiiv",
            "authors": [("Oleh Tkachenko", "Analüütik, Avaandmete Kollektiiv")],
            "source_name": "Avaandmete Kollektiiv",
            "body": [
                para(
                    "Edetabel kontrollib 25 kriteeriumi neljas valdkonnas: kas kinnitatud eelarve ja selle muudatused on avaldatud masinloetavas vormingus, kas kvartaalsed täitmise aruanded ilmuvad õigel ajal, kas hankeplaanid on avalikud ja kas elanikud saavad eelarve eelnõu kommenteerida enne, kui volikogu selle üle hääletab.",
                    "Kõige rohkem paranesid väikesed kogukonnad, sageli lihtsalt seetõttu, et nad hakkasid andmeid avaldama riiklikus avaandmete portaalis, selle asemel et panna oma kodulehele skannitud PDF-faile. Nõrgim valdkond on endiselt eelarve eelnõu avalik arutelu: sel aastal korraldas selle vaid 14 kogukonda 60-st.",
                ),
                table(
                    "Keskmine tulemus valdkonniti, 25 punktist",
                    [
                        ["Valdkond", "Eelmisel aastal", "Sel aastal"],
                        ["Eelarve ja muudatused", "13", "18"],
                        ["Täitmise aruanded", "11", "15"],
                        ["Hankeplaanid", "10", "14"],
                        ["Eelarve eelnõu avalik arutelu", "7", "9"],
                    ],
                ),
                quote(
                    "Läbipaistvus ei tähenda ilusat veebilehte. Kogukond, mis avaldab igas kvartalis õigel ajal lihtsa tabeli, saab meie edetabelis parema tulemuse kui see, kellel on kallis portaal, mida keegi ei uuenda.",
                    "Iryna Savchenko",
                    "uuringute koordinaator",
                    "Avaandmete Kollektiiv",
                ),
            ],
        },
        "lt": {
            "slug": "vietos-biudzetu-skaidrumo-reitingas",
            "title": "Biudžetų skaidrumo reitingas: įvertintos 60 bendruomenių, mažosios vejasi didžiąsias",
            "lead": "Atvirųjų duomenų kolektyvas įvertino, kaip 60 Ukrainos bendruomenių skelbia savo biudžetus, pirkimų planus ir biudžeto vykdymo ataskaitas. Per metus vidutinis balas išaugo nuo 41 iki 56 iš 100, o labiausiai pažengė bendruomenės, turinčios mažiau nei 20 000 gyventojų.",
            "caption": "Reitingo pristatymas Atvirųjų duomenų kolektyvo biure Lvive.",
            "credit": "Nuotrauka: Atvirųjų duomenų kolektyvas",
            "authors": [("Oleh Tkachenko", "Analitikas, Atvirųjų duomenų kolektyvas")],
            "source_name": "Atvirųjų duomenų kolektyvas",
            "body": [
                para(
                    "Reitinge tikrinami 25 kriterijai keturiose srityse: ar patvirtintas biudžetas ir jo pakeitimai paskelbti kompiuterio skaitomu formatu, ar laiku pasirodo ketvirtinės vykdymo ataskaitos, ar vieši pirkimų planai ir ar gyventojai gali pakomentuoti biudžeto projektą prieš tarybai dėl jo balsuojant.",
                    "Mažosios bendruomenės pažengė labiausiai – dažnai vien todėl, kad pradėjo skelbti duomenis nacionaliniame atvirųjų duomenų portale, užuot kėlusios nuskenuotus PDF failus į savo svetaines. Silpniausia sritis tebėra viešosios konsultacijos dėl biudžeto projekto: šiais metais jas surengė tik 14 bendruomenių iš 60.",
                ),
                table(
                    "Vidutinis balas pagal sritis, iš 25",
                    [
                        ["Sritis", "Praėjusiais metais", "Šiais metais"],
                        ["Biudžetas ir jo pakeitimai", "13", "18"],
                        ["Vykdymo ataskaitos", "11", "15"],
                        ["Pirkimų planai", "10", "14"],
                        ["Konsultacijos dėl biudžeto projekto", "7", "9"],
                    ],
                ),
                quote(
                    "Skaidrumas – ne apie gražią svetainę. Bendruomenė, kuri kas ketvirtį laiku paskelbia paprastą lentelę, mūsų reitinge surenka daugiau balų nei ta, kuri turi brangų portalą, kurio niekas neatnaujina.",
                    "Iryna Savchenko",
                    "tyrimų koordinatorė",
                    "Atvirųjų duomenų kolektyvas",
                ),
            ],
        },
    },
}


ARTICLES = [
    NORDIC_SECOND_ROUND,
    SERVICE_CENTRES,
    ZORIANE_SCHOOL_BUS,
    PB_SEMINAR,
    YOUTH_COUNCILS,
    TRAINING_CALL,
    INTERVIEW_LEPIK,
    YOUTH_CALL,
    HACKATHON_RESULTS,
    GENDER_BUDGETING_GUIDE,
    JARVEMETSA_VILLAGE_ELDERS,
    ACCESSIBILITY_AUDIT,
    STUDY_VISIT_LITHUANIA,
    TRANSPARENCY_RANKING,
]
