"""The alerts in the admin: the Subscribers report (counts for editors and moderators; addresses
only with ``alerts.view_subscriber_addresses``)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.roles import may_read_reports

from . import admin_views


class SubscribersMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_admin_urls")
def register_subscriber_urls():
    return [
        path("alerts/subscribers/", admin_views.subscribers, name="alerts_subscribers"),
        path("alerts/subscribers/addresses/", admin_views.subscriber_addresses, name="alerts_subscriber_addresses"),
    ]


@hooks.register("register_reports_menu_item")
def register_subscribers_menu_item():
    return SubscribersMenuItem(
        _("Subscribers"), reverse("alerts_subscribers"), name="alert-subscribers", icon_name="mail", order=940
    )


@hooks.register("register_permissions")
def register_subscriber_address_permission():
    """Offer ``view_subscriber_addresses`` on the group editing screen (Settings → Groups)."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="alerts", codename="view_subscriber_addresses")
