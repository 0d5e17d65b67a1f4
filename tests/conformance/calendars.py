"""iCalendar (RFC 5545) as calendar programs import it: lines, components and time zones."""

CRLF = b"\r\n"


def problems(document):
    from icalendar import Calendar

    found = []
    if not document.content_type.startswith("text/calendar"):
        found.append(f"Content-Type {document.content_type!r}, not text/calendar")
    body = document.body
    if not body.endswith(CRLF):
        found.append("the last line does not end with CRLF")
    for number, line in enumerate(body.split(CRLF)[:-1], 1):
        if b"\n" in line or b"\r" in line:
            found.append(f"line {number}: a bare LF or CR (RFC 5545 3.1: lines end with CRLF)")
        if len(line) > 75:
            found.append(f"line {number}: {len(line)} octets, more than 75 without folding (RFC 5545 3.1)")
    try:
        calendars = Calendar.from_ical(body, multiple=True)
    except ValueError as exc:
        return [*found, f"icalendar cannot parse it: {exc}"]
    if len(calendars) != 1:
        return [*found, f"{len(calendars)} VCALENDARs, not one"]
    calendar = calendars[0]
    for component in calendar.walk():
        for error in getattr(component, "errors", []):
            found.append(f"{component.name}: {error}")
    if str(calendar.get("VERSION", "")) != "2.0" or not calendar.get("PRODID"):
        found.append("VCALENDAR: VERSION:2.0 and PRODID required")
    zones = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    for zone in calendar.walk("VTIMEZONE"):
        if not zone.walk("STANDARD") and not zone.walk("DAYLIGHT"):
            found.append(f"VTIMEZONE {zone.get('TZID')}: neither STANDARD nor DAYLIGHT")
    events = calendar.walk("VEVENT")
    uids = [str(event.get("UID", "")) for event in events]
    if len(set(uids)) != len(uids):
        found.append(f"VEVENTs share a UID: {uids}")
    for number, event in enumerate(events, 1):
        where = f"VEVENT {number} ({event.get('SUMMARY', '')})"
        for key in ("UID", "DTSTAMP", "DTSTART"):
            if key not in event:
                found.append(f"{where}: {key} missing")
        stamp = event.get("DTSTAMP")
        if stamp is not None and (
            not hasattr(stamp.dt, "utcoffset") or stamp.dt.utcoffset() is None or stamp.dt.utcoffset().total_seconds()
        ):
            found.append(f"{where}: DTSTAMP {stamp.to_ical()!r} is not in UTC (RFC 5545 3.8.7.2)")
        if "DTEND" in event and "DURATION" in event:
            found.append(f"{where}: both DTEND and DURATION")
        start, end = event.get("DTSTART"), event.get("DTEND")
        if start is not None and end is not None:
            if type(start.dt) is not type(end.dt):
                found.append(f"{where}: DTSTART and DTEND of different value types")
            elif end.dt < start.dt:
                found.append(f"{where}: DTEND before DTSTART")
        for key in ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE"):
            for value in event.get(key) if isinstance(event.get(key), list) else [event.get(key)]:
                tzid = value.params.get("TZID") if value is not None and hasattr(value, "params") else None
                if tzid and tzid not in zones:
                    found.append(f"{where}: {key} names TZID {tzid!r} and no VTIMEZONE defines it")
    if not events:
        found.append("no VEVENT")
    return found
