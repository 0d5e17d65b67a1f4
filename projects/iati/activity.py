"""IATI 2.03 activity XML built from project pages, one ``iati-activity`` per project.

A project is one activity whatever the number of its languages: its public translations share
a ``translation_key``, and each text (title, descriptions, names, results) becomes one
``narrative`` per language (``projects.iati.languages``). Codes, dates and amounts are the same in
every translation, so they are read from one *lead* translation, chosen the same way on every
request, so the file does not change with the address it was asked from.

Nothing invalid is ever written: a project with readiness problems (``readiness.problems``) is
left out, and so is an activity the official schema refuses — the editor finds both reasons in
the readiness panel (:func:`export_problems`). Building a file costs the same dozen queries for
one project or a thousand (:func:`prefetch`), plus what ``readiness.problems`` asks per project.
"""

import re

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from core.iati.codelists import IATI_VERSION, XML_LANG
from core.iati.schema import schema_errors
from core.models import Organisation

from ..kinds import ProjectStatus
from . import readiness
from .kinds import SCHEME_FORMATS, IatiRole, IndicatorMeasure
from .languages import Texts, add_narratives, add_text_element, clean_text, group_translations, in_language_order, language_of

#: The activity status when the editor chose none, from the project's dates.
STATUS_FROM_DATES = {ProjectStatus.PLANNED: "1", ProjectStatus.ACTIVE: "2", ProjectStatus.COMPLETED: "4"}
#: WGS 84 latitude/longitude, the only reference system IATI accepts for ``point``.
SRS_NAME = "http://www.opengis.net/def/crs/EPSG/0/4326"
#: The inline rows only the lead translation's values are read from.
LEAD_RELATIONS = ("iati_sectors", "iati_countries", "iati_regions", "iati_budgets", "iati_transactions")


# --- what the activities read, for all of them at once -----------------------------------------


def prefetch(projects, publisher=None):
    """Load what the activities read for every project at once: eight queries, whatever their number.

    Communities of every translation (their names are narratives); organisations and the IATI rows
    of the leads only (they hold codes and amounts); the names of every organisation named, and of
    the publisher, in each of their languages (returned, for :func:`activity_element`).
    ``organisation_links`` is filled so ``readiness`` finds the links without asking again.
    """
    pages = [page for translations in projects for page in translations]
    leads = [translations[0] for translations in projects]
    if not leads:
        return {}
    prefetch_related_objects(pages, in_editor_order(leads[0], "communities"))
    prefetch_related_objects(
        leads,
        in_editor_order(leads[0], "organisations", select_related="organisation__locale"),
        *(in_editor_order(leads[0], name) for name in LEAD_RELATIONS),
    )
    for lead in leads:
        lead.organisation_links = list(lead.organisations.all())
    keys = {link.organisation.translation_key for lead in leads for link in lead.organisation_links}
    return organisation_names(keys | ({publisher.translation_key} if publisher is not None else set()))


def in_editor_order(page, relation, select_related=None):
    """A ``Prefetch`` of an inline panel's rows in the editor's order (rows saved outside a form
    may share a ``sort_order``: the id settles it, the same on every database)."""
    queryset = page._meta.get_field(relation).related_model.objects.order_by("sort_order", "pk")
    if select_related:
        queryset = queryset.select_related(select_related)
    return Prefetch(relation, queryset=queryset)


def organisation_names(translation_keys):
    """``{translation_key: {language: name}}`` of these organisations in every locale they have (one query)."""
    names = {}
    rows = Organisation.objects.filter(translation_key__in=translation_keys).values_list(
        "translation_key", "locale__language_code", "name"
    )
    for key, language, name in rows:
        names.setdefault(key, {})[language] = name
    return names


# --- the activity --------------------------------------------------------------------------------


def number(value):
    """``Decimal("12.50")`` → ``"12.5"``, ``Decimal("1E+2")`` → ``"100"``: a plain decimal."""
    return f"{value.normalize():f}"


def day(value):
    """An ISO date, or ``None`` (the attribute is then left out, and the schema says what is missing)."""
    return value.isoformat() if value else None


def amount(value):
    return f"{value:.2f}"


def sub(parent, tag, **attributes):
    """A child element; attributes given as ``iso_date=…`` are written ``iso-date``, ``None`` left out."""
    return etree.SubElement(
        parent, tag, {name.replace("_", "-"): str(value) for name, value in attributes.items() if value is not None}
    )


def activity_attributes(translations):
    lead = translations[0]
    published = [page.last_published_at for page in translations if page.last_published_at]
    attributes = {}
    if published:
        attributes["last-updated-datetime"] = max(published).isoformat(timespec="seconds")
    attributes[XML_LANG] = language_of(lead)
    if lead.budget_currency:
        attributes["default-currency"] = lead.budget_currency.upper()
    if lead.iati_budget_not_provided:
        attributes["budget-not-provided"] = lead.iati_budget_not_provided
    return attributes


