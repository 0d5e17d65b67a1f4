"""schema.org JSON-LD: every ``<script type="application/ld+json">`` parses, and each node has what
its type requires (what search engines' rich results ask for) and nothing its type does not have."""

import datetime as dt
import json

from .rules import ISO_DATE, is_absolute_url, is_iso_date_or_datetime

SCHEMA = "https://schema.org"
EVENT_TYPES = {"Event", "EducationEvent", "BusinessEvent", "SocialEvent", "ExhibitionEvent", "Festival", "CourseInstance"}
EVENT_STATUSES = {
    f"{SCHEMA}/{name}" for name in ("EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline")
}
ATTENDANCE_MODES = {
    f"{SCHEMA}/{name}" for name in ("OfflineEventAttendanceMode", "OnlineEventAttendanceMode", "MixedEventAttendanceMode")
}
THING = {
    "additionalType", "alternateName", "description", "disambiguatingDescription", "identifier", "image",
    "mainEntityOfPage", "name", "potentialAction", "sameAs", "subjectOf", "url",
}  # fmt: skip
#: schema.org's Organization properties (a Project is an Organization): no inLanguage, no dates of a work.
ORGANIZATION = THING | {
    "actionableFeedbackPolicy", "address", "agentInteractionStatistic", "aggregateRating", "alumni", "areaServed", "award",
    "brand", "contactPoint", "correctionsPolicy", "department", "dissolutionDate", "diversityPolicy",
    "diversityStaffingReport", "duns", "email", "employee", "ethicsPolicy", "event", "faxNumber", "founder",
    "foundingDate", "foundingLocation", "funder", "funding", "globalLocationNumber", "hasCertification", "hasCredential",
    "hasMemberProgram", "hasMerchantReturnPolicy", "hasOfferCatalog", "hasPOS", "interactionStatistic", "isicV4",
    "iso6523Code", "keywords", "knowsAbout", "knowsLanguage", "legalAddress", "legalName", "leiCode", "location", "logo",
    "makesOffer", "member", "memberOf", "naics", "nonprofitStatus", "numberOfEmployees", "ownershipFundingInfo", "owns",
    "parentOrganization", "publishingPrinciples", "review", "seeks", "slogan", "sponsor", "subOrganization", "taxID",
    "telephone", "unnamedSourcesPolicy", "vatID",
}  # fmt: skip
KEYWORDS = {"@context", "@type", "@id", "@graph"}
#: schema.org's ItemAvailability values: what an offer's ``availability`` may be.
AVAILABILITY = {
    f"{SCHEMA}/{name}"
    for name in (
        "BackOrder", "Discontinued", "InStock", "InStoreOnly", "LimitedAvailability", "MadeToOrder", "OnlineOnly",
        "OutOfStock", "PreOrder", "PreSale", "Reserved", "SoldOut",
    )
}  # fmt: skip
#: The kinds of event that teach, and are ``EducationEvent``s (``events.jsonld``).
EDUCATION_KINDS = {"training", "workshop"}


def page_facts(page):
    """What an event page's JSON-LD must reflect, read from the page itself (``{}`` for other pages):
    whether it is whole-day, open-ended, teaches, has learning outcomes, was published."""
    if not hasattr(page, "open_end") or not hasattr(page, "learning_outcomes"):
        return {}
    return {
        "whole_day": page.is_whole_day,
        "open_end": page.open_end and not page.is_whole_day,
        "education": page.kind in EDUCATION_KINDS,
        "has_outcomes": page.learning_outcomes.exists(),
        "published": page.first_published_at is not None,
    }


def scripts_of(html):
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html)
    return [script.text or "" for script in tree.iterfind(".//script") if script.get("type") == "application/ld+json"]


def nodes_of(document_json):
    """The top-level nodes of one JSON-LD document (its ``@graph``, or itself)."""
    if isinstance(document_json, dict) and "@graph" in document_json:
        return list(document_json["@graph"])
    return document_json if isinstance(document_json, list) else [document_json]


def types_of(node):
    kind = node.get("@type") if isinstance(node, dict) else None
    return set(kind) if isinstance(kind, list) else {kind}


def need(node, keys, where, found):
    for key in keys:
        value = node.get(key)
        if value in (None, "", [], {}):
            found.append(f"{where}: {key} missing")


def absolute(node, key, where, found):
    values = node.get(key)
    for value in values if isinstance(values, list) else [values]:
        if value is not None and not (isinstance(value, str) and is_absolute_url(value)):
            found.append(f"{where}: {key} {value!r} is not an absolute address")


def named_agents(value, where, found, allowed=("Person", "Organization")):
    for agent in value if isinstance(value, list) else [value]:
        if not isinstance(agent, dict) or not types_of(agent) & set(allowed) or not agent.get("name"):
            found.append(f"{where}: {agent!r} is not a named {' or '.join(allowed)}")


