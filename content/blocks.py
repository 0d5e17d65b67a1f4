"""The list of non-accessible content in an accessibility statement.

The EU model statement (Commission Implementing Decision (EU) 2018/1523) sorts what is not
accessible by *why*: it breaks the law and is still to be fixed, fixing it would be a
disproportionate burden, or the law does not cover it. Each reason is a block type of its own, so
an editor adds an item under the reason it belongs to and the page shows the three groups in the
model's order; every item has the same shape.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

ITEM_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul"]


class NonAccessibleItemBlock(blocks.StructBlock):
    """One thing readers cannot use, what rule it breaks, and when or how that changes."""

    description = blocks.RichTextBlock(
        label=_("what is not accessible"),
        features=ITEM_TEXT_FEATURES,
        help_text=_(
            "Say which content or function it is and what readers cannot do with it, e.g. “Scanned council decisions"
            " of 2019–2024 have no text, so screen readers cannot read them.”"
        ),
    )
    success_criterion = blocks.CharBlock(
        label=_("WCAG success criterion"),
        required=False,
        max_length=120,
        help_text=_("Optional: the number and name of the criterion it fails, e.g. “1.1.1 Non-text content”."),
    )
    fix_by = blocks.DateBlock(
        label=_("to be fixed by"),
        required=False,
        help_text=_("Optional: the date by which you plan to make it accessible."),
    )
    alternative = blocks.TextBlock(
        label=_("accessible alternative"),
        required=False,
        max_length=600,
        help_text=_("Optional: how readers can get the same information meanwhile, e.g. “Ask us for a text version by e-mail.”"),
    )

    class Meta:
        icon = "warning"


class NonAccessibleContentBlock(blocks.StreamBlock):
    """The three reasons of the model statement, in its order (the page groups items by them)."""

    non_compliance = NonAccessibleItemBlock(
        label=_("Non-compliance with the legislation"),
        help_text=_("Content that does not meet the requirements yet and that you will fix."),
    )
    disproportionate_burden = NonAccessibleItemBlock(
        label=_("Disproportionate burden"),
        help_text=_(
            "Content you do not make accessible for now because it would cost more than your organisation can"
            " reasonably bear; say what readers can do instead."
        ),
    )
    outside_scope = NonAccessibleItemBlock(
        label=_("Content not within the scope of the applicable legislation"),
        help_text=_(
            "Content the law does not cover, e.g. office documents published before 23 September 2018, live video"
            " or maps (as long as the same information is given in another way)."
        ),
    )

    class Meta:
        required = False
