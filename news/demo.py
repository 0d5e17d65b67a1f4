"""News demo: a news index per language and about thirty invented articles.

Most English articles are translated by hand into Ukrainian, Estonian and Lithuanian (as real
Wagtail translations, sharing a translation key); a few exist in one language only. Every
person, municipality and quote is invented. The articles are the module-level ``ARTICLES`` list
at the end: one dict per article, with the text of each language under ``text``.
"""

import datetime as dt
import random

from django.utils import timezone

from core.demo.images import ensure_image
from core.demo.pages import child_page, publish, translation
from core.models import PageViewCount, PageViewDay, RelatedRead, TaggedPage

from .models import NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageGalleryImage

# --- StreamField block helpers -----------------------------------------------------------------


def para(*parts):
    """A rich-text block; each part is a paragraph, or raw HTML (a list) if it starts with "<"."""
    return ("paragraph", "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in parts))


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def quote(text, speaker, role="", organisation=""):
    return ("quote", {"quote": text, "speaker": speaker, "role": role, "organisation": organisation})


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
    record, _created = PageViewCount.objects.get_or_create(page_id=page.pk)
    if record.total == 0:
        counted = sum(PageViewDay.objects.filter(page_id=page.pk).values_list("views", flat=True))
        earlier = 0 if age < 30 else round(rng.randint(40, 160) * min(age, 400) / 30 * audience)
        record.total = counted + earlier
        record.legacy = page.views_before_migration
        record.save()


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

ARTICLES = [SERVICE_CENTRES, TRAINING_CALL]
