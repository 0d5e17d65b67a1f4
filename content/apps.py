from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """Plain content pages: "About us", "Contacts", a notice, a section of other pages."""

    name = "content"
    verbose_name = _("Content pages")
    default_auto_field = "django.db.models.BigAutoField"
