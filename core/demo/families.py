"""Page families in the demo: a plugin declares one, core reads its files and makes its pages.

A :class:`PageFamily` names the page model a plugin's files become and fills the few fields only
it has; index pages, translations, pictures, tags, snippets, related reads, a translation left in
progress and view counts are done here, once, for every family (file format: README, "Adding a
demo article").
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Page

from core.models import RelatedRead, TaggedPage

from . import dates
from .blocks import stream
from .images import check_recipe, image_from
from .pages import child_page, publish, translation
from .records import read_folder, read_toml
from .shared import in_locale
from .views import counting
from .vocabulary import check_key

# Wagtail's own page fields an editor writes; the others are Wagtail's bookkeeping.
EDITABLE_PAGE_FIELDS = {"title", "seo_title", "search_description", "show_in_menus"}
SCALARS = (str, int, float, bool)
# Snippets a page names by key: file key -> (page field, kind in demo.vocabulary).
SNIPPETS = {"category": ("category", "categories"), "programme": ("funding_programme", "programmes")}


@dataclass
class PageFamily:
    page_model: type
    #: the plugin's demo folder, and the folder in it with one file per page
    folder: Path
    items: str
    #: the section page the pages live under (one per language); None: right under the home page
    index_model: type = None
    #: what a page must have: fields of each language, and those of ``dates`` it cannot do without
    required: tuple = ("title",)
    #: top-level keys holding dates (checked before anything is made; see core.demo.dates)
    dates: tuple = ()
    #: lists that run parallel: each language has as many entries as the shared list of that name
    parallel: tuple = ()
    #: the start of the keys that seed the pictures of a page (``news`` -> ``news-<slug>-gallery-1``)
    image_prefix: str = "page"
    #: the orderable models for the ``gallery`` and the ``[organisations]`` table (with a ``role``)
    gallery_model: type = None
    organisation_model: type = None
    #: ``(page file, language code, demo) -> {field: value}``: what only this family has
    fields: Callable = None
    #: ``(page file, vocabulary) -> None``: what only this family's files hold, checked with the
    #: rest before anything is made (raise the record's ``error``)
    check_item: Callable = None
    #: ``(demo) -> None``, run before the pages are made (a vocabulary only this family uses)
    prepare: Callable = None
    #: a profile of core.demo.views and the seed of its random numbers (``{code}``, ``{slug}``,
    #: ``{page_slug}``); no profile, no seeded counts
    views: Callable = None
    view_seed: str = "views/{code}/{slug}"
    #: the app label, filled in by the loader; other files name pages as ``<name>/<file name>``
    name: str = ""

    # --- reading and checking ------------------------------------------------------------------

    def read(self, vocabulary):
        """``(index record or None, {file name: record})``, every file checked."""
        index, items = None, read_folder(Path(self.folder) / self.items)
        if self.index_model is not None:
            index = read_toml(Path(self.folder) / "index.toml")
            index.require_languages("title")
            # Pages are first published in this order ("newest first" lists follow it); a file
            # not named comes after, by name — so a file just added is the newest.
            order = index.get("publication_order", [], list)
            for number, name in enumerate(order):
                if name not in items:
                    raise index.error(f"names {name!r}, which is not a file in {self.items}/", f"publication_order[{number}]")
            items = {name: items[name] for name in [*order, *(name for name in items if name not in order)]}
        for item in items.values():
            self.check(item, vocabulary)
        return index, items

    def check(self, item, vocabulary):
        item.require_languages(*(name for name in self.required if name not in self.dates), every=False)
        for key in self.dates:
            dates.check(item, key, required=key in self.required)
        check_key(item, "category", vocabulary.categories, "categories")
        check_key(item, "programme", vocabulary.programmes, "programmes")
        for number, tag in enumerate(item.get("tags", [], list)):
            if tag not in vocabulary.tags:
                raise item.error(f"{tag!r} is not a tag of core/demo/data/tags.toml", f"tags[{number}]")
        if self.organisation_model is not None:
            organisations, roles = item.table("organisations"), dict(self.organisation_model.role.field.choices)
            for key, role in organisations.data.items():
                if key not in vocabulary.organisations:
                    raise organisations.error("is not a file in core/demo/data/organisations", key)
                if role not in roles:
                    raise organisations.error(f"should be one of {', '.join(roles)}", key)
        pictures = item.table("pictures").tables()
        for recipe in [*([item.table("hero")] if "hero" in item else []), *item.records("gallery"), *pictures.values()]:
            check_recipe(recipe)
        for language in item.languages.values():
            stream(language, pictures=dict.fromkeys(pictures), model=self.page_model)
        for name in ("gallery", *self.parallel):
            # As many entries as the page's shared list of that name (a gallery has one), or
            # without one, as many as the first language.
            lengths = {code: len(language.get(name, [], list)) for code, language in item.languages.items()}
            shared = name == "gallery" or name in item
            expected = len(item.get(name, [], list)) if shared else next(iter(lengths.values()))
            for code, length in lengths.items():
                if length != expected:
                    whose = "the page has" if shared else "the first language has"
                    raise item.language(code).error(f"has {length} entries where {whose} {expected}", name)
        if self.check_item is not None:
            self.check_item(item, vocabulary)

    # --- making the pages ----------------------------------------------------------------------

    def load(self, demo, index, items):
        if self.prepare is not None:
            self.prepare(demo)
        parents = self._indexes(demo, index) if index is not None else demo.homes
        pages = demo.pages[self.name] = {}
        for slug, item in items.items():
            if any(code in parents for code in item.languages):
                pages[slug] = self._load_item(demo, parents, slug, item)
        self._link_related_reads(items, pages)
        for slug, item in items.items():  # [in_progress.<code>]: a translation begun in wagtail-localize
            for code, texts in item.table("in_progress").tables().items():
                if slug in pages and code in demo.locales and code not in pages[slug]:
                    start_translation(next(iter(pages[slug].values())), demo.locales[code], texts.data)
        for slug, editions in pages.items() if self.views is not None and counting() else ():
            for code, page in editions.items():
                rng = random.Random(self.view_seed.format(code=code, slug=slug, page_slug=page.slug))
                self.views(page, code, rng, items[slug].get("interest", 1.0, (int, float)))
        total = sum(len(editions) for editions in pages.values())
        demo.log(f"{self.name.capitalize()}: {len(pages)} pages in {total} language editions.")

    def _indexes(self, demo, index):
        """The section's page under each home page, translations of the site language's one; an
        index with a ``home_button`` is where the home page's hero button leads."""
        slug, source_code = index.get("slug", self.name), demo.source_code
        source = child_page(
            demo.homes[source_code], self.index_model, slug=slug, **plain_fields(self.index_model, index, source_code)
        )
        indexes = {source_code: source}
        for code, locale in demo.locales.items():
            if code != source_code and code in demo.homes and code in index.languages:
                indexes[code] = translation(source, locale, slug=slug, **plain_fields(self.index_model, index, code))
        for code, index_page in indexes.items():
            label = index.language(code).get("home_button")
            home = type(demo.homes[code]).objects.get(pk=demo.homes[code].pk)
            if label and (home.hero_cta_page_id, home.hero_cta_label) != (index_page.pk, label):
                home.hero_cta_page, home.hero_cta_label = index_page, label
                demo.homes[code] = publish(home)
        return indexes

    def _load_item(self, demo, parents, slug, item):
        """Create (once) the page in its own language and its hand-written translations."""
        source_code, images = source_language(item, demo), self._images(slug, item)
        fields = self._fields(demo, item, source_code, images)
        if item.get("tags"):  # translations copy them: a tag is a topic, the same in every language
            fields["tagged_items"] = [TaggedPage(tag=demo.vocabulary["tags"][tag]) for tag in item.get("tags")]
        source = child_page(parents[source_code], self.page_model, slug=item.language(source_code).get("slug", slug), **fields)
        editions = {source_code: source}
        for code in item.languages:
            if code != source_code and code in parents:
                fields = self._fields(demo, item, code, images)
                editions[code] = translation(source, demo.locales[code], slug=item.language(code).get("slug", slug), **fields)
        return editions

    def _images(self, slug, item):
        prefix = f"{self.image_prefix}-{slug}"
        hero = image_from(item.table("hero"), key=prefix) if "hero" in item else None
        gallery = [image_from(recipe, key=f"{prefix}-gallery-{n}") for n, recipe in enumerate(item.records("gallery"), 1)]
        pictures = {name: image_from(recipe, key=f"{prefix}-{name}") for name, recipe in item.table("pictures").tables().items()}
        return hero, gallery, pictures

    def _fields(self, demo, item, code, images):
        """What one language edition holds, ready for the page constructor or setattr."""
        (hero, gallery, pictures), language, locale = images, item.language(code), demo.locales[code]
        fields = plain_fields(self.page_model, item, code)
        if hero is not None:
            fields["hero_image"] = hero
        if "body" in language:
            fields["body"] = stream(language, pictures=pictures, model=self.page_model)
        if self.gallery_model is not None:
            captions, credit = language.get("gallery", []), language.get("gallery_credit", "")
            fields["gallery_images"] = [
                self.gallery_model(image=image, caption=caption, credit=credit, sort_order=n)
                for n, (image, caption) in enumerate(zip(gallery, captions, strict=True))
            ]
        for key, (field, kind) in SNIPPETS.items():
            if key in item:
                fields[field] = in_locale(demo.vocabulary[kind][item.get(key)], locale)
        if self.organisation_model is not None:
            organisations = demo.vocabulary["organisations"]
            fields["organisations"] = [
                self.organisation_model(organisation=in_locale(organisations[key], locale), role=role, sort_order=n)
                for n, (key, role) in enumerate(item.table("organisations").data.items())
            ]
        return fields | (self.fields(item, code, demo) if self.fields else {})

    def _link_related_reads(self, items, pages):
        """Each edition's related reads: the pages the file names in ``related``, in its language."""
        for slug, editions in pages.items():
            picks = [pick for pick in items[slug].get("related", []) if pick in pages]
            for code, page in editions.items():
                wanted = [pages[pick][code].pk for pick in picks if code in pages[pick]]
                current = RelatedRead.objects.filter(source_id=page.pk).order_by("sort_order").values_list("page_id", flat=True)
                if list(current) != wanted:
                    page.related_reads = [RelatedRead(page_id=pk, sort_order=n) for n, pk in enumerate(wanted)]
                    editions[code] = publish(page)


