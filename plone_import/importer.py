"""The import run: index the export, import item by item, then link, redirect and order.

Every item is imported in its own transaction: a broken one is rolled back and reported with
its ``@id`` and the reason, and the run goes on. Items are keyed by UID (``ImportedItem``), so a
second run skips what exists — or refreshes it with ``update=True`` — instead of duplicating.
"""

import contextlib
import io
import logging
import zoneinfo
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from PIL import Image as PillowImage
from tqdm import tqdm
from wagtail.blocks import StreamValue
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision

from core import tag_neighbours
from core.importing import ImportRefused, fill_imported_page, has_field
from core.models.tags import Tag, TagLabel
from core.signals import pages_changed
from core.text import latin_slug

from . import checks, values
from . import mapping as targets_map
from .blobs import MissingBlob, read_blob
from .bulk import DeferredIndexing
from .export_index import ExportIndex
from .models import ImportedItem
from .reader import BrokenFile, UnexportedPaths, stream
from .redirects import RedirectBook
from .richtext import PENDING, HTMLConverter, Ref, reference_uid
from .side_files import SideFiles
from .source import PloneSource, rich_text_of

logger = logging.getLogger(__name__)


class UnusableExport(Exception):
    """Nothing in the input can be imported (exit status 2)."""


VIEW_COUNT_FIELDS = ("view_count", "views", "hits", "pageviews")
DEFER = object()


def _already_validated(*args, **kwargs):
    """Stands in for ``full_clean`` on a page the importer has just validated itself."""


def _item_id(item):
    """How the report names an item: its ``@id``, else its ``id``, whatever their JSON type."""
    for name in ("@id", "id"):
        value = item.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()[:500]
    return "?"


@dataclass
class Options:
    dry_run: bool = False
    update: bool = False
    zone_name: str = settings.TIME_ZONE
    blob_home: object = None
    site: object = None  # wagtail Site; its root page's translations are the language homes
    mapping: targets_map.Mapping = field(default_factory=targets_map.Mapping)
    views: dict = field(default_factory=dict)  # Plone path → legacy view count
    site_id: str | None = None
    old_hosts: tuple = ()  # public host names of the old site: links to them are internal
    progress: bool = True


def set_body(page, blocks):
    """Give ``page`` a body of raw StreamField blocks (``{"type", "value"}`` dicts)."""
    page.body = StreamValue(type(page)._meta.get_field("body").stream_block, blocks, is_lazy=True)


@dataclass(frozen=True)
class Publication:
    """When and whether a page is public, from Plone's workflow state and dates."""

    publish: bool
    expired: bool  # published in Plone, but its expiry date has passed: imported as a draft
    go_live_at: object  # a future ``effective`` date: scheduled
    expire_at: object  # a future ``expires`` date: Wagtail unpublishes it then
    first_published_at: object
    last_published_at: object

    @property
    def live_now(self):
        return self.publish and self.go_live_at is None

    @classmethod
    def of(cls, item, zone, damaged=False):
        """``damaged``: some field could not be read (``checks``): never live, whatever Plone said."""
        now = timezone.now()
        effective = values.parse_datetime(item.get("effective"), zone)
        created = values.parse_datetime(item.get("created"), zone)
        modified = values.parse_datetime(item.get("modified"), zone)
        expires = values.parse_datetime(item.get("expires"), zone)
        published = values.is_published(item) and not damaged
        expired = bool(expires and expires <= now)
        publish = published and not expired
        first = effective or created or now
        return cls(
            publish=publish,
            expired=published and expired,
            go_live_at=effective if publish and effective and effective > now else None,
            expire_at=expires if expires and not expired else None,
            first_published_at=first,
            last_published_at=max(modified or first, first),
        )


