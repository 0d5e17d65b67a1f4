"""A reader's subscription, what it follows, and the record of what was sent to it.

Personal data is the e-mail address, the language and the choices; nothing else (no name, no
IP address, no opening or clicking is tracked). A subscription stays *pending* until the link in
the confirmation e-mail is opened and is deleted if that does not happen within
``ALERTS_PENDING_DAYS``. Cancelling deletes it; only a keyed hash of the address is kept when the
address bounced or asked to leave, so the portal can honour that without keeping the address.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_secret():
    return secrets.token_urlsafe(24)


def address_hash(email):
    """A keyed hash of a normalised address: enough to recognise it, not to recover it."""
    key = f"{settings.SECRET_KEY}|alerts-address".encode()
    return hmac.new(key, email.strip().lower().encode(), hashlib.sha256).hexdigest()


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("As soon as something is published")
    WEEKLY = "weekly", _("A weekly digest")


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    BOUNCING = "bouncing", _("Stopped: the address refuses mail")


class Subscription(models.Model):
    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=8, help_text=_("The language of the e-mails and of the pages sent."))
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE)
    everything = models.BooleanField(_("everything"), default=False, help_text=_("Every new page in the language."))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    #: Part of every signed link; replacing it invalidates all links sent so far.
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    #: The end of the last week a digest covered (digests are sent for whole weeks only).
    digest_until = models.DateTimeField(null=True, blank=True, editable=False)
    refusals = models.PositiveSmallIntegerField(_("refused deliveries"), default=0)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [models.UniqueConstraint(fields=["email", "language"], name="alerts_one_subscription_per_language")]
        permissions = [("view_subscriber_addresses", _("Can see subscribers' e-mail addresses"))]

    def __str__(self):
        return f"{self.get_frequency_display()} ({self.language})"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class FollowedValue(models.Model):
    """One thing a subscription follows: a ``core.follow`` facet kind and a value of it."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="follows")
    kind = models.CharField(max_length=32)
    value = models.CharField(max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscription", "kind", "value"], name="alerts_follow_once")]
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self):
        return f"{self.kind}: {self.value}"


class PublishedItem(models.Model):
    """A page's first publication in one language, waiting to be announced (the work list of
    ``send_alerts`` and of the task the publication queued)."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    published_at = models.DateTimeField()
    alerts_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["language", "published_at"])]

    def __str__(self):
        return f"page {self.page_id} ({self.language})"


class Delivery(models.Model):
    """One e-mail handed to the mail server: what makes sending idempotent.

    The unique key is written before the message is sent, in the same transaction that decides
    to send it, so a second run (or a second worker) finds it and sends nothing twice.
    """

    class Kind(models.TextChoices):
        ALERT = "alert", _("Alert")
        DIGEST = "digest", _("Weekly digest")

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    #: The page of an alert, or the ISO week (``2026-W49``) of a digest.
    item = models.CharField(max_length=32)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscription", "kind", "item"], name="alerts_deliver_once")]

    def __str__(self):
        return f"{self.kind} {self.item}"


class SuppressedAddress(models.Model):
    """A keyed hash of an address that left or bounced (``address_hash``), never the address."""

    class Reason(models.TextChoices):
        LEFT = "left", _("Unsubscribed")
        BOUNCED = "bounced", _("Refused mail")

    address_hash = models.CharField(max_length=64, unique=True)
    reason = models.CharField(max_length=8, choices=Reason.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.get_reason_display()} {self.address_hash[:12]}…"
