"""Settings come from the environment; production is hardened and says so to `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The suite's own environment must not leak into the processes under test.
SCRUBBED = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEFAULT_LANGUAGE"}
STRONG_KEY = "k3Yq!8vZ#p2Lw9@rT5mN&x7Bc4Hd6Jf1Gs0Ua-Ee_Oi+Ry=Tz^Wq*Pl(Mk)Nj"


def manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
    )


def show_settings(expression, **env):
    result = manage("shell", "--no-imports", "-c", f"from django.conf import settings; print({expression})", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_settings_pass_check_deploy_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="portal.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_sqlite_is_the_default_database():
    assert show_settings("settings.DATABASES['default']['ENGINE']") == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    output = show_settings(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME']",
        DATABASE_URL="postgres://portal:secret@db.internal:5432/portal",
    )
    assert output == "django.db.backends.postgresql portal"


def test_redis_url_switches_the_cache_to_redis():
    without = show_settings("settings.CACHES['default']['BACKEND']")
    with_redis = show_settings(
        "settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION']",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert without == "django.core.cache.backends.locmem.LocMemCache"
    assert with_redis == "core.redis_cache.FailSoftRedisCache redis://127.0.0.1:6379/3"


def test_default_language_comes_from_the_environment():
    assert show_settings("settings.LANGUAGE_CODE", DEFAULT_LANGUAGE="uk") == "uk"
    result = manage("check", DEFAULT_LANGUAGE="fr")
    assert result.returncode != 0
    assert "DEFAULT_LANGUAGE='fr'" in result.stderr


def test_production_serves_compressed_hashed_static_files():
    output = show_settings(
        "settings.STORAGES['staticfiles']['BACKEND']",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
    )
    assert output == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_make_run_serves_the_demo_pictures_but_production_does_not():
    # `make run` uses the dev settings: uploaded (and generated demo) images must be served.
    assert show_settings("settings.SERVE_MEDIA") == "True"
    production = show_settings("settings.SERVE_MEDIA", DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=STRONG_KEY)
    assert production == "False"


def test_uploads_stay_on_local_disk_unless_a_bucket_is_named():
    assert show_settings("settings.STORAGES['default']['BACKEND']") == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_puts_uploads_on_s3_compatible_storage():
    """Scaling out: every app server reads and writes the same media (DESIGN.md, django-storages)."""
    expression = (
        "(lambda storage: (type(storage).__module__ + '.' + type(storage).__name__, storage.bucket_name,"
        " storage.endpoint_url, storage.querystring_auth, storage.url('images/a.jpg')))"
        "(__import__('django.core.files.storage', fromlist=['storages']).storages['default'])"
    )
    output = show_settings(
        expression,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="portal.example.org",
        AWS_STORAGE_BUCKET_NAME="portal-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        AWS_ACCESS_KEY_ID="test",
        AWS_SECRET_ACCESS_KEY="test",
    )
    assert output == (
        "('storages.backends.s3.S3Storage', 'portal-media', 'https://s3.example.org', False, "
        "'https://media.example.org/images/a.jpg')"
    )
