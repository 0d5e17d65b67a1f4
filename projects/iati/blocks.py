"""Results with indicators, as a StreamField on the project page.

A result (output, outcome or impact) has indicators; an indicator has a baseline and periods
with a target and an actual value. Titles, descriptions and comments are text that
wagtail-localize offers for translation; the numbers, dates and codes are kept in step across
languages. The page shows them as a table with a small bar chart (``projects/iati/results.html``)
and the IATI file exports them as ``result`` elements.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .kinds import IndicatorMeasure, ResultType


class IndicatorPeriodBlock(blocks.StructBlock):
    start = blocks.DateBlock(label=_("period start"))
    end = blocks.DateBlock(label=_("period end"))
    target = blocks.DecimalBlock(label=_("target"), required=False)
    actual = blocks.DecimalBlock(
        label=_("actual"), required=False, help_text=_("Leave empty until the period has started and there is a figure.")
    )
    comment = blocks.CharBlock(
        label=_("comment"), required=False, max_length=500, help_text=_("For a qualitative indicator, what was achieved.")
    )

    class Meta:
        label = _("period")
        icon = "date"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["start"] and value["end"] and value["end"] < value["start"]:
            errors["end"] = ValidationError(_("The period cannot end before it starts."))
        if value["actual"] is not None and value["start"] and value["start"] > timezone.localdate():
            errors["actual"] = ValidationError(_("A period that has not started has no actual value yet."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class IndicatorBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("indicator"), max_length=255, help_text=_("What is counted, e.g. “Residents voting”."))
    description = blocks.TextBlock(label=_("description"), required=False)
    measure = blocks.ChoiceBlock(choices=IndicatorMeasure.choices, default=IndicatorMeasure.UNIT, label=_("measured as"))
    ascending = blocks.BooleanBlock(
        label=_("higher is better"), required=False, default=True, help_text=_("Untick when the aim is to go down.")
    )
    baseline_year = blocks.IntegerBlock(label=_("baseline year"), required=False, min_value=1900, max_value=2100)
    baseline_value = blocks.DecimalBlock(label=_("baseline value"), required=False)
    baseline_comment = blocks.CharBlock(label=_("baseline comment"), required=False, max_length=500)
    periods = blocks.ListBlock(IndicatorPeriodBlock(), label=_("periods"), min_num=1)

    class Meta:
        label = _("indicator")
        icon = "order"

    def clean(self, value):
        value = super().clean(value)
        if value["baseline_value"] is not None and not value["baseline_year"]:
            raise StructBlockValidationError(
                block_errors={"baseline_year": ValidationError(_("Say which year the baseline value is from."))}
            )
        return value


class ResultBlock(blocks.StructBlock):
    result_type = blocks.ChoiceBlock(choices=ResultType.choices, default=ResultType.OUTPUT, label=_("type"))
    title = blocks.CharBlock(label=_("result"), max_length=255)
    description = blocks.TextBlock(label=_("description"), required=False)
    expected_result = blocks.IntegerBlock(
        label=_("expected result number"),
        required=False,
        min_value=1,
        help_text=_("The number of the item in the “Expected results” list (Scope tab) this result measures; it links the two."),
    )
    indicators = blocks.ListBlock(IndicatorBlock(), label=_("indicators"), min_num=1)

    class Meta:
        label = _("result")
        icon = "tick"
        template = "projects/iati/result.html"


class ResultsBlock(blocks.StreamBlock):
    result = ResultBlock()