class PloneImporter:
    def __init__(self, files, directory, options, report):
        self.files = files
        self.directory = directory
        self.options = options
        self.report = report
        self.zone = zoneinfo.ZoneInfo(options.zone_name)
        self.languages = {code.lower(): code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        self.default_language = settings.LANGUAGE_CODE.lower()
        self.handled = set()  # UIDs this run has finished with (imported, skipped or failed)
        self.content_types = {}
        self.indexing = DeferredIndexing()
        self.redirects = RedirectBook(options.site)
        self.sibling_slugs = {}  # parent page id → slugs of its children
        self.collection = None  # where images and documents go: the root collection
        self.pages = {}  # page id → specific page, for parents (treebeard re-reads the row it locks)
        self.locales = {}  # language code → Locale
        self.tags = {}  # (locale id, name) → Tag
        self._undo = []  # what the current item added to the caches above, forgotten if it fails
        self.owners = {}  # Plone creator → portal user (or None)

    # --- the run ---
    def run(self):
        self.index = ExportIndex.build(self.files, site_id=self.options.site_id)
        unusable = self.index.unusable_reason()
        if unusable:
            raise UnusableExport(unusable)
        self.side = SideFiles.load(self.directory)
        for problem in self.side.problems:
            self.report.warn("(file)", str(self.directory), problem)
        self.known = {record.uid: record for record in ImportedItem.objects.all()}
        self.homes = self._homes()
        if self.options.dry_run:
            self._passes()
        else:
            try:
                with self.indexing.active():
                    self._resume_indexing()
                    self._passes()
                    self._relink()
                    self._side_file_redirects()
                    self._apply_ordering()
                ImportedItem.objects.filter(indexed=False).update(indexed=True)
            finally:
                pages_changed()  # what readers see changed: the page cache and the menus start afresh
                tag_neighbours.forget_everything()  # imported pages sent no "published": Read more is reworked as read
        return self.report

    def _resume_indexing(self):
        """Items an earlier, interrupted run imported but never indexed: indexed with this run's."""
        for record in ImportedItem.objects.filter(indexed=False).exclude(object_id=None):
            target = record.target
            if target is not None:
                self.indexing.add(target.specific if isinstance(target, Page) else target)

    def _passes(self):
        """Import everything; items whose parent came later in the files get another pass."""
        deferred = self._pass(None)
        while deferred:
            still = self._pass(deferred)
            if len(still) == len(deferred):
                for uid in still:
                    entry = self.index.entries[uid]
                    self.report.add("failed", entry.portal_type, entry.path, "its parent folder could not be imported")
                break
            deferred = still

    def _pass(self, only):
        deferred = set()
        total = len(only) if only is not None else self.index.count
        bar = tqdm(total=total, unit="item", disable=not self.options.progress, desc="Importing" if only is None else "Placing")
        for position, element in enumerate(stream(self.files)):
            if isinstance(element, UnexportedPaths):
                if only is None:
                    self.report.add("skipped", "(file)", element.file, f"{len(element.paths)} paths were not exported by Plone")
                continue
            if isinstance(element, BrokenFile):
                if only is None:
                    self.report.add(
                        "failed", "(file)", element.file, f"invalid JSON, the rest of the file was not read: {element.reason}"
                    )
                continue
            if not isinstance(element, dict):
                if only is None:
                    self.report.add("failed", "(item)", f"item {position + 1}", f"not an item: found {checks._kind(element)}")
                continue
            uid = values.uid_of(element.get("UID"))
            if only is not None and uid not in only:
                continue
            if uid and not self.index.is_first(position, uid):
                if only is None:
                    first = self.index.entries[uid].path
                    self.report.add(
                        "skipped", values.text(element.get("@type")), _item_id(element), f"its UID was already used by {first}"
                    )
                continue
            if self._process(element) is DEFER:
                deferred.add(uid)
            bar.update(1)
        bar.close()
        return deferred

    # --- one item ---
    def _process(self, item):
        uid = values.uid_of(item.get("UID"))
        portal_type = values.text(item.get("@type")) if isinstance(item.get("@type"), str) else ""
        item_id = _item_id(item)
        if not uid or not portal_type:
            self.report.add("failed", portal_type, item_id, "no usable UID or @type: not a collective.exportimport item")
            return None
        if uid in self.handled:
            self.report.add("skipped", portal_type, item_id, "the same UID appears twice in the export")
            return None
        entry = self.index.entries[uid]
        target = self._target(uid)
        parent_uid = entry.parent_uid
        if (
            target not in (targets_map.ROOT, targets_map.SKIP)
            and parent_uid in self.index.entries
            and parent_uid not in self.handled
            and parent_uid not in self.known
        ):
            return DEFER
        self.handled.add(uid)
        if target == targets_map.SKIP:
            known_type = portal_type in targets_map.DEFAULT_TYPES or portal_type in self.options.mapping.type_rules
            reason = f"{portal_type} is not imported" if known_type else f"unknown type {portal_type}: map it with --map"
            self.report.add("skipped", portal_type, item_id, reason)
            return None
        if target == targets_map.ROOT:
            self.report.add("skipped", portal_type, item_id, "site root or language folder: its items go to the home page")
            return None
        record = self.known.get(uid)
        if record is not None and not self.options.update:
            self.report.add("skipped", portal_type, item_id, "already imported (run with --update to refresh it)")
            return None
        item, problems = checks.check(item, self.zone)
        problems += self._parent_problems(entry)
        if self.options.dry_run:
            return self._dry_run(item, target, record, portal_type, item_id, problems)
        created_files = []
        warnings = [*problems]
        if problems:
            warnings.append("imported as a draft because of the damage above: check it, then publish")
        unused = checks.unused_fields(item)
        if unused:
            warnings.append(f"not imported, no place for them in this portal: {', '.join(unused)}")
        self._undo = []
        try:
            with transaction.atomic():
                record, action, described, obj = self._import(item, target, record, entry, created_files, warnings, problems)
                warnings.extend(self.redirects.write())  # with the item: a bad row fails this item only
            self.known[uid] = record
            self.indexing.add(obj)
            self.report.add(action, portal_type, item_id, target=described)
            for warning in warnings:
                self.report.warn(portal_type, item_id, warning)
        except ImportRefused as error:
            self._forget_item(created_files)
            self.report.add("failed", portal_type, item_id, str(error))
        except Exception as error:  # noqa: BLE001 — one broken item must not stop a site's import
            self._forget_item(created_files)
            logger.debug("import of %s failed", item_id, exc_info=True)
            self.report.add("failed", portal_type, item_id, f"{type(error).__name__}: {error}"[:500])
        return None

    def _forget_item(self, created_files):
        """A failed item leaves nothing behind: no files, no cache entries, no redirects."""
        self._discard(created_files)
        for undo in reversed(self._undo):
            undo()
        self._undo = []
        self.redirects.clear()

    def _remember(self, cache, key, value):
        """Cache ``value`` for the rest of the run, unless the current item fails."""
        if key not in cache:
            self._undo.append(lambda: cache.pop(key, None))
        cache[key] = value
        return value

    def _parent_problems(self, entry):
        parent = entry.parent_uid
        if not parent or parent in self.index.entries or parent in self.known:
            return []
        return [f"parent: {parent} is not in the export; placed where its type belongs in its language"]

    def _dry_run(self, item, target, record, portal_type, item_id, problems):
        action = "updated" if record else "created"
        for problem in problems:
            self.report.warn(portal_type, item_id, problem)
        try:
            if target in (targets_map.IMAGE, targets_map.DOCUMENT):
                read_blob(item.get("image" if target == targets_map.IMAGE else "file"), self.options.blob_home)
            elif target not in (targets_map.LINK, targets_map.FLATTEN):
                self._locale(item)
        except (MissingBlob, ImportRefused) as error:
            self.report.add("failed", portal_type, item_id, str(error))
            return None
        self.report.add(action, portal_type, item_id, "dry run: nothing was written", target=target)
        return None

    def _discard(self, created_files):
        for stored in created_files:
            with contextlib.suppress(OSError):
                stored.storage.delete(stored.name)

    def _target(self, uid):
        entry = self.index.entries[uid]
        paths = self.index.mapping_paths(entry.path, self.languages)
        return self.options.mapping.target_for(entry.portal_type, paths, self.index.child_types.get(uid))

    def _import(self, item, target, record, entry, created_files, warnings, problems):
        if target == targets_map.IMAGE:
            obj = self._image(item, record, created_files, field_name="image")
            kind = ImportedItem.Kind.IMAGE
        elif target == targets_map.DOCUMENT:
            obj = self._document(item, record, created_files)
            kind = ImportedItem.Kind.DOCUMENT
        elif target == targets_map.LINK:
            obj, kind = self._link(item, entry), ImportedItem.Kind.LINK
        else:
            obj, kind = self._page_or_merge(item, target, record, entry, created_files, warnings, damaged=bool(problems))
        record = record or ImportedItem(uid=values.uid_of(item["UID"]))
        action = "updated" if record.pk else "created"
        record.portal_type = entry.portal_type
        record.plone_path = entry.path[:500]
        record.language = values.language_of(item)
        record.kind = kind
        record.creators = values.creators_of(item)
        record.indexed = False  # until the search and reference indexes have it (``_finish_indexing``)
        if obj is not None:
            record.content_type = self._content_type(obj)
            record.object_id = obj.pk
        if kind == ImportedItem.Kind.PAGE:
            record.pending_html = getattr(obj, "_pending_html", "")
        record.save()
        if obj is not None and kind in (
            ImportedItem.Kind.PAGE,
            ImportedItem.Kind.DEFAULT_PAGE,
            ImportedItem.Kind.IMAGE,
            ImportedItem.Kind.DOCUMENT,
        ):
            self._redirect_old_address(item, entry, obj)
        return record, action, f"{obj._meta.label} {obj.pk}" if obj is not None else kind, obj

    def _content_type(self, obj):
        model = type(obj)
        if model not in self.content_types:
            self.content_types[model] = ContentType.objects.get_for_model(model, for_concrete_model=False)
        return self.content_types[model]

    # --- images and files ---
    def _image(self, item, record, created_files, field_name, title=None):
        try:
            blob = read_blob(item.get(field_name), self.options.blob_home, fallback_name="image.jpg")
        except MissingBlob as error:
            raise ImportRefused(f"image without its file: {error}") from error
        try:
            with PillowImage.open(io.BytesIO(blob.data)) as picture:
                picture.verify()
        except Exception as error:  # noqa: BLE001 — Pillow raises many types for bad data
            raise ImportRefused(f"{blob.filename} is not an image Pillow can read ({type(error).__name__})") from error
        model = get_image_model()
        image = self._existing(record, model) or model(collection=self._root_collection())
        image.title = (title or values.text(item.get("title")) or blob.filename)[:255]
        if image.pk:
            image.renditions.all().delete()
        image.file = ContentFile(blob.data, name=blob.filename)
        if hasattr(image, "description"):
            image.description = values.text(item.get("description"))[:255]
        image._set_image_file_metadata()
        image.save()
        created_files.append(image.file)
        return image

    def _document(self, item, record, created_files):
        try:
            blob = read_blob(item.get("file"), self.options.blob_home)
        except MissingBlob as error:
            raise ImportRefused(f"file without its data: {error}") from error
        model = get_document_model()
        document = self._existing(record, model) or model(collection=self._root_collection())
        document.title = (values.text(item.get("title")) or blob.filename)[:255]
        document.file = ContentFile(blob.data, name=blob.filename)
        document._set_document_file_metadata()
        document.save()
        created_files.append(document.file)
        return document

    def _root_collection(self):
        if self.collection is None:
            self.collection = Collection.get_first_root_node()
        return self.collection

    @staticmethod
    def _existing(record, model):
        if record is None or record.object_id is None:
            return None
        return model.objects.filter(pk=record.object_id).first()

    def _hero_image(self, item, created_files, warnings):
        """A page's own image field (News Item, Event…) becomes a Wagtail image keyed ``<UID>:image``."""
        if not item.get("image"):
            return None
        key = f"{values.uid_of(item['UID'])}:image"
        image_record = self.known.get(key)
        try:
            image = self._image(item, image_record, created_files, "image", title=values.text(item.get("title")))
        except ImportRefused as error:
            warnings.append(f"imported without its image: {error}")
            return None
        image_record = image_record or ImportedItem(uid=key, kind=ImportedItem.Kind.IMAGE, portal_type="Image")
        image_record.plone_path = (self.index.entries[values.uid_of(item["UID"])].path + "/image")[:500]
        image_record.content_type = self._content_type(image)
        image_record.object_id = image.pk
        image_record.indexed = False
        image_record.save()
        self._remember(self.known, key, image_record)
        self.indexing.add(image)
        return image

    # --- pages ---
    def _locale(self, item):
        language = values.language_of(item) or self.default_language
        code = self.languages.get(language) or self.languages.get(language.split("-")[0])
        if code is None:
            raise ImportRefused(f"language {language!r} is not one of this portal's languages ({', '.join(self.languages)})")
        if code not in self.locales:
            self.locales[code] = Locale.objects.filter(language_code=code).first()
        locale = self.locales[code]
        if locale is None:
            raise ImportRefused(f"no locale {code} in Wagtail yet: add it under Settings → Locales")
        return locale

    def _homes(self):
        site = self.options.site
        homes = {}
        if site is None:
            return homes
        for page in Page.objects.filter(translation_key=site.root_page.translation_key).select_related("locale"):
            homes[page.locale_id] = page
        return homes

    def _home(self, locale):
        home = self.homes.get(locale.pk)
        if home is None:
            raise ImportRefused(f"no home page in {locale.language_code}: translate the home page into it first")
        return home

    def _page_or_merge(self, item, target, record, entry, created_files, warnings, damaged=False):
        locale = self._locale(item)
        folder_uid = entry.parent_uid
        if self.side.default_page_of.get(folder_uid) in (values.text(item.get("id")), values.uid_of(item["UID"])):
            merged = self._merge_default_page(item, folder_uid, created_files, warnings, damaged)
            if merged is not None:
                return merged, ImportedItem.Kind.DEFAULT_PAGE
        if target == targets_map.FLATTEN:
            return self._parent_page(entry, locale), ImportedItem.Kind.FLATTENED
        model = apps.get_model(target)
        existing = self._existing(record, Page)
        page = existing.specific if existing is not None else None
        parent = None
        if page is None:
            parent = self._placement(model, entry, locale)
            if parent is None:  # a folder that cannot be a page here: its items go to the page above
                return self._parent_page(entry, locale), ImportedItem.Kind.FLATTENED
            page = model(locale=locale)
        plan = Publication.of(item, self.zone, damaged)
        self._fill_page(page, item, locale, plan, created_files, warnings)
        if parent is None:
            self._publish_update(page, plan)
            return page, ImportedItem.Kind.PAGE
        page.slug = self._free_slug(parent, values.text(item.get("id")) or page.title)
        key = self.side.translation_key.get(values.uid_of(item["UID"]))
        if key and not Page.objects.filter(translation_key=key, locale=locale).exists():
            page.translation_key = key
        elif key:
            warnings.append(f"a {locale.language_code} translation of this item exists already; not linked")
        self._create(parent, page, plan)
        return page, ImportedItem.Kind.PAGE

    def _fill_page(self, page, item, locale, plan, created_files, warnings):
        model = type(page)
        title = values.text(item.get("title")) or values.text(item.get("id")) or "untitled"
        if len(title) > 255:
            warnings.append(f"title: {len(title)} characters, cut to 255")
        page.title = title[:255]
        page.search_description = values.text(item.get("description"))
        source = PloneSource(
            item,
            locale=locale,
            zone=self.zone,
            zone_name=self.options.zone_name,
            publication=plan,
            hero_image=self._hero_image(item, created_files, warnings) if has_field(model, "hero_image") else None,
            warnings=warnings,
        )
        fill_imported_page(page, source)
        if has_field(model, "body"):
            html = source.body_html
            conversion = self._convert(html, item)
            set_body(page, conversion.blocks)
            page._pending_html = html if conversion.pending else ""
            warnings.extend(conversion.problems)
        if has_field(model, "tags"):
            page.tags.set(self._tags(values.subjects_of(item), locale))
        if has_field(model, "views_before_migration"):
            page.views_before_migration = self._view_count(item, model, warnings)
        owner = self._owner(item)
        if owner is not None:
            page.owner = owner
        page.expire_at = plan.expire_at
        if plan.expired:
            warnings.append("expired in Plone: imported as a draft")

    def _create(self, parent, page, plan):
        """Add a new page, live at once when Plone published it."""
        if not plan.live_now:
            page.live = False
            parent.add_child(instance=page)
            self._publish_update(page, plan)
            return
        # Validation without the row lookups: every foreign key was just set from a row this run
        # holds, treebeard makes the path unique and the translation key was checked above. The
        # page is then added as a draft (Wagtail's light check: title and free slug) and made live
        # in the same update that records its revision — what save_revision() and publish() leave
        # behind, without saving the page twice more (that was most of an import's time).
        tree_fields = {"path", "depth", "numchild", "url_path"}  # add_child fills them
        page.clean_fields(
            exclude=[field.name for field in page._meta.concrete_fields if field.is_relation or field.name in tree_fields]
        )
        page.clean()
        page.live = False
        # Validated just above (and the slug is free: ``_free_slug``); Page.save would check it
        # all again, looking up every foreign key row and the siblings' slugs a second time. A
        # new imported page is never a site root (Wagtail's own shortcut for that question).
        page.full_clean = page.minimal_clean = _already_validated
        page._is_site_root = False
        given = set(getattr(page, "_cluster_related_objects", {}))  # relations the fillers set
        try:
            parent.add_child(instance=page)
        finally:
            del page.full_clean, page.minimal_clean
        # A page just created has no child rows but those it was given: say so in memory, or the
        # revision below reads each empty relation (comments, related reads…) from the database.
        for relation in get_all_child_relations(type(page)):
            name = relation.get_accessor_name()
            if name not in given:
                setattr(page, name, [])
        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            content=page.serializable_data(),
            object_str=str(page),
        )
        Page.objects.filter(pk=page.pk).update(
            live=True,
            has_unpublished_changes=False,
            first_published_at=plan.first_published_at,
            last_published_at=plan.last_published_at,
            latest_revision=revision,
            live_revision=revision,
            latest_revision_created_at=revision.created_at,
            draft_title=page.title,
        )
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at, page.last_published_at = plan.first_published_at, plan.last_published_at
        page.latest_revision = page.live_revision = revision
        # No ``page_published`` per page: archived content is not news (no alerts, no translator
        # e-mails); the caches are emptied once when the run ends (``run``).

    def _publish_update(self, page, plan):
        """A draft, a scheduled page, or a re-imported one: Wagtail's own revision and publish flow."""
        revision = page.save_revision(clean=True, approved_go_live_at=plan.go_live_at)
        if plan.publish:
            revision.publish(skip_permission_checks=True)
            if plan.go_live_at is None:
                Page.objects.filter(pk=page.pk).update(
                    first_published_at=plan.first_published_at, last_published_at=plan.last_published_at
                )
        elif page.live:
            page.unpublish(log_action=None)

    def _placement(self, model, entry, locale):
        """The page a new page goes under: its Plone parent's page when the type may live there,
        else the first page of the right type in its language; ``None`` flattens a folder."""
        parent = self._parent_page(entry, locale)
        if model.can_create_at(parent):
            return parent
        if entry.portal_type in ("Folder", "LIF") or self.index.child_types.get(self.index.uid_by_path.get(entry.path)):
            return None
        allowed = [parent_model for parent_model in model.allowed_parent_page_models() if parent_model is not Page]
        home = self._home(locale)
        for parent_model in allowed:
            candidate = parent_model.objects.descendant_of(home, inclusive=True).filter(locale=locale).order_by("path").first()
            if candidate is not None:
                return candidate
        names = ", ".join(parent_model._meta.label for parent_model in allowed)
        raise ImportRefused(
            f"no {names} in {locale.language_code} to hold a {model._meta.verbose_name}: create one or map a folder to it"
        )

    def _parent_page(self, entry, locale):
        record = self.known.get(entry.parent_uid)
        parent = None
        if (
            record is not None
            and record.object_id
            and record.kind
            in (
                ImportedItem.Kind.PAGE,
                ImportedItem.Kind.FLATTENED,
                ImportedItem.Kind.DEFAULT_PAGE,
            )
        ):
            parent = self._page(record.object_id)
        if parent is None:
            return self._home(locale)
        if parent.locale_id != locale.pk:
            translated = parent.get_translation_or_none(locale)
            return self._page(translated.pk) if translated else self._home(locale)
        return parent

    def _page(self, pk):
        if pk not in self.pages:
            page = Page.objects.filter(pk=pk).first()
            self.pages[pk] = page.specific if page is not None else None
        return self.pages[pk]

    def _merge_default_page(self, item, folder_uid, created_files, warnings, damaged=False):
        """Plone shows a folder's default page *as* the folder: at the folder's address readers saw
        the default page's title, description and text. So those become the folder's page; the
        folder's own title is named in the report when it differs."""
        record = self.known.get(folder_uid)
        if record is None or record.kind != ImportedItem.Kind.PAGE:
            return None
        folder = Page.objects.filter(pk=record.object_id).first()
        if folder is None:
            return None
        folder = folder.specific
        model = type(folder)
        title = values.text(item.get("title"))[:255]
        if title and title != folder.title:
            warnings.append(f"the folder's own title {folder.title!r} gave way to its default page's {title!r}")
            folder.title = folder.draft_title = title
        description = values.text(item.get("description"))
        if description:
            folder.search_description = description
        if has_field(model, "body"):
            html = rich_text_of(item)
            conversion = self._convert(html, item)
            set_body(folder, conversion.blocks)
            warnings.extend(conversion.problems)
            if conversion.pending:
                record.pending_html = html
                record.save(update_fields=["pending_html"])
        elif has_field(model, "intro"):
            folder.intro = self._intro_html(item)
        if description and has_field(model, "lead"):
            folder.lead = description[:1000]
        revision = folder.save_revision(clean=True)
        if folder.live and not damaged:
            revision.publish(skip_permission_checks=True)
        elif folder.live:
            warnings.append("the folder's page keeps its published version; the merged draft waits for an editor")
        warnings.append(f"default page of its folder: its title, description and text are the folder's page {folder.pk}")
        return folder

    def _intro_html(self, item):
        conversion = self._convert(rich_text_of(item), item)
        return "".join(block["value"] for block in conversion.blocks if block["type"] == "paragraph")

    # --- rich text references ---
    def _convert(self, html, item):
        base = values.text(item.get("@id"))
        if item.get("is_folderish"):
            base = base.rstrip("/") + "/"
        return HTMLConverter(self, base, site_hosts=self.options.old_hosts).convert(html)

    def uid(self, uid):
        """Resolver for ``resolveuid/<uid>``: see ``richtext.HTMLConverter``."""
        record = self.known.get(uid)
        if record is not None and record.object_id:
            if record.kind == ImportedItem.Kind.IMAGE:
                image = get_image_model().objects.filter(pk=record.object_id).first()
                return Ref("image", image.pk, image.file.url) if image else None
            if record.kind == ImportedItem.Kind.DOCUMENT:
                return Ref("document", record.object_id)
            if record.kind != ImportedItem.Kind.LINK:
                return Ref("page", record.object_id)
            return None
        entry = self.index.entries.get(uid)
        if entry is not None and uid not in self.handled:
            return PENDING
        return None

    def path(self, path):
        """Resolver for links by path (``/Plone/news/x``, ``../x``)."""
        uid = self.index.uid_by_path.get(self.index.relative(path))
        return self.uid(uid) if uid else None

    def _relink(self):
        """Pages whose links waited for items imported later: convert their HTML again."""
        for record in ImportedItem.objects.exclude(pending_html="").filter(kind__in=["page", "default_page"]):
            page = Page.objects.filter(pk=record.object_id).first()
            if page is None:
                continue
            page = page.specific
            warnings = []
            try:
                with transaction.atomic():
                    item = {"@id": self._plone_url(record.plone_path), "is_folderish": False}
                    conversion = self._convert(record.pending_html, item)
                    set_body(page, conversion.blocks)
                    revision = page.save_revision(clean=True)
                    if page.live:
                        revision.publish(skip_permission_checks=True)
                    record.pending_html = ""
                    record.save(update_fields=["pending_html"])
                    warnings.extend(conversion.problems)
            except Exception as error:  # noqa: BLE001 — the page stays as imported, links as text
                self.report.warn(record.portal_type, record.plone_path, f"links not rewritten: {type(error).__name__}: {error}")
            for warning in warnings:
                self.report.warn(record.portal_type, record.plone_path, warning)

    def _plone_url(self, path):
        host = self.index.site_host or "plone.invalid"
        return f"http://{host}{self.index.site_path.rstrip('/')}{path}"

    # --- tags, owners, counts ---
    def _tags(self, names, locale):
        return [self._tag(name, locale) for name in names]

    def _tag(self, name, locale):
        """The topic named ``name`` in ``locale``: found by its name there or its slug, else new."""
        key = (locale.pk, name.casefold())
        if key not in self.tags:
            slug = latin_slug(name, max_length=100) or name[:100]
            label = TagLabel.objects.filter(locale=locale, name__iexact=name).select_related("tag").first()
            tag = label.tag if label else Tag.objects.filter(slug=slug).first()
            if tag is None:
                tag = Tag.objects.create(name=name, slug=slug)
            if not label and locale.language_code != self.default_language:
                TagLabel.objects.get_or_create(tag=tag, locale=locale, defaults={"name": name})
            self._remember(self.tags, key, tag)
        return self.tags[key]

    def _owner(self, item):
        creators = values.creators_of(item)
        if not creators:
            return None
        if creators[0] not in self.owners:
            self.owners[creators[0]] = get_user_model().objects.filter(username=creators[0]).first()
        return self.owners[creators[0]]

    def _view_count(self, item, model, warnings):
        """The count the old site showed, if it fits the field (a 32-bit integer on PostgreSQL)."""
        _lowest, highest = connection.ops.integer_field_range(model._meta.get_field("views_before_migration").get_internal_type())
        for name in VIEW_COUNT_FIELDS:
            value = item.get(name)
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                if value > highest:
                    warnings.append(f"{name}: {value} is more views than a page can hold; left out")
                    return 0
                return int(value)
        path = self.index.entries[values.uid_of(item["UID"])].path
        return self.options.views.get(path, 0)

    # --- redirects and links ---
    def _old_paths(self, entry):
        paths = {entry.path}
        if self.index.site_path not in ("", "/"):
            paths.add(self.index.site_path.rstrip("/") + entry.path)
        return [path for path in paths if path not in ("", "/")]

    def _redirect_old_address(self, item, entry, obj):
        new_url = self._url_of(obj)
        for path in self._old_paths(entry):
            if Redirect.normalise_path(path) == Redirect.normalise_path(new_url):
                continue  # the page kept its address: a redirect would only shadow it
            if isinstance(obj, Page):
                self.redirects.to_page(path, obj.pk)
            else:
                self.redirects.to_url(path, new_url)

    @staticmethod
    def _url_of(obj):
        if isinstance(obj, Page):
            return obj.get_url() or ""
        return obj.url if hasattr(obj, "url") else obj.file.url

    def _link(self, item, entry):
        """A Plone Link: its old address redirects to where it pointed."""
        remote = values.text(item.get("remoteUrl"))
        if not remote:
            raise ImportRefused("link without a target address")
        ref = self.uid(reference_uid(remote)) if "resolveuid" in remote.lower() else None
        if not (isinstance(ref, Ref) and ref.kind == "page") and not remote.startswith(("http://", "https://")):
            raise ImportRefused(f"link to {remote!r}, which this import cannot resolve")
        for path in self._old_paths(entry):
            # Temporary (302): a link's target is someone else's page and may move again.
            if isinstance(ref, Ref) and ref.kind == "page":
                self.redirects.to_page(path, ref.id, permanent=False)
            else:
                self.redirects.to_url(path, remote, permanent=False)
        return None

    def _side_file_redirects(self):
        """``export_redirects.json``: Plone's own memory of moved content."""
        for old, new in self.side.redirects.items():
            uid = self.index.uid_by_path.get(self.index.relative(values.url_path(new)))
            record = self.known.get(uid) if uid else None
            if record is None or not record.object_id or record.kind == ImportedItem.Kind.LINK:
                self.report.warn("redirect", old, f"target {new} was not imported; no redirect")
                continue
            for path in {self.index.relative(values.url_path(old)), values.url_path(old)}:
                if record.kind in (ImportedItem.Kind.IMAGE, ImportedItem.Kind.DOCUMENT):
                    self.redirects.to_url(path, self._url_of(record.target))
                else:
                    self.redirects.to_page(path, record.object_id)
            self.report.add("created", "redirect", old, target=new)
        for problem in self.redirects.write_each():
            self.report.warn("redirect", "export_redirects.json", problem)

    def _apply_ordering(self):
        """``export_ordering.json``: siblings in their Plone order (index pages sort by date anyway)."""
        if not self.side.order:
            return
        pages = {}
        for uid, position in self.side.order.items():
            record = self.known.get(uid)
            if record is not None and record.kind == ImportedItem.Kind.PAGE and record.object_id:
                pages[record.object_id] = position
        by_parent = {}
        for page in Page.objects.filter(pk__in=pages).only("pk", "path", "depth"):
            by_parent.setdefault(page.path[: -Page.steplen], []).append(page)
        for siblings in by_parent.values():
            wanted = sorted(siblings, key=lambda page: (pages[page.pk], page.path))
            if [page.pk for page in wanted] == [page.pk for page in sorted(siblings, key=lambda page: page.path)]:
                continue
            with transaction.atomic():
                for page in wanted:
                    page.refresh_from_db(fields=["path", "depth", "numchild"])
                    page.move(page.get_parent(), pos="last-child")

    # --- slugs ---
    def _free_slug(self, parent, wanted):
        """A slug no sibling has; the siblings' slugs are read once per parent and then kept."""
        base = latin_slug(wanted, max_length=240) or "page"
        if parent.pk not in self.sibling_slugs:
            self.sibling_slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        taken = self.sibling_slugs[parent.pk]
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)  # kept even if the item then fails: a gap in numbering, never a clash
        return slug
