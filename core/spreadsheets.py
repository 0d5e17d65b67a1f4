"""Cells for files people open in a spreadsheet (CSV, XLSX): what both the open data and the
reports write, so text typed by an editor is never run as a formula (OWASP "CSV injection")."""

#: What a spreadsheet would read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain_cell(value):
    """A cell shown as written: dates in ISO 8601, a would-be formula with a leading ``'``."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
