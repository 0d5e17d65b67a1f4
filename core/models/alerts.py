"""Site-wide notices: a water cut, a closed office, an emergency — on every page of one language."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class AlertSeverity(models.TextChoices):
    INFORMATION = "information", _("Information")
    WARNING = "warning", _("Service disruption")
    EMERGENCY = "emergency", _("Emergency")


class SiteAlertQuerySet(models.QuerySet):
    def showing_at(self, moment):
        """Alerts a reader sees at ``moment``: started, and not yet ended."""
        return self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=moment), starts_at__lte=moment)

    def next_change_after(self, moment):
        """The first moment after ``moment`` at which an alert appears or disappears (or None)."""
        starts = self.filter(starts_at__gt=moment).aggregate(first=models.Min("starts_at"))["first"]
        ends = self.filter(ends_at__gt=moment).aggregate(first=models.Min("ends_at"))["first"]
        return min(filter(None, [starts, ends]), default=None)


MESSAGE_FEATURES = ["bold", "italic", "link"]


class SiteAlert(TranslatableMixin, index.Indexed, models.Model):
    """A notice shown above the header of every page in its language between two moments.

    Each language has its own alerts (translate one with wagtail-localize, or write one for a
    single language). Pages kept in the page cache, in the browser or in Varnish are kept no
    longer than until the next alert starts or ends (``core.alerts``), so a scheduled notice
    appears on time, and saving or deleting one clears every kept page.
    """

    title = models.CharField(
        _("title"),
        max_length=160,
        help_text=_("One short sentence readers see first, e.g. “No water in the Podil district until 18:00”."),
    )
    message = RichTextField(
        _("details"),
        blank=True,
        features=MESSAGE_FEATURES,
        help_text=_("Optional: what to do, where to find updates. Keep it to two or three lines."),
    )
    severity = models.CharField(
        _("severity"),
        max_length=20,
        choices=AlertSeverity.choices,
        default=AlertSeverity.INFORMATION,
        help_text=_("Emergency: danger to people. Service disruption: a service is closed or delayed."),
    )
    starts_at = models.DateTimeField(
        _("show from"), default=timezone.now, help_text=_("The notice appears on the site at this moment.")
    )
    ends_at = models.DateTimeField(
        _("show until"),
        null=True,
        blank=True,
        help_text=_("The notice disappears at this moment. Leave empty to show it until you delete it."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = SiteAlertQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("message"),
        FieldPanel("severity"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])], heading=_("When")),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site alert")
        verbose_name_plural = _("site alerts")
        ordering = ["-starts_at", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The admin's editor already cleans what it saves; an alert written by a script, an import
        # or a translation tool goes through the same whitelist, since it is shown on every page.
        from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter  # needs the app registry

        self.message = EditorHTMLConverter(features=MESSAGE_FEATURES).to_database_format(self.message or "")
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The notice must end after it starts.")})

    @property
    def dismiss_token(self):
        """Names this version of the alert: a reader who hid it sees it again once its words change.

        Taken from the words themselves, not the time of the save: an edit within the same second
        still shows again, and saving it unchanged does not bring back what a reader hid."""
        words = "\x1f".join((self.severity, self.title, str(self.message)))
        return f"{self.translation_key}-{hashlib.sha256(words.encode()).hexdigest()[:16]}"
