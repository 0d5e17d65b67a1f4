from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormPagesConfig(AppConfig):
    """Form pages: applications, registrations and contact forms built by editors, with places,
    a waiting list, a confirmation e-mail in the visitor's language and a retention period."""

    name = "formpages"
    verbose_name = _("Form pages")
    default_auto_field = "django.db.models.BigAutoField"
