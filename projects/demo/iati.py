"""The IATI part of a demo project file: ``[iati]`` holds what every language shares, and each
language gives the words of the results, entry by entry, in ``[[<code>.iati.results]]``:

    [iati]
    identifier = "UA-EDR-40312587-OLB"        # the publisher's iati_ref, a hyphen, the project's code
    sectors = { 15112 = 60, 15150 = 40 }      # OECD DAC purpose codes; the shares add up to 100
    countries = { UA = 80 }                   # recipient countries and DAC regions (89: Europe,
    regions = { 89 = 20 }                     #   regional); together their shares add up to 100
    roles = { service-lab = "implementing" }  # an IATI role other than the [organisations] role gives
    budgets = [{ amount = 1900000 }, { amount = 1950000, status = "indicative" }]
    transactions = [{ type = "incoming-funds", date = { years = -1, month = 9, day = 15 }, amount = 950000 }]

    [[iati.results]]
    type = "outcome"                          # output, outcome or impact
    expected_result = 1                       # its number in each language's ``results`` list

    [[iati.results.indicators]]
    measure = "number"                        # number, percentage or qualitative
    baseline_year = { years = -1 }            # or a year: 2022
    baseline_value = 0
    periods = [{ start = { years = -1, month = 9, day = 1 }, end = { years = 0, month = 8, day = 31 }, target = 4, actual = 2 }]

    [[en.iati.results]]
    title = "…"
    description = "…"

    [[en.iati.results.indicators]]
    title = "…"
    description = "…"
    baseline_comment = "…"
    period_comments = ["", "…"]               # one per period, "" for none

``status`` ("finalisation", "cancelled", "suspended") and ``budget_not_provided`` ("commercial",
"legal", "changing") say what the dates and the budget cannot. ``budgets`` has one row per project
year from the start (the last ends with the project), each valued on its first day; they add up to
the project's ``budget``. A transaction (``incoming-funds``, ``incoming-commitment``,
``outgoing-commitment``, ``disbursement``, ``expenditure``) is money that has moved, so its date is
past; so is the start of a period with an ``actual`` value.

Every language edition gets the same rows, as wagtail-localize keeps them, and the same result,
indicator and period block ids (made from the file name and the entry's place), so wagtail-localize
sees each result as one block in four languages.
"""

import uuid
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone

from core.demo import dates
from core.demo.shared import in_locale
from core.iati.codelists import codelist
from core.iati.identifiers import FORBIDDEN, belongs_to

from ..iati.kinds import (
    BudgetNotProvided,
    BudgetStatus,
    BudgetType,
    IatiRole,
    IndicatorMeasure,
    ResultType,
    StatusOverride,
    TransactionType,
)
from ..iati.models import (
    ProjectBudget,
    ProjectRecipientCountry,
    ProjectRecipientRegion,
    ProjectSector,
    ProjectTransaction,
    one_year_after,
)
from ..kinds import PeriodPrecision, month_end

KEYS = (
    "identifier",
    "status",
    "budget_not_provided",
    "sectors",
    "countries",
    "regions",
    "roles",
    "budgets",
    "transactions",
    "results",
)
STATUSES = {
    "finalisation": StatusOverride.FINALISATION,
    "cancelled": StatusOverride.CANCELLED,
    "suspended": StatusOverride.SUSPENDED,
}
NOT_PROVIDED = {
    "commercial": BudgetNotProvided.COMMERCIAL,
    "legal": BudgetNotProvided.LEGAL,
    "changing": BudgetNotProvided.CHANGING,
}
ROLES = {
    "funding": IatiRole.FUNDING,
    "accountable": IatiRole.ACCOUNTABLE,
    "extending": IatiRole.EXTENDING,
    "implementing": IatiRole.IMPLEMENTING,
}
BUDGET_STATUSES = {"committed": BudgetStatus.COMMITTED, "indicative": BudgetStatus.INDICATIVE}
BUDGET_TYPES = {"original": BudgetType.ORIGINAL, "revised": BudgetType.REVISED}
TRANSACTION_TYPES = {
    "incoming-funds": TransactionType.INCOMING_FUNDS,
    "incoming-commitment": TransactionType.INCOMING_COMMITMENT,
    "outgoing-commitment": TransactionType.OUTGOING_COMMITMENT,
    "disbursement": TransactionType.DISBURSEMENT,
    "expenditure": TransactionType.EXPENDITURE,
}
RESULT_TYPES = {"output": ResultType.OUTPUT, "outcome": ResultType.OUTCOME, "impact": ResultType.IMPACT}
MEASURES = {
    "number": IndicatorMeasure.UNIT,
    "percentage": IndicatorMeasure.PERCENTAGE,
    "qualitative": IndicatorMeasure.QUALITATIVE,
}
HUNDRED = Decimal(100)


