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

The per-client limit is core's (``core.throttling.over_post_limit``), shared with form pages.
"""

import logging

from django.conf import settings

from core.throttling import hashed_client, hit, over_post_limit

from .forms import HONEYPOT_FIELD
from .models import address_hash

logger = logging.getLogger("portal.alerts")

DAY = 24 * 60 * 60


def window_seconds():
    return getattr(settings, "ALERTS_SIGNUP_WINDOW_SECONDS", 3600)


def too_many_signups(request):
    """A ``429`` response when this client has posted the sign-up form too often, else ``None``."""
    return over_post_limit(
        request,
        "alerts-signups:" + hashed_client(request, "alerts-signup"),
        limit=getattr(settings, "ALERTS_SIGNUPS_PER_CLIENT", 10),
        window=window_seconds(),
        purpose="sign-up limit",
    )


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
