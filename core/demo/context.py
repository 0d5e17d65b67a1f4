from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale


@dataclass
class DemoContext:
    """What the demo steps share: locales, generated images, organisations, the site root."""

    stdout: object = None
    locales: dict = field(default_factory=dict)  # language code -> Locale
    images: dict = field(default_factory=dict)  # key -> wagtail Image
    organisations: dict = field(default_factory=dict)  # key -> Organisation (source locale)
    homes: dict = field(default_factory=dict)  # language code -> HomePage
    site: object = None
    extra: dict = field(default_factory=dict)  # anything a plugin wants to pass on

    @property
    def source_locale(self):
        return self.locales[settings.LANGUAGE_CODE]

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)


def ensure_tree_roots():
    """Wagtail's root page and root collection, which a flushed test database lacks."""
    from wagtail.models import Collection, Page

    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))


def ensure_locales():
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
    ensure_tree_roots()
    return locales
