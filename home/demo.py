"""The four home pages of the demo, one per language, linked as translations."""

from wagtail.models import Page, Site

from core.demo.images import ensure_image
from core.demo.pages import publish, translation

from .models import HomePage

HOME = {
    "en": {
        "title": "Civic Portal",
        "hero_heading": "Public life, openly reported",
        "hero_text": "News, trainings and donor-funded projects from communities, municipalities and civic groups — in four languages.",
        "intro": "<p>This portal is where municipalities, NGOs and public-administration programmes tell what they do: "
        "what was decided, who can apply, where the money goes and what changed.</p>",
    },
    "uk": {
        "title": "Громадський портал",
        "hero_heading": "Публічне життя — відкрито",
        "hero_text": "Новини, навчальні програми та донорські проєкти громад, муніципалітетів і громадських організацій — чотирма мовами.",
        "intro": "<p>Тут громади, громадські організації та програми публічного врядування розповідають про свою роботу: "
        "що вирішили, хто може подати заявку, куди йдуть кошти і що змінилося.</p>",
    },
    "et": {
        "title": "Kodanikuportaal",
        "hero_heading": "Avalik elu avatult",
        "hero_text": "Kogukondade, omavalitsuste ja vabaühenduste uudised, koolitused ning rahastatud projektid — neljas keeles.",
        "intro": "<p>Siin räägivad omavalitsused, vabaühendused ja avaliku halduse programmid oma tööst: "
        "mida otsustati, kes saab kandideerida, kuhu raha läheb ja mis muutus.</p>",
    },
    "lt": {
        "title": "Pilietinis portalas",
        "hero_heading": "Viešasis gyvenimas – atvirai",
        "hero_text": "Bendruomenių, savivaldybių ir pilietinių organizacijų naujienos, mokymai ir finansuojami projektai – keturiomis kalbomis.",
        "intro": "<p>Čia savivaldybės, nevyriausybinės organizacijos ir viešojo administravimo programos pasakoja apie savo darbą: "
        "kas nuspręsta, kas gali teikti paraišką, kur keliauja lėšos ir kas pasikeitė.</p>",
    },
}


def _source_home(demo):
    source = demo.source_locale
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=source, depth=2).first()
    if home is None:
        # Replace the "Welcome to Wagtail" page that Wagtail's first migration creates.
        for welcome in Page.objects.filter(depth=2, content_type__model="page"):
            welcome.delete()
        root.refresh_from_db()
        home = HomePage(slug="home", locale=source, **HOME[source.language_code])
        home.hero_image = demo.images["home-hero"]
        root.add_child(instance=home)
        publish(home)
    return home


def load(demo):
    demo.images["home-hero"] = ensure_image("Town square at dawn", key="home-hero", palette="blue")
    home = _source_home(demo)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    # `make run` serves the demo here; canonical and hreflang links use the site's address.
    site.hostname, site.port = "127.0.0.1", 8000
    site.root_page = home
    site.site_name = HOME[demo.source_locale.language_code]["title"]
    site.save()
    demo.site = site
    demo.homes[demo.source_locale.language_code] = home
    for code, locale in demo.locales.items():
        if locale != demo.source_locale:
            demo.homes[code] = translation(home, locale, slug=f"home-{code}", **HOME[code])
    demo.log(f"Home pages in {len(demo.homes)} languages.")
