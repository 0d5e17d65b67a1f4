""" "Most read" ranks per language over 7 days, 30 days or all time, legacy counts included."""

import datetime as dt

import pytest
from django.utils import timezone

from viewcounts.models import PageViewCount, PageViewDay
from viewcounts.most_read import most_read, most_read_with_fallback

pytestmark = pytest.mark.django_db


def views(page, days_ago, count):
    PageViewDay.objects.create(page=page, day=timezone.localdate() - dt.timedelta(days=days_ago), views=count)
    record, _ = PageViewCount.objects.get_or_create(page=page, defaults={"legacy": page.views_before_migration})
    record.total += count
    record.save()


def test_windows_rank_differently(news_indexes, article_factory):
    recent = article_factory(news_indexes["en"], "Popular this week")
    monthly = article_factory(news_indexes["en"], "Popular this month")
    classic = article_factory(news_indexes["en"], "Popular on the old site", views_before_migration=5000)
    views(recent, 1, 30)
    views(monthly, 20, 100)
    views(classic, 3, 1)

    assert [(p.title, n) for p, n in most_read(news_indexes["en"].locale, 7)] == [
        ("Popular this week", 30),
        ("Popular on the old site", 1),
    ]
    assert [p.title for p, _ in most_read(news_indexes["en"].locale, 30)][:2] == ["Popular this month", "Popular this week"]
    assert [(p.title, n) for p, n in most_read(news_indexes["en"].locale, None)][0] == ("Popular on the old site", 5001)


def test_most_read_is_per_language_and_skips_unpublished(news_indexes, article_factory):
    english = article_factory(news_indexes["en"], "English hit")
    ukrainian = article_factory(news_indexes["uk"], "Український хіт")
    draft = article_factory(news_indexes["en"], "Withdrawn")
    for page in (english, ukrainian, draft):
        views(page, 0, 10)
    draft.unpublish()

    assert [p.title for p, _ in most_read(news_indexes["uk"].locale, 7)] == ["Український хіт"]
    assert [p.title for p, _ in most_read(news_indexes["en"].locale, 7)] == ["English hit"]


def test_fallback_widens_the_window_when_the_week_was_quiet(news_indexes, article_factory):
    page = article_factory(news_indexes["en"], "Older favourite")
    views(page, 25, 8)

    days, items = most_read_with_fallback(news_indexes["en"].locale)

    assert days == 30 and [p.title for p, _ in items] == ["Older favourite"]


def test_sidebar_shows_most_read_with_counts(client, news_indexes, article_factory):
    page = article_factory(news_indexes["uk"], "Найчитаніше")
    views(page, 0, 3)

    html = client.get("/uk/news/").content.decode()

    assert "Найпопулярніше за тиждень" in html
    assert 'Найчитаніше</a> <span class="most-read__views">3 перегляди</span>' in html
