"""The reports' forms: what to report on and for which period. Anything a form cannot read is an
error shown on the form again, never a server error."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import FundingProgramme, Organisation

#: Longer periods are refused: a report over decades says little and reads many rows.
LONGEST_PERIOD = dt.timedelta(days=366 * 5)


def last_twelve_months(today=None):
    """From the first day of the month eleven months ago to today: twelve calendar months."""
    today = today or timezone.localdate()
    months = today.year * 12 + today.month - 1 - 11
    return dt.date(months // 12, months % 12 + 1, 1), today


class NamedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.locale.language_code})"


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data=None, **kwargs):
        start, end = last_twelve_months()
        data = data.copy() if data is not None else {}
        data.setdefault("start", start.isoformat())
        data.setdefault("end", end.isoformat())
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                self.add_error("end", _("The end of the period cannot be before its start."))
            elif end - start > LONGEST_PERIOD:
                self.add_error("start", _("Choose a period of at most five years."))
        return cleaned


class DonorReportForm(PeriodForm):
    donor = NamedChoiceField(
        label=_("Donor"),
        queryset=Organisation.objects.select_related("locale").order_by("name", "pk"),
        required=False,
    )
    programme = NamedChoiceField(
        label=_("Funding programme"),
        queryset=FundingProgramme.objects.select_related("locale").order_by("name", "pk"),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and bool(cleaned.get("donor")) == bool(cleaned.get("programme")):
            raise forms.ValidationError(_("Choose a donor or a funding programme (one of them)."))
        return cleaned

    @property
    def subject(self):
        return self.cleaned_data.get("donor") or self.cleaned_data.get("programme")
