"""The reader's side of e-mail alerts, without an account (``alerts.urls``, under ``/<lang>/subscribe/``).

* ``subscribe`` — the sign-up form; a valid post stores a *pending* subscription and sends one
  e-mail: a confirmation link (or, for an address already confirmed in that language, a
  reminder with its manage link). The answer is the same "check your inbox" page whatever the
  address, so the form tells nobody who is subscribed. Rate limits and a honeypot: ``guards``.
* ``confirm`` — the link in that e-mail. ``GET`` only shows a button: mail scanners open links,
  and opening must not confirm; the ``POST`` confirms.
* ``manage`` — change the choices, download the data, leave; the link in every e-mail.
* ``unsubscribe`` — the ``List-Unsubscribe`` address (RFC 8058): a ``POST`` with
  ``List-Unsubscribe=One-Click`` deletes the subscription, without a CSRF token (mail programs
  have none; the signed link is the authorisation); ``GET`` shows a button.
* ``personal_data`` — ``data.json``, everything stored about the address.

No answer is ever kept by the page cache or a CDN (``private, no-cache``; the pages of a token
also ``no-store``), and a bad link is a ``404`` page in the portal's frame, never a ``500``.
"""

import json

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from . import emails, guards, tokens
from .forms import SubscribeForm, SubscriptionChoicesForm, describe, language_choices
from .models import Status, Subscription, SuppressedAddress, address_hash
from .personal_data import export, forget


def _private(response, personal=False):
    """Never shared: the sign-up form carries a CSRF token, a token's pages are one reader's."""
    patch_cache_control(response, private=True, no_cache=True, **({"no_store": True} if personal else {}))
    if personal:
        # The token is in the address: it never leaves the portal in a Referer header.
        response["Referrer-Policy"] = "same-origin"
    return response


def _render(request, template, context=None, status=200, personal=False):
    context = {**(context or {}), "personal": personal}
    return _private(TemplateResponse(request, template, context, status=status), personal=personal)


def _link_problem(request, check, purpose):
    """The ``404`` page of a link that does not work, saying why and what to do."""
    if check.expired:
        reason = "expired"
    elif check.gone:
        reason = "gone"
    else:
        reason = "damaged"
    context = {"reason": reason, "purpose": purpose, "pending_days": tokens.pending_days()}
    return _render(request, "alerts/link_problem.html", context, status=404, personal=True)


# --- signing up --------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method == "POST":
        refused = guards.too_many_signups(request)
        if refused is not None:
            return refused
        if guards.honeypot_filled(request.POST):
            return _check_inbox(request, email=str(request.POST.get("email", ""))[:254])
        form = SubscribeForm(request.POST)
        if form.is_valid():
            sign_up(form, request)
            return _check_inbox(request, email=form.cleaned_data["email"])
        return _render(request, "alerts/subscribe.html", {"form": form, **_addresses(request)})
    form = SubscribeForm()
    ignored = form.preselect(request.GET)
    return _render(request, "alerts/subscribe.html", {"form": form, "ignored": ignored, **_addresses(request)})


def _addresses(request):
    """The form's canonical address and its translations, without the query (``?tag=…``) a
    "Follow this" link brings: one form to index, not one per topic."""
    alternates = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            alternates.append((code, request.build_absolute_uri(reverse("alerts:subscribe"))))
    return {"canonical_url": request.build_absolute_uri(request.path), "alternates": alternates}


def _check_inbox(request, email):
    context = {"email": email, "pending_days": tokens.pending_days()}
    return _render(request, "alerts/check_inbox.html", context, personal=True)


def sign_up(form, request):
    """Store the sign-up and send its one e-mail (within the per-address limit).

    A new address, or one still pending (or refusing mail), gets the choices just made and a
    confirmation link; an address already confirmed in that language keeps its choices — a
    stranger must not change them — and is reminded where to change them itself.
    """
    email, language = form.cleaned_data["email"], form.cleaned_data["language"]
    try:
        with transaction.atomic():
            subscription, confirmed = _store(form, email, language)
    except IntegrityError:  # the same address signed up twice at the same moment
        with transaction.atomic():
            subscription, confirmed = _store(form, email, language)
    if not guards.may_mail_address(email):
        return
    base = tokens.base_url(request)
    if confirmed:
        emails.send_already_subscribed(subscription, base)
    else:
        emails.send_confirmation(subscription, base)


