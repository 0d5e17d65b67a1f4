"""Regions (oblasts, counties, apskritys) that project communities sit in: a translatable
snippet with one slug in every language, kept apart so the listing filters can use it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.text import latin_slug


class Region(TranslatableMixin, index.Indexed, models.Model):
    """An oblast, county or apskritis. Translatable, with one slug in every language, so the
    region filter of the Ukrainian listing and the English one mean the same place."""

    name = models.CharField(_("name"), max_length=120, help_text=_("E.g. “Kharkiv oblast”, “Tartu County”."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        blank=True,
        help_text=_("Used in filter addresses (?region=…); the same in every language. Filled in if empty."),
    )
    country = models.CharField(_("country"), max_length=80, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("country")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Translations copy the source's slug (copy_for_translation), so only new regions need one.
        if not self.slug:
            self.slug = latin_slug(self.name, max_length=80, fallback="region")
        super().save(*args, **kwargs)
