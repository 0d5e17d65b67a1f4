"""What every chart drawn on the server shares: a scale from zero up to a round number.

The admin's report charts (``reports.charts``) and the indicator charts on project pages
(``projects.iati.charts``) both draw their axis to the top this gives, with a middle tick.
"""

from decimal import Decimal


def nice_top(value):
    """A round top for a scale holding ``value``, whose half is round too (the middle tick):
    0 → 0, 7 → 8, 26 → 30, 48 → 50, 1234 → 2000, 0.7 → 0.8, 100 → 100."""
    value = Decimal(value)
    if value <= 0:
        return Decimal(0)
    magnitude = Decimal(10) ** value.adjusted()  # the power of ten of the leading digit
    for factor in (1, 2, 3, 4, 5, 6, 8, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