# --- reading a value -----------------------------------------------------------------------------


def known_keys(record, allowed):
    for key in record.data:
        if key not in allowed:
            raise record.error(f"is not a key here ({', '.join(allowed)})", key)


def word(record, key, words, default):
    """The code of ``record[key]``, one of the names of ``words`` (``default`` when absent)."""
    value = record.get(key, default, str)
    if value not in words:
        raise record.error(f"should be one of {', '.join(name for name in words if name)}, not {value!r}", key)
    return words[value].value


def number(record, key, required=False, negative=False):
    """``record[key]`` as a Decimal (None when absent and not required)."""
    value = record.get(key, kind=(int, float))
    if value is None:
        if required:
            raise record.error("is missing", key)
        return None
    if value < 0 and not negative:
        raise record.error(f"should not be negative, not {value!r}", key)
    return Decimal(str(value))


def text_of(value):
    return None if value is None else f"{value.normalize():f}"


def day(record, key, today):
    """A required date of ``record`` (core.demo.dates forms)."""
    dates.check(record, key, required=True)
    return dates.date(record, key, today)


def year(record, key, today):
    """A year: written as a number (2022) or counted from this one (``{ years = -1 }``)."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return value
    if isinstance(value, dict) and set(value) == {"years"} and type(value["years"]) is int:
        return today.year + value["years"]
    raise record.error(f"should be a year (2022) or {{ years = -1 }}, not {value!r}", key)


def shares(record, key, list_name):
    """``{code: Decimal percentage}`` of ``record[key]`` (``{ 15112 = 60, 15150 = 40 }``), every
    code active in the IATI list ``list_name``."""
    table = record.table(key)
    found = {}
    for code in table.data:
        item = codelist(list_name).get(code)
        if item is None:
            raise table.error(f"is not a code of the IATI {list_name} list", code)
        if not item.active:
            raise table.error(f"has been withdrawn from the IATI {list_name} list", code)
        found[code] = number(table, code, required=True)
        if not 0 < found[code] <= HUNDRED:
            raise table.error(f"should be a percentage above 0 and at most 100, not {found[code]}", code)
    return found


def check_total(record, key, found, note=""):
    total = sum(found.values(), Decimal(0))
    if found and total != HUNDRED:
        raise record.error(f"add up to {text_of(total)} percent, not 100{note}", key)


# --- periods -------------------------------------------------------------------------------------


def add_years(first, years):
    try:
        return first.replace(year=first.year + years)
    except ValueError:  # 29 February
        return first.replace(year=first.year + years, day=28)


def project_period(item, today):
    """The project's start and end (None while open) as the page keeps them."""
    start, end = dates.date(item, "start", today), dates.date(item, "end", today)
    if item.get("period_precision") == PeriodPrecision.MONTH:
        start, end = start.replace(day=1), end and month_end(end)
    return start, end


def project_years(start, end, count):
    """``[(first day, last day)]`` of ``count`` project years from ``start``, the last cut at ``end``."""
    periods = []
    for n in range(count):
        first = add_years(start, n)
        last = one_year_after(first)
        periods.append((first, min(last, end) if end else last))
    return periods


def years_of(start, end):
    """How many project years a project from ``start`` to ``end`` runs (None while it is open)."""
    if end is None:
        return None
    count = 0
    while add_years(start, count) <= end:
        count += 1
    return count


# --- checking, before anything is made -----------------------------------------------------------


def check(item, vocabulary):
    """Every IATI key of a project file, with the file and the field at fault."""
    if "iati" not in item:
        for language in item.languages.values():
            if "iati" in language:
                raise language.error("has words for results, but the file has no [iati] table", "iati")
        return
    today, iati = timezone.localdate(), item.table("iati")
    known_keys(iati, KEYS)
    check_identifier(iati, vocabulary)
    word(iati, "status", {"": StatusOverride.FROM_DATES, **STATUSES}, "")
    word(iati, "budget_not_provided", {"": BudgetNotProvided.PROVIDED, **NOT_PROVIDED}, "")
    check_total(iati, "sectors", shares(iati, "sectors", "Sector"))
    countries, regions = shares(iati, "countries", "Country"), shares(iati, "regions", "Region")
    check_total(iati, "countries" if countries else "regions", countries | regions, " (countries and regions share one 100)")
    roles = iati.table("roles")
    for key in roles.data:
        if key not in item.table("organisations"):
            raise roles.error("is not an organisation of this project's [organisations]", key)
        word(roles, key, ROLES, None)
    check_budgets(item, iati, today)
    for row in iati.records("transactions"):
        known_keys(row, ("type", "date", "amount"))
        word(row, "type", TRANSACTION_TYPES, None)
        if day(row, "date", today) > today:
            raise row.error("is in the future: a transaction is money that has moved", "date")
        number(row, "amount", required=True)
    check_results(item, iati, today)


