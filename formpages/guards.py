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
import math

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from core.throttling import hashed_client, hit

from .forms import HONEYPOT_FIELD

logger = logging.getLogger("portal.formpages")


def window_seconds():
    return getattr(settings, "FORM_POST_WINDOW_SECONDS", 3600)


def too_many_posts(request, page):
    """A ``429`` response when this client has posted ``page``'s form too often, else ``None``."""
    limit = getattr(settings, "FORM_POSTS_PER_CLIENT", 20)
    if not limit:
        return None
    key = "form-posts:" + hashed_client(request, "form", str(page.translation_key))
    count = hit(key, timeout=window_seconds(), purpose="form limit")
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


def honeypot_filled(data):
    """Did a program fill the field no person sees?"""
    filled = bool(str(data.get(HONEYPOT_FIELD, "")).strip())
    if filled:
        logger.info("A form post with its honeypot filled was dropped.")
    return filled