def add_identification(activity, lead, texts, publisher, publisher_names):
    sub(activity, "iati-identifier").text = lead.iati_identifier
    reporting = sub(activity, "reporting-org", ref=publisher.iati_ref, type=publisher.iati_type)
    add_narratives(reporting, in_language_order(publisher_names))
    add_text_element(activity, "title", texts.field("title"))
    add_text_element(activity, "description", texts.field("summary"), type="1")
    add_text_element(activity, "description", texts.field("goal"), type="2")  # objectives
    for link, role in readiness.participating_links(lead):
        organisation = link.organisation
        org = sub(
            activity, "participating-org", ref=organisation.iati_ref or None, type=organisation.iati_type or None, role=role
        )
        add_narratives(org, texts.organisation(organisation))


def add_status_and_dates(activity, lead, today):
    sub(activity, "activity-status", code=lead.iati_status or STATUS_FROM_DATES[lead.status(today)])
    sub(activity, "activity-date", type="2" if lead.start_date <= today else "1", iso_date=day(lead.start_date))
    if lead.end_date:
        sub(activity, "activity-date", type="4" if lead.end_date < today else "3", iso_date=day(lead.end_date))


def add_contact(activity, lead, texts):
    if not any((lead.contact_name, lead.contact_role, lead.contact_phone, lead.contact_email)):
        return
    contact = sub(activity, "contact-info", type="1")  # general enquiries
    implementers = [link.organisation for link, role in readiness.participating_links(lead) if role == IatiRole.IMPLEMENTING]
    if implementers:
        add_text_element(contact, "organisation", texts.organisation(implementers[0]))
    add_text_element(contact, "person-name", texts.field("contact_name"))
    add_text_element(contact, "job-title", texts.field("contact_role"))
    if clean_text(lead.contact_phone):
        sub(contact, "telephone").text = clean_text(lead.contact_phone)
    if clean_text(lead.contact_email):
        sub(contact, "email").text = clean_text(lead.contact_email)


def percentage(row):
    return number(row.percentage) if row.percentage is not None else None


def add_geography(activity, lead, texts):
    for row in lead.iati_countries.all():
        sub(activity, "recipient-country", code=row.country, percentage=percentage(row))
    for row in lead.iati_regions.all():
        sub(activity, "recipient-region", code=row.region, vocabulary="1", percentage=percentage(row))  # OECD DAC
    for community in lead.communities.all():
        add_location(activity, community, texts)


def add_location(activity, community, texts):
    """A community as a populated place; its national code (no IATI vocabulary has them) as ``@ref``."""
    scheme = community.admin_scheme if community.admin_scheme in SCHEME_FORMATS else ""
    location = sub(activity, "location", ref=f"{scheme}-{community.admin_code}" if scheme and community.admin_code else None)
    sub(location, "location-reach", code="1")  # the activity happens here
    add_text_element(location, "name", texts.community(community))
    if scheme:
        sub(location, "administrative", vocabulary="A4", level="0", code=SCHEME_FORMATS[scheme][0])  # ISO country
    if community.latitude is not None and community.longitude is not None:
        point = sub(location, "point", srsName=SRS_NAME)
        sub(point, "pos").text = f"{number(community.latitude)} {number(community.longitude)}"
        sub(location, "exactness", code="1")  # the coordinates are the place's own
    sub(location, "location-class", code="2")  # populated place


def add_money(activity, lead):
    for row in lead.iati_sectors.all():
        sub(activity, "sector", vocabulary="1", code=row.code, percentage=percentage(row))  # OECD DAC 5-digit
    for row in lead.iati_budgets.all():
        budget = sub(activity, "budget", type=row.budget_type, status=row.status)
        sub(budget, "period-start", iso_date=day(row.period_start))
        sub(budget, "period-end", iso_date=day(row.period_end))
        sub(budget, "value", value_date=day(row.value_date)).text = amount(row.value)
    for row in lead.iati_transactions.all():
        transaction = sub(activity, "transaction")
        sub(transaction, "transaction-type", code=row.transaction_type)
        sub(transaction, "transaction-date", iso_date=day(row.date))
        sub(transaction, "value", value_date=day(row.value_date)).text = amount(row.value)


def add_results(activity, lead, texts):
    for result in lead.iati_results:
        element = sub(activity, "result", type=result.value["result_type"])
        add_text_element(element, "title", texts.block(result.id, "title"))
        add_text_element(element, "description", texts.block(result.id, "description"))
        for indicator in result.value["indicators"].bound_blocks:
            add_indicator(element, indicator, texts)