def check_identifier(iati, vocabulary):
    identifier = iati.require("identifier")
    if FORBIDDEN.search(identifier):
        raise iati.error(f"{identifier!r} may not contain spaces or the characters / & | ?", "identifier")
    publisher_key = vocabulary.portal.get("publisher")
    publisher = vocabulary.organisations[publisher_key].get("iati_ref", "")
    if not belongs_to(identifier, publisher):
        raise iati.error(
            f"{identifier!r} should start with the IATI identifier of the portal's publisher and a hyphen, "
            f"{publisher + '-'!r} (core/demo/data/organisations/{publisher_key}.toml)",
            "identifier",
        )


def check_budgets(item, iati, today):
    rows = iati.records("budgets")
    for row in rows:
        known_keys(row, ("amount", "status", "type"))
        number(row, "amount", required=True)
        word(row, "status", BUDGET_STATUSES, "committed")
        word(row, "type", BUDGET_TYPES, "original")
    if not rows:
        return
    if iati.get("budget_not_provided"):
        raise iati.error("gives budgets although budget_not_provided says they are not published", "budgets")
    start, end = project_period(item, today)
    expected = years_of(start, end)
    if expected is not None and len(rows) != expected:
        raise iati.error(f"has {len(rows)} rows where the project runs {expected} project years (one row per year)", "budgets")
    budget = number(item.table("budget"), "amount")
    total = sum((number(row, "amount") for row in rows), Decimal(0))
    if budget is not None and total != budget:
        raise iati.error(f"add up to {text_of(total)}, not the project's budget of {text_of(budget)}", "budgets")


def check_results(item, iati, today):
    results = iati.records("results")
    for result in results:
        known_keys(result, ("type", "expected_result", "indicators"))
        word(result, "type", RESULT_TYPES, "output")
        expected = result.get("expected_result", kind=int)
        for code, language in item.languages.items():
            count = len(language.get("results", [], list))
            if expected is not None and not 1 <= expected <= count:
                raise result.error(f"is {expected}, but {code}.results lists {count} expected results", "expected_result")
        if not result.records("indicators"):
            raise result.error("is missing: a result has at least one indicator", "indicators")
        for indicator in result.records("indicators"):
            known_keys(indicator, ("measure", "ascending", "baseline_year", "baseline_value", "periods"))
            word(indicator, "measure", MEASURES, "number")
            indicator.get("ascending", kind=bool)
            if number(indicator, "baseline_value", negative=True) is not None and year(indicator, "baseline_year", today) is None:
                raise indicator.error("is missing: say which year the baseline value is from", "baseline_year")
            if not indicator.records("periods"):
                raise indicator.error("is missing: an indicator has at least one period", "periods")
            for period in indicator.records("periods"):
                known_keys(period, ("start", "end", "target", "actual"))
                start, end = day(period, "start", today), day(period, "end", today)
                if end < start:
                    raise period.error("is before the start", "end")
                number(period, "target", negative=True)
                if number(period, "actual", negative=True) is not None and start > today:
                    raise period.error("is given for a period that has not started", "actual")
    for language in item.languages.values():
        words = language.table("iati")
        known_keys(words, ("results",))
        check_parallel(words, "results", results, "the page has")
        for result, texts in zip(results, words.records("results"), strict=True):
            known_keys(texts, ("title", "description", "indicators"))
            texts.require("title")
            texts.get("description", "", str)
            check_parallel(texts, "indicators", result.records("indicators"), f"{result.path} has")
            for indicator, indicator_texts in zip(result.records("indicators"), texts.records("indicators"), strict=True):
                known_keys(indicator_texts, ("title", "description", "baseline_comment", "period_comments"))
                indicator_texts.require("title")
                for key in ("description", "baseline_comment"):
                    indicator_texts.get(key, "", str)
                comments = indicator_texts.get("period_comments", None, list)
                periods = len(indicator.records("periods"))
                if comments is not None and (len(comments) != periods or not all(isinstance(c, str) for c in comments)):
                    raise indicator_texts.error(f'should be {periods} texts, one per period ("" for none)', "period_comments")


def check_parallel(record, key, shared, whose):
    length = len(record.get(key, [], list))
    if length != len(shared):
        raise record.error(f"has {length} entries where {whose} {len(shared)}", key)


# --- making the page's fields --------------------------------------------------------------------