def _store(form, email, language):
    subscription = Subscription.objects.select_for_update().filter(email=email, language=language).first()
    if subscription is not None and subscription.status == Status.CONFIRMED:
        return subscription, True
    if subscription is None:
        subscription = Subscription(email=email, language=language, status=Status.PENDING)
    else:
        # Signing up again restarts the wait for a confirmation, with the new choices.
        subscription.created_at = timezone.now()
    form.apply(subscription)
    return subscription, False


# --- confirming --------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    check = tokens.check_confirm_token(token)
    subscription = check.subscription
    if subscription is None:
        return _link_problem(request, check, "confirm")
    if request.method == "POST":
        if subscription.status != Status.CONFIRMED:
            subscription.status = Status.CONFIRMED
            subscription.confirmed_at = timezone.now()
            subscription.refusals = 0
            subscription.save(update_fields=["status", "confirmed_at", "refusals"])
            # Confirming is asking for mail again: a hash kept from leaving or bouncing goes.
            SuppressedAddress.objects.filter(address_hash=address_hash(subscription.email)).delete()
        return _render(request, "alerts/confirmed.html", _subscription_context(subscription), personal=True)
    context = {**_subscription_context(subscription), "token": token}
    return _render(request, "alerts/confirm.html", context, personal=True)


def _subscription_context(subscription):
    token = tokens.manage_token(subscription)
    return {
        "subscription": subscription,
        "following": describe(subscription),
        "language_name": dict(language_choices()).get(subscription.language, subscription.language),
        "manage_path": tokens.subscription_path("manage", subscription, token),
        "unsubscribe_path": tokens.subscription_path("unsubscribe", subscription, token),
        "data_path": tokens.subscription_path("data", subscription, token),
    }


# --- managing and leaving ----------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    check = tokens.check_manage_token(token)
    subscription = check.subscription
    if subscription is None:
        return _link_problem(request, check, "manage")
    saved = False
    if request.method == "POST":
        form = SubscriptionChoicesForm(request.POST, subscription=subscription)
        if form.is_valid():
            form.apply(subscription)
            saved = True
            form = SubscriptionChoicesForm(subscription=subscription)
    else:
        form = SubscriptionChoicesForm(subscription=subscription)
    context = {**_subscription_context(subscription), "form": form, "saved": saved}
    return _render(request, "alerts/manage.html", context, personal=True)


ONE_CLICK = "One-Click"


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """RFC 8058: the mail program posts ``List-Unsubscribe=One-Click`` here, without cookies or a
    CSRF token; the button on the ``GET`` page posts the same. Posting again once the subscription
    is gone is not an error (a mail program may retry)."""
    check = tokens.check_manage_token(token)
    subscription = check.subscription
    if request.method == "POST":
        if request.POST.get("List-Unsubscribe") != ONE_CLICK:
            return _render(
                request, "alerts/link_problem.html", {"reason": "request", "purpose": "manage"}, status=400, personal=True
            )
        if subscription is None and not check.gone:
            return _link_problem(request, check, "manage")
        language = subscription.language if subscription else None
        if subscription is not None:
            forget(subscription)
        return _render(request, "alerts/goodbye.html", {"language": language}, personal=True)
    if subscription is None:
        return _link_problem(request, check, "manage")
    context = {**_subscription_context(subscription), "one_click": ONE_CLICK}
    return _render(request, "alerts/unsubscribe.html", context, personal=True)


@require_safe
def personal_data(request, token):
    """``data.json``: everything stored about the address, as a file to keep."""
    check = tokens.check_manage_token(token)
    if check.subscription is None:
        return _link_problem(request, check, "manage")
    body = json.dumps(export(check.subscription), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="e-mail-alerts-data.json"'
    return _private(response, personal=True)