def add_indicator(result, indicator, texts):
    """An indicator; a qualitative one (measure 5) has words instead of values, and no direction."""
    value, block_id = indicator.value, indicator.id
    qualitative = value["measure"] == IndicatorMeasure.QUALITATIVE
    element = sub(
        result, "indicator", measure=value["measure"], ascending=None if qualitative else "1" if value["ascending"] else "0"
    )
    add_text_element(element, "title", texts.block(block_id, "title"))
    add_text_element(element, "description", texts.block(block_id, "description"))
    if value["baseline_year"]:  # the year is required; without it there is no baseline to report
        has_value = value["baseline_value"] is not None and not qualitative
        baseline = sub(
            element, "baseline", year=value["baseline_year"], value=number(value["baseline_value"]) if has_value else None
        )
        add_text_element(baseline, "comment", texts.block(block_id, "baseline_comment"))
    for period in value["periods"].bound_blocks:
        add_period(element, period, texts, qualitative)


def add_period(indicator, period, texts, qualitative):
    """A period with its target and actual; the comment goes with the figure it explains — the
    actual once there is one (or always, for words), else the target."""
    value = period.value
    element = sub(indicator, "period")
    sub(element, "period-start", iso_date=day(value["start"]))
    sub(element, "period-end", iso_date=day(value["end"]))
    comment = texts.block(period.id, "comment")
    has_actual = value["actual"] is not None and not qualitative
    if value["target"] is not None and not qualitative:
        target = sub(element, "target", value=number(value["target"]))
        if not has_actual:
            add_text_element(target, "comment", comment)
    if has_actual or (qualitative and any(clean_text(text) for _language, text in comment)):
        actual = sub(element, "actual", value=number(value["actual"]) if has_actual else None)
        add_text_element(actual, "comment", comment)


def activity_element(translations, publisher, organisations, today=None):
    """The ``iati-activity`` of one project from its public translations (lead first), in the
    schema's order of elements; ``organisations`` is what :func:`prefetch` returned."""
    today = today or timezone.localdate()
    lead = translations[0]
    texts = Texts(translations, organisations)
    activity = etree.Element("iati-activity", activity_attributes(translations))
    add_identification(activity, lead, texts, publisher, organisations.get(publisher.translation_key, {}))
    add_status_and_dates(activity, lead, today)
    add_contact(activity, lead, texts)
    add_geography(activity, lead, texts)
    add_money(activity, lead)
    add_results(activity, lead, texts)
    return activity


# --- files ---------------------------------------------------------------------------------------


def activities_element(activities=()):
    root = etree.Element(
        "iati-activities", {"version": IATI_VERSION, "generated-datetime": timezone.now().isoformat(timespec="seconds")}
    )
    root.extend(activities)
    return root


def activity_schema_errors(activity):
    """The schema's objections to one activity, as sentences (the line numbers of a tree built in
    memory mean nothing, so they are dropped)."""
    errors = schema_errors(activities_element([activity]))
    return [_("IATI schema: %(error)s") % {"error": re.sub(r"^line \d+: ", "", error)} for error in errors]


def build(pages, publisher, today=None):
    """``(document or None, left_out)`` for the public translations ``pages`` of any number of projects.

    ``document`` is the ``iati-activities`` element of every ready project whose activity the
    schema accepts (``None`` when there is none: a file must hold at least one activity);
    ``left_out`` maps each other project's lead page to its problems.
    """
    today = today or timezone.localdate()
    projects = group_translations(pages)
    organisations = prefetch(projects, publisher)
    owners = readiness.identifier_owners(translations[0] for translations in projects)
    activities, left_out = [], {}
    for translations in projects:
        lead = translations[0]
        problems = readiness.problems(lead, publisher, today=today, owners=owners)
        if not problems:
            activity = activity_element(translations, publisher, organisations, today)
            problems = activity_schema_errors(activity)
        if problems:
            left_out[lead] = problems
        else:
            activities.append(activity)
    return (activities_element(activities) if activities else None), left_out


def export_problems(page, publisher, organisations=None, owners=None):
    """Why ``page`` is not in the IATI file, for its editors: the readiness problems, or if there
    are none, the schema's objections to the activity built from it; empty when it goes in.

    ``page`` may be the editor's unsaved or unpublished version: it is checked alone, as its
    lead, with its relations as the editor left them. A list of pages checked one after the other
    passes what :func:`prefetch` returned as ``organisations`` (it must name the publisher too)
    and :func:`readiness.identifier_owners` of them all as ``owners``.
    """
    found = readiness.problems(page, publisher, owners=owners)
    if found:
        return found
    needed = {link.organisation.translation_key for link, _role in readiness.participating_links(page)}
    needed.add(publisher.translation_key)
    if organisations is None or not needed <= organisations.keys():
        organisations = organisation_names(needed)
    return activity_schema_errors(activity_element([page], publisher, organisations))


def to_bytes(document):
    """The file: UTF-8 with an XML declaration, indented for people who open it."""
    return etree.tostring(document, xml_declaration=True, encoding="utf-8", pretty_print=True)
