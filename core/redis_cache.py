"""django-redis that behaves like an empty cache while Redis is unreachable, instead of a 500.

Every page, the chrome, Wagtail's site lookup, renditions, rate limits and the page cache read the
cache on every request, so an outage of the cache server must cost speed, never answers. Two
things on top of django-redis's ``IGNORE_EXCEPTIONS`` make that true:

* a **breaker**: after a failure the process stops asking Redis for ``BREAKER_SECONDS`` and answers
  misses straight away — a request does not wait for thirty refused connections, and the log gets
  one line per outage instead of one per cache call;
* ``get(key, default)`` returns ``default`` on failure (django-redis returns ``None``), so code
  that counts (``cache.get(key, 0) + 1``) keeps working.

Writes are dropped, ``add`` and ``incr`` return ``None`` ("cannot say"): rate limits read that as
"allow" (``core.throttling.hit``). ``is_available()`` pings Redis past the breaker, for ``/healthz``.
"""

import logging
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger("portal.cache")

#: How long a process serves without the cache after Redis failed, before trying again.
BREAKER_SECONDS = 5.0

# Django gives each thread its own backend instance; the breaker is per server, for all of them.
_down_until = {}
_lock = threading.Lock()


class _GuardedClient:
    """django-redis's client, failing fast while the breaker is open and opening it on failure."""

    def __init__(self, client, server):
        self._client = client
        self._server = server

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            if time.monotonic() < _down_until.get(self._server, 0.0):
                raise ConnectionInterrupted(connection=None)
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                trip(self._server, error)
                raise

        return call


def trip(server, error=None):
    """Open the breaker for ``server``; log once per outage."""
    with _lock:
        was_up = time.monotonic() >= _down_until.get(server, 0.0)
        _down_until[server] = time.monotonic() + BREAKER_SECONDS
    if was_up:
        logger.warning(
            "Cache server unreachable (%s); serving without the cache, retrying in %.0f s.",
            error.__cause__ if error is not None and error.__cause__ else error,
            BREAKER_SECONDS,
        )


def reset_breakers():
    """Forget every outage (tests, and the health check after a successful ping)."""
    with _lock:
        _down_until.clear()


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        options["IGNORE_EXCEPTIONS"] = True
        super().__init__(server, {**params, "OPTIONS": options})

    @property
    def client(self):
        return _GuardedClient(super().client, str(self._server))

    def get(self, key, default=None, version=None, client=None):
        try:
            return self.client.get(key, default=default, version=version, client=client)
        except ConnectionInterrupted:
            return default

    def is_available(self):
        """Ping Redis now, whatever the breaker says."""
        try:
            super().client.get_client().ping()
        except Exception:  # noqa: BLE001 - any failure means "down" to a health check
            return False
        with _lock:
            _down_until.pop(str(self._server), None)
        return True
