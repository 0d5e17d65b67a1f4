"""Is each field of an item what collective.exportimport writes? Damage is named, never guessed at.

The rule, applied the same way to every item (README "Moving off Plone"):

* **failed** — the item cannot be an item: no usable UID or ``@type``, a UID seen before in the
  export, a language the portal does not have, an Image or File without its data, an Event
  without a readable start, or a page type with nowhere to go. Nothing of it is written.
* **imported as a draft** — the item is there but damaged: an unreadable date, a field of the
  wrong JSON type, text that is not HTML text, a parent that is not in the export. The damaged
  fields are left out, every one of them is named in the report, and the page waits, unpublished,
  for an editor to check it. Nothing damaged ever goes live.

Fields the portal has no place for are named in the report too ("not imported: …"), so nothing
disappears without a line saying so.
"""

from . import values

DATE_FIELDS = ("effective", "expires", "created", "modified", "start", "end")
TEXT_FIELDS = (
    "title",
    "description",
    "image_caption",
    "location",
    "event_url",
    "contact_name",
    "contact_email",
    "contact_phone",
    "recurrence",
    "remoteUrl",
    "review_state",
)
FLAG_FIELDS = ("whole_day", "open_end", "exclude_from_nav", "is_folderish")
LIST_OF_TEXT_FIELDS = ("subjects", "subject", "creators")
BLOB_FIELDS = ("image", "file")
VIEW_COUNT_FIELDS = ("view_count", "views", "hits", "pageviews")
#: what plone.restapi and collective.exportimport add that is about Plone itself, not the content
SYSTEM_FIELDS = {
    "@id",
    "@type",
    "UID",
    "id",
    "parent",
    "language",
    "text",
    "@components",
    "is_folderish",
    "layout",
    "lock",
    "version",
    "versioning_enabled",
    "working_copy",
    "working_copy_of",
    "items",
    "items_total",
    "batching",
    "previous_item",
    "next_item",
    "allow_discussion",
    "exportimport.constrains",
    "exportimport.conversation",
    "exportimport.versions",
    "exportimport.local_roles",
    "exportimport.workflow_history",
    "local_roles",
    "workflow_history",
    "constrain_types_mode",
    "locally_allowed_types",
    "immediately_addable_types",
    "nextPreviousEnabled",
    "table_of_contents",
    "changeNote",
    "sync_uid",
    "rights",  # a Dublin Core copyright line Plone shows nowhere by default
    "unexported_paths",
}
USED_FIELDS = {*DATE_FIELDS, *TEXT_FIELDS, *FLAG_FIELDS, *LIST_OF_TEXT_FIELDS, *BLOB_FIELDS, *VIEW_COUNT_FIELDS}


def _is_text(value):
    return isinstance(value, str) or (isinstance(value, int | float) and not isinstance(value, bool))


def check(item, zone):
    """``(clean copy of item, [problem, …])``: damaged fields removed, each named once."""
    clean = dict(item)
    problems = []

    def drop(name, message):
        clean.pop(name, None)
        problems.append(f"{name}: {message}")

    for name in TEXT_FIELDS:
        value = item.get(name)
        if value is not None and not _is_text(value):
            drop(name, f"expected text, found {_kind(value)}; left out")
    for name in DATE_FIELDS:
        value = item.get(name)
        if value is None or value in ("", "None"):
            continue
        if not isinstance(value, str) or values.parse_datetime(value, zone) is None:
            drop(name, f"{_show(value)} is not a date; left out")
    for name in FLAG_FIELDS:
        value = item.get(name)
        if value is not None and not isinstance(value, bool):
            drop(name, f"expected true or false, found {_show(value)}; left out")
    for name in LIST_OF_TEXT_FIELDS:
        value = item.get(name)
        if value is None or isinstance(value, str):
            continue
        if not isinstance(value, list) or not all(_is_text(entry) for entry in value):
            drop(name, f"expected a list of words, found {_kind(value)}; left out")
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        data = text.get("data") if isinstance(text, dict) else None
        if not (isinstance(data, str) or data is None):
            drop("text", f"expected HTML text, found {_kind(data)}; the body is left empty")
        elif not isinstance(text, dict):
            drop("text", f"expected HTML text, found {_kind(text)}; the body is left empty")
    language = item.get("language")
    if language is not None and not isinstance(language, str | dict):
        drop("language", f"expected a language code, found {_kind(language)}; the default language is used")
    for name in BLOB_FIELDS:
        value = item.get(name)
        if value is not None and not isinstance(value, dict):
            drop(name, f"expected a file (data or blob_path), found {_kind(value)}; left out")
    return clean, problems


def unused_fields(item):
    """Names of the item's non-empty fields that no part of the import reads."""
    known = SYSTEM_FIELDS | USED_FIELDS
    return sorted(name for name, value in item.items() if name not in known and value not in (None, "", [], {}))


def _kind(value):
    return {dict: "an object", list: "a list", bool: "true/false", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _show(value):
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"
