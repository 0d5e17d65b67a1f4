"""The visitor's form: the editor's fields (Wagtail's form builder), then the consent the page
asks for and a honeypot no person sees.

The two fields the page adds have names an editor's label cannot produce (Wagtail turns labels
into single-underscore snake case), so they never collide with a field the editor made.
"""

import datetime as dt

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

#: The consent checkbox every form page ends with; its value is stored with the answers.
CONSENT_FIELD = "consent__given"
#: Hidden from people (off screen, ``aria-hidden``, out of the tab order, no autofill): a value in
#: it was typed by a program (``FormPage.serve``).
HONEYPOT_FIELD = "website__address"
#: Longest answer a multi-line field takes: a letter, not a book.
MULTILINE_MAX_LENGTH = 5000


class FormPageForm(BaseForm):
    """What the form builder's fields become, plus consent and the honeypot."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.page is not None:
            self.fields[CONSENT_FIELD] = forms.BooleanField(
                label=self.page.consent_label(),
                error_messages={"required": _("Please agree to how we keep your answers: without it we cannot accept them.")},
            )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    @property
    def visitor_fields(self):
        """The fields a person fills in, in order (the honeypot and hidden fields left out)."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def error_links(self):
        """``[(anchor, text)]`` for the summary above the form: each error, named by its field's label
        (the consent's message says what it is about: its label is a paragraph), links to the field
        (a group of choices to its first choice)."""
        links = []
        for field in self:
            if field.name == HONEYPOT_FIELD:
                continue
            # A hidden field (the editor's) cannot be reached: its error is said, not linked.
            anchor = None if field.is_hidden else f"{field.auto_id}_0" if field.use_fieldset else field.id_for_label
            for error in field.errors:
                links.append((anchor, error if field.name == CONSENT_FIELD else f"{field.label}: {error}"))
        return links

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def submission_data(self):
        """What is stored: the cleaned answers and the consent, not the honeypot."""
        data = dict(self.cleaned_data)
        data.pop(HONEYPOT_FIELD, None)
        return data

    def answers(self):
        """``[(label, text)]`` of the editor's fields, as a person reads them (for e-mails)."""
        rows = []
        for field in self:
            if field.name in (CONSENT_FIELD, HONEYPOT_FIELD) or field.name not in self.cleaned_data:
                continue
            rows.append((field.label, display_value(self.cleaned_data[field.name])))
        return rows


def display_value(value):
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dt.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return "" if value is None else str(value)


class FormPageFormBuilder(FormBuilder):
    """Wagtail's builder with bounds on free text and the browser's own date pickers (they work
    without JavaScript and send ISO dates, which every language's input formats accept)."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_date_field(self, field, options):
        options.setdefault("widget", forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}))
        return super().create_date_field(field, options)

    def create_datetime_field(self, field, options):
        options.setdefault("widget", forms.DateTimeInput(format="%Y-%m-%dT%H:%M", attrs={"type": "datetime-local"}))
        return super().create_datetime_field(field, options)

    def get_form_class(self):
        return type("FormPageForm", (FormPageForm,), self.formfields)
