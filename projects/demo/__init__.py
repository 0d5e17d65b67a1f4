"""Projects in the demo: one file per project in ``projects/``, the section page in ``index.toml``,
the regions and communities they work in in ``regions.toml`` and ``communities.toml``.

``start`` and ``end`` are fixed or relative to today (``{ years = -1, month = 3, day = 1 }``), so a
fresh demo has planned, active and completed projects. A ``budget`` has an ``amount``, a
``currency`` and, in another currency, its ``eur`` value on a ``rate_date`` (or ``"start"``).
What a project reports to IATI is in its ``[iati]`` table (:mod:`projects.demo.iati`); a community's
official ``code`` (KATOTTH, EHAK or municipality, by the country of its region) is in
``communities.toml``.
"""

import re
import uuid
from decimal import Decimal
from functools import partial
from pathlib import Path

from core.demo import dates, views
from core.demo.families import PageFamily
from core.demo.records import read_toml
from core.demo.shared import ensure_translated, in_locale

from ..iati.kinds import SCHEME_FORMATS
from ..models import ProjectCommunity, ProjectComponent, ProjectIndexPage, ProjectOrganisation, ProjectPage, ProjectResult, Region
from . import iati

FOLDER = Path(__file__).parent
#: a country of regions.toml -> the official list of its communities' codes
SCHEMES = {country.lower(): scheme.value for scheme, (country, _pattern, _example) in SCHEME_FORMATS.items()}


def community_records():
    """``{community: (its record in communities.toml, the scheme of its code or "")}``, checked."""
    regions = read_toml(FOLDER / "regions.toml").table("regions")
    found = {}
    for key, community in read_toml(FOLDER / "communities.toml").tables().items():
        region = community.require("region")
        if region not in regions:
            raise community.error(f"names {region!r}, which is not a region of projects/demo/regions.toml", "region")
        scheme, code = SCHEMES.get(regions.table(region).require("country"), ""), community.get("code", "", str)
        if code:
            if not scheme:
                raise community.error("is given, but the region's country has no list of official codes", "code")
            _country, pattern, example = SCHEME_FORMATS[scheme]
            if not re.match(pattern, code):
                raise community.error(f"{code!r} is not a {scheme} code; it looks like {example!r}", "code")
        found[key] = (community, scheme if code else "")
    return found


def check_project(project, vocabulary):
    """What only a project file holds: its communities and its IATI table."""
    communities = community_records()
    for row in project.records("communities"):
        if row.require("community") not in communities:
            raise row.error("is not a community of projects/demo/communities.toml", "community")
    iati.check(project, vocabulary)


def load_regions(demo):
    """Regions (one slug in every language, countries named per language) and communities."""
    data = read_toml(FOLDER / "regions.toml")
    countries = data.table("countries")
    regions = demo.vocabulary["regions"] = {}
    for slug, region in data.table("regions").tables().items():
        country = countries.table(region.require("country"))
        names = {code: name for code, name in region.data.items() if code in demo.locales}
        texts = {code: {"name": name, "country": country.require(code)} for code, name in names.items()}
        regions[slug] = ensure_translated(demo, Region, lookup={"slug": slug}, texts=texts, create=partial(dict, slug=slug))
    demo.vocabulary["communities"] = community_records()
    demo.log(f"Regions: {len(regions)}.")


def community_rows(project, code, demo):
    """The project's communities in one language. A row is the same community in every language
    (one translation key, as wagtail-localize would keep it), so the IATI file names each location
    once, in every language."""
    communities, regions, locale = demo.vocabulary["communities"], demo.vocabulary["regions"], demo.locales[code]
    rows = []
    for number, row in enumerate(project.records("communities")):
        community, scheme = communities[row.require("community")]
        latitude, longitude = row.get("latitude", kind=(int, float)), row.get("longitude", kind=(int, float))
        rows.append(
            ProjectCommunity(
                name=community.get(code, community.get(demo.source_code)),
                region=in_locale(regions[community.require("region")], locale),
                latitude=Decimal(str(latitude)) if latitude is not None else None,
                longitude=Decimal(str(longitude)) if longitude is not None else None,
                admin_scheme=scheme,
                admin_code=community.get("code", "") if scheme else "",
                translation_key=uuid.uuid5(
                    uuid.NAMESPACE_URL, f"civic-portal-demo:projects/{Path(project.file).stem}/communities/{number}"
                ),
                sort_order=number,
            )
        )
    return rows


def project_fields(project, code, demo):
    language, today = project.language(code), demo.today
    start = dates.date(project, "start", today)
    budget = project.table("budget")
    amount, euros = budget.get("amount", kind=(int, float)), budget.get("eur", kind=(int, float))
    rate_date = start if budget.get("rate_date") == "start" else dates.date(budget, "rate_date", today)
    return {
        "start_date": start,
        "end_date": dates.date(project, "end", today),
        "budget_amount": Decimal(str(amount)) if amount is not None else None,
        "budget_currency": budget.get("currency", "", str),
        "budget_eur": Decimal(str(euros)) if euros is not None else None,
        "budget_eur_rate_date": rate_date if euros is not None else None,
        "communities": community_rows(project, code, demo),
        "components": [ProjectComponent(text=text, sort_order=n) for n, text in enumerate(language.get("components", []))],
        "results": [ProjectResult(text=text, sort_order=n) for n, text in enumerate(language.get("results", []))],
    } | iati.fields(project, code, demo)


DEMO = PageFamily(
    page_model=ProjectPage,
    index_model=ProjectIndexPage,
    folder=FOLDER,
    items="projects",
    required=("title", "goal", "summary", "start"),
    dates=("start", "end"),
    parallel=("components", "results"),
    image_prefix="project",
    organisation_model=ProjectOrganisation,
    check_item=check_project,
    prepare=load_regions,
    fields=project_fields,
    views=views.total_only,
    view_seed="project-views/{code}/{slug}",
)
