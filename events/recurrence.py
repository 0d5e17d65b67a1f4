"""Events that repeat: what the editor chooses, the RFC 5545 rule it means, and its dates.

Editors never type ``RRULE`` text. They pick "every week on Tuesday", "every month on the second
Tuesday", an end (a date or a number of times), and cancelled or extra dates; ``Recurrence``
turns that into the RFC 5545 ``RRULE`` value the page stores and the calendar file carries, and
back (the Plone importer reads a Plone event's rule with it). The arithmetic is
``python-dateutil``'s: a rule is expanded from a start on the event's own wall clock, so a 20:00
seminar stays at 20:00 local time across the change to summer time.

A series is finite (an end date or a count, at most ``MAX_DATES`` dates), so a page always knows
its last date, and listings, status and the sitemap can treat it like any event.
"""

import datetime as dt
from dataclasses import dataclass, field

from babel.dates import get_day_names
from dateutil.rrule import rruleset, rrulestr
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import get_language, ngettext, to_locale
from django.utils.translation import gettext_lazy as _
from icalendar import vRecur

#: More dates than this is a mistake in the end date, not a seminar.
MAX_DATES = 500
#: How far a series may run: beyond this nobody plans a recurring event.
MAX_YEARS = 5


class Repeat(models.TextChoices):
    NEVER = "", _("Does not repeat")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly, on the weekdays ticked below")
    MONTHLY_BY_DATE = "monthly_date", _("Monthly, on the same date (e.g. the 15th)")
    MONTHLY_BY_WEEKDAY = "monthly_weekday", _("Monthly, on the same weekday (e.g. the second Tuesday)")


class DateChange(models.TextChoices):
    CANCELLED = "cancelled", _("Cancelled: no session on this date")
    ADDED = "added", _("Extra session on this date")


WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_CHOICES = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
FREQUENCIES = {
    Repeat.DAILY: "DAILY",
    Repeat.WEEKLY: "WEEKLY",
    Repeat.MONTHLY_BY_DATE: "MONTHLY",
    Repeat.MONTHLY_BY_WEEKDAY: "MONTHLY",
}


class UnsupportedRule(ValueError):
    """An ``RRULE`` the editor's panel cannot show (yearly, by month, by set position…)."""


def week_of_month(day):
    """``2`` for the second Tuesday of a month; ``-1`` for a fifth one, which is always the last."""
    ordinal = (day.day - 1) // 7 + 1
    return -1 if ordinal == 5 else ordinal


def split_weekdays(text):
    return tuple(code for code in (text or "").split(",") if code in WEEKDAYS)


@dataclass(frozen=True)
class Recurrence:
    """How a series repeats from its first date, as the admin panel shows it."""

    repeat: str = Repeat.NEVER
    interval: int = 1
    weekdays: tuple = field(default=())
    until: dt.date | None = None
    count: int | None = None

    @classmethod
    def of(cls, page):
        return cls(
            page.repeat, page.repeat_interval or 1, split_weekdays(page.repeat_weekdays), page.repeat_until, page.repeat_count
        )

    @property
    def repeats(self):
        return bool(self.repeat)

    def errors(self, first_day):
        """``{field: message}`` for a series that cannot be, or is too long to be meant."""
        if not self.repeats:
            return {}
        if self.until is None and self.count is None:
            return {"repeat_until": _("Say when the series ends: a last date or a number of times.")}
        if self.until is not None and self.count is not None:
            return {"repeat_count": _("Give either a last date or a number of times, not both.")}
        if self.until is not None and self.until < first_day:
            return {"repeat_until": _("The series cannot end before its first date.")}
        if self.until is not None and self.until > first_day.replace(year=first_day.year + MAX_YEARS, day=min(first_day.day, 28)):
            return {"repeat_until": _("A series can run for at most %(years)s years.") % {"years": MAX_YEARS}}
        if self.count is not None and not 1 <= self.count <= MAX_DATES:
            return {"repeat_count": _("A series has between 1 and %(max)s dates.") % {"max": MAX_DATES}}
        return {}

    def weekdays_for(self, first_day):
        """The ticked weekdays, or the first date's own weekday when none is ticked."""
        return self.weekdays or (WEEKDAYS[first_day.weekday()],)

    def rule(self, first_day, whole_day, zone):
        """The RFC 5545 ``RRULE`` value (``FREQ=WEEKLY;BYDAY=TU;UNTIL=…``), or ``""`` for a single event.

        ``UNTIL`` is a date for whole-day series and, as RFC 5545 requires next to a ``DTSTART``
        with a ``TZID``, the end of the last day in UTC for timed ones."""
        if not self.repeats:
            return ""
        parts = vRecur(freq=FREQUENCIES[self.repeat])
        if self.interval and self.interval > 1:
            parts["interval"] = self.interval
        if self.repeat == Repeat.WEEKLY:
            parts["byday"] = list(self.weekdays_for(first_day))
        elif self.repeat == Repeat.MONTHLY_BY_DATE:
            parts["bymonthday"] = first_day.day
        elif self.repeat == Repeat.MONTHLY_BY_WEEKDAY:
            parts["byday"] = f"{week_of_month(first_day)}{WEEKDAYS[first_day.weekday()]}"
        if self.count:
            parts["count"] = self.count
        elif self.until:
            if whole_day:
                parts["until"] = self.until
            else:
                last_moment = dt.datetime.combine(self.until, dt.time(23, 59, 59), tzinfo=zone)
                parts["until"] = last_moment.astimezone(dt.UTC)
        return parts.to_ical().decode()

    @classmethod
    def from_rule(cls, text):
        """The panel's values for an ``RRULE`` value; ``UnsupportedRule`` when the panel cannot show it."""
        text = text.strip()
        if text.upper().startswith("RRULE:"):
            text = text[6:]
        try:
            parts = vRecur.from_ical(text)
        except ValueError as error:
            raise UnsupportedRule(str(error)) from error
        if "FREQ" not in parts:
            raise UnsupportedRule(text)
        known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
        unknown = set(parts) - known
        if unknown:
            raise UnsupportedRule(", ".join(sorted(unknown)))
        frequency = parts["FREQ"][0]
        byday = [str(day) for day in parts.get("BYDAY", [])]
        interval = int(parts.get("INTERVAL", [1])[0])
        until = parts.get("UNTIL", [None])[0]
        if isinstance(until, dt.datetime):
            until = until.date()
        count = parts.get("COUNT", [None])[0]
        if frequency == "DAILY" and not byday:
            repeat = Repeat.DAILY
        elif frequency == "WEEKLY" and all(day in WEEKDAYS for day in byday):
            repeat = Repeat.WEEKLY
        elif frequency == "MONTHLY" and not byday:
            repeat = Repeat.MONTHLY_BY_DATE
        elif frequency == "MONTHLY" and len(byday) == 1 and byday[0][-2:] in WEEKDAYS and byday[0][:-2].lstrip("+-").isdigit():
            repeat = Repeat.MONTHLY_BY_WEEKDAY
        else:
            raise UnsupportedRule(text)
        return cls(repeat, interval, tuple(byday) if repeat == Repeat.WEEKLY else (), until, int(count) if count else None)


