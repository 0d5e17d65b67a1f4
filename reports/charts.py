"""Bar charts drawn on the server as SVG geometry: the template only places the rectangles.

No JavaScript and nothing fetched from elsewhere: the chart is part of the admin page, each bar
carries a ``<title>`` (its label and value) and the page adds the same numbers as a table for
screen readers.
"""

from core.charts import nice_top

WIDTH, HEIGHT = 720, 240
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 56, 28, 12
GAP = 4


def bar_chart(points):
    """``points``: ``[(label, value), …]`` → what ``reports/includes/bar_chart.html`` draws."""
    points = list(points)
    top = max((value for _label, value in points), default=0)
    scale_top = int(nice_top(top))
    scale_top += scale_top % 2  # an even top: the middle tick stays a whole number of views
    plot_width = WIDTH - MARGIN_LEFT
    plot_height = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    step = plot_width / len(points) if points else plot_width
    bars = []
    for i, (label, value) in enumerate(points):
        height = round(plot_height * value / scale_top, 1) if scale_top else 0
        bars.append(
            {
                "label": label,
                "value": value,
                "x": round(MARGIN_LEFT + i * step + GAP / 2, 1),
                "y": round(MARGIN_TOP + plot_height - height, 1),
                "width": round(max(step - GAP, 1), 1),
                "height": height,
                "label_x": round(MARGIN_LEFT + (i + 0.5) * step, 1),
            }
        )
    ticks = [{"value": round(scale_top * share), "y": round(MARGIN_TOP + plot_height * (1 - share), 1)} for share in (0, 0.5, 1)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "ticks": ticks,
        "axis_x": MARGIN_LEFT,
        "axis_y": HEIGHT - MARGIN_BOTTOM,
        "label_y": HEIGHT - MARGIN_BOTTOM + 18,
        "tick_x": MARGIN_LEFT - 6,
    }
