"""The project's admin form: the IATI rows checked together, as the IATI rules look at them.

One row cannot know that the sector shares add up to 120, or that two budget periods overlap;
the page form sees all rows, so it refuses those before anything is saved, with the error on
the row to change. The same rules run again on export (``projects.iati.readiness``), for data
that arrived another way (imports, the shell).
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.iati.codelists import codelist

HUNDRED = Decimal(100)


class ProjectPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        self.check_shares(
            [("iati_sectors", "code")],
            _("The sector percentages add up to %(total)s; with several sectors they add up to 100."),
        )
        # Countries and regions share one 100 percent (IATI rule).
        self.check_shares(
            [("iati_countries", "country"), ("iati_regions", "region")],
            _("The percentages of the recipient countries and regions add up to %(total)s; together they add up to 100."),
        )
        self.check_budget_periods()
        for name, field, list_name in (
            ("iati_sectors", "code", "Sector"),
            ("iati_countries", "country", "Country"),
            ("iati_regions", "region", "Region"),
        ):
            self.refuse_newly_withdrawn(name, field, list_name)
        return cleaned

    def kept_rows(self, name):
        """The valid, not deleted, not blank forms of the formset ``name``, validating it first."""
        formset = self.formsets.get(name)
        if formset is None or not formset.is_valid():
            return []
        return [
            form
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and not formset._should_delete_form(form)
        ]

    def check_shares(self, formsets, message):
        rows = [(form, field) for name, field in formsets for form in self.kept_rows(name)]
        shares = [form.cleaned_data.get("percentage") for form, _field in rows]
        if len(rows) < 2:
            return
        for form, _field in rows:
            if form.cleaned_data.get("percentage") is None:
                form.add_error("percentage", _("With several rows, give each a percentage."))
        known = [share for share in shares if share is not None]
        if len(known) == len(rows) and sum(known) != HUNDRED:
            last = rows[-1][0]
            last.add_error("percentage", message % {"total": f"{sum(known).normalize():f}"})
        seen = set()
        for form, field in rows:
            code = (field, form.cleaned_data.get(field))
            if code in seen:
                form.add_error(field, _("This one is already in the list."))
            seen.add(code)

    def check_budget_periods(self):
        rows = [
            form
            for form in self.kept_rows("iati_budgets")
            if form.cleaned_data.get("period_start") and form.cleaned_data.get("period_end")
        ]
        rows.sort(key=lambda form: form.cleaned_data["period_start"])
        for earlier, later in zip(rows, rows[1:], strict=False):
            same_type = earlier.cleaned_data.get("budget_type") == later.cleaned_data.get("budget_type")
            if same_type and later.cleaned_data["period_start"] <= earlier.cleaned_data["period_end"]:
                later.add_error(
                    "period_start", _("This period overlaps the one before it; budget periods of one type may not overlap.")
                )

    def refuse_newly_withdrawn(self, name, field, list_name):
        """A withdrawn code may stay where it was (it is still read), but not be chosen anew."""
        for form in self.kept_rows(name):
            code = form.cleaned_data.get(field)
            if code and not codelist(list_name).is_active(code) and code != form.initial.get(field):
                form.add_error(field, _("This code has been withdrawn from the IATI list; choose its replacement."))
