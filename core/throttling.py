"""Rate limits for DRF views (the headless API); a module of its own because DRF imports it while
it is itself being imported, before any view module can be."""

import hashlib

from django.conf import settings
from django.utils import timezone
from rest_framework.throttling import AnonRateThrottle


class HashedAnonRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, keyed by a salted daily hash of the client address.

    The stock throttle puts the bare IP address in the cache key; this keeps only a hash that
    changes every day, like the view beacon's rate limit (``core.counter``). The address is
    ``REMOTE_ADDR`` unless ``REST_FRAMEWORK["NUM_PROXIES"]`` says how many proxies to trust.
    """

    def get_ident(self, request):
        salt = f"{settings.SECRET_KEY}|api|{timezone.now():%Y%m%d}"
        return hashlib.sha256(f"{salt}|{super().get_ident(request)}".encode()).hexdigest()[:32]
