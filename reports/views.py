"""The admin's donor visibility and readership reports (registered in ``reports.wagtail_hooks``)."""

from django.http import HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext as _

from core.roles import may_read_reports

from .charts import bar_chart
from .data import Period, donor_report, readership_report
from .exports import csv_export, xlsx_export
from .forms import DonorReportForm, PeriodForm

EXPORTS = {"csv": csv_export, "xlsx": xlsx_export}


def forbidden():
    """A 403 (Wagtail would turn ``PermissionDenied`` into a redirect to the dashboard)."""
    return HttpResponseForbidden(_("Only editors and moderators may read the reports."))


def donor_visibility(request):
    """Where a donor or programme is named, and how much those pages are read."""
    if not may_read_reports(request.user):
        return forbidden()
    form = DonorReportForm(request.GET or None)
    report = None
    if request.GET and form.is_valid():
        report = donor_report(form.subject, Period(form.cleaned_data["start"], form.cleaned_data["end"]))
        export = EXPORTS.get(request.GET.get("format", ""))
        if export is not None:
            return export(report)
        report["chart"] = bar_chart((month.strftime("%m.%Y"), views) for month, views in report["by_month"])
    context = {"form": form, "report": report, "page_title": _("Donor visibility")}
    if report:
        context["csv_query"] = _with_format(request, "csv")
        context["xlsx_query"] = _with_format(request, "xlsx")
    return render(request, "reports/donor_visibility.html", context)


def readership(request):
    """Views per section, language and month, and the most read pages against the period before."""
    if not may_read_reports(request.user):
        return forbidden()
    form = PeriodForm(request.GET or None)
    report = None
    if form.is_valid():
        report = readership_report(Period(form.cleaned_data["start"], form.cleaned_data["end"]))
        report["chart"] = bar_chart((month.strftime("%m.%Y"), views) for month, views in report["by_month"])
    return render(request, "reports/readership.html", {"form": form, "report": report, "page_title": _("Readership")})


def _with_format(request, export_format):
    query = request.GET.copy()
    query["format"] = export_format
    return query.urlencode()
