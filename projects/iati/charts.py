"""Grouped bar charts drawn on the server as SVG geometry: the template only places the shapes.

Nothing here knows about indicators or languages: a chart is groups (one per period) of bars
(one per series, target and actual), a value scale from zero to a round top, and tick labels
written by the caller's formatter. No JavaScript and nothing fetched from elsewhere, so the
chart is part of the kept page fragment and obeys the Content-Security-Policy. The page shows
the same numbers in a table; the chart is one image with a one-sentence summary.

The scale's rounding is core's (``core.charts.nice_top``), shared with the admin's reports.
"""

from decimal import Decimal

from core.charts import nice_top

WIDTH, HEIGHT = 360, 184
MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM = 10, 6, 36
FONT_SIZE = 12
#: Roughly how wide a character of the chart's font is, in the chart's units: a digit or sign of a
#: tick label (to leave room for the longest), and an average letter of a period's label.
CHARACTER_WIDTH = 7.4
LETTER_WIDTH = 6.2
BAR_WIDTH_MAX = 30
GROUP_PADDING = 0.22  # share of a group's width left empty between groups


def _svg(number):
    """A coordinate as SVG reads it: a string, so the template cannot write it as ``34,4`` in
    Ukrainian (Django localizes numbers in templates; SVG accepts only the point)."""
    return f"{float(number):.1f}".removesuffix(".0")


def grouped_bar_chart(groups, series_count, *, format_tick="{:f}".format, top=None, reference=None):
    """What ``projects/iati/chart.html`` draws.

    ``groups``: ``[(label_lines, [value or None, … one per series]), …]``; a missing value draws no
    bar. ``top``: the scale's top when the caller knows it (100 for a share); otherwise the round
    number above the largest value. ``reference``: a value drawn as a dashed line (the baseline).
    ``format_tick``: writes a tick's value in the reader's language.
    """
    groups = list(groups)
    values = [value for _lines, group in groups for value in group if value is not None]
    if reference is not None:
        values.append(reference)
    highest = max([Decimal(0), *values])
    lowest = min([Decimal(0), *values])
    scale_top = max(Decimal(top), highest) if top is not None else highest
    scale_bottom = -nice_top(-lowest)
    # Nothing but zeros still gets a scale, so its ticks are not three zeros on one line.
    scale_top = nice_top(scale_top) or (Decimal(0) if scale_bottom else Decimal(1))
    span = (scale_top - scale_bottom) or Decimal(1)

    ticks = [scale_bottom, Decimal(0), scale_top] if scale_bottom < 0 else [Decimal(0), scale_top / 2, scale_top]
    tick_labels = [format_tick(tick) for tick in ticks]
    margin_left = 12 + CHARACTER_WIDTH * max(len(label) for label in tick_labels)
    plot_left, plot_right = margin_left, WIDTH - MARGIN_RIGHT
    plot_top, plot_bottom = MARGIN_TOP, HEIGHT - MARGIN_BOTTOM
    plot_width, plot_height = plot_right - plot_left, plot_bottom - plot_top

    def y_of(value):
        return plot_top + plot_height * float((scale_top - Decimal(value)) / span)

    zero_y = y_of(0)
    step = plot_width / max(len(groups), 1)
    bar_width = min(BAR_WIDTH_MAX, step * (1 - GROUP_PADDING) / max(series_count, 1))
    label_width = LETTER_WIDTH * max((len(line) for lines, _group in groups for line in lines), default=1)
    # Every n-th period is labelled when all labels side by side would not fit.
    label_every = max(1, -(-int(label_width + 6) // max(int(step), 1)))

    bars, labels = [], []
    for index, (lines, group) in enumerate(groups):
        centre = plot_left + (index + 0.5) * step
        first_x = centre - bar_width * series_count / 2
        for series, value in enumerate(group):
            if value is None:
                continue
            y = y_of(value)
            bars.append(
                {
                    "series": series,
                    "group": index,
                    "value": value,
                    "x": _svg(first_x + series * bar_width + 1),
                    "y": _svg(min(y, zero_y)),
                    "width": _svg(max(bar_width - 2, 1)),
                    # A zero still shows as a hairline, so "zero" and "no figure" look different.
                    "height": _svg(max(abs(zero_y - y), 1)),
                }
            )
        if index % label_every == 0:
            labels.append({"x": _svg(centre), "lines": list(lines)})

    return {
        "width": str(WIDTH),
        "height": str(HEIGHT),
        "font_size": str(FONT_SIZE),
        "bars": bars,
        "labels": labels,
        "label_y": _svg(plot_bottom + FONT_SIZE + 4),
        "line_height": str(FONT_SIZE + 2),
        "ticks": [
            {"label": label, "y": _svg(y_of(tick)), "x": _svg(plot_left - 6)}
            for tick, label in zip(ticks, tick_labels, strict=True)
        ],
        "plot_left": _svg(plot_left),
        "plot_right": _svg(plot_right),
        "zero_y": _svg(zero_y),
        "reference_y": _svg(y_of(reference)) if reference is not None else None,
    }
