"""The table on the terminal and the JSON file in ``bench/results/``."""

import json

COLUMNS = ("figure", "measured", "baseline", "ratio", "goal", "result")


def _number(value, unit=""):
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.2f}"
    return f"{text} {unit}".strip()


def rows(figures):
    for figure in figures:
        result = {True: "pass", False: "FAIL", None: "info"}[figure.passed]
        ratio = f"{figure.ratio:.2f}" if figure.ratio is not None else "—"
        unit = figure.unit if figure.baseline_unit is None else figure.baseline_unit
        baseline = _number(figure.baseline, unit)
        if figure.baseline_label:
            baseline = f"{baseline} ({figure.baseline_label})"
        yield (f"{figure.key}. {figure.title}", _number(figure.measured, figure.unit), baseline, ratio, figure.goal, result)


def table(figures):
    lines = [COLUMNS, *rows(figures)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(COLUMNS))]
    rule = "-+-".join("-" * width for width in widths)
    out = []
    for number, line in enumerate(lines):
        out.append(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if number == 0:
            out.append(rule)
    return "\n".join(out)


def markdown(figures):
    """The same table for README "Benchmarks"."""
    out = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    out += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows(figures)]
    return "\n".join(out)


def write(path, meta, figures):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**meta, "figures": [figure.as_json() for figure in figures]}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