def block_id(item, *place):
    """The same id in every language (and on every run): from the file name and the entry's place."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"civic-portal-demo:projects/{Path(item.file).stem}/iati.results/{place}"))


def fields(item, code, demo):
    """The IATI fields and rows of one language edition; nothing for a file without ``[iati]``."""
    if "iati" not in item:
        return {}
    today, iati = demo.today, item.table("iati")
    found = {
        "iati_identifier": iati.get("identifier"),
        "iati_status": word(iati, "status", {"": StatusOverride.FROM_DATES, **STATUSES}, ""),
        "iati_budget_not_provided": word(iati, "budget_not_provided", {"": BudgetNotProvided.PROVIDED, **NOT_PROVIDED}, ""),
        "iati_sectors": [
            ProjectSector(code=sector, percentage=share, sort_order=n)
            for n, (sector, share) in enumerate(shares(iati, "sectors", "Sector").items())
        ],
        "iati_countries": [
            ProjectRecipientCountry(country=country, percentage=share, sort_order=n)
            for n, (country, share) in enumerate(shares(iati, "countries", "Country").items())
        ],
        "iati_regions": [
            ProjectRecipientRegion(region=region, percentage=share, sort_order=n)
            for n, (region, share) in enumerate(shares(iati, "regions", "Region").items())
        ],
        "iati_budgets": budgets(item, iati, today),
        "iati_transactions": [
            ProjectTransaction(
                transaction_type=word(row, "type", TRANSACTION_TYPES, None),
                date=dates.date(row, "date", today),
                value=number(row, "amount"),
                value_date=dates.date(row, "date", today),
                sort_order=n,
            )
            for n, row in enumerate(iati.records("transactions"))
        ],
        "iati_results": results_stream(item, code, today),
    }
    if iati.table("roles").data:
        found["organisations"] = organisation_rows(item, code, demo, iati.table("roles"))
    return found


def budgets(item, iati, today):
    rows = iati.records("budgets")
    start, end = project_period(item, today)
    return [
        ProjectBudget(
            budget_type=word(row, "type", BUDGET_TYPES, "original"),
            status=word(row, "status", BUDGET_STATUSES, "committed"),
            period_start=first,
            period_end=last,
            value=number(row, "amount"),
            value_date=first,
            sort_order=n,
        )
        for n, (row, (first, last)) in enumerate(zip(rows, project_years(start, end, len(rows)), strict=True))
    ]


def organisation_rows(item, code, demo, roles):
    """The page's organisations as core.demo.families makes them, with the IATI roles of ``roles``."""
    from ..models import ProjectOrganisation

    organisations, locale = demo.vocabulary["organisations"], demo.locales[code]
    return [
        ProjectOrganisation(
            organisation=in_locale(organisations[key], locale),
            role=role,
            iati_role=word(roles, key, ROLES, None) if key in roles else "",
            sort_order=n,
        )
        for n, (key, role) in enumerate(item.table("organisations").data.items())
    ]


def results_stream(item, code, today):
    """The ``iati_results`` StreamField in its stored form: numbers and dates from ``[iati]``,
    words from the language's table, block ids the same in every language."""
    from ..models import ProjectPage

    stream = []
    shared, words = item.table("iati").records("results"), item.language(code).table("iati").records("results")
    for n, (result, texts) in enumerate(zip(shared, words, strict=True)):
        indicators = []
        pairs = zip(result.records("indicators"), texts.records("indicators"), strict=True)
        for m, (indicator, indicator_texts) in enumerate(pairs):
            periods = indicator.records("periods")
            comments = indicator_texts.get("period_comments") or [""] * len(periods)
            value = {
                "title": indicator_texts.get("title"),
                "description": indicator_texts.get("description", ""),
                "measure": word(indicator, "measure", MEASURES, "number"),
                "ascending": indicator.get("ascending", True),
                "baseline_year": year(indicator, "baseline_year", today),
                "baseline_value": text_of(number(indicator, "baseline_value", negative=True)),
                "baseline_comment": indicator_texts.get("baseline_comment", ""),
                "periods": [
                    {
                        "type": "item",
                        "id": block_id(item, n, m, k),
                        "value": {
                            "start": dates.date(period, "start", today).isoformat(),
                            "end": dates.date(period, "end", today).isoformat(),
                            "target": text_of(number(period, "target", negative=True)),
                            "actual": text_of(number(period, "actual", negative=True)),
                            "comment": comment,
                        },
                    }
                    for k, (period, comment) in enumerate(zip(periods, comments, strict=True))
                ],
            }
            indicators.append({"type": "item", "id": block_id(item, n, m), "value": value})
        value = {
            "result_type": word(result, "type", RESULT_TYPES, "output"),
            "title": texts.get("title"),
            "description": texts.get("description", ""),
            "expected_result": result.get("expected_result"),
            "indicators": indicators,
        }
        stream.append({"type": "result", "id": block_id(item, n), "value": value})
    # What the editor's form would refuse, the demo refuses too (lengths, dates, baselines).
    block = ProjectPage._meta.get_field("iati_results").stream_block
    try:
        block.clean(block.to_python(stream))
    except ValidationError as exc:
        raise item.language(code).error(f"has results the editor would refuse: {exc}", "iati.results") from None
    return stream
