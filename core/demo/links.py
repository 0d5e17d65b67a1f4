"""Links between pages of different families (an article's ``related_event``, by file name),
made once every plugin's pages exist. Which field links which families is what the plugins
declare for the site itself (``core.page_links``), so core imports no plugin; a link to a family
that is not installed is left out, as the page would leave it empty.
"""

from pathlib import Path

from wagtail import hooks

from core.page_links import PAGE_LINK_HOOK

from .pages import publish
from .records import shown_path


def page_links(families):
    """``(family, field, target family)`` for each registered link between two demo families."""
    by_model = {family.page_model._meta.label: family for family in families}
    for register in hooks.get_hooks(PAGE_LINK_HOOK):
        link = register()
        source, target = by_model.get(link.model._meta.label), by_model.get(link.target)
        if source is not None and target is not None:
            yield source, link.field, target


def check(families, files, featured):
    """Every ``related`` pick, cross-family link and featured page (``files``: family name -> file
    name -> record) names a page file that exists."""

    def missing(family, name):
        return f"names {name!r}, which is not a file in {shown_path(Path(family.folder) / family.items)}"

    for family in families:
        for item in files[family.name].values():
            for number, pick in enumerate(item.get("related", [], list)):
                if pick not in files[family.name]:
                    raise item.error(missing(family, pick), f"related[{number}]")
    for family, field, target in page_links(families):
        for item in files[family.name].values():
            wanted = item.get(field, kind=str)
            if wanted is not None and wanted not in files[target.name]:
                raise item.error(missing(target, wanted), field)
    for record in featured:
        for number, reference in enumerate(record.get("featured", [], list)):
            name, _slash, slug = str(reference).partition("/")
            if name in files and slug not in files[name]:
                raise record.error(f"names {reference!r}; {name} has no file {slug!r}", f"featured[{number}]")


def link_families(demo, families, files):
    """Point each edition at the linked page of its own language, where that language has one."""
    for family, field, target in page_links(families):
        for slug, item in files[family.name].items():
            wanted = demo.pages[target.name].get(item.get(field), {})
            editions = demo.pages[family.name].get(slug, {})
            for code, page in editions.items():
                other = wanted.get(code)
                if other is None:
                    continue
                page = type(page).objects.get(pk=page.pk)
                if getattr(page, f"{field}_id") != other.pk:
                    setattr(page, field, other)
                    editions[code] = publish(page)
