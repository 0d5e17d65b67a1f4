"""Dates, ranges and money read the way each language writes them."""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

KYIV = ZoneInfo("Europe/Kyiv")


def render(language, source, **context):
    with translation.override(language):
        return Template("{% load portal_format %}" + source).render(Context(context)).strip()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("uk", "16 жовтня 2023 р. 09:00"),
        ("lt", "2023 m. spalio 16 d., 09:00"),
        ("et", "16. oktoober 2023, 09:00"),
        ("en", "16 October 2023, 09:00"),
    ],
)
def test_date_time_in_each_language(language, expected, settings):
    settings.TIME_ZONE = "Europe/Kyiv"
    moment = dt.datetime(2023, 10, 16, 9, 0, tzinfo=KYIV)
    assert render(language, "{{ moment|local_datetime }}", moment=moment) == expected


def test_lithuanian_date_uses_year_month_day_order():
    assert render("lt", "{{ day|local_date }}", day=dt.date(2015, 9, 16)) == "2015 m. rugsėjo 16 d."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("uk", "10–12\xa0жовт.\xa02023\u202fр."),
        ("en", "10–12\xa0Oct\xa02023"),
        ("lt", "2023\xa0spalio\xa010–12"),
        ("et", "10.–12.\xa0okt\xa02023"),
    ],
)
def test_date_range_within_a_month(language, expected):
    assert render(language, "{{ a|date_range:b }}", a=dt.date(2023, 10, 10), b=dt.date(2023, 10, 12)) == expected


def test_date_range_of_one_day_is_a_single_date():
    assert render("en", "{{ a|date_range:a }}", a=dt.date(2023, 10, 10)) == "10\xa0October\xa02023"


def test_month_range_for_project_periods():
    assert (
        render("en", "{{ a|month_range:b }}", a=dt.date(2017, 8, 1), b=dt.date(2017, 11, 30))
        == "August\u202f–\u2009November\xa02017"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("uk", "2\xa0266\xa0000\xa0₴"),
        ("en", "UAH\xa02,266,000"),
        ("et", "2\xa0266\xa0000\xa0UAH"),
        ("lt", "2\xa0266\xa0000\xa0UAH"),
    ],
)
def test_money_follows_cldr_for_the_language(language, expected):
    """Round sums without ``.00``; a currency code never glued to the digits (CLDR currencySpacing)."""
    assert render(language, "{{ amount|money:'UAH' }}", amount=Decimal("2266000")) == expected


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("en", "1250.5", "UAH\xa01,250.50"),
        ("uk", "1250.5", "1\xa0250,50\xa0₴"),
        ("en", "-1250", "-UAH\xa01,250"),
        ("et", "0", "0\xa0UAH"),
    ],
)
def test_money_shows_minor_units_only_when_there_are_some(language, amount, expected):
    assert render(language, "{{ amount|money:'UAH' }}", amount=Decimal(amount)) == expected


def test_money_with_bad_input_is_empty_or_plain_not_an_error():
    assert render("en", "{{ amount|money:'EUR' }}", amount="not a number") == ""
    assert render("en", "{{ amount|money:'EUR' }}", amount=None) == ""


def test_numbers_use_the_language_grouping():
    assert render("uk", "{{ n|number }}", n=1242) == "1\xa0242"
    assert render("en", "{{ n|number }}", n=1242) == "1,242"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "October 2023"), ("uk", "жовтень 2023\u202fр."), ("et", "oktoober 2023"), ("lt", "2023 m. spalis")],
)
def test_month_headings_follow_cldr(language, expected):
    assert render(language, "{{ day|month_year }}", day=dt.date(2023, 10, 1)) == expected


def test_ukrainian_dates_do_not_pad_the_day():
    assert render("uk", "{{ day|local_date }}", day=dt.date(2024, 3, 1)) == "1 березня 2024 р."
