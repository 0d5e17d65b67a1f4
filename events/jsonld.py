"""An event page as a schema.org ``Event`` (what search engines show as an event listing).

Dates come from the event's ``EventSpan``: a whole-day event gives dates, a timed one times with
their offset, an open end the last day only. Each venue is a ``Place``, each online link a
``VirtualLocation``; the attendance mode follows from which there are.
"""

from core.jsonld import absolute, organization, portal_organization, without_unknowns

from .kinds import OrganisationRole


def attendance_mode(occurrences):
    in_person = any(occurrence.city for occurrence in occurrences)
    online = any(occurrence.online_url for occurrence in occurrences)
    if in_person:
        return "MixedEventAttendanceMode" if online else "OfflineEventAttendanceMode"
    return "OnlineEventAttendanceMode"


def locations(occurrences):
    places = []
    for occurrence in occurrences:
        if occurrence.city or occurrence.venue:
            # Only the parts the editor gave: an empty streetAddress is a wrong address, not none.
            parts = {"streetAddress": occurrence.address, "addressLocality": occurrence.city}
            address = {key: value for key, value in parts.items() if value}
            places.append(
                {
                    "@type": "Place",
                    "name": occurrence.venue or occurrence.city,
                    **({"address": {"@type": "PostalAddress", **address}} if address else {}),
                }
            )
        if occurrence.online_url:
            places.append({"@type": "VirtualLocation", "url": occurrence.online_url})
    return places


def offer(page, request):
    return {
        "@type": "Offer",
        "price": "0" if page.is_free else str(page.cost_amount or 0),
        "priceCurrency": page.cost_currency or "EUR",
        "url": page.apply_url or page.get_full_url(request),
        **({"validThrough": page.deadline_at.isoformat()} if page.deadline_at else {}),
    }


def event_json_ld(page, request, data):
    """``data`` (the base page description) completed for an ``EventPage``."""
    occurrences = page.occurrence_list
    organisers = [
        organization(link.organisation)
        for link in page.organisations.select_related("organisation")
        if link.role == OrganisationRole.ORGANISER
    ]
    data.update(page.span.json_ld() if page.start_date else {})
    data.update(
        {
            "eventAttendanceMode": f"https://schema.org/{attendance_mode(occurrences)}",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": locations(occurrences),
            "offers": offer(page, request),
            "organizer": organisers or portal_organization(request),
        }
    )
    if page.hero_image_id:
        data["image"] = [absolute(request, page.hero_image.get_rendition("fill-1200x630").url)]
    return without_unknowns(data)
