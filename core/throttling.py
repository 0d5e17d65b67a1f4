"""Rate limits: who a client is, and DRF's throttle for the headless API. A module of its own
because DRF imports it while it is itself being imported, before any view module can be."""

import hashlib

from django.conf import settings
from django.utils import timezone
from rest_framework.throttling import AnonRateThrottle


def client_address(request):
    """The client's address as our own proxies saw it, the way DRF's throttles read it.

    ``NUM_PROXIES`` (setting, env) says how many proxies in front of the app append to
    ``X-Forwarded-For``: 0 trusts only ``REMOTE_ADDR``; with N, the N-th address from the right
    is the client (anything further left was written by the client and proves nothing). Behind a
    proxy with ``NUM_PROXIES=0`` every visitor would share the proxy's address, and so its limits.
    """
    proxies = getattr(settings, "NUM_PROXIES", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if proxies and forwarded:
        addresses = forwarded.split(",")
        return addresses[-min(proxies, len(addresses))].strip()
    return request.META.get("REMOTE_ADDR", "")


def hashed_client(request, purpose, *extra):
    """A salted hash of the client's address (and ``extra``), for cache keys: never the address itself.

    The salt includes the day, so yesterday's keys cannot be linked to today's.
    """
    salt = f"{settings.SECRET_KEY}|{purpose}|{timezone.now():%Y%m%d}"
    material = "|".join((salt, client_address(request), *extra))
    return hashlib.sha256(material.encode()).hexdigest()[:32]


class HashedAnonRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, keyed by a salted daily hash of the client address.

    The stock throttle puts the bare IP address in the cache key; this keeps only a hash that
    changes every day, like the view beacon's rate limit (``core.counter``). The address is
    ``REMOTE_ADDR`` unless ``REST_FRAMEWORK["NUM_PROXIES"]`` says how many proxies to trust.
    """

    def get_ident(self, request):
        salt = f"{settings.SECRET_KEY}|api|{timezone.now():%Y%m%d}"
        return hashlib.sha256(f"{salt}|{super().get_ident(request)}".encode()).hexdigest()[:32]