def no_nulls(value, where, found):
    """Unknown values are left out, never written as null or ""."""
    if isinstance(value, dict):
        for key, item in value.items():
            if item is None or item == "":
                found.append(f"{where}: {key} is {item!r}")
            no_nulls(item, f"{where}.{key}", found)
    elif isinstance(value, list):
        for item in value:
            no_nulls(item, where, found)


def check_news_article(node, document, found):
    where = "NewsArticle"
    need(node, ("headline", "datePublished", "author", "inLanguage"), where, found)
    if len(node.get("headline", "")) > 110:
        found.append(f"{where}: headline longer than 110 characters")
    for key in ("datePublished", "dateModified"):
        if key in node and not is_iso_date_or_datetime(node[key]):
            found.append(f"{where}: {key} {node[key]!r} is not ISO 8601")
    if "author" in node:
        named_agents(node["author"], f"{where}.author", found)
    if document.has_image:
        need(node, ("image",), where, found)
    absolute(node, "image", where, found)


def moment(value):
    """A schema.org Date or DateTime as Python's (``None`` for anything else)."""
    if not is_iso_date_or_datetime(value):
        return None
    if ISO_DATE.match(value):
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))


def not_before(start, end):
    """``end >= start``; a date against a moment compares days (a timed start, a last day)."""
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        start, end = (value.date() if isinstance(value, dt.datetime) else value for value in (start, end))
    return end >= start


def check_event_dates(node, where, facts, found):
    for key in ("startDate", "endDate"):
        if key in node and not is_iso_date_or_datetime(node[key]):
            found.append(f"{where}: {key} {node[key]!r} is not ISO 8601")
        elif key in node and facts.get("whole_day") and not ISO_DATE.match(node[key]):
            found.append(f"{where}: {key} {node[key]!r} of a whole-day event is not a date")
    if facts.get("open_end") and "endDate" in node:
        found.append(f"{where}: endDate {node['endDate']!r} of an event with no fixed end")
    start, end = moment(node.get("startDate")), moment(node.get("endDate"))
    if start and end and not not_before(start, end):
        found.append(f"{where}: endDate {node['endDate']!r} is before startDate {node['startDate']!r}")


def check_offer(offer, where, facts, found):
    need(offer, ("price", "priceCurrency", "availability"), where, found)
    absolute(offer, "url", where, found)
    if "availability" in offer and offer["availability"] not in AVAILABILITY:
        found.append(f"{where}: availability {offer['availability']!r} is not an ItemAvailability")
    if facts.get("published"):
        need(offer, ("validFrom",), where, found)
    for key in ("validFrom", "validThrough"):
        if key in offer and not is_iso_date_or_datetime(offer[key]):
            found.append(f"{where}: {key} {offer[key]!r} is not ISO 8601")
    start, end = moment(offer.get("validFrom")), moment(offer.get("validThrough"))
    if start and end and not not_before(start, end):
        found.append(f"{where}: validThrough {offer['validThrough']!r} is before validFrom {offer['validFrom']!r}")


def check_event(node, document, found):
    where = "Event"
    facts = getattr(document, "facts", None) or {}
    need(node, ("name", "startDate", "location"), where, found)
    check_event_dates(node, where, facts, found)
    if facts.get("education") and "EducationEvent" not in types_of(node):
        found.append(f"{where}: a training or workshop is an EducationEvent, not {node.get('@type')!r}")
    if "EducationEvent" in types_of(node) and facts.get("has_outcomes"):
        need(node, ("teaches",), "EducationEvent", found)
    if "eventStatus" in node and node["eventStatus"] not in EVENT_STATUSES:
        found.append(f"{where}: eventStatus {node['eventStatus']!r} is not an EventStatusType")
    if "eventAttendanceMode" in node and node["eventAttendanceMode"] not in ATTENDANCE_MODES:
        found.append(f"{where}: eventAttendanceMode {node['eventAttendanceMode']!r} is not an EventAttendanceModeEnumeration")
    locations = node.get("location") or []
    for place in locations if isinstance(locations, list) else [locations]:
        if types_of(place) == {"Place"}:
            need(place, ("name", "address"), f"{where}.location", found)
        elif types_of(place) == {"VirtualLocation"}:
            absolute(place, "url", f"{where}.location", found)
            need(place, ("url",), f"{where}.location", found)
        else:
            found.append(f"{where}: location {place!r} is neither a Place nor a VirtualLocation")
    modes = {"OfflineEventAttendanceMode": {"Place"}, "OnlineEventAttendanceMode": {"VirtualLocation"}}
    mode = str(node.get("eventAttendanceMode", "")).rsplit("/", 1)[-1]
    kinds = {kind for place in (locations if isinstance(locations, list) else [locations]) for kind in types_of(place)}
    if mode in modes and kinds - modes[mode]:
        found.append(f"{where}: eventAttendanceMode {mode} with locations of type {sorted(kinds)}")
    if mode == "MixedEventAttendanceMode" and kinds != {"Place", "VirtualLocation"}:
        found.append(f"{where}: MixedEventAttendanceMode without both a Place and a VirtualLocation")
    offers = node.get("offers")
    for offer in offers if isinstance(offers, list) else [offers] if offers else []:
        check_offer(offer, f"{where}.offers", facts, found)
    if "organizer" in node:
        named_agents(node["organizer"], f"{where}.organizer", found)
    absolute(node, "image", where, found)


