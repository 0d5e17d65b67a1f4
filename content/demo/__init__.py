"""Plain content pages in the demo (``pages/``, e.g. "About the portal"), right under each home
page: the type Plone's Documents become on import. Content comes last in INSTALLED_APPS, so
these come last in the main menu.

The site's accessibility statement (``statements/``) is here too, a page type of its own: the
dates of its preparation and review, and its list of non-accessible content — why each item is
not accessible in ``[[non_accessible]]`` (with the date it will be fixed by), what it is in each
language's ``[[<code>.non_accessible]]``, one entry for one entry.
"""

from pathlib import Path

from core.demo import dates
from core.demo.blocks import paragraphs
from core.demo.families import PageFamily

from ..blocks import NonAccessibleContentBlock
from ..models import AccessibilityStatementPage, ContentPage

REASONS = tuple(NonAccessibleContentBlock.base_blocks)


def non_accessible_content(statement, code, today):
    """The StreamField of non-accessible items: the shared reason and date, this language's words."""
    items, shared_items = [], statement.records("non_accessible")
    for shared, words in zip(shared_items, statement.language(code).records("non_accessible"), strict=True):
        reason = shared.require("reason")
        if reason not in REASONS:
            raise shared.error(f"should be one of {', '.join(REASONS)}", "reason")
        item = {
            "description": paragraphs(words.require("description")),
            "success_criterion": words.get("criterion", "", str),
            "fix_by": dates.date(shared, "fix_by", today),
            "alternative": words.get("alternative", "", str),
        }
        items.append((reason, item))
    return items


def statement_fields(statement, code, demo):
    return {
        "prepared_on": dates.date(statement, "prepared_on", demo.today),
        "last_reviewed_on": dates.date(statement, "last_reviewed_on", demo.today),
        "non_accessible_content": non_accessible_content(statement, code, demo.today),
    }


DEMO = (
    PageFamily(page_model=ContentPage, folder=Path(__file__).parent, items="pages"),
    PageFamily(
        page_model=AccessibilityStatementPage,
        folder=Path(__file__).parent,
        items="statements",
        name="statements",
        required=("title", "organisation_name", "website_name", "scope", "prepared_on"),
        dates=("prepared_on", "last_reviewed_on"),
        parallel=("non_accessible",),
        fields=statement_fields,
    ),
)