def source_language(item, demo):
    """The language a page is first written in: the site's own if the file has it, else the
    file's first language that the site has."""
    languages = [code for code in item.languages if code in demo.locales]
    return demo.source_code if demo.source_code in languages else languages[0]


def plain_fields(model, record, code):
    """Page fields written by name: at the top of the file for every language, or in a language's
    table (which wins). A field one language leaves out gets the model's default there, as an
    editor's empty field would."""
    by_name = {
        field.name: field
        for field in model._meta.concrete_fields
        if field.editable and not field.is_relation and (field.model is not Page or field.name in EDITABLE_PAGE_FIELDS)
    }
    language, fields = record.language(code), {}
    for name, field in by_name.items():
        if isinstance(language.get(name), SCALARS):
            fields[name] = language.get(name)
        elif isinstance(record.get(name), SCALARS):
            fields[name] = record.get(name)
        elif any(isinstance(other.get(name), SCALARS) for other in record.languages.values()):
            fields[name] = field.get_default()
    return fields


def start_translation(source, locale, texts):
    """A translation a translator has started in wagtail-localize: ``texts`` ({field: words}) are
    done, the rest waits in the translation editor (Pages → … → Translate); the draft sits in the
    target language's tree as wagtail-localize leaves it."""
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    job, created = Translation.objects.get_or_create(source=translation_source, target_locale=locale)
    if not created:
        return
    for field, text in texts.items():
        for segment in translation_source.stringsegment_set.filter(context__path=field).select_related("string", "context"):
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
    job.save_target(publish=False)
