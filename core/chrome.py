"""A cache for what every page repeats: locale homes, menus, portal settings, footer contacts.

These change only when an editor publishes, moves or deletes a page, or edits the settings or
an organisation; then one version key is bumped (see ``core.signals``) and every cached copy is
ignored. Between such edits a page render spends no query on its header and footer.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "portal-chrome-version"
TIMEOUT = 60 * 60 * 6


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        current = uuid.uuid4().hex[:12]
        cache.add(VERSION_KEY, current, timeout=None)
        current = cache.get(VERSION_KEY, current)
    return current


def invalidate(*args, **kwargs):
    """Signal receiver and plain function: forget every cached copy of the chrome."""
    cache.set(VERSION_KEY, uuid.uuid4().hex[:12], timeout=None)


def cached(name, parts, compute, timeout=TIMEOUT):
    key = f"portal-chrome:{version()}:{name}:" + ":".join(str(part) for part in parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value
