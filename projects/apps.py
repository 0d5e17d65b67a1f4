from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")
    #: snippets editors look after and translators translate (``core.roles``)
    editorial_snippets = ("region",)
