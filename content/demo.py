"""The "About the portal" page in four languages: a plain content page, the type Plone's
Documents become on import. Made last, so it comes last in the main menu."""

from core.demo.blocks import heading, para, quote
from core.demo.pages import child_page, translation

from .models import ContentPage

ABOUT = {
    "en": {
        "title": "About the portal",
        "lead": "Who publishes here, how we check what we publish, and how to reach the editors.",
        "body": [
            para(
                "The portal is run jointly by twelve municipalities and four civic organisations. Each publishes its own "
                "news, trainings and projects; a shared editorial team reviews every page before it goes live."
            ),
            heading("How we count"),
            para(
                "View counts are counted once per reader and day, without cookies. Pages moved from the old site keep "
                "the count they had there; new views are added to it."
            ),
            quote(
                "We moved twelve years of archives in an afternoon, and every old link still works.",
                "Marta Kovalenko",
                "Head of communications",
                "Association of Open Communities",
            ),
            heading("Contact the editors"),
            para("Write to the editorial team at editors@example.org. We answer within two working days."),
        ],
    },
    "uk": {
        "title": "Про портал",
        "lead": "Хто тут публікує, як ми перевіряємо опубліковане і як зв’язатися з редакцією.",
        "body": [
            para(
                "Портал спільно ведуть дванадцять громад і чотири громадські організації. Кожна публікує власні новини, "
                "навчання та проєкти; спільна редакція переглядає кожну сторінку перед публікацією."
            ),
            heading("Як ми рахуємо"),
            para(
                "Перегляди рахуються один раз на читача на день, без файлів cookie. Сторінки, перенесені зі старого сайту, "
                "зберігають свій лічильник; нові перегляди додаються до нього."
            ),
            quote(
                "Ми перенесли архів за дванадцять років за один день, і кожне старе посилання досі працює.",
                "Марта Коваленко",
                "керівниця з комунікацій",
                "Асоціація відкритих громад",
            ),
            heading("Зв’язатися з редакцією"),
            para("Пишіть редакції на editors@example.org. Ми відповідаємо протягом двох робочих днів."),
        ],
    },
    "et": {
        "title": "Portaalist",
        "lead": "Kes siin avaldab, kuidas avaldatut kontrollime ja kuidas toimetusega ühendust võtta.",
        "body": [
            para(
                "Portaali peavad ühiselt kaksteist omavalitsust ja neli vabaühendust. Igaüks avaldab oma uudiseid, "
                "koolitusi ja projekte; ühine toimetus vaatab iga lehe enne avaldamist üle."
            ),
            heading("Kuidas me loeme"),
            para(
                "Vaatamisi loetakse üks kord lugeja ja päeva kohta, ilma küpsisteta. Vanalt saidilt tõstetud lehed "
                "säilitavad oma loenduri; uued vaatamised lisanduvad sellele."
            ),
            quote(
                "Kolisime kaheteistkümne aasta arhiivi ühe pärastlõunaga ja iga vana link töötab endiselt.",
                "Marta Kovalenko",
                "kommunikatsioonijuht",
                "Avatud Kogukondade Liit",
            ),
            heading("Võta toimetusega ühendust"),
            para("Kirjuta toimetusele aadressil editors@example.org. Vastame kahe tööpäeva jooksul."),
        ],
    },
    "lt": {
        "title": "Apie portalą",
        "lead": "Kas čia skelbia, kaip tikriname, ką skelbiame, ir kaip susisiekti su redakcija.",
        "body": [
            para(
                "Portalą kartu tvarko dvylika savivaldybių ir keturios pilietinės organizacijos. Kiekviena skelbia savo "
                "naujienas, mokymus ir projektus; bendra redakcija peržiūri kiekvieną puslapį prieš paskelbiant."
            ),
            heading("Kaip skaičiuojame"),
            para(
                "Peržiūros skaičiuojamos kartą per skaitytoją per dieną, be slapukų. Iš senos svetainės perkelti puslapiai "
                "išlaiko savo skaitiklį; naujos peržiūros prie jo pridedamos."
            ),
            quote(
                "Dvylikos metų archyvą perkėlėme per vieną popietę, ir kiekviena sena nuoroda vis dar veikia.",
                "Marta Kovalenko",
                "komunikacijos vadovė",
                "Atvirų bendruomenių asociacija",
            ),
            heading("Susisiekite su redakcija"),
            para("Rašykite redakcijai adresu editors@example.org. Atsakome per dvi darbo dienas."),
        ],
    },
}


def load(demo):
    if not demo.homes:
        return
    source_code = demo.source_locale.language_code
    source = child_page(
        demo.homes[source_code], ContentPage, slug="about", show_in_menus=True, views_before_migration=418, **ABOUT[source_code]
    )
    for code, locale in demo.locales.items():
        if code != source_code and code in demo.homes:
            translation(source, locale, slug="about", show_in_menus=True, **ABOUT[code])
    demo.log("About pages in four languages.")
