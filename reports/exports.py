"""The donor visibility report as a spreadsheet (CSV or XLSX): the numbers the page shows."""

import csv
import io

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook

from core.spreadsheets import plain_cell

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def donor_tables(report):
    """``[(sheet name, header, rows), …]``."""
    return [
        (_("By month"), [_("Month"), _("Views")], [(month.strftime("%Y-%m"), views) for month, views in report["by_month"]]),
        (_("By language"), [_("Language"), _("Views")], report["by_language"]),
        (
            _("By type"),
            [_("Type"), _("Pages"), _("Views")],
            [(str(label), pages, views) for label, pages, views in report["by_type"]],
        ),
        (
            _("Top pages"),
            [_("Page"), _("Language"), _("Type"), _("Views")],
            [(page["title"], page["language"], str(page["section"]), page["views"]) for page in report["top_pages"]],
        ),
    ]


def filename(report, extension):
    period = report["period"]
    name = slugify(report["subject"].name) or "donor"
    return f"donor-visibility-{name}-{period.start.isoformat()}-{period.end.isoformat()}.{extension}"


def csv_export(report):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename(report, "csv")}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([plain_cell(report["subject"].name), report["period"].start.isoformat(), report["period"].end.isoformat()])
    for title, header, rows in donor_tables(report):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows([plain_cell(cell) for cell in row] for row in rows)
    return response


def xlsx_export(report):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in donor_tables(report):
        sheet = workbook.create_sheet(title[:31])
        sheet.append(header)
        for row in rows:
            sheet.append([plain_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename(report, "xlsx")}"'
    return response