def expand(rule, first_start, cancelled=(), added=()):
    """Every start of a series, in order: ``rule`` from ``first_start`` without the cancelled days,
    with the extra ones. Starts are aware datetimes on the event's clock (whole-day series start
    at midnight); ``cancelled`` and ``added`` are dates, taken at the first start's time."""
    dates = rruleset()
    if rule:
        # dateutil keeps the wall-clock time of an aware start: 20:00 stays 20:00 after a DST change.
        # A whole-day rule has a date UNTIL, which dateutil compares with a naive start only.
        naive = ";UNTIL=" in rule and "T" not in rule.split("UNTIL=", 1)[1].split(";", 1)[0]
        start = first_start.replace(tzinfo=None) if naive else first_start
        for moment in rrulestr(rule, dtstart=start, cache=False)[:MAX_DATES]:
            dates.rdate(moment.replace(tzinfo=first_start.tzinfo) if naive else moment)
    else:
        dates.rdate(first_start)
    for day in added:
        dates.rdate(first_start.replace(year=day.year, month=day.month, day=day.day))
    for day in cancelled:
        dates.exdate(first_start.replace(year=day.year, month=day.month, day=day.day))
    return list(dates)[:MAX_DATES]


def weekday_name(code):
    """The weekday's name as it reads inside a sentence, from CLDR ("Tuesday", "вівторок")."""
    return get_day_names("wide", locale=to_locale(get_language() or "en"))[WEEKDAYS.index(code)]


ORDINAL_WEEKDAYS = {
    1: _("Monthly, on the first %(weekday)s"),
    2: _("Monthly, on the second %(weekday)s"),
    3: _("Monthly, on the third %(weekday)s"),
    4: _("Monthly, on the fourth %(weekday)s"),
    -1: _("Monthly, on the last %(weekday)s"),
}


def describe(recurrence, first_day):
    """How a visitor reads the series: "Every week on Tuesday, 10 times"; ``""`` for a single event."""
    if not recurrence.repeats:
        return ""
    n = recurrence.interval or 1
    if recurrence.repeat == Repeat.DAILY:
        text = ngettext("Every day", "Every %(n)s days", n) % {"n": n}
    elif recurrence.repeat == Repeat.WEEKLY:
        days = ", ".join(weekday_name(code) for code in recurrence.weekdays_for(first_day))
        text = ngettext("Every week on %(days)s", "Every %(n)s weeks on %(days)s", n) % {"n": n, "days": days}
    elif recurrence.repeat == Repeat.MONTHLY_BY_DATE:
        text = ngettext("Every month on day %(day)s", "Every %(n)s months on day %(day)s", n) % {"n": n, "day": first_day.day}
    else:
        weekday = weekday_name(WEEKDAYS[first_day.weekday()])
        text = ORDINAL_WEEKDAYS[week_of_month(first_day)] % {"weekday": weekday}
        if n > 1:
            text = _("%(rule)s, every %(n)s months") % {"rule": text, "n": n}
    if recurrence.count:
        count = recurrence.count
        return _("%(rule)s, %(times)s") % {
            "rule": text,
            "times": ngettext("%(count)s time", "%(count)s times", count) % {"count": count},
        }
    return _("%(rule)s, until %(date)s") % {"rule": text, "date": date_format(recurrence.until, "DATE_FORMAT")}
