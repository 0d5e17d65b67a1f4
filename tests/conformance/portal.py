"""A compact portal for the conformance suite: every page type in four languages, filled the way
editors fill them (pictures, authors, a gallery, quotes, tables, venues, an agenda, donors,
communities, a budget), so every part of every template is rendered once.

Built with the model classes and the helpers the other tests use (``tests/conftest.py``); the
demo (``manage.py load_demo``) would show the same and more, but takes a minute to load and its
renditions of 1600-pixel photos another minute to render. Pictures here are small plain JPEGs.

Each part is made once, when first asked for (``functools.cached_property``); :meth:`Portal.fill`
asks for every family's pages before the first row of ``table.TABLE`` is read, and a row for a
new page type makes its own pages with :meth:`Portal.simple_page` (which finds them the next time).
"""

import datetime as dt
import io
from decimal import Decimal
from functools import cached_property

from django.utils import timezone

from core.demo.pages import child_page, publish, translation
from core.demo.shared import translated_snippet

LANGUAGES = ("en", "uk", "et", "lt")

#: What each page says in each language (titles, leads, names, the search word).
TEXT = {
    "home": {
        "en": ("Civic Portal", "News, trainings and donor-funded projects from communities and civic groups."),
        "uk": ("Громадський портал", "Новини, навчання та донорські проєкти громад і громадських організацій."),
        "et": ("Kodanikuportaal", "Kogukondade ja kodanikuühenduste uudised, koolitused ja projektid."),
        "lt": ("Pilietinis portalas", "Bendruomenių ir pilietinių organizacijų naujienos, mokymai ir projektai."),
    },
    "news": {"en": "News", "uk": "Новини", "et": "Uudised", "lt": "Naujienos"},
    "events": {"en": "Events", "uk": "Події", "et": "Sündmused", "lt": "Renginiai"},
    "projects": {"en": "Projects", "uk": "Проєкти", "et": "Projektid", "lt": "Projektai"},
    "intro": {
        "en": "<p>Reports, calls for applications and news from the <b>programmes</b> we run.</p>",
        "uk": "<p>Звіти, оголошення про конкурси та новини <b>програм</b>, які ми впроваджуємо.</p>",
        "et": "<p>Aruanded, taotlusvoorud ja uudised meie <b>programmidest</b>.</p>",
        "lt": "<p>Ataskaitos, kvietimai teikti paraiškas ir mūsų <b>programų</b> naujienos.</p>",
    },
    "article": {
        "en": ("Lozova residents vote on the school budget", "Participatory budgeting comes to Lozova: 42 ideas, 6 winners."),
        "uk": ("Мешканці Лозової голосують за бюджет школи", "Бюджет участі прийшов до Лозової: 42 ідеї, 6 переможців."),
        "et": ("Lozova elanikud hääletavad koolieelarve üle", "Kaasav eelarve jõuab Lozovasse: 42 ideed, 6 võitjat."),
        "lt": (
            "Lozovos gyventojai balsuoja dėl mokyklos biudžeto",
            "Dalyvaujamasis biudžetas Lozovoje: 42 idėjos, 6 nugalėtojai.",
        ),
    },
    "event": {
        "en": ("Service design school for municipal teams", "Three training days and five months of counselling."),
        "uk": ("Школа сервіс-дизайну для команд громад", "Три навчальні дні та п’ять місяців консультацій."),
        "et": ("Teenusedisaini kool omavalitsuste meeskondadele", "Kolm koolituspäeva ja viis kuud nõustamist."),
        "lt": ("Paslaugų dizaino mokykla savivaldybių komandoms", "Trys mokymų dienos ir penki mėnesiai konsultacijų."),
    },
    "past_event": {
        "en": ("Open budget data workshop", "A whole-day workshop on publishing budget data."),
        "uk": ("Майстерня з відкритих бюджетних даних", "Одноденна майстерня про оприлюднення бюджетних даних."),
        "et": ("Avatud eelarveandmete töötuba", "Päevane töötuba eelarveandmete avaldamisest."),
        "lt": ("Atvirų biudžeto duomenų dirbtuvės", "Visos dienos dirbtuvės apie biudžeto duomenų skelbimą."),
    },
    "project": {
        "en": ("Service centres within reach", "Administrative service centres closer to residents of small communities."),
        "uk": ("Центри послуг поруч", "Центри надання адміністративних послуг ближче до мешканців малих громад."),
        "et": ("Teeninduskeskused käeulatuses", "Teeninduskeskused väikeste kogukondade elanikele lähemale."),
        "lt": ("Paslaugų centrai arčiau", "Administracinių paslaugų centrai arčiau mažų bendruomenių gyventojų."),
    },
    "content": {
        "en": ("About the portal", "Who publishes here and how to reach the editors."),
        "uk": ("Про портал", "Хто тут публікує і як зв’язатися з редакцією."),
        "et": ("Portaalist", "Kes siin avaldab ja kuidas toimetusega ühendust võtta."),
        "lt": ("Apie portalą", "Kas čia skelbia ir kaip susisiekti su redakcija."),
    },
    "content_child": {
        "en": ("Editorial rules", "How we check what we publish."),
        "uk": ("Редакційні правила", "Як ми перевіряємо те, що публікуємо."),
        "et": ("Toimetuse reeglid", "Kuidas me avaldatavat kontrollime."),
        "lt": ("Redakcijos taisyklės", "Kaip tikriname, ką skelbiame."),
    },
    "statement": {
        "en": "Accessibility statement",
        "uk": "Заява про доступність",
        "et": "Ligipääsetavuse teatis",
        "lt": "Pareiškimas dėl prieinamumo",
    },
    "search": {"en": "budget", "uk": "бюджет", "et": "eelarve", "lt": "biudžeto"},
    "donor": {
        "en": "Nordic Civic Fund",
        "uk": "Північний громадський фонд",
        "et": "Põhjala Kodanikufond",
        "lt": "Šiaurės pilietinis fondas",
    },
    "region": {"en": "Poltava oblast", "uk": "Полтавська область", "et": "Poltava oblast", "lt": "Poltavos sritis"},
    "quote": {
        "en": "Every hryvnia is visible now & residents see where it goes.",
        "uk": "Тепер видно кожну гривню, і мешканці бачать, куди вона йде.",
        "et": "Nüüd on iga grivna nähtav ja elanikud näevad, kuhu see läheb.",
        "lt": "Dabar matoma kiekviena grivina, o gyventojai mato, kur ji keliauja.",
    },
}


