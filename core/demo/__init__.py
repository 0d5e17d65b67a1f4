"""Demo content as data: four languages of invented news, events, projects and pages.

Every demo item is a TOML file in the folder of the plugin it belongs to (``news/demo/articles/``,
``events/demo/events/``, ``projects/demo/projects/``, ``content/demo/pages/``); the vocabulary
every plugin shares — organisations, funding programmes, categories, tags, the portal's
settings — is in ``core/demo/data/``. A plugin's ``demo`` package declares, in a few lines, which
page model its files become (:mod:`core.demo.families`); :mod:`core.demo.loader` reads and checks
every file, then makes the pages. ``manage.py load_demo`` runs it; every step looks for what it
would create first, so running it again changes nothing.
"""
