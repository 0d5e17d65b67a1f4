"""The signed links a subscriber gets instead of an account, and the absolute addresses they live at.

Two kinds of token, both made with ``django.core.signing`` (so only this portal's ``SECRET_KEY`` can
make them) and each with its own salt, so one can never stand in for the other:

* **confirm** — in the confirmation e-mail; valid ``ALERTS_PENDING_DAYS`` days (as long as a
  pending sign-up is kept).
* **manage** — in every other e-mail: change the choices, download the data, leave (the
  ``List-Unsubscribe`` address is the manage link's ``unsubscribe/``). It does not expire.

Both carry the subscription's id and a digest of its ``secret``: replacing the secret
(``Subscription.secret = new_secret()``) invalidates every link sent so far, without a list of
revoked tokens.

Absolute links (e-mails) start at :func:`base_url`: ``PUBLIC_BASE_URL`` when it is set, else the
origin of the request being answered (``core.origin``), else the default Site's root URL — the
worker that sends alerts has no request, so production sets ``PUBLIC_BASE_URL``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from core.origin import configured_origin, current_request, request_origin

from .models import Subscription

CONFIRM_SALT = "alerts.confirm"
MANAGE_SALT = "alerts.manage"


def pending_days():
    """How long a sign-up waits for its confirmation (and the confirmation link stays valid)."""
    return getattr(settings, "ALERTS_PENDING_DAYS", 7)


def _secret_digest(subscription):
    return salted_hmac("alerts.token-secret", subscription.secret).hexdigest()[:16]


def _make(subscription, salt):
    return signing.dumps([subscription.pk, _secret_digest(subscription)], salt=salt)


def confirm_token(subscription):
    return _make(subscription, CONFIRM_SALT)


def manage_token(subscription):
    return _make(subscription, MANAGE_SALT)


@dataclass(frozen=True)
class TokenCheck:
    """What a token said: ``subscription`` when it is good and the subscription exists.

    ``gone``: a link this portal made whose subscription has since been deleted (cancelled, or
    never confirmed); ``expired``: a confirmation link that is too old. Neither: a forged or
    damaged link, or one whose secret was replaced.
    """

    subscription: Subscription | None = None
    gone: bool = False
    expired: bool = False


def _check(token, salt, max_age=None):
    try:
        subscription_id, digest = signing.loads(token, salt=salt, max_age=max_age)
        subscription_id = int(subscription_id)
        digest = str(digest)
    except signing.SignatureExpired:
        return TokenCheck(expired=True)
    except (signing.BadSignature, TypeError, ValueError):
        return TokenCheck()
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return TokenCheck(gone=True)
    if not constant_time_compare(digest, _secret_digest(subscription)):
        return TokenCheck()  # its secret was replaced: every link sent before is void
    return TokenCheck(subscription=subscription)


def check_confirm_token(token):
    return _check(token, CONFIRM_SALT, max_age=pending_days() * 24 * 60 * 60)


def check_manage_token(token):
    return _check(token, MANAGE_SALT)


def base_url(request=None):
    """``scheme://host[:port]`` of the links in e-mails (see the module's docstring)."""
    configured = configured_origin()
    if configured:
        return configured
    request = request or current_request()
    if request is not None:
        origin = request_origin(request)
        if origin:
            return origin
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is not None:
        return site.root_url.rstrip("/")
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "http://localhost").rstrip("/")


def subscription_path(name, subscription, token):
    """The path of ``alerts:<name>`` in the subscription's language (its e-mails' language)."""
    with translation.override(subscription.language):
        return reverse(f"alerts:{name}", kwargs={"token": token})


def confirm_url(subscription, base=None):
    return (base or base_url()) + subscription_path("confirm", subscription, confirm_token(subscription))


def manage_url(subscription, base=None):
    return (base or base_url()) + subscription_path("manage", subscription, manage_token(subscription))


def unsubscribe_url(subscription, base=None):
    """The ``List-Unsubscribe`` address: ``POST`` here with ``List-Unsubscribe=One-Click`` leaves."""
    return (base or base_url()) + subscription_path("unsubscribe", subscription, manage_token(subscription))


def data_url(subscription, base=None):
    return (base or base_url()) + subscription_path("data", subscription, manage_token(subscription))