def picture(title, colour, size=(960, 540)):
    """A Wagtail image: a small plain JPEG (renditions of it cost next to nothing)."""
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG", quality=70)
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name=f"conformance-{title.lower().replace(' ', '-')}.jpg")
    image.save()
    return image


def body(code, image, document):
    """A body with every block type an editor uses (no embed: it would ask an oEmbed provider)."""
    title, lead = TEXT["article"][code]
    return [
        ("paragraph", f'<p>{lead} <a href="https://example.org/report">Report</a>, <i>2026</i>.</p>'),
        ("heading", {"text": title, "level": "h2"}),
        ("image", {"image": {"image": image, "alt_text": title, "decorative": False}, "caption": title, "credit": "Photo"}),
        ("quote", {"quote": TEXT["quote"][code], "speaker": "Olha Marchenko", "role": "Mayor", "organisation": "Lozova"}),
        (
            "table",
            {
                "data": [["Idea", "Votes"], ["Playground", "412"], ["Library", "318"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": title,
            },
        ),
        ("document", {"document": document, "title": ""}),
    ]


class Portal:
    """Home, news, events, projects and content pages with their translations; ``{code: page}``."""

    def __init__(self):
        from core.demo.context import ensure_locales

        self.locales = ensure_locales()
        self.today = timezone.localdate()

    # --- shared things ---
    @cached_property
    def photos(self):
        return [picture(f"Council hall {n}", colour) for n, colour in enumerate(("#3b6ea5", "#a5673b", "#4f8f5a"), 1)]

    @cached_property
    def document(self):
        from django.core.files.base import ContentFile
        from wagtail.documents import get_document_model

        document = get_document_model()(title="Budget report 2026")
        document.file = ContentFile(b"%PDF-1.4\n%%EOF\n", name="conformance-budget-report.pdf")
        document.save()
        return document

    @cached_property
    def organisations(self):
        """``{role: {code: Organisation}}``: a donor, an implementer (the publisher) and a partner."""
        from core.models import Organisation

        logo = picture("Fund logo", "#22446a", size=(200, 200))
        made = {}
        for key, name, extra in (
            (
                "donor",
                TEXT["donor"],
                {"slug": "nordic-civic-fund", "logo": logo, "url": "https://example.org/fund", "iati_ref": "NO-BRC-971277882"},
            ),
            (
                "implementer",
                dict.fromkeys(LANGUAGES, "Civic Bridge"),
                {"slug": "civic-bridge", "email": "office@example.org", "iati_ref": "UA-EDR-40312587", "iati_type": "22"},
            ),
            ("partner", dict.fromkeys(LANGUAGES, "Lozova council"), {"slug": "lozova-council"}),
        ):
            source = Organisation.objects.create(name=name["en"], locale=self.locales["en"], **extra)
            made[key] = {"en": source} | {
                code: translated_snippet(source, self.locales[code], name=name[code]) for code in LANGUAGES[1:]
            }
        return made

    @cached_property
    def tags(self):
        from core.models import Tag, TagLabel

        names = {"en": "Participatory budgeting", "uk": "Бюджет участі", "et": "Kaasav eelarve", "lt": "Dalyvaujamasis biudžetas"}
        tag = Tag.objects.create(name=names["en"], slug="participatory-budgeting")
        for code in LANGUAGES[1:]:
            TagLabel.objects.create(tag=tag, locale=self.locales[code], name=names[code])
        return [tag]

    @cached_property
    def programme(self):
        from core.models import FundingProgramme

        source = FundingProgramme.objects.create(
            name="Active citizens programme",
            locale=self.locales["en"],
            logo=picture("Programme logo", "#7a2f5b", size=(240, 120)),
            url="https://example.org/programme",
            funder=self.organisations["donor"]["en"],
        )
        return {"en": source} | {code: translated_snippet(source, self.locales[code]) for code in LANGUAGES[1:]}

    # --- the tree ---
    @cached_property
    def home(self):
        from wagtail.models import Page, Site

        from core.models import PortalSettings
        from home.models import HomePage

        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        root.refresh_from_db()
        title, text = TEXT["home"]["en"]
        home = HomePage(
            title=title, slug="home", locale=self.locales["en"], hero_heading=title, hero_text=text, hero_image=self.photos[0]
        )
        home.intro = TEXT["intro"]["en"]
        root.add_child(instance=home)
        publish(home)
        Site.objects.all().delete()
        site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name=title)
        portal = PortalSettings.for_site(site)
        portal.site_name, portal.publisher = title, self.organisations["implementer"]["en"]
        portal.logo = picture("Portal logo", "#1d3f6e", size=(160, 160))
        portal.save()
        homes = {"en": home}
        for code in LANGUAGES[1:]:
            title, text = TEXT["home"][code]
            homes[code] = translation(
                home,
                self.locales[code],
                title=title,
                hero_heading=title,
                hero_text=text,
                intro=TEXT["intro"][code],
                slug=f"home-{code}",
            )
        return homes

    def section(self, model, key, slug):
        english = child_page(
            self.home["en"], model, slug=slug, title=TEXT[key]["en"], intro=TEXT["intro"]["en"], show_in_menus=True
        )
        return {"en": english} | {
            code: translation(english, self.locales[code], title=TEXT[key][code], intro=TEXT["intro"][code])
            for code in LANGUAGES[1:]
        }

    @cached_property
    def news_index(self):
        from news.models import NewsIndexPage

        return self.section(NewsIndexPage, "news", "news")

    @cached_property
    def events_index(self):
        from events.models import EventIndexPage

        return self.section(EventIndexPage, "events", "events")

    @cached_property
    def projects_index(self):
        from projects.models import ProjectIndexPage

        return self.section(ProjectIndexPage, "projects", "projects")

    @cached_property
    def article(self):
        from core.models import Category
        from news.models import NewsPageAuthor, NewsPageGalleryImage

        from ..conftest import make_article

        category = Category.objects.create(name="Reports", slug="reports", locale=self.locales["en"])
        title, lead = TEXT["article"]["en"]
        english = make_article(
            self.news_index["en"],
            title,
            lead=lead,
            date=timezone.now() - dt.timedelta(days=2),
            hero_image=self.photos[1],
            hero_caption="The council hall before the vote.",
            hero_credit="Photo: Lozova council",
            body=body("en", self.photos[2], self.document),
            authors=[NewsPageAuthor(name="Sofiia Bondar", role="Editor"), NewsPageAuthor(name="Mark Tamm")],
            gallery_images=[
                NewsPageGalleryImage(image=photo, caption=f"Voting, part {n}") for n, photo in enumerate(self.photos, 1)
            ],
            category=category,
            source_name="Lozova council press office",
            source_url="https://example.org/press",
            funding_programme=self.programme["en"],
            related_event=self.event["en"],
            related_project=self.project["en"],
            tags=self.tags,
        )
        return self.translated(
            english,
            "article",
            lead_field="lead",
            funding_programme=self.programme,
            related_event=self.event,
            related_project=self.project,
        )

    @cached_property
    def event(self):
        from events.models import EventLearningOutcome, EventOccurrence, EventOrganisation, EventSession, EventSpeaker

        from ..conftest import make_event

        def organisers(code):
            return [
                EventOrganisation(organisation=self.organisations["implementer"][code], role="organiser", sort_order=0),
                EventOrganisation(organisation=self.organisations["donor"][code], role="funder", sort_order=1),
            ]

        start = self.today + dt.timedelta(days=20)
        title, summary = TEXT["event"]["en"]
        english = make_event(
            self.events_index["en"],
            title,
            summary=summary,
            kind="training",
            hero_image=self.photos[0],
            start_date=start,
            start_time=dt.time(10),
            end_date=start + dt.timedelta(days=2),
            end_time=dt.time(17),
            audience="Teams of 4–5 from municipalities & NGOs.",
            format="3 training days + 5 months of counselling",
            team_size="4–5 people",
            places="8–12 municipalities will be selected",
            is_free=False,
            cost_amount=Decimal("150.00"),
            cost_currency="EUR",
            deadline_date=self.today + dt.timedelta(days=10),
            apply_url="https://example.org/apply",
            apply_email="apply@example.org",
            body=body("en", self.photos[2], self.document),
            funding_programme=self.programme["en"],
            related_project=self.project["en"],
            tags=self.tags,
            occurrences=[
                EventOccurrence(city="Kyiv", venue="Hromada Hub", address="Khreshchatyk 1", start_date=start),
                EventOccurrence(
                    city="Tallinn",
                    venue="Design Lab",
                    online_url="https://example.org/stream",
                    start_date=start + dt.timedelta(days=1),
                    start_time=dt.time(9, 30),
                    end_date=start + dt.timedelta(days=2),
                    end_time=dt.time(16),
                ),
            ],
            learning_outcomes=[EventLearningOutcome(text="Map a resident's journey"), EventLearningOutcome(text="Test a form")],
            sessions=[
                EventSession(day=start, start_time=dt.time(10), end_time=dt.time(12), title="Opening", speakers="Kadri Lepik"),
                EventSession(day=start, start_time=dt.time(13), title="Field work", description="In the service centre."),
            ],
            speakers=[EventSpeaker(name="Kadri Lepik", role="Head of service design", organisation="Design Lab")],
            organisations=organisers("en"),
        )
        return self.translated(
            english,
            "event",
            lead_field="summary",
            per_language=lambda code: {"organisations": organisers(code)},
            funding_programme=self.programme,
            related_project=self.project,
        )

    @cached_property
    def past_event(self):
        """A whole-day event that is over: dates without times, in the past calendar."""
        from events.models import EventOccurrence

        from ..conftest import make_event

        day = self.today - dt.timedelta(days=40)
        title, summary = TEXT["past_event"]["en"]
        english = make_event(
            self.events_index["en"],
            title,
            summary=summary,
            kind="workshop",
            time_zone="Europe/Vilnius",
            start_date=day,
            occurrences=[EventOccurrence(city="Vilnius", venue="Town hall", start_date=day)],
        )
        return self.translated(english, "past_event", lead_field="summary")

    @cached_property
    def project(self):
        from projects.models import (
            ProjectBudget,
            ProjectCommunity,
            ProjectComponent,
            ProjectOrganisation,
            ProjectRecipientCountry,
            ProjectResult,
            ProjectSector,
            Region,
        )

        from ..conftest import make_project

        region = Region.objects.create(name=TEXT["region"]["en"], slug="poltava", locale=self.locales["en"])
        regions = {"en": region} | {
            code: translated_snippet(region, self.locales[code], name=TEXT["region"][code]) for code in LANGUAGES[1:]
        }
        title, summary = TEXT["project"]["en"]
        english = make_project(
            self.projects_index["en"],
            title,
            summary=summary,
            hero_image=self.photos[1],
            body=body("en", self.photos[2], self.document),
            start_date=self.today - dt.timedelta(days=300),
            end_date=self.today + dt.timedelta(days=400),
            budget_amount=Decimal("2266000.00"),
            budget_currency="UAH",
            budget_eur=Decimal("51000.00"),
            budget_eur_rate_date=self.today - dt.timedelta(days=300),
            contact_name="Iryna Koval",
            contact_role="Project manager",
            contact_email="iryna@example.org",
            contact_phone="+380 44 123 4567",
            funding_programme=self.programme["en"],
            tags=self.tags,
            components=[ProjectComponent(text="Mobile service points"), ProjectComponent(text="Staff training")],
            results=[ProjectResult(text="12 centres opened"), ProjectResult(text="30 000 residents served")],
            iati_identifier="UA-EDR-40312587-SC-01",
            iati_results=iati_results(self.today),
        )
        start = self.today - dt.timedelta(days=300)

        def links(code):
            return {
                "organisations": [
                    ProjectOrganisation(organisation=self.organisations[role][code], role=role, sort_order=n)
                    for n, role in enumerate(("donor", "implementer", "partner"))
                ],
                "communities": [
                    ProjectCommunity(
                        name="Hadiach",
                        region=regions[code],
                        latitude=Decimal("50.37"),
                        longitude=Decimal("34.00"),
                        admin_scheme="UA-KATOTTH",
                        admin_code="UA53020070000082045",
                        sort_order=0,
                    )
                ],
                # IATI rows are the same in every language (wagtail-localize copies them).
                "iati_sectors": [ProjectSector(code="15112", percentage=60), ProjectSector(code="15110", percentage=40)],
                "iati_countries": [ProjectRecipientCountry(country="UA")],
                "iati_budgets": [
                    ProjectBudget(period_start=start, period_end=start + dt.timedelta(days=364), value=1000000, value_date=start),
                    ProjectBudget(
                        period_start=start + dt.timedelta(days=365),
                        period_end=start + dt.timedelta(days=700),
                        value=1266000,
                        value_date=start + dt.timedelta(days=365),
                    ),
                ],
            }

        for name, value in links("en").items():
            setattr(english, name, value)
        english = publish(english)
        return self.translated(english, "project", lead_field="summary", per_language=links, funding_programme=self.programme)

    @cached_property
    def content_page(self):
        from content.models import ContentPage

        title, lead = TEXT["content"]["en"]
        english = child_page(
            self.home["en"],
            ContentPage,
            slug="about",
            title=title,
            lead=lead,
            hero_image=self.photos[0],
            body=body("en", self.photos[2], self.document),
            show_in_menus=True,
        )
        english.tags.add(*self.tags)
        publish(english)
        pages = self.translated(english, "content", lead_field="lead")
        child_title, child_lead = TEXT["content_child"]["en"]
        child = child_page(english, ContentPage, slug="editorial-rules", title=child_title, lead=child_lead)
        self.translated(child, "content_child", lead_field="lead")
        return pages

    def fill(self):
        """Every family's pages, so listings, tag pages, feeds and calendars have something to show."""
        for part in ("article", "event", "past_event", "project", "content_page"):
            getattr(self, part)

    @property
    def topic(self):
        """The tag the article, the upcoming event, the project and the content page carry."""
        return self.tags[0]

    # --- helpers for rows of the table ---
    def translated(self, source, key, *, lead_field=None, per_language=None, **by_language):
        """``{code: page}``: ``source`` and its translations with ``TEXT[key]`` in their language;
        ``by_language`` are fields given as ``{code: value}`` (snippets, linked pages)."""
        pages = {"en": source}
        for code in LANGUAGES[1:]:
            title, lead = TEXT[key][code]
            fields = {"title": title, **({lead_field: lead} if lead_field else {})}
            if hasattr(source, "body") and source.body:
                fields["body"] = body(code, self.photos[2], self.document)
            fields.update({name: values[code] for name, values in by_language.items()})
            fields.update(per_language(code) if per_language else {})
            pages[code] = translation(source, self.locales[code], **fields)
        return pages

    def simple_page(self, model, *, parent=None, titles, **fields):
        """``{code: page}`` of a page type with no family fixtures of its own (a new row of the
        table): made under each home (or ``parent[code]``) in English, then translated."""
        parents = parent or self.home
        english = child_page(parents["en"], model, slug=model._meta.model_name, title=titles["en"], **fields)
        pages = {"en": english}
        for code in LANGUAGES[1:]:
            pages[code] = translation(english, self.locales[code], title=titles[code])
        return pages


def iati_results(today):
    """One output with a counted and a qualitative indicator: the project's results table and IATI ``result``."""
    last_year, this_year = today.year - 1, today.year
    return [
        (
            "result",
            {
                "result_type": "1",
                "title": "Service centres open",
                "description": "",
                "expected_result": 1,
                "indicators": [
                    {
                        "title": "Centres open",
                        "description": "",
                        "measure": "1",
                        "ascending": True,
                        "baseline_year": last_year,
                        "baseline_value": Decimal("0"),
                        "baseline_comment": "",
                        "periods": [
                            {
                                "start": dt.date(last_year, 1, 1),
                                "end": dt.date(last_year, 12, 31),
                                "target": Decimal("4"),
                                "actual": Decimal("5"),
                                "comment": "",
                            },
                            {
                                "start": dt.date(this_year + 1, 1, 1),
                                "end": dt.date(this_year + 1, 12, 31),
                                "target": Decimal("12"),
                                "actual": None,
                                "comment": "",
                            },
                        ],
                    },
                    {
                        "title": "Residents' view of the service",
                        "description": "",
                        "measure": "5",
                        "ascending": True,
                        "baseline_year": None,
                        "baseline_value": None,
                        "baseline_comment": "",
                        "periods": [
                            {
                                "start": dt.date(last_year, 1, 1),
                                "end": dt.date(last_year, 12, 31),
                                "target": None,
                                "actual": None,
                                "comment": "Residents rate the mobile points as easy to reach.",
                            }
                        ],
                    },
                ],
            },
        )
    ]
