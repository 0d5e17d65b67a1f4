"""Demo content: core builds the shared parts, each plugin adds its own through ``<app>/demo.py``.

A plugin's ``demo.py`` defines ``load(demo: DemoContext)``; ``manage.py load_demo`` calls them in
``INSTALLED_APPS`` order, so core never imports a plugin. Every step is idempotent: it looks
for what it would create (by slug, title or translation key) before creating it.
"""
