"""When an event happens, as organisers enter it — and every rule that follows from that, once.

A span is a first day with an optional start time, an optional last day and end time, all on the
wall clock of one time zone, possibly with an open end. The page, its venues and dates, the
listings, the iCal feed, the JSON-LD and the Plone importer all read their dates through it:

* **No start time: a whole-day event.** It lasts until midnight after its last day; iCal gives
  ``DATE`` values (``DTEND`` the day after, as RFC 5545 wants) and JSON-LD gives dates, not times.
* **An open end** (the page's "no fixed end time"): it starts at its time and lasts until midnight
  after its last day for listings and calendars; JSON-LD gives no end.
* **No last day**: the event ends on the day it starts. An end time on or before the start time of
  a one-day event is not an end (the importer drops it, the form refuses it).
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from functools import cached_property

from django.utils.translation import gettext_lazy as _

MIDNIGHT = dt.time(0, 0)


def wall_clock(day, time, zone_name, default_time=MIDNIGHT):
    """An aware datetime for a date and optional time on the wall clock of ``zone_name``."""
    if day is None:
        return None
    return dt.datetime.combine(day, time or default_time, tzinfo=zoneinfo.ZoneInfo(zone_name))


def _minutes(moment):
    return moment.time().replace(second=0, microsecond=0)


@dataclass(frozen=True)
class EventSpan:
    start_date: dt.date
    start_time: dt.time | None = None
    end_date: dt.date | None = None
    end_time: dt.time | None = None
    zone_name: str = "UTC"
    open_end: bool = False

    @classmethod
    def of(cls, entry, zone_name, open_end=False):
        """The span of anything with ``start_date``/``start_time``/``end_date``/``end_time`` fields."""
        return cls(entry.start_date, entry.start_time, entry.end_date, entry.end_time, zone_name, open_end)

    @classmethod
    def from_moments(cls, start, end, zone_name, whole_day=False, open_end=False):
        """The fields an organiser would have entered for two aware moments (an import, a recurrence).

        A whole day that another system ends at midnight (rather than 23:59) ends the day before."""
        zone = zoneinfo.ZoneInfo(zone_name)
        local_start = start.astimezone(zone)
        local_end = max(end, start).astimezone(zone)
        last_day = local_end.date()
        if whole_day and local_end.time() == MIDNIGHT and last_day > local_start.date():
            last_day -= dt.timedelta(days=1)
        start_time = None if whole_day else _minutes(local_start)
        end_date = last_day if last_day != local_start.date() else None
        end_time = _minutes(local_end)
        if whole_day or open_end or (end_date is None and end_time <= start_time):
            end_time = None
        return cls(local_start.date(), start_time, end_date, end_time, zone_name, open_end)

    @cached_property
    def zone(self):
        return zoneinfo.ZoneInfo(self.zone_name)

    @property
    def is_whole_day(self):
        return self.start_time is None

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def has_end_time(self):
        """Whether the end is a moment of the day (else the event runs to midnight after its last day)."""
        return self.end_time is not None and not self.open_end and not self.is_whole_day

    @property
    def starts_at(self):
        return wall_clock(self.start_date, self.start_time, self.zone_name)

    @property
    def ends_at(self):
        """The aware moment it is over: what listings and "happening now" compare with."""
        if self.has_end_time:
            return wall_clock(self.last_day, self.end_time, self.zone_name)
        return wall_clock(self.last_day + dt.timedelta(days=1), None, self.zone_name)

    def moved_to(self, day):
        """The same span on another first day: one date of a series, as long as the first."""
        length = self.last_day - self.start_date
        end_date = day + length if self.end_date else None
        return EventSpan(day, self.start_time, end_date, self.end_time, self.zone_name, self.open_end)

    def errors(self):
        """``{field: message}`` for an end before the start; empty when the span is possible."""
        if self.end_date and self.end_date < self.start_date:
            return {"end_date": _("The end cannot be before the start.")}
        if self.end_time and self.start_time is None:
            return {"start_time": _("Give the start time too, or leave the end time empty for a whole-day event.")}
        if self.end_time and self.end_date in (None, self.start_date) and self.end_time <= self.start_time:
            return {"end_time": _("The end cannot be before the start.")}
        return {}

    # --- what each format wants ---
    def json_ld(self):
        """schema.org ``startDate``/``endDate``: dates for whole days, times with offsets otherwise;
        an open end has no ``endDate`` at all (a made-up end would be wrong in search results)."""
        start = self.start_date.isoformat() if self.is_whole_day else self.starts_at.isoformat()
        if self.open_end and not self.is_whole_day:
            return {"startDate": start}
        end = self.ends_at.isoformat() if self.has_end_time else self.last_day.isoformat()
        return {"startDate": start, "endDate": end}

    def add_to_vevent(self, event):
        """``DTSTART``/``DTEND`` of an iCalendar VEVENT: ``DATE`` values (end exclusive) for whole days."""
        if self.is_whole_day:
            event.add("dtstart", self.start_date)
            event.add("dtend", self.last_day + dt.timedelta(days=1))
        else:
            event.add("dtstart", self.starts_at)
            event.add("dtend", self.ends_at)
