"""The project page's "Results and indicators": what a visitor reads for each result block.

The StreamField (``projects.iati.blocks``) holds codes, dates and decimals; this module turns one
result into labels, figures written the way the page's language writes them, and the bar chart's
geometry (``projects.iati.charts``), so the templates only place them. It also links each result
to the item of the "Expected results" list it measures. No queries: everything is in the block.
"""

import calendar
import datetime as dt
import itertools
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.dates import format_interval, format_skeleton
from babel.numbers import format_percent
from django.utils.translation import gettext as _

from core.formatting import babel_locale, format_date_range, format_number

from .charts import grouped_bar_chart
from .kinds import IndicatorMeasure, ResultType

TARGET, ACTUAL = 0, 1


def result_anchor(number):
    return f"result-{number}"


def expected_anchor(number):
    return f"expected-result-{number}"


def measured_by(results):
    """``{expected result number: anchor of the first result measuring it}`` for the page's results."""
    anchors = {}
    for number, block in enumerate(results, start=1):
        expected = block.value.get("expected_result")
        if expected:
            anchors.setdefault(expected, result_anchor(number))
    return anchors


# --- figures -------------------------------------------------------------------------------------
def format_share(value):
    """``12.5%`` in English, ``12,5 %`` in Lithuanian: a percentage as the language writes it."""
    return format_percent(Decimal(value) / 100, locale=babel_locale(), decimal_quantization=False)


def format_figure(value, measure):
    if value is None:
        return ""
    return format_share(value) if measure == IndicatorMeasure.PERCENTAGE else format_number(value)


# --- periods -------------------------------------------------------------------------------------
def whole_months(start, end):
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def whole_year(start, end):
    return start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31)


def period_label(start, end):
    """``2024``, ``January–June 2024``, or the exact dates: the table's row heading."""
    if whole_year(start, end):
        return str(start.year)
    return format_date_range(start, end, months_only=whole_months(start, end))


def short_period_lines(start, end):
    """A period in at most two short lines under its bars: ``["2024"]``, ``["Jan – Jun", "2024"]``…"""
    locale = babel_locale()
    if whole_year(start, end):
        return [str(start.year)]
    if whole_months(start, end) and start.year == end.year:
        if start.month == end.month:
            return [babel_format_date(start, "LLL", locale=locale), str(start.year)]
        return [format_interval(start, end, "MMM", locale=locale), str(start.year)]
    skeleton = "yMM" if whole_months(start, end) else "yMd"
    return [format_skeleton(skeleton, start, locale=locale) + "\u2009–", format_skeleton(skeleton, end, locale=locale)]


# --- one indicator, one result -------------------------------------------------------------------
def chart_summary(title, rows):
    """The chart's one-sentence description for screen readers; the table beside it has every figure."""
    summary = _("Bar chart of the target and the actual value of “%(title)s” in each period; the table gives the figures.") % {
        "title": title
    }
    measured = [row for row in rows if row["actual"]]
    if not measured:
        return summary
    latest = measured[-1]
    if latest["target"]:
        latest_text = _("Latest, %(period)s: %(actual)s against a target of %(target)s.") % latest
    else:
        latest_text = _("Latest, %(period)s: %(actual)s.") % latest
    return f"{summary} {latest_text}"


def indicator_chart(indicator, measure, rows):
    """The bar chart's geometry, or ``None`` when there is nothing to draw (words, or no figures yet)."""
    periods = indicator["periods"]
    if measure == IndicatorMeasure.QUALITATIVE or not any(
        value is not None for period in periods for value in (period["target"], period["actual"])
    ):
        return None
    chart = grouped_bar_chart(
        [(short_period_lines(period["start"], period["end"]), [period["target"], period["actual"]]) for period in periods],
        series_count=2,
        format_tick=lambda value: format_figure(value, measure),
        reference=indicator["baseline_value"],
    )
    labels = {TARGET: _("target"), ACTUAL: _("actual")}
    for bar in chart["bars"]:
        # A mouse user's tooltip: "Jan – Jun 2024, target: 60%".
        bar["title"] = "{period}, {series}: {value}".format(
            period=rows[bar["group"]]["period"], series=labels[bar["series"]], value=format_figure(bar["value"], measure)
        )
        bar["kind"] = "target" if bar["series"] == TARGET else "actual"
    chart["summary"] = chart_summary(indicator["title"], rows)
    return chart


def indicator_view(indicator, anchor):
    measure = indicator["measure"] or IndicatorMeasure.UNIT
    rows = [
        {
            "period": period_label(period["start"], period["end"]),
            "target": format_figure(period["target"], measure),
            "actual": format_figure(period["actual"], measure),
            "comment": period["comment"],
        }
        for period in indicator["periods"]
    ]
    baseline = None
    if indicator["baseline_value"] is not None or indicator["baseline_comment"]:
        year = indicator["baseline_year"]
        baseline = {
            "label": _("Baseline (%(year)s)") % {"year": year} if year else _("Baseline"),
            "value": format_figure(indicator["baseline_value"], measure),
            "comment": indicator["baseline_comment"],
            "year": year,
        }
    return {
        "id": anchor,
        "title": indicator["title"],
        "description": indicator["description"],
        "qualitative": measure == IndicatorMeasure.QUALITATIVE,
        "lower_is_better": not indicator["ascending"],
        "rows": rows,
        "baseline": baseline,
        "chart": indicator_chart(indicator, measure, rows),
    }


_fallback_numbers = itertools.count(1)


def result_view(value, anchor=None, expected_count=0):
    """One result block as the page shows it; ``anchor`` is its ``id`` (``result-2``).

    ``expected_count``: how many items the "Expected results" list has, so a result names (and
    links to) the item it measures only when that item is on the page.
    """
    anchor = anchor or f"result-x{next(_fallback_numbers)}"  # rendered on its own (a preview, say)
    expected = value.get("expected_result")
    result_type = value.get("result_type")
    return {
        "anchor": anchor,
        "type": ResultType(result_type).label if result_type in ResultType.values else "",
        "title": value["title"],
        "description": value["description"],
        "expected": expected if expected and expected <= expected_count else None,
        "expected_anchor": expected_anchor(expected) if expected else "",
        "indicators": [
            indicator_view(indicator, f"{anchor}-indicator-{number}")
            for number, indicator in enumerate(value["indicators"], start=1)
        ],
    }
