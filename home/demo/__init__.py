"""The demo's home page, one per language (``home.toml``): core makes it the root of the site
``make run`` serves and puts the pages it names under ``featured`` first on it."""

from pathlib import Path

from core.demo.site import SiteRoot

from ..models import HomePage

DEMO = SiteRoot(HomePage, Path(__file__).with_name("home.toml"))
