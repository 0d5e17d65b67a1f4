from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """E-mail alerts and weekly digests for readers, without an account: they follow tags,
    regions, donors and event kinds (whatever the families offer through ``core.follow``), in
    their language, with double opt-in and one-click unsubscribe."""

    name = "alerts"
    verbose_name = _("E-mail alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401 (connects page_published)
