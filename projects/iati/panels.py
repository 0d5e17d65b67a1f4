"""The "IATI readiness" box at the top of the project editor's IATI tab."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from core.visibility import is_public

from .publisher import portal_publisher


class IatiReadinessPanel(Panel):
    """Says whether the saved project goes into the IATI file, and if not, every field to fix."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("IATI readiness"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "projects/iati/readiness_panel.html"

        @cached_property
        def problems(self):
            from .activity import export_problems

            if not self.instance.pk:
                return []  # a page being created: nothing saved to judge yet
            return export_problems(self.instance, portal_publisher(self.request))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["problems"] = self.problems
            context["saved"] = bool(page.pk)
            # Only a page visitors may read is in the file (a restricted or expired one is not).
            public = page.pk and page.live and page.url and is_public(page)
            context["iati_url"] = page.url + "iati.xml" if public else ""
            return context
