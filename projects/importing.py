"""A project imported from another system (``core.importing``).

Plone has no project type, so a project's period is read from ``start``/``end`` when the old site
added such fields, else from when the page was published — said in the report, for an editor
to correct."""


def fill_project(page, source):
    start, end = source.datetime("start"), source.datetime("end")
    if start is None:
        start = source.published_at
        source.warn("no project start in Plone: the period starts on the publication date; check it")
    page.start_date = start.astimezone(source.zone).date()
    page.end_date = end.astimezone(source.zone).date() if end and end >= start else None
    page.goal = source.text("description") or source.excerpt(300) or page.title
    page.summary = source.summary(600) or page.title
    page.hero_image = source.hero_image
