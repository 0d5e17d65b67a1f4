"""Production settings plus the few switches only the benchmark may use.

The bench serves exactly what production serves; it adds a URLconf with two baseline views
(``bench.urls``) and lifts the view beacon's per-client rate limit, because every benchmark
request comes from one loopback address and would otherwise be answered 429 after 120 beacons.
Nothing here is reachable from ``config.urls`` or ``config.settings.production``.
"""

import os

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# One address sends every beacon; the limit still runs (its cache work is part of the cost),
# it just never trips. The harness says so in its output.
VIEW_BEACON_RATE_LIMIT = 10**9

#: The rendered article the bare-view baseline returns (written by the harness before start).
BENCH_BARE_HTML = os.environ.get("BENCH_BARE_HTML", "")
