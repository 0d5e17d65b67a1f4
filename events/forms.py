"""The event's admin form: weekdays as tick boxes, and date changes checked against the series."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .recurrence import WEEKDAY_CHOICES, DateChange, Recurrence, Repeat, expand, split_weekdays
from .span import EventSpan


class EventPageForm(WagtailAdminPageForm):
    repeat_weekdays = forms.MultipleChoiceField(
        choices=WEEKDAY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For weekly series; none ticked means the first date's weekday."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["repeat_weekdays"].label = capfirst(self.instance._meta.get_field("repeat_weekdays").verbose_name)
        # The model keeps "MO,TH"; the boxes want a list.
        self.initial["repeat_weekdays"] = list(split_weekdays(self.instance.repeat_weekdays))

    def clean_repeat_weekdays(self):
        chosen = set(self.cleaned_data.get("repeat_weekdays") or ())
        return ",".join(code for code, _label in WEEKDAY_CHOICES if code in chosen)

    def clean(self):
        cleaned = super().clean()
        self.check_date_changes(cleaned)
        return cleaned

    def check_date_changes(self, cleaned):
        """A cancelled date must be one of the series' dates; an extra one must not already be."""
        formset = self.formsets.get("date_changes")
        start_date = cleaned.get("start_date")
        if formset is None or not start_date or not formset.is_valid():
            return
        changes = [
            form
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("date")
        ]
        if not changes:
            return
        recurrence = Recurrence(
            cleaned.get("repeat") or Repeat.NEVER,
            cleaned.get("repeat_interval") or 1,
            split_weekdays(cleaned.get("repeat_weekdays")),
            cleaned.get("repeat_until"),
            cleaned.get("repeat_count"),
        )
        if recurrence.errors(start_date):
            return  # the model's clean names the problem with the series itself
        zone_name = cleaned.get("time_zone") or self.instance.time_zone
        span = EventSpan(start_date, cleaned.get("start_time"), zone_name=zone_name)
        rule = recurrence.rule(start_date, span.is_whole_day, span.zone)
        series = {moment.date() for moment in expand(rule, span.starts_at)}
        for form in changes:
            day, change = form.cleaned_data["date"], form.cleaned_data.get("change")
            if change == DateChange.CANCELLED and day not in series:
                form.add_error("date", _("This is not one of the series' dates."))
            elif change == DateChange.ADDED and day in series:
                form.add_error("date", _("The series already has a session on this date."))
