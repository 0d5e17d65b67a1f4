from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ViewCountsConfig(AppConfig):
    name = "viewcounts"
    verbose_name = _("View counts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import countable

        countable.connect()
