"""Links a page family adds to the footer of every page, without core naming the family.

The EU Web Accessibility Directive wants the accessibility statement one click from every page;
privacy notices and similar pages belong there too. A plugin registers a function with Wagtail's
hook registry in its ``wagtail_hooks.py``::

    @hooks.register(FOOTER_LINK_HOOK)
    def accessibility_statement(locale):
        return AccessibilityStatementPage.objects.live().public().filter(locale=locale)[:1]

Each function returns the live pages of one locale to link (a few, in a constant number of
queries). The footer shows their titles; the list is part of the chrome cache, renewed on every
publish (``core.signals``).
"""

from wagtail import hooks

FOOTER_LINK_HOOK = "register_footer_links"


def footer_links(locale):
    """``[{"title", "url"}]`` of every plugin's footer pages in ``locale`` (relative URLs)."""
    links = []
    for pages in hooks.get_hooks(FOOTER_LINK_HOOK):
        for page in pages(locale):
            links.append({"title": page.title, "url": page.url})
    return links
