"""Purging Varnish in front by surrogate key, the way our own page cache is purged.

Every cached answer carries an ``xkey`` header (``core.surrogate_keys``); Varnish's xkey vmod
indexes objects by it. With ``VARNISH_PURGE_URLS`` set (one address per Varnish, comma-separated
in the environment), a publish sends each Varnish ``PURGE`` with an ``xkey-purge`` header naming
the keys that changed, and a change that reaches every page sends ``BAN``. The VCL that answers
these is ``deploy/varnish/portal.vcl``.

Purges are sent after the transaction commits: a reader arriving between the purge and the commit
would otherwise put the old page straight back. A Varnish that does not answer is logged, never an
error for the editor; its objects then age out after their ``max-age``.
"""

import logging
import urllib.request
from urllib.error import URLError

from django.conf import settings
from django.db import transaction

logger = logging.getLogger("portal.cache")

TIMEOUT_SECONDS = 2


def _targets():
    """The Varnish addresses: HTTP only, whatever else the environment holds."""
    return [url for url in getattr(settings, "VARNISH_PURGE_URLS", ()) if url.startswith(("http://", "https://"))]


def _send(method, headers):
    for url in _targets():
        request = urllib.request.Request(url, method=method, headers=headers)  # noqa: S310 - http(s) only, above
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - an operator's URL  # nosec B310
                response.read()
        except (URLError, OSError) as error:
            logger.warning("Could not purge %s (%s %s): %s", url, method, headers, error)


def purge_keys(keys):
    """After the commit: every Varnish object tagged with one of ``keys`` goes."""
    if keys and _targets():
        value = " ".join(sorted(keys))
        transaction.on_commit(lambda: _send("PURGE", {"xkey-purge": value}))


def purge_everything():
    """After the commit: every object of every Varnish goes."""
    if _targets():
        transaction.on_commit(lambda: _send("BAN", {}))
