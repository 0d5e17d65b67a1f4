"""Fast settings for the test suite: cheap hashing, in-memory cache and media in a temp dir."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Views count straight into the database; tests/test_view_buffer.py turns the Redis buffer on.
VIEW_COUNT_BUFFER_URL = ""
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "CRITICAL"}}

# A file, not :memory:, so threads (live server, concurrency tests) share one database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.gettempdir()) / "portal-test.sqlite3")}  # noqa: F405

STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True  # the browser tests' live server shows uploaded images
# Tests change pages without publishing; the page cache has its own tests that turn it on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0  # likewise; tests/test_fragment_cache.py turns it on
# One process, one clock: a page read right after a publish may be kept at once.
PAGE_CACHE_CLOCK_SKEW = 0


# wagtail-localize's dummy translator (it reverses words) lets tests exercise machine
# translation without a network or a key; production stays off unless DEEPL_API_KEY is set.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}
