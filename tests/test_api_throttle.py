"""The headless API's throttle under parallel load: its own file, because it needs real
transactions (threads with their own connections), which tests/test_api.py's shared data cannot
sit beside."""

import pytest
from django.db import connection


@pytest.mark.django_db(transaction=True)
def test_parallel_clients_cannot_race_past_the_throttle(homes, monkeypatch, settings):
    """Six connections at once from one client, through Redis as in production: exactly the limit
    gets through (one atomic count; reading and rewriting a history let them all through)."""
    import threading
    import uuid

    from django.test import Client

    from core.throttling import HashedAnonRateThrottle

    settings.CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/9",
            "KEY_PREFIX": f"throttle-test-{uuid.uuid4().hex[:8]}",
        }
    }
    monkeypatch.setattr(HashedAnonRateThrottle, "rate", "30/minute", raising=False)
    statuses, lock, start = [], threading.Lock(), threading.Barrier(6)

    def connection_of_one_client():
        own = Client()
        start.wait()
        try:
            for _ in range(10):
                status = own.get("/api/v2/images/", REMOTE_ADDR="203.0.113.9").status_code
                with lock:
                    statuses.append(status)
        finally:
            connection.close()  # this thread's own database connection, or the test database cannot be dropped

    threads = [threading.Thread(target=connection_of_one_client) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(statuses) == 60
    assert statuses.count(200) == 30 and statuses.count(429) == 30
