from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared plugin: behaviour every page family reuses (settings, snippets, formats, navigation)."""

    name = "core"
    verbose_name = _("Portal core")
    #: snippets editors look after and translators translate (``core.roles``)
    editorial_snippets = ("organisation", "fundingprogramme", "category", "tag", "sitealert")

    def ready(self):
        from . import origin, roles, signals

        signals.connect()
        roles.connect()
        origin.install()
