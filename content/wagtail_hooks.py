"""The content family's hooks: the accessibility statement is linked from the footer of every page
of its language, and statements due for their yearly review are listed on the admin home page,
with a link to edit each (the edit view warns too, see ``content.panels``)."""

from django.db.models.functions import Coalesce
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.footer_links import FOOTER_LINK_HOOK
from core.visibility import public

from .models import AccessibilityStatementPage


@hooks.register(FOOTER_LINK_HOOK)
def accessibility_statement(locale):
    """The Web Accessibility Directive wants the statement one click from every page."""
    return public(AccessibilityStatementPage.objects.order_by("path"), locale=locale)[:1]


class StatementsDueForReviewPanel(Component):
    """The statements this editor may change that have gone more than a year without review."""

    name = "accessibility_statements_due"
    template_name = "content/admin/statements_due_panel.html"
    order = 40  # above Wagtail's own panels: a legal duty with a date

    def __init__(self, statements):
        self.statements = statements

    def get_context_data(self, parent_context=None):
        return {"statements": self.statements}


def statements_due_for_review(user):
    """Due statements ``user`` may edit, the longest overdue first (one query, with the locale)."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return list(
        AccessibilityStatementPage.due_for_review()
        .filter(pk__in=editable.values("pk"))
        .select_related("locale")
        .annotate(checked=Coalesce("last_reviewed_on", "prepared_on"))
        .order_by("checked", "path")
    )


@hooks.register("construct_homepage_panels")
def add_statements_due_for_review_panel(request, panels):
    statements = statements_due_for_review(request.user)
    if statements:
        panels.append(StatementsDueForReviewPanel(statements))
