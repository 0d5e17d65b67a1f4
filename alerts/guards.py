"""What keeps the sign-up form from being used to mail-bomb someone, without a third party.

* **Per client**: every ``POST`` to the sign-up form — valid or not — counts against
  ``ALERTS_SIGNUPS_PER_CLIENT`` (default 10) within ``ALERTS_SIGNUP_WINDOW_SECONDS`` (an hour).
  Over it the answer is ``429`` with ``Retry-After``. Clients are a salted, daily rotated hash of
  their address in the cache (``core.throttling``), never the address.
* **Per address**: at most ``ALERTS_MAILS_PER_ADDRESS`` (default 3) confirmation or "you are
  already subscribed" e-mails to one address within a day, whoever asks. Beyond that nothing is
  sent, and the answer is the same "check your inbox" page, so the form tells nobody anything
  about an address. The key is the keyed hash of the address (``models.address_hash``).
* **Honeypot**: a field people never see (``forms.HONEYPOT_FIELD``). A filled one gets the
  ordinary "check your inbox" page; nothing is stored and nothing is sent.

If the cache cannot count (the cache server is down), both limits let the request through and
the log says so (``core.throttling.hit``): readers are not locked out by an outage.

This is the alerts' own small version of ``formpages.guards`` (plugins never import each other).
"""

import logging
import math

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from core.throttling import hashed_client, hit

from .forms import HONEYPOT_FIELD
from .models import address_hash

logger = logging.getLogger("portal.alerts")

DAY = 24 * 60 * 60


def window_seconds():
    return getattr(settings, "ALERTS_SIGNUP_WINDOW_SECONDS", 3600)


def too_many_signups(request):
    """A ``429`` response when this client has posted the sign-up form too often, else ``None``."""
    limit = getattr(settings, "ALERTS_SIGNUPS_PER_CLIENT", 10)
    if not limit:
        return None
    count = hit("alerts-signups:" + hashed_client(request, "alerts-signup"), timeout=window_seconds(), purpose="sign-up limit")
    if count is None or count <= limit:
        return None
    minutes = math.ceil(window_seconds() / 60)
    message = ngettext(
        "You have sent this form too many times. Please wait %(minutes)s minute and try again.",
        "You have sent this form too many times. Please wait %(minutes)s minutes and try again.",
        minutes,
    ) % {"minutes": minutes}
    response = TemplateResponse(request, "core/too_many_attempts.html", {"message": message}, status=429)
    response["Retry-After"] = str(window_seconds())
    response["Cache-Control"] = "private, no-store"
    return response


def may_mail_address(email):
    """Count one more e-mail to ``email`` today; False when it is one too many (then send none)."""
    limit = getattr(settings, "ALERTS_MAILS_PER_ADDRESS", 3)
    if not limit:
        return True
    count = hit("alerts-address:" + address_hash(email), timeout=DAY, purpose="per-address sign-up limit")
    if count is not None and count > limit:
        logger.info("A sign-up e-mail was not sent: the address had %s today already.", limit)
        return False
    return True


def honeypot_filled(data):
    """Did a program fill the field no person sees?"""
    filled = bool(str(data.get(HONEYPOT_FIELD, "")).strip())
    if filled:
        logger.info("A sign-up with its honeypot filled was dropped.")
    return filled
