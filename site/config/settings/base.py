"""Settings shared by every environment.

Everything that differs between machines comes from the environment (12-factor):
``DATABASE_URL``, ``REDIS_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DEBUG``,
``MEDIA_ROOT``, ``DEFAULT_LANGUAGE``. See README "Settings".
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/
BASE_DIR = SITE_DIR.parent  # repository root


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    # Our plugins: each depends only on core (and the view counter) and Wagtail.
    "core",
    "viewcounts",
    "home",
    "news",
    "events",
    "projects",
    "content",
    # The admin's donor visibility and readership reports (core and the view counter only).
    "reports",
    # Applications, registrations, contact: wagtail.contrib.forms pages with places and a waiting list.
    "formpages",
    # E-mail alerts and weekly digests for readers (core.follow facets; work runs in django-tasks).
    "alerts",
    "django_tasks",
    "django_tasks_db",
    # Moving off Plone: manage.py import_plone (needs the page families above only by name).
    "plone_import",
    # wagtail-localize replaces wagtail.locales with its own locale admin.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# A refused form post gets the portal's own page, in the visitor's language (core.views).
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

MIDDLEWARE = [
    # HTML, feeds, JSON and sitemaps compressed for clients that accept gzip (static files come
    # precompressed from WhiteNoise). Outermost, so the page cache keeps one uncompressed copy and
    # Varnish receives gzip it can store. BREACH needs a secret reflected beside attacker input in
    # a compressed body: anonymous pages carry none (no CSRF token, no session data, cacheable for
    # everyone), and the admin and sign-in forms are only ever served over TLS to a logged-in
    # editor, where Django's CSRF tokens are masked per response anyway.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RejectNulMiddleware",
    # Pages build absolute links from the request being answered (core.origin).
    "core.origin.CurrentRequestMiddleware",
    # Read-only cross-origin access to /api/v2/ for the origins in API_CORS_ORIGINS.
    "core.cors.ApiCorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    # Serves anonymous page views from the cache before sessions, locale or URLs are touched.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Every sign-in form (admin, front-end, page password) counts failures alike.
    "core.login_throttle.LoginThrottleMiddleware",
    # A read whose database connection died under it is answered again, once.
    "core.db_retry.RetryReadsAfterDisconnectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# --- HTTP hardening (every environment; production adds TLS on top) -----------------------------
# Content-Security-Policy comes from core.security; these are Django's SecurityMiddleware's.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# How many reverse proxies in front of the app append to X-Forwarded-For (0: trust REMOTE_ADDR
# only). Rate limits (view beacon, admin login, API) key clients by the address this yields.
NUM_PROXIES = int(os.environ.get("NUM_PROXIES", "0"))
# Failed sign-ins (admin, front-end login, page passwords) allowed per client and username — and
# per client over all usernames — within the lockout window before a pause (core.login_throttle).
# The ADMIN_LOGIN_* names of earlier releases are still read.
LOGIN_MAX_FAILURES = int(os.environ.get("LOGIN_MAX_FAILURES", os.environ.get("ADMIN_LOGIN_MAX_FAILURES", "5")))
LOGIN_MAX_FAILURES_PER_CLIENT = int(os.environ.get("LOGIN_MAX_FAILURES_PER_CLIENT", "20"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", os.environ.get("ADMIN_LOGIN_LOCKOUT_SECONDS", "900")))
# Form pages (formpages): posts of one form allowed per client within the window, then 429.
FORM_POSTS_PER_CLIENT = int(os.environ.get("FORM_POSTS_PER_CLIENT", "20"))
FORM_POST_WINDOW_SECONDS = int(os.environ.get("FORM_POST_WINDOW_SECONDS", "3600"))
# The address readers use, e.g. https://portal.example.org: absolute links and page-cache keys use
# it whatever Host a request carries. Empty: links follow the host each request came to (core.origin).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ---------------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout let the beacon's concurrent increments wait for the write lock
    # instead of failing with "database is locked"; IMMEDIATE avoids upgrade deadlocks.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # core.redis_cache: while Redis is unreachable the site answers uncached, never with a 500.
    # Short socket timeouts so a server that stopped answering costs a request half a second at most.
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            },
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

# --- E-mail (form confirmations and notifications, Wagtail's own) -------------------------------
# Django's SMTP backend by default; dev settings print mails to the console, tests keep them in memory.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# Background work. Wagtail's own (search and reference index updates) runs at once, as it always
# has, so the site needs no worker to stay searchable. The e-mail alerts go to their own queue,
# django-tasks' database backend (nothing beyond the database): ``manage.py db_worker --backend
# alerts`` runs it (``make run`` starts one), so a publish request never sends e-mail itself.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "alerts": {"BACKEND": os.environ.get("ALERTS_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------------------
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("uk", "Українська"),
    ("et", "Eesti"),
    ("lt", "Lietuvių"),
]
LANGUAGE_CODE = os.environ.get("DEFAULT_LANGUAGE", "en")
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"DEFAULT_LANGUAGE={LANGUAGE_CODE!r} is not one of {', '.join(dict(LANGUAGES))}.")
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Kyiv")
LOCALE_PATHS = [BASE_DIR / "locale"]
# Names of the languages in their own language, for the switcher (gettext would translate them).
LANGUAGE_NATIVE_NAMES = dict(LANGUAGES)
LANGUAGE_COOKIE_NAME = "portal_language"

# --- Static and media ---------------------------------------------------------------------------
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Let Django itself serve uploads (development, tests, tiny installs); otherwise the web server
# or object storage does it (README "Deploying").
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads (images, documents, renditions) on S3-compatible object storage, shared by every app
# server, when a bucket is named (django-storages; AWS S3, MinIO, Ceph, DigitalOcean Spaces …).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the machine's role.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Public pages link media without signatures: a cached page's links never expire.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
        },
    }

# --- Wagtail ------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Civic Portal")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL or "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Latin addresses in every language: the admin transliterates Cyrillic titles as editors type
# (Ukrainian included) and core.text.latin_slug does the same on the server (README "Translators").
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Submitting a page for translation makes drafts: nothing appears in another language until a
# translator publishes it there (wagtail-localize would otherwise copy the source's live status).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation is pluggable and off by default (see README "How translators work"): DeepL
# with DEEPL_API_KEY, or a self-hosted LibreTranslate with LIBRETRANSLATE_URL (+ optional key).
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": float(os.environ.get("LIBRETRANSLATE_TIMEOUT", "10")),
        },
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
FORMAT_MODULE_PATH = ["core.formats"]

# --- Headless API (Wagtail API v2 at /api/v2/, see core/api.py) ---------------------------------
REST_FRAMEWORK = {
    # Anonymous clients, keyed by a salted hash of REMOTE_ADDR (X-Forwarded-For is not trusted).
    "DEFAULT_THROTTLE_CLASSES": ["core.throttling.HashedAnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "600/minute"},
    "NUM_PROXIES": NUM_PROXIES,
}
WAGTAILAPI_LIMIT_MAX = 50
# Other sites allowed to read the content API from their pages (core.cors): comma-separated
# origins such as "https://city.example,https://region.example", or "*" for any. Empty: none.
API_CORS_ORIGINS = [origin.strip() for origin in os.environ.get("API_CORS_ORIGINS", "").split(",") if origin.strip()]

# --- Page cache (core.page_cache) and CDNs -------------------------------------------------------
# Anonymous page views are kept this many seconds in the cache above (0 turns it off); any
# publish, unpublish, move or delete empties it at once. Browsers and CDNs may keep a page
# PAGE_CACHE_MAX_AGE seconds (Cache-Control: public); 0 sends no such header.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
# Parts of pages kept rendered (core.fragment_cache), purged by the same surrogate keys as the
# page cache, so a page the page cache misses costs a few queries; 0 turns them off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "900"))
# How far app servers' clocks may disagree (core.page_cache): a render this close after a purge is not kept.
PAGE_CACHE_CLOCK_SKEW = float(os.environ.get("PAGE_CACHE_CLOCK_SKEW", "0.5"))
# The view beacon's per-client limit per minute (0: none; viewcounts.counter).
VIEW_BEACON_RATE_LIMIT = int(os.environ.get("VIEW_BEACON_RATE_LIMIT", "120"))
# viewcounts.buffer: with Redis, a beacon is one Redis round trip and `manage.py flush_view_counts
# --every 5` moves the views into the database. `VIEW_COUNT_BUFFER=0` counts straight into the
# database even with Redis.
VIEW_COUNT_BUFFER_URL = (
    os.environ.get("VIEW_COUNT_BUFFER_URL", REDIS_URL) if os.environ.get("VIEW_COUNT_BUFFER", "1") != "0" else ""
)
VIEW_COUNT_BUFFER_PREFIX = os.environ.get("VIEW_COUNT_BUFFER_PREFIX", "viewcounts")
# A CDN or Varnish in front: Wagtail's frontend-cache app purges a page's address on publish.
# Varnish in front (deploy/varnish/portal.vcl): publishes purge it by surrogate key (core.frontend_purge).
VARNISH_PURGE_URLS = [url.strip() for url in os.environ.get("VARNISH_PURGE_URLS", "").split(",") if url.strip()]
# Off unless FRONTEND_CACHE_PURGE_URL names the cache's HTTP PURGE endpoint (README "Scaling out").
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
