"""Whether a project can go into the IATI file, and if not, what the editor has to fill in.

``problems(page)`` returns one sentence per missing or wrong field, naming the tab it is on. The
export leaves out a project with problems (and says why in the admin); it never writes an
activity that breaks the IATI rules. The rules here are the ones the XSD cannot express —
codes from the lists, percentages adding up to 100 per vocabulary, budget periods of at most a
year that do not overlap, no money moved in the future, the identifier's prefix — plus the
fields the schema requires.
"""

import itertools
from collections import defaultdict
from decimal import Decimal

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from core.iati.codelists import codelist
from core.iati.identifiers import FORBIDDEN, belongs_to

from ..kinds import ProjectRole
from .kinds import IatiRole
from .models import one_year_after

HUNDRED = Decimal(100)


#: The IATI role of a project role when the editor chose none; partners have none.
ROLE_FROM_PROJECT_ROLE = {ProjectRole.DONOR: IatiRole.FUNDING.value, ProjectRole.IMPLEMENTER: IatiRole.IMPLEMENTING.value}


def effective_iati_role(link):
    """The IATI role of a ``ProjectOrganisation``: the editor's choice, else derived from its role."""
    return link.iati_role or ROLE_FROM_PROJECT_ROLE.get(link.role, "")


def participating_links(page):
    """``[(ProjectOrganisation, IATI role code)]`` of the organisations the activity reports."""
    return [(link, role) for link in page.organisation_links if (role := effective_iati_role(link))]


def day(value):
    return date_format(value, "SHORT_DATE_FORMAT")


#: The sentences of the percentage and code checks, per kind of row (no words spliced into a
#: sentence, so each language can say them its own way).
MESSAGES = {
    "sector": {
        "single": _lazy("IATI and results tab: a single sector takes 100 percent; leave its percentage empty or write 100."),
        "missing": _lazy("IATI and results tab: with several sectors, give each a percentage."),
        "total": _lazy("IATI and results tab: the sector percentages add up to %(total)s, not 100."),
        "repeated": _lazy("IATI and results tab: each sector may appear only once."),
        "unknown": _lazy("IATI and results tab: “%(code)s” is not a sector code of the IATI list."),
        "withdrawn": _lazy(
            "IATI and results tab: sector %(code)s has been withdrawn from the IATI list; choose its replacement."
        ),
    },
    "recipient": {
        "single": _lazy(
            "IATI and results tab: a single recipient country or region takes 100 percent; "
            "leave its percentage empty or write 100."
        ),
        "missing": _lazy("IATI and results tab: with several recipient countries and regions, give each a percentage."),
        "total": _lazy(
            "IATI and results tab: the percentages of the recipient countries and regions add up to %(total)s, not 100."
        ),
        "repeated": _lazy("IATI and results tab: each recipient country or region may appear only once."),
        "unknown": _lazy("IATI and results tab: “%(code)s” is not a country or region code of the IATI lists."),
        "withdrawn": _lazy(
            "IATI and results tab: country or region %(code)s has been withdrawn from the IATI list; choose its replacement."
        ),
    },
}


def percentage_problems(rows, code_of, messages):
    """Shares of one vocabulary: every row has one when there are several, and they add up to 100."""
    if len(rows) < 2:
        single = rows[0].percentage if rows else None
        if single is not None and single != HUNDRED:
            return [str(messages["single"])]
        return []
    if any(row.percentage is None for row in rows):
        return [str(messages["missing"])]
    total = sum(row.percentage for row in rows)
    if total != HUNDRED:
        return [messages["total"] % {"total": f"{total.normalize():f}"}]
    codes = [code_of(row) for row in rows]
    if len(set(codes)) != len(codes):
        return [str(messages["repeated"])]
    return []


def code_problems(rows, code_of, list_name, messages):
    problems = []
    for row in rows:
        code = code_of(row)
        item = codelist(list_name).get(code)
        if item is None:
            problems.append(messages["unknown"] % {"code": code})
        elif not item.active:
            problems.append(messages["withdrawn"] % {"code": code})
    return problems


def recipient_code(row):
    return getattr(row, "country", None) or f"region {row.region}"


def publisher_problems(publisher):
    if publisher is None:
        return [_("Portal settings: choose the publisher; it is the reporting organisation of the IATI file.")]
    problems = []
    if not publisher.iati_ref:
        problems.append(
            _("Organisations: the publisher “%(name)s” has no IATI organisation identifier.") % {"name": publisher.name}
        )
    if not publisher.iati_type:
        problems.append(_("Organisations: the publisher “%(name)s” has no IATI organisation type.") % {"name": publisher.name})
    return problems


def identifier_owners(pages):
    """``{identifier: {translation_key: title}}`` of every project holding an identifier of
    ``pages``: one query for a list of projects (the report, the portfolio)."""
    pages = list(pages)
    identifiers = {page.iati_identifier for page in pages if page.iati_identifier}
    if not pages or not identifiers:
        return {}
    owners = {}
    rows = type(pages[0]).objects.filter(iati_identifier__in=identifiers).order_by("pk")
    for identifier, key, title in rows.values_list("iati_identifier", "translation_key", "title"):
        owners.setdefault(identifier, {}).setdefault(key, title)
    return owners


