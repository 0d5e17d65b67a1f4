"""The reports in the admin's Reports menu: donor visibility and readership."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.roles import may_read_reports

from . import views


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path("reports/donor-visibility/", views.donor_visibility, name="reports_donor_visibility"),
        path("reports/readership/", views.readership, name="reports_readership"),
    ]


@hooks.register("register_reports_menu_item")
def donor_visibility_menu_item():
    return ReportMenuItem(_("Donor visibility"), reverse("reports_donor_visibility"), icon_name="doc-full", order=900)


@hooks.register("register_reports_menu_item")
def readership_menu_item():
    return ReportMenuItem(_("Readership"), reverse("reports_readership"), icon_name="doc-full", order=910)
