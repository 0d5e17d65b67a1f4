"""Charts drawn on the server (the admin's reports, a project's indicators) read their axis off a
round scale: a reader sees 0, a round middle and a round top, never 0 – 617 – 1234."""

from decimal import Decimal

import pytest

from core.charts import nice_top
from reports.charts import bar_chart


@pytest.mark.parametrize(
    ("value", "top"),
    [(0, 0), (-3, 0), (7, 8), (26, 30), (48, 50), (100, 100), (1234, 2000), ("0.7", "0.8"), ("0.05", "0.05")],
)
def test_the_scale_ends_at_a_round_number_at_or_above_the_highest_value(value, top):
    assert nice_top(value) == Decimal(str(top))


@pytest.mark.parametrize(
    ("views", "ticks"), [(0, [0, 0, 0]), (1, [0, 1, 2]), (3, [0, 2, 4]), (7, [0, 4, 8]), (1234, [0, 1000, 2000])]
)
def test_a_report_chart_counts_whole_views_on_every_tick(views, ticks):
    chart = bar_chart([("Monday", 0), ("Tuesday", views)])

    assert [tick["value"] for tick in chart["ticks"]] == ticks
    tallest = chart["bars"][1]
    assert tallest["y"] >= 0 and tallest["y"] + tallest["height"] == chart["axis_y"]  # within the chart, on the axis
