"""The edit view's reminder that an accessibility statement is due for its yearly review."""

from wagtail.admin.panels import Panel


class ReviewReminderPanel(Panel):
    """A warning at the top of the statement's form, shown only while the statement is more than a
    year past its last review (``AccessibilityStatementPage.review_due``); it has no field."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "content/admin/review_reminder_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "review_due", False))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["checked_on"] = self.instance.checked_on
            context["reviewed"] = self.instance.last_reviewed_on is not None
            return context