def identifier_problems(page, publisher, owners=None):
    identifier = page.iati_identifier
    if not identifier:
        return [_("IATI and results tab: the IATI activity identifier is empty.")]
    problems = []
    if FORBIDDEN.search(identifier):
        problems.append(_("IATI and results tab: the activity identifier may not contain spaces or the characters / & | ?."))
    if publisher is not None and publisher.iati_ref and not belongs_to(identifier, publisher.iati_ref):
        problems.append(
            _(
                "IATI and results tab: the activity identifier must start with the publisher's "
                "identifier and a hyphen, “%(prefix)s-”."
            )
            % {"prefix": publisher.iati_ref}
        )
    if owners is None:
        owners = identifier_owners([page])
    others = {key: title for key, title in owners.get(identifier, {}).items() if key != page.translation_key}
    if others:
        problems.append(
            _("IATI and results tab: the project “%(title)s” already uses the identifier %(identifier)s.")
            % {"title": next(iter(others.values())), "identifier": identifier}
        )
    return problems


def budget_problems(page, budgets):
    if page.iati_budget_not_provided:
        if budgets:
            return [_("IATI and results tab: remove the budget periods, or choose that the budget is published.")]
        return []
    if not budgets:
        return [_("IATI and results tab: add the budget by period (each at most a year), or say why it is not published.")]
    problems = []
    for budget in budgets:
        if budget.period_end < budget.period_start:
            problems.append(
                _("IATI and results tab: the budget period starting %(start)s ends before it starts.")
                % {"start": day(budget.period_start)}
            )
        elif budget.period_end > one_year_after(budget.period_start):
            problems.append(
                _("IATI and results tab: the budget period %(start)s – %(end)s is longer than a year.")
                % {"start": day(budget.period_start), "end": day(budget.period_end)}
            )
    by_type = defaultdict(list)
    for budget in budgets:
        by_type[budget.budget_type].append(budget)
    for same_type in by_type.values():
        same_type.sort(key=lambda budget: budget.period_start)
        for earlier, later in itertools.pairwise(same_type):
            if later.period_start <= earlier.period_end:
                problems.append(
                    _("IATI and results tab: the budget periods starting %(first)s and %(second)s overlap.")
                    % {"first": day(earlier.period_start), "second": day(later.period_start)}
                )
    return problems


def result_problems(page, today):
    problems = []
    for block in page.iati_results:
        for indicator in block.value["indicators"]:
            for period in indicator["periods"]:
                if not period["start"] or not period["end"]:
                    problems.append(
                        _("Results: a period of the indicator “%(title)s” has no start or end date.")
                        % {"title": indicator["title"]}
                    )
                    continue
                if period["end"] < period["start"]:
                    problems.append(
                        _("Results: a period of the indicator “%(title)s” ends before it starts.") % {"title": indicator["title"]}
                    )
                if period["actual"] is not None and period["start"] > today:
                    problems.append(
                        _("Results: the indicator “%(title)s” has an actual value for a period that has not started.")
                        % {"title": indicator["title"]}
                    )
    return problems


def problems(page, publisher, today=None, owners=None):
    """Every reason ``page`` cannot be exported to IATI, as sentences for its editors; empty when ready.

    ``publisher`` is the portal's publisher organisation (``PortalSettings.publisher``): the
    reporting organisation of every activity. ``owners`` is :func:`identifier_owners` of a list
    of projects checked together (one query instead of one per project).
    """
    today = today or timezone.localdate()
    found = publisher_problems(publisher) + identifier_problems(page, publisher, owners)
    if not page.summary:
        found.append(_("Content tab: the summary is empty; it is the activity's description."))
    if not participating_links(page):
        found.append(_("Funding and contact tab: add a donor or an implementer; partners are reported only with an IATI role."))

    sectors = list(page.iati_sectors.all())
    if not sectors:
        found.append(_("IATI and results tab: add at least one sector."))
    found += code_problems(sectors, lambda row: row.code, "Sector", MESSAGES["sector"])
    found += percentage_problems(sectors, lambda row: row.code, MESSAGES["sector"])

    countries, regions = list(page.iati_countries.all()), list(page.iati_regions.all())
    if not countries and not regions:
        found.append(_("IATI and results tab: add a recipient country or region."))
    found += code_problems(countries, lambda row: row.country, "Country", MESSAGES["recipient"])
    found += code_problems(regions, lambda row: row.region, "Region", MESSAGES["recipient"])
    # Countries and regions share one 100 percent (IATI rule).
    found += percentage_problems([*countries, *regions], recipient_code, MESSAGES["recipient"])

    budgets = list(page.iati_budgets.all())
    transactions = list(page.iati_transactions.all())
    found += budget_problems(page, budgets)
    if (budgets or transactions) and (page.budget_currency or "").upper() not in codelist("Currency"):
        found.append(_("Funding and contact tab: choose the currency of the budget; IATI amounts are in it."))
    for transaction in transactions:
        if transaction.date > today:
            found.append(
                _("IATI and results tab: the transaction of %(date)s is in the future; only money that has moved is reported.")
                % {"date": day(transaction.date)}
            )
    found += result_problems(page, today)
    return found
