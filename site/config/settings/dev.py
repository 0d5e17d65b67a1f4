"""Local development: DEBUG on, a fixed insecure key so `make run` needs no setup."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# WhiteNoise serves straight from the source folders while developing.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise warns if it is missing

# The demo's generated pictures are uploads: runserver serves them while developing.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)

# Template changes show on the next reload: no page cache unless asked for.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
