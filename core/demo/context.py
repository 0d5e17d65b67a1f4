import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale


@dataclass
class DemoContext:
    """What the demo steps share: locales, home pages, the vocabulary and every page made so far."""

    stdout: object = None
    today: dt.date = None
    locales: dict = field(default_factory=dict)  # language code -> Locale
    homes: dict = field(default_factory=dict)  # language code -> HomePage
    site: object = None
    #: kind ("organisations", "programmes", "categories", "tags", a plugin's own…) -> key -> object
    vocabulary: dict = field(default_factory=dict)
    #: family (app label) -> file name -> language code -> page
    pages: dict = field(default_factory=dict)

    @property
    def source_locale(self):
        return self.locales[settings.LANGUAGE_CODE]

    @property
    def source_code(self):
        return settings.LANGUAGE_CODE

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
