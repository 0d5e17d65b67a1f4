"""Every e-mail the alerts send is built here: the confirmation and "already subscribed" mails of
the sign-up (this module) and the alerts and digests (``send_alerts``), through one
:func:`build_message`.

What every message has, so the two sides cannot drift apart:

* plain text **and** HTML, rendered in the subscriber's language (``translation.override``) from
  ``<template_name>.txt`` and ``<template_name>.html``, which extend ``alerts/email/base.txt`` /
  ``base.html``: the portal's name (``PortalSettings.site_name``) and colours as inline CSS (mail
  programs ignore style sheets), no remote image and nothing that tracks opening or clicking;
* ``Message-ID`` on the portal's own domain, ``Content-Language``;
* ``List-Unsubscribe: <https://…/<lang>/subscribe/<token>/unsubscribe/>`` and
  ``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (RFC 8058), so the mail program's own
  "unsubscribe" button works; no ``mailto:`` (nobody reads a mailbox for it);
* absolute links from ``tokens.base_url()`` (``PUBLIC_BASE_URL``, else the request's origin, else
  the default Site's root URL);
* UTF-8 throughout (Django's mail), so Cyrillic and Lithuanian subjects and names arrive intact.
"""

import logging
from email.utils import formataddr, make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import sent

from . import tokens
from .forms import describe

logger = logging.getLogger("portal.alerts")

#: The portal's palette (site/static/css/portal.css, light scheme), for inline styles.
COLORS = {
    "brand": "#0b3d91",
    "brand_strong": "#082c6b",
    "brand_contrast": "#ffffff",
    "accent": "#f4c542",
    "ink": "#1b2330",
    "ink_muted": "#4b5565",
    "paper": "#ffffff",
    "paper_soft": "#f3f5f9",
    "line": "#d9dee7",
}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif"
#: Inline styles the templates share (``style="{{ styles.p }}"``), so every mail looks alike.
STYLES = {
    "h1": f"margin: 0 0 16px; font-size: 24px; line-height: 1.25; color: {COLORS['ink']};",
    "h2": f"margin: 24px 0 8px; font-size: 19px; line-height: 1.3; color: {COLORS['ink']};",
    "p": "margin: 0 0 16px;",
    "muted": f"margin: 0 0 16px; font-size: 14px; color: {COLORS['ink_muted']};",
    "meta": f"margin: 0 0 4px; font-size: 13px; color: {COLORS['ink_muted']};",
    "link": f"color: {COLORS['brand']};",
    #: A long address shown as text: it wraps instead of widening the message.
    "url": f"color: {COLORS['brand']}; word-break: break-all; overflow-wrap: anywhere;",
    "button": (
        f"display: inline-block; padding: 12px 22px; border-radius: 999px; background: {COLORS['brand']}; "
        f"color: {COLORS['brand_contrast']}; font-weight: 600; text-decoration: none;"
    ),
    "list": "margin: 0 0 16px; padding-left: 20px;",
    "item": f"margin: 0 0 16px; padding: 0 0 16px; border-bottom: 1px solid {COLORS['line']};",
}


def site_name():
    """The portal's name as its header shows it (``PortalSettings`` of the default site)."""
    from wagtail.models import Site

    from core.models import PortalSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return PortalSettings.for_site(site).site_name
    return getattr(settings, "WAGTAIL_SITE_NAME", "")


def from_address(name):
    """``ALERTS_FROM_EMAIL`` or ``DEFAULT_FROM_EMAIL``, with the portal's name when it has none."""
    address = getattr(settings, "ALERTS_FROM_EMAIL", "") or settings.DEFAULT_FROM_EMAIL
    if "<" in address or not name:
        return address
    return formataddr((name, address))


def _one_line(text):
    return " ".join(str(text).split())


def build_message(subscription, subject, template_name, context=None, base_url=None, headers=None):
    """An ``EmailMultiAlternatives`` to ``subscription.email``, ready to ``send()``.

    ``subject`` may be a lazy string: it is translated in the subscriber's language.
    ``template_name`` is without extension (``"alerts/email/alert"`` renders ``alert.txt`` and
    ``alert.html``). ``context`` is added to what every template gets: ``subscription``,
    ``site_name``, ``subject``, ``base_url``, ``home_url``, ``manage_url``, ``unsubscribe_url``,
    ``colors`` (``COLORS``), ``styles`` (``STYLES``) and ``font``. ``base_url`` defaults to ``tokens.base_url()``;
    ``headers`` are added to (or override) the standard ones.
    """
    base = (base_url or tokens.base_url()).rstrip("/")
    name = site_name()
    language = subscription.language
    with translation.override(language):
        subject = _one_line(subject)
        full_context = {
            "subscription": subscription,
            "site_name": name,
            "subject": subject,
            "base_url": base,
            "home_url": f"{base}/{language}/",
            "manage_url": tokens.manage_url(subscription, base),
            "unsubscribe_url": tokens.unsubscribe_url(subscription, base),
            "colors": COLORS,
            "styles": STYLES,
            "font": FONT,
            **(context or {}),
        }
        text = render_to_string(f"{template_name}.txt", full_context)
        html = render_to_string(f"{template_name}.html", full_context)
    domain = urlsplit(base).hostname or "localhost"
    message_headers = {
        "Message-ID": make_msgid(domain=domain),
        "Content-Language": language,
        "List-Unsubscribe": f"<{full_context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        **(headers or {}),
    }
    message = EmailMultiAlternatives(
        subject, text, from_email=from_address(name), to=[subscription.email], headers=message_headers
    )
    message.attach_alternative(html, "text/html")
    return message


def send_confirmation(subscription, base_url=None):
    """The double opt-in mail: a link that confirms (valid ``ALERTS_PENDING_DAYS`` days)."""
    base = base_url or tokens.base_url()
    with translation.override(subscription.language):
        subject = _("Confirm your e-mail alerts from %(site)s") % {"site": site_name()}
    context = {
        "confirm_url": tokens.confirm_url(subscription, base),
        "following": describe(subscription),
        "pending_days": tokens.pending_days(),
    }
    return sent(build_message(subscription, subject, "alerts/email/confirm", context, base), logger, "confirmation")


def send_already_subscribed(subscription, base_url=None):
    """For a sign-up of an address that is already subscribed: where to change it, nothing else."""
    base = base_url or tokens.base_url()
    with translation.override(subscription.language):
        subject = _("You already receive e-mail alerts from %(site)s") % {"site": site_name()}
    context = {"following": describe(subscription)}
    return sent(build_message(subscription, subject, "alerts/email/already_subscribed", context, base), logger, "reminder")
