"""What stands between a program posting forms and the submissions table, without a third party:
a rate limit per client and a honeypot. (Django's CSRF check comes first, see ``FormPage.serve``.)

* **Rate limit**: every ``POST`` to a form — valid or not — counts against
  ``FORM_POSTS_PER_CLIENT`` within ``FORM_POST_WINDOW_SECONDS``, per client and per form (its
  translations count as one form). Over the limit the answer is ``429`` with ``Retry-After`` and a
  message in the visitor's language, and the answers are not even read. Clients are a salted,
  daily rotated hash of their address in the cache (``core.throttling``), never the address; if
  the cache cannot count, posts go through and the log says so.
* **Honeypot**: a text field people never see (``forms.HONEYPOT_FIELD``). A filled one is dropped
  silently: the sender gets the ordinary thank-you page (``200``), nothing is stored and no e-mail
  leaves. A program learns nothing to adapt to; a person cannot fill the field by accident (it is
  off screen, hidden from assistive technology, out of the tab order and closed to autofill).
"""

import logging

from django.conf import settings

from core.throttling import hashed_client, over_post_limit

from .forms import HONEYPOT_FIELD

logger = logging.getLogger("portal.formpages")


def window_seconds():
    return getattr(settings, "FORM_POST_WINDOW_SECONDS", 3600)


def too_many_posts(request, page):
    """A ``429`` response when this client has posted ``page``'s form too often, else ``None``."""
    return over_post_limit(
        request,
        "form-posts:" + hashed_client(request, "form", str(page.translation_key)),
        limit=getattr(settings, "FORM_POSTS_PER_CLIENT", 20),
        window=window_seconds(),
        purpose="form limit",
    )


def honeypot_filled(data):
    """Did a program fill the field no person sees?"""
    filled = bool(str(data.get(HONEYPOT_FIELD, "")).strip())
    if filled:
        logger.info("A form post with its honeypot filled was dropped.")
    return filled