def check_project(node, document, found):
    where = "Project"
    need(node, ("name", "url"), where, found)
    unknown = set(node) - ORGANIZATION - KEYWORDS
    if unknown:
        found.append(f"{where}: {sorted(unknown)} are not properties of schema.org's Project (an Organization)")
    for key in ("foundingDate", "dissolutionDate"):
        if key in node and not is_iso_date_or_datetime(node[key]):
            found.append(f"{where}: {key} {node[key]!r} is not ISO 8601")
    for key in ("funder", "parentOrganization"):
        if key in node:
            named_agents(node[key], f"{where}.{key}", found)


def check_website(node, document, found):
    where = "WebSite"
    need(node, ("name", "url", "potentialAction"), where, found)
    action = node.get("potentialAction") or {}
    if types_of(action) != {"SearchAction"}:
        found.append(f"{where}: potentialAction {action!r} is not a SearchAction")
        return
    target = action.get("target")
    template = target.get("urlTemplate") if isinstance(target, dict) else target
    query = action.get("query-input", "")
    name = query.removeprefix("required name=") if isinstance(query, str) else ""
    if not query.startswith("required name=") or not name:
        found.append(f"{where}: SearchAction query-input {query!r} is not 'required name=…'")
    elif not isinstance(template, str) or f"{{{name}}}" not in template:
        found.append(f"{where}: SearchAction target {template!r} has no {{{name}}} placeholder")
    elif not is_absolute_url(template.replace(f"{{{name}}}", "x")):
        found.append(f"{where}: SearchAction target {template!r} is not an absolute address")


def check_organization(node, document, found, top_level=True):
    where = "Organization"
    need(node, ("name", "url") if top_level else ("name",), where, found)
    absolute(node, "url", where, found)
    absolute(node, "logo", where, found)
    if top_level and document.has_logo:
        need(node, ("logo",), where, found)


def check_breadcrumbs(node, document, found):
    where = "BreadcrumbList"
    items = node.get("itemListElement") or []
    if not items:
        found.append(f"{where}: itemListElement missing")
    for number, item in enumerate(items, 1):
        if types_of(item) != {"ListItem"} or item.get("position") != number or not item.get("name"):
            found.append(f"{where}: item {number} {item!r} is not a ListItem with position {number} and a name")
        if number < len(items) or "item" in item:
            target = item.get("item")
            target = target.get("@id") if isinstance(target, dict) else target
            if not is_absolute_url(target):
                found.append(f"{where}: item {number} links to {target!r}, not an absolute address")


def check_web_page(node, document, found):
    need(node, ("name", "url", "inLanguage"), "WebPage", found)


CHECK_TYPE = {
    "NewsArticle": check_news_article,
    "Project": check_project,
    "WebSite": check_website,
    "Organization": check_organization,
    "BreadcrumbList": check_breadcrumbs,
    "WebPage": check_web_page,
    **dict.fromkeys(EVENT_TYPES, check_event),
}


def problems(document):
    found, types = [], set()
    for number, text in enumerate(scripts_of(document.text), 1):
        try:
            data = json.loads(text)
        except ValueError as exc:
            found.append(f"script {number}: not JSON ({exc})")
            continue
        if not isinstance(data, dict) or data.get("@context") not in (SCHEMA, f"{SCHEMA}/", "http://schema.org"):
            found.append(f"script {number}: @context is not schema.org")
        no_nulls(data, f"script {number}", found)
        for node in nodes_of(data):
            if not isinstance(node, dict) or not node.get("@type"):
                found.append(f"script {number}: a node without @type: {node!r}")
                continue
            types |= types_of(node)
            absolute(node, "url", str(node["@type"]), found)
            if "inLanguage" in node and node["inLanguage"] != document.language:
                found.append(f"{node['@type']}: inLanguage {node['inLanguage']!r} on a page in {document.language!r}")
            for kind in types_of(node):
                if kind in CHECK_TYPE:
                    CHECK_TYPE[kind](node, document, found)
            for key in ("author", "organizer", "funder", "publisher", "parentOrganization"):
                for agent in node.get(key) if isinstance(node.get(key), list) else [node.get(key)]:
                    if isinstance(agent, dict) and "Organization" in types_of(agent):
                        check_organization(agent, document, found, top_level=False)
    missing = [kind for kind in document.jsonld if kind not in types and not (kind == "Event" and types & EVENT_TYPES)]
    if missing:
        found.append(f"no JSON-LD node of type {', '.join(missing)} (found {sorted(map(str, types))})")
    return found
