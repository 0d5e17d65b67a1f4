"""Surrogate keys: which pages a cached answer shows, so a publish purges only the answers that
show what changed.

While a page renders, everything that puts a page on it — the page itself, each card, each
"most read" line — calls :func:`shows`, and a tag page calls :func:`shows_tag`. The page cache
stores the keys with the answer and sends them as ``Surrogate-Key`` and ``xkey`` headers for a
CDN or Varnish in front.

A page's key is its place in the tree (``p:`` + its treebeard path): the keys of its ancestors are
the prefixes of its own, so publishing an article purges the article, its index (with the index's
tag pages, archives and feeds: they are the index's routes), the home page of its language and
the answers whose cards show it, without a query. A leaf module: it imports nothing of ``core``.
"""

from contextvars import ContextVar

_collected = ContextVar("surrogate_keys", default=None)

#: Treebeard's path step (``Page.steplen``): four characters per level.
STEP = 4


def page_key(path):
    return f"p:{path}"


def tag_key(slug):
    return f"t:{slug}"


def start():
    """Begin collecting for one request; returns the token :func:`finish` needs."""
    return _collected.set(set())


def finish(token):
    """Stop collecting; return the keys collected since :func:`start`."""
    keys = _collected.get() or set()
    _collected.reset(token)
    return keys


def shows(*pages):
    """The answer being rendered shows these pages (anything with a treebeard ``path``)."""
    keys = _collected.get()
    if keys is not None:
        keys.update(page_key(page.path) for page in pages if getattr(page, "path", None))


def add(keys):
    """The answer being rendered shows what a cached fragment of it showed (``core.fragment_cache``)."""
    collected = _collected.get()
    if collected is not None:
        collected.update(keys)


def shows_tag(slug):
    """The answer lists pages by this tag: a new page with the tag changes it."""
    keys = _collected.get()
    if keys is not None:
        keys.add(tag_key(slug))


def keys_changed_by(page, tag_slugs=(), other_paths=()):
    """What publishing ``page`` changes: the page, every ancestor below the root (index pages,
    the language's home page), the other ``paths`` given (its translations), its tags."""
    paths = {page.path[:end] for end in range(2 * STEP, len(page.path) + 1, STEP)}
    paths.update(other_paths)
    return {page_key(path) for path in paths} | {tag_key(slug) for slug in tag_slugs}


def header_value(keys):
    """``Surrogate-Key`` / ``xkey``: space-separated (a listing of 12 cards sends about 25 keys)."""
    return " ".join(sorted(keys))
