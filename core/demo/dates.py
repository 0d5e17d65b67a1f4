"""Dates in demo files, mostly relative to today so a fresh demo always has upcoming, ongoing and
past items. A date is written one of three ways:

* ``2017-08-01`` — a fixed date (TOML's own date);
* ``{ days = -5, time = "11:40" }`` — days from today (negative: in the past), at an optional time;
* ``{ years = -1, month = 3, day = 1 }`` — a day of a year counted from this one (−1: last year).
"""

import datetime as dt

from django.utils import timezone

FORMS = 'a date (2017-08-01), { days = -5, time = "11:40" } or { years = -1, month = 3, day = 1 }'


def _clock(record, text, key):
    if text is None or isinstance(text, dt.time):  # TOML has times of its own too: 09:30:00
        return text
    try:
        return dt.time.fromisoformat(text)
    except (TypeError, ValueError):
        raise record.error(f'has time {text!r}; write it as "HH:MM"', key) from None


def clock(record, key):
    """``record[key]`` (``"HH:MM"``) as a time; None when absent."""
    return _clock(record, record.get(key), key)


def check(record, key, required=False):
    """Raise a DemoDataError naming ``key`` unless it is in one of the forms (or absent, if allowed)."""
    if required and key not in record:
        raise record.error("is missing", key)
    moment(record, key, timezone.localdate())


def moment(record, key, today):
    """``(date, time or None)`` for ``record[key]``; ``(None, None)`` when it is absent."""
    spec = record.get(key)
    if spec is None:
        return None, None
    if isinstance(spec, dt.date) and not isinstance(spec, dt.datetime):
        return spec, None
    if isinstance(spec, dict) and set(spec) in ({"days"}, {"days", "time"}) and type(spec["days"]) is int:
        return today + dt.timedelta(days=spec["days"]), _clock(record, spec.get("time"), key)
    if isinstance(spec, dict) and set(spec) == {"years", "month", "day"} and all(type(v) is int for v in spec.values()):
        try:
            return dt.date(today.year + spec["years"], spec["month"], spec["day"]), None
        except ValueError as exc:
            raise record.error(f"is not a real day ({exc})", key) from None
    raise record.error(f"should be {FORMS}, not {spec!r}", key)


def date(record, key, today):
    return moment(record, key, today)[0]


def local_datetime(record, key):
    """An aware date and time in the site's time zone (publication dates of articles)."""
    now = timezone.localtime()
    day, at = moment(record, key, now.date())
    at = at or dt.time()
    return (now + (day - now.date())).replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
