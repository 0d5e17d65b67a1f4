from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import PageChooserPanel


class OptionalTypePageChooserPanel(PageChooserPanel):
    """A page chooser limited to another plugin's page type when that plugin is installed.

    Plugins must not import each other, yet a news article may point at an event. The type is
    named by label and resolved when the form is built; if the model does not exist, any page
    can be chosen.
    """

    def get_form_options(self):
        page_types = [self.page_type] if isinstance(self.page_type, str) else list(self.page_type or [])
        available = []
        for label in page_types:
            try:
                apps.get_model(label)
            except (LookupError, ValueError):
                continue
            available.append(label)
        original, self.page_type = self.page_type, available or None
        try:
            return super().get_form_options()
        finally:
            self.page_type = original


def content_page_tabs(*tabs, promote=()):
    """The editor of a content page: the family's own ``(heading, panels)`` tabs, then *Promote*
    (SEO fields, and ``promote`` — a mixin's own, like the legacy view count) and *Settings*: the
    same last two tabs everywhere."""
    from wagtail.admin.panels import ObjectList, TabbedInterface
    from wagtail.models import Page

    return TabbedInterface(
        [ObjectList(panels, heading=heading) for heading, panels in tabs]
        + [
            ObjectList(Page.promote_panels + list(promote), heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
