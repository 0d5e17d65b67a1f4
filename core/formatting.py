"""Locale-aware dates, ranges, numbers and money.

Single dates and times use Django's locale formats (``16 жовтня 2023 р. 09:00``,
``2015 m. rugsėjo 16 d.``); date ranges, numbers and currencies use Babel, i.e. CLDR, which
knows how each language writes an interval (``10–12 жовт. 2023 р.``) and a sum of money
(``2 266 000,00 ₴``). Everything formats in the *active* language.
"""

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from babel import Locale as BabelLocale
from babel.dates import format_interval, format_skeleton
from babel.numbers import UnknownCurrencyError, format_currency, format_decimal
from django.utils import timezone
from django.utils.formats import date_format

from .languages import current_language

# Babel locales whose conventions match ours: English is written the European way here,
# consistent with core/formats/en (day before month, 24-hour clock).
BABEL_LOCALES = {"en": "en_GB"}


def babel_locale(language=None):
    language = language or current_language()
    return BABEL_LOCALES.get(language, language)


def as_local(value, tzinfo=None):
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        return timezone.localtime(value, tzinfo)
    return value


def format_date(value):
    if not value:
        return ""
    value = as_local(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return date_format(value, "DATE_FORMAT")


def format_datetime(value, tzinfo=None):
    if not value:
        return ""
    return date_format(as_local(value, tzinfo), "DATETIME_FORMAT")


def format_time(value, tzinfo=None):
    if not value:
        return ""
    return date_format(as_local(value, tzinfo), "TIME_FORMAT")


def format_month(value):
    """``October 2023``, ``жовтень 2023 р.``, ``2023 m. spalis`` — a month as CLDR writes it."""
    if not value:
        return ""
    value = as_local(value)
    return format_skeleton("yMMMM", value, locale=babel_locale())


def format_date_range(start, end=None, *, months_only=False):
    """``10–12 Oct 2023``; a single date when ``end`` is missing or the same day."""
    if not start:
        return ""
    start = as_local(start)
    end = as_local(end)
    start_day = start.date() if isinstance(start, dt.datetime) else start
    end_day = end.date() if isinstance(end, dt.datetime) else end
    if months_only:
        if not end_day or (start_day.year, start_day.month) == (end_day.year, end_day.month):
            return _whole_dates(date_format(start_day, "YEAR_MONTH_FORMAT"))
        return _whole_dates(format_interval(start_day, end_day, "yMMMM", locale=babel_locale()))
    if not end_day or end_day == start_day:
        return _whole_dates(format_date(start_day))
    return _whole_dates(format_interval(start_day, end_day, "yMMMMd", locale=babel_locale()))


# The dash between two dates with a space on each side (a word space or CLDR's thin one).
_RANGE_DASH = re.compile(r"(\xa0|\u2009)–(\xa0|\u2009)")
_NO_BREAK = {"\xa0": "\xa0", "\u2009": "\u202f"}
_BREAK = {"\xa0": " ", "\u2009": "\u2009"}


def _whole_dates(text):
    """A range may break after its dash, never inside one of its dates ("May 2022 –" / "October
    2023", not "May 2022 – October" / "2023"): on a phone a long range takes two lines. Spaces
    become no-break ones, but for the one after the dash (``<time class="date-range">``)."""
    text = text.replace(" ", "\xa0")
    return _RANGE_DASH.sub(lambda match: _NO_BREAK[match[1]] + "–" + _BREAK[match[2]], text)


def _as_decimal(amount):
    if amount is None or amount == "":
        return None
    try:
        return Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return None


# CLDR's currencySpacing: a code or symbol ending (or starting) in a letter is kept apart from the
# digits by a no-break space (``UAH 2,266,000``, never ``UAH2,266,000``); Babel does not apply it.
_LETTER_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
_DIGIT_THEN_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])")


def format_money(amount, currency):
    """``2 266 000 ₴`` in uk, ``UAH 2,266,000`` in en, ``€1,250.50`` with cents; '' for missing or invalid input.

    Minor units are written only when there are some: budgets are round sums, and ``.00`` on
    every figure is noise.
    """
    amount = _as_decimal(amount)
    if amount is None:
        return ""
    locale = babel_locale()
    options = {}
    if amount == amount.to_integral_value():
        # The language's own currency pattern without its fraction part.
        pattern = BabelLocale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
        options = {"format": re.sub(r"\.0+", "", pattern), "currency_digits": False}
        amount = amount.to_integral_value()
    try:
        text = format_currency(amount, (currency or "").upper(), locale=locale, **options)
    except (UnknownCurrencyError, ValueError):
        return f"{format_number(amount)} {currency}".strip()
    return _DIGIT_THEN_LETTER.sub("\xa0", _LETTER_THEN_DIGIT.sub("\xa0", text))


def format_number(value, decimals=None):
    number = _as_decimal(value)
    if number is None:
        return ""
    pattern = None
    if decimals is not None:
        pattern = "#,##0" + ("." + "0" * int(decimals) if int(decimals) > 0 else "")
    return format_decimal(number, format=pattern, locale=babel_locale())
