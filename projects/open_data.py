"""The projects of one language as open data: ``projects.csv`` and ``projects.json`` beside the index.

Both carry the same rows, filtered by the listing's own FilterSet (``?status=``, ``?donor=``,
``?region=``, ``?year=``, ``?tag=``; an unknown value is a 404 as on the listing) and limited to
public projects (``core.visibility``). A file costs the same few queries whatever the number of
projects: the projects, their organisations, their communities and their tags, once each.

The CSV is UTF-8 with a byte order mark, so spreadsheet programs read Cyrillic and Lithuanian
letters correctly, and a cell that starts like a formula (``=``, ``+``, ``-``, ``@``) is prefixed
with ``'`` so it is shown as text, never run. The columns are listed in README ("Open data").
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone

from core.models import TaggedPage
from core.models.tags import TagLabel
from core.spreadsheets import plain_cell

from .kinds import ProjectRole

#: The columns of the CSV, and the keys of each project in the JSON, in this order.
COLUMNS = (
    "id",
    "url",
    "title",
    "summary",
    "status",
    "start",
    "end",
    "donors",
    "implementers",
    "partners",
    "regions",
    "communities",
    "budget_amount",
    "budget_currency",
    "budget_eur",
    "funding_programme",
    "tags",
    "last_published",
)
#: Columns holding several names: a list in JSON, joined with this in CSV.
LIST_COLUMNS = {"donors", "implementers", "partners", "regions", "communities", "tags"}
LIST_SEPARATOR = "; "
FILTER_NAMES = ("status", "donor", "region", "year", "tag")


def project_rows(projects, request, language):
    """One dict per project (keys: ``COLUMNS``) of the queryset ``projects``, in its order: four queries in all."""
    model = projects.model
    ProjectOrganisation = model._meta.get_field("organisations").related_model
    ProjectCommunity = model._meta.get_field("communities").related_model
    projects = list(projects.select_related("funding_programme"))
    ids = [project.pk for project in projects]
    roles = {ProjectRole.DONOR: "donors", ProjectRole.IMPLEMENTER: "implementers", ProjectRole.PARTNER: "partners"}
    names = {pk: {column: [] for column in (*roles.values(), "regions", "communities", "tags")} for pk in ids}

    links = (
        ProjectOrganisation.objects.filter(page_id__in=ids)
        .order_by("sort_order", "pk")
        .values_list("page_id", "role", "organisation__name")
    )
    for page_id, role, name in links:
        if role in roles:
            names[page_id][roles[role]].append(name)
    communities = (
        ProjectCommunity.objects.filter(page_id__in=ids)
        .order_by("sort_order", "pk")
        .values_list("page_id", "name", "region__name")
    )
    for page_id, name, region in communities:
        names[page_id]["communities"].append(name)
        if region and region not in names[page_id]["regions"]:
            names[page_id]["regions"].append(region)
    label = TagLabel.objects.filter(tag=OuterRef("tag_id"), locale__language_code=language).values("name")[:1]
    tags = (
        TaggedPage.objects.filter(content_object_id__in=ids)
        .annotate(label=Coalesce(Subquery(label), "tag__name"))
        .order_by("label")
        .values_list("content_object_id", "label")
    )
    for page_id, tag in tags:
        names[page_id]["tags"].append(tag)

    today = timezone.localdate()
    rows = []
    for project in projects:
        currency = (project.budget_currency or "").upper()
        in_euro = project.budget_amount if currency == "EUR" else project.budget_eur
        rows.append(
            {
                "id": project.pk,
                "url": project.get_full_url(request),
                "title": project.title,
                "summary": project.summary,
                "status": str(project.status(today)),
                "start": project.start_date,
                "end": project.end_date,
                **names[project.pk],
                "budget_amount": project.budget_amount,
                "budget_currency": currency if project.budget_amount is not None else "",
                "budget_eur": in_euro,
                "funding_programme": project.funding_programme.name if project.funding_programme else "",
                "last_published": project.last_published_at,
            }
        )
    return rows


def applied_filters(filters):
    """``{"donor": "council-of-europe", …}``: what the rows are filtered by, as the address says it."""
    applied = {}
    for name in FILTER_NAMES:
        value = filters.active.get(name)
        if value is None:
            continue
        applied[name] = value if isinstance(value, (int, str)) else getattr(value, "slug", str(value))
    return applied


def safe_cell(value):
    """A CSV cell: lists joined, dates in ISO 8601, a would-be formula made plain text."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    return plain_cell(value)


def csv_response(rows, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # the byte order mark: Excel then reads the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(row[column]) for column in COLUMNS])
    return response


def json_response(rows, language, filters):
    document = {
        "generated": timezone.now().isoformat(timespec="seconds"),
        "language": language,
        "filters": filters,
        "projects": rows,
    }
    body = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/json; charset=utf-8")
