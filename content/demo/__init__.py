"""Plain content pages in the demo (``pages/``, e.g. "About the portal"), right under each home
page: the type Plone's Documents become on import. Content comes last in INSTALLED_APPS, so
these come last in the main menu."""

from pathlib import Path

from core.demo.families import PageFamily

from ..models import ContentPage

DEMO = PageFamily(page_model=ContentPage, folder=Path(__file__).parent, items="pages")
