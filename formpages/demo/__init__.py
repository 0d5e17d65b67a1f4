"""Form pages in the demo (``forms/``), right under each home page: one file per form, four
languages side by side.

Besides the page fields (``capacity``, ``waitlist``, ``retention_days`` shared at the top; title,
lead, body, button, e-mail and thank-you texts in each language), a file has:

* ``[[fields]]``: the form's fields — the ``name`` answers are stored under (the same in every
  language, so the submissions of all languages have the same columns), the ``type`` (one of
  Wagtail's: singleline, email, radio, dropdown, …) and ``required`` (default true); each
  language's ``[[<code>.fields]]`` gives the words of the same fields, one for one: ``label``,
  ``help_text``, ``choices`` (one per line);
* ``[[<code>.submissions]]``: answers already sent in that language (field name = answer; the
  first e-mail field's answer is the submission's address). They go through the page's own
  rules, so past the capacity they join the waiting list; they are spread over the last days
  and added once, to a form that has none.
"""

import datetime as dt
import uuid
from pathlib import Path

from django.utils import timezone
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

from core.demo.families import PageFamily

from ..forms import CONSENT_FIELD
from ..models import FormField, FormPage

FIELD_TYPES = dict(FORM_FIELD_CHOICES)
CHOICE_TYPES = ("checkboxes", "dropdown", "multiselect", "radio")
#: Demo submissions arrive one every this long, the last one now.
SUBMISSION_SPACING = dt.timedelta(hours=13)
#: Form fields of one form share a translation key across languages (as wagtail-localize's own
#: translations do), derived from the file and the field's name so reloading finds the same.
FIELD_KEYS = uuid.UUID("6f4b2f0e-5d3c-4b8e-9a51-3c0f6a1d2e77")


def form_fields(item, code, demo):
    shared, words = item.records("fields"), item.language(code).records("fields")
    return {
        "form_fields": [
            FormField(
                clean_name=field.require("name"),
                field_type=field.require("type"),
                required=field.get("required", True, bool),
                label=text.require("label"),
                help_text=text.get("help_text", "", str),
                choices=text.get("choices", "", str).strip(),
                sort_order=number,
                translation_key=uuid.uuid5(FIELD_KEYS, f"{item.file.stem}/{field.get('name')}"),
            )
            for number, (field, text) in enumerate(zip(shared, words, strict=True))
        ]
    }


class FormPageFamily(PageFamily):
    """A page family whose pages also receive the submissions their files list."""

    def check(self, item, vocabulary):
        super().check(item, vocabulary)
        names = []
        for field in item.records("fields"):
            names.append(field.require("name"))
            if field.require("type") not in FIELD_TYPES:
                raise field.error(f"should be one of {', '.join(FIELD_TYPES)}", "type")
            field.get("required", True, bool)
        for code, language in item.languages.items():
            texts = language.records("fields")
            for field, text in zip(item.records("fields"), texts, strict=True):
                text.require("label")
                if field.get("type") in CHOICE_TYPES:
                    text.require("choices")
            choices = {
                field.get("name"): text.get("choices", "").splitlines()
                for field, text in zip(item.records("fields"), texts, strict=True)
                if field.get("type") in CHOICE_TYPES
            }
            for entry in language.records("submissions"):
                for key, value in entry.data.items():
                    if key not in names:
                        raise entry.error(f"is not a field of this form ({', '.join(names)})", key)
                    if key in choices and value not in choices[key]:
                        raise entry.error(f"should be one of the [{code}] choices: {', '.join(choices[key])}", key)

    def load(self, demo, index, items):
        super().load(demo, index, items)
        added = 0
        for slug, editions in demo.pages[self.name].items():
            for code, page in editions.items():
                entries = items[slug].language(code).records("submissions")
                if entries and not page.get_submissions().exists():
                    added += add_submissions(page, code, entries)
        if added:
            demo.log(f"Form submissions: {added}.")


def add_submissions(page, code, entries):
    """Send ``entries`` to ``page`` as visitors would (no e-mail), the oldest first."""
    now = timezone.now()
    for number, entry in enumerate(entries):
        email = entry.get(page.email_field_name() or "", "")
        submission = page.store_submission({**entry.data, CONSENT_FIELD: True}, language=code, email=email)
        submitted = now - SUBMISSION_SPACING * (len(entries) - number)
        type(submission).objects.filter(pk=submission.pk).update(submit_time=submitted)
    return len(entries)


DEMO = FormPageFamily(
    page_model=FormPage,
    folder=Path(__file__).parent,
    items="forms",
    required=("title", "lead"),
    parallel=("fields",),
    fields=form_fields,
)
