"""One more try for a read whose database connection died under it.

Django keeps connections open between requests (``CONN_MAX_AGE``); PostgreSQL restarts, failovers
and connection reapers (pgbouncer, ``pg_terminate_backend``) close them. ``CONN_HEALTH_CHECKS``
(on in every environment) replaces a dead connection before a request starts; one that dies
while the request runs still fails that request. A ``GET`` or ``HEAD`` changes nothing, so it is
answered again on a fresh connection — once, and never inside a transaction, where the work
done so far would be lost with the connection.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections

logger = logging.getLogger("portal.database")


class RetryReadsAfterDisconnectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method not in ("GET", "HEAD") or getattr(request, "_database_retried", False):
            return None
        if not isinstance(exception, OperationalError | InterfaceError) or request.resolver_match is None:
            return None
        connection = connections[DEFAULT_DB_ALIAS]
        if connection.in_atomic_block or connection.is_usable():
            return None  # not a lost connection (a lock timeout, say), or one we cannot replace here
        logger.warning("Database connection lost during %s %s; answering again on a new one.", request.method, request.path)
        connection.close()
        request._database_retried = True
        match = request.resolver_match
        response = match.func(request, *match.args, **match.kwargs)
        # Django renders deferred responses before this hook only; this one is rendered here.
        if hasattr(response, "render") and callable(response.render) and not getattr(response, "is_rendered", True):
            response = response.render()
        return response
