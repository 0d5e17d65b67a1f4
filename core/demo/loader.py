"""Load the demo: read and check every data file first, then make what they describe.

An installed app's ``demo`` package may have a ``DEMO``: a :class:`SiteRoot` (home) or a
:class:`PageFamily` (news, events…), or a tuple of them when the app has more than one page type
(content pages and the accessibility statement). Core finds them in ``INSTALLED_APPS`` order, so
it imports no plugin by name, and a plugin that is not installed brings no pages. Any other
contribution (the alerts' subscribers) is a dataclass with ``read()`` — checked with the rest —
and ``load(demo, record)``, loaded after the pages.
"""

import dataclasses
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.utils import timezone

from . import links, vocabulary
from .context import DemoContext, ensure_locales
from .families import PageFamily
from .indexing import indexed_at_the_end
from .site import SiteRoot, configure_portal, feature_on_homes


def installed_contributions(*names):
    """The ``DEMO`` of every installed app's ``demo`` package, named after its app unless named;
    only those called ``names``, if given (a test that needs the home pages and one family)."""
    found = []
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.demo"
        if app_config.name == "core" or find_spec(module_name) is None:
            continue
        contributions = getattr(import_module(module_name), "DEMO", None)
        if not isinstance(contributions, tuple):
            contributions = () if contributions is None else (contributions,)
        for contribution in contributions:
            found.append(dataclasses.replace(contribution, name=contribution.name or app_config.label))
    return [each for each in found if each.name in names] if names else found


def load(demo: DemoContext, contributions=None, vocabulary_folder=vocabulary.DATA):
    """Load the demo. Every file is checked before anything is made (what only a family's own
    fields can tell, while making them, inside load_demo's transaction): a DemoDataError names the
    file and the field."""
    contributions = installed_contributions() if contributions is None else contributions
    roots = [each for each in contributions if isinstance(each, SiteRoot)]
    families = [each for each in contributions if isinstance(each, PageFamily)]
    others = [each for each in contributions if not isinstance(each, (SiteRoot, PageFamily))]

    words = vocabulary.Vocabulary.read(vocabulary_folder)
    home_files = [root.read() for root in roots]
    indexes, files = {}, {}
    for family in families:
        indexes[family.name], files[family.name] = family.read(words)
    links.check(families, files, home_files)
    other_files = [each.read() for each in others]

    with indexed_at_the_end():  # a page is saved many times while it is made: index it once
        demo.locales, demo.today = ensure_locales(), timezone.localdate()
        vocabulary.load(demo, words)
        for root, record in zip(roots, home_files, strict=True):
            root.load(demo, record)
        for family in families:
            if demo.homes:  # pages hang from the home pages; without a home plugin there are none
                family.load(demo, indexes[family.name], files[family.name])
        links.link_families(demo, [family for family in families if family.name in demo.pages], files)
        for record in home_files:
            feature_on_homes(demo, record)
        configure_portal(demo, words.portal)
        for each, record in zip(others, other_files, strict=True):
            each.load(demo, record)
