from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..text import latin_slug


class Category(TranslatableMixin, index.Indexed, models.Model):
    """A section of the editorial plan ("Calls", "Reports", "Programme news").

    Unlike tags, a page has one category. It is a translatable snippet: each locale has its
    own name, and the slug is kept identical across translations (wagtail-localize synchronises
    it) so ``?category=calls`` filters the same section in every language.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        blank=True,
        help_text=_("Used in addresses (?category=…); the same in every language. Filled from the name if empty."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or latin_slug(self.name, max_length=100, fallback="category")
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.slug = self.slug or latin_slug(self.name, max_length=100, fallback="category")
        clash = Category.objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk)
        if self.slug and clash.exists():
            raise ValidationError({"slug": _("Another category in this language already uses this slug.")})
