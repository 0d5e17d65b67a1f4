"""The figures of issue 8, each a measurement and a baseline taken on one server in one run.

A ratio against a baseline from the same run cancels out the machine: "the cached article is
served at 0.8 of the rate of a static file" means the same on a laptop and on a server. The two
sides of a ratio are measured in alternating rounds, so a burst of other work on the machine
slows both sides instead of whichever happened to run second.
"""

import random
import time
import urllib.request
from dataclasses import asdict, dataclass, field

from . import load

STATIC_ARTICLE = "/static/bench/article.html"
BARE_PAGE = "/bench/bare-page/"
BARE_BEACON = "/bench/bare-beacon/"


@dataclass
class Plan:
    """How long and how hard each measurement runs (``--quick`` shrinks everything).

    Seconds are per round; each side of a ratio gets ``rounds`` rounds.
    """

    articles: int = 10_000
    rounds: int = 3
    throughput_seconds: int = 4
    throughput_connections: int = 16
    latency_seconds: int = 3
    beacon_seconds: int = 5
    mixed_requests: int = 10_000
    load_users: int = 50
    load_seconds: int = 60

    @classmethod
    def quick(cls):
        return cls(
            articles=1_000,
            rounds=1,
            throughput_seconds=3,
            latency_seconds=3,
            beacon_seconds=4,
            mixed_requests=2_000,
            load_seconds=10,
        )


@dataclass
class Figure:
    key: str
    title: str
    measured: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    goal: str = ""
    # None for figures that are reported, not judged.
    passed: bool | None = None
    details: dict = field(default_factory=dict)
    baseline_unit: str | None = None  # when it differs from ``unit``

    @property
    def ratio(self):
        """measured / baseline, when both are the same kind of number."""
        if self.baseline_unit is not None and self.baseline_unit != self.unit:
            return None
        return self.measured / self.baseline if self.baseline else None

    def as_json(self):
        data = asdict(self)
        data["ratio"] = round(self.ratio, 3) if self.ratio is not None else None
        return data


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own loopback server
        return response.read()


def warm(server, paths, rounds):
    """Let every worker render (and, with the page cache on, store) each page before measuring."""
    for _ in range(rounds):
        for path in paths:
            _get(server.url + path)


def paired(measure_a, measure_b, rounds):
    """Run two measurements alternately ``rounds`` times; each side merged into one result."""
    a, b = [], []
    for _ in range(rounds):
        a.append(measure_a())
        b.append(measure_b())
    return load.merge(a), load.merge(b)


def _throughput(server, path, plan, method="GET", seconds=None):
    return lambda: load.run(
        server.url,
        [(method, path)],
        connections=plan.throughput_connections,
        seconds=seconds or plan.throughput_seconds,
    )


def _latency(server, path, plan):
    # One connection, one request at a time: the latency of a request that waits for no other.
    return lambda: load.run(server.url, [("GET", path)], connections=1, threads=1, seconds=plan.latency_seconds)


def _rate_figure(key, title, measured, baseline, baseline_label, goal, minimum=None, details=None):
    """Requests per second of ``measured`` against ``baseline``, judged by ``minimum`` when given."""
    figure = Figure(
        key,
        title,
        round(measured.per_second, 1),
        "req/s",
        round(baseline.per_second, 1),
        baseline_label,
        goal,
        details=details or {},
    )
    if minimum is not None:
        figure.passed = figure.ratio >= minimum
    return figure


def _checked(result, what):
    if result.failures or not result.ok:
        raise RuntimeError(f"{what}: {result.failures} failed of {result.answered} ({result.statuses})")
    return result


# --- server with the page cache off -------------------------------------------------------------


def article_uncached_throughput(server, targets, plan):
    """Figure 1 as it was before the page cache: the rendered article against the file."""
    static, page = paired(_throughput(server, STATIC_ARTICLE, plan), _throughput(server, targets.article_url, plan), plan.rounds)
    _checked(static, "static article")
    _checked(page, "uncached article")
    return _rate_figure(
        "1-before",
        "Article, page cache off, vs the same HTML as a static file (req/s)",
        page,
        static,
        "static file, same server",
        "(≥ 0.70 needs the cache)",
        details={"article": page.summary(), "static": static.summary(), "url": targets.article_url},
    )


def article_uncached_latency(server, targets, plan, queries):
    """Figure 2: what rendering the article costs on top of Django answering with its bytes."""
    bare, page = paired(_latency(server, BARE_PAGE, plan), _latency(server, targets.article_url, plan), plan.rounds)
    _checked(bare, "bare view")
    _checked(page, "uncached article")
    latency = Figure(
        "2",
        "Article uncached vs bare Django view with the same bytes (p50 ms)",
        page.latency_ms["p50"],
        "ms",
        bare.latency_ms["p50"],
        "bare view",
        "≤ 2.0×",
        details={"article": page.summary(), "bare": bare.summary(), "url": targets.article_url},
    )
    latency.passed = latency.ratio <= 2.0
    query_figure = Figure(
        "2q",
        "Article uncached: database queries per render",
        queries["article"],
        "queries",
        0,
        "bare view",
        "reported",
        None,
    )
    return [latency, query_figure]


def last_index_page(plan):
    return max(1, min(500, plan.articles // 12))


def index_depth(server, targets, plan, queries):
    """Figure 3: page 500 of a 10 000-article listing costs what page 1 costs."""
    last_page = last_index_page(plan)
    first_path, last_path = targets.index_url, f"{targets.index_url}?page={last_page}"
    first, last = paired(_latency(server, first_path, plan), _latency(server, last_path, plan), plan.rounds)
    _checked(first, "index page 1")
    _checked(last, f"index page {last_page}")
    latency = Figure(
        "3",
        f"News index page {last_page} vs page 1, uncached (p50 ms)",
        last.latency_ms["p50"],
        "ms",
        first.latency_ms["p50"],
        "page 1",
        "≤ 1.5×",
        details={"page_1": first.summary(), f"page_{last_page}": last.summary()},
    )
    latency.passed = latency.ratio <= 1.5
    counted = Figure(
        "3q",
        f"News index page {last_page} vs page 1: database queries",
        queries["index_last"],
        "queries",
        queries["index_first"],
        "page 1",
        "equal",
        queries["index_last"] == queries["index_first"],
    )
    return [latency, counted]


# --- server with the page cache on --------------------------------------------------------------


def article_cached_throughput(server, targets, plan):
    """Figure 1: the page cache brings an article close to a static file."""
    warm(server, [targets.article_url], rounds=4 * 8)  # sync workers take requests in no set order
    static, page = paired(_throughput(server, STATIC_ARTICLE, plan), _throughput(server, targets.article_url, plan), plan.rounds)
    _checked(static, "static article")
    _checked(page, "cached article")
    return _rate_figure(
        "1",
        "Article, page cache warm, vs the same HTML as a static file (req/s)",
        page,
        static,
        "static file, same server",
        "≥ 0.70",
        minimum=0.70,
        details={"article": page.summary(), "static": static.summary(), "url": targets.article_url},
    )


def beacon_requests(ids):
    """Beacons spread over every article, shuffled the same way each run."""
    ids = list(ids)
    random.Random(8).shuffle(ids)
    return [("POST", f"/api/views/{page_id}/") for page_id in ids]


def beacon(server, targets, plan, stored_views, is_postgresql):
    """Figure 4: increments per second, their latency, and not one lost."""
    before = stored_views()
    requests = beacon_requests(targets.beacon_ids)

    def beacons():
        return load.run(server.url, requests, connections=plan.throughput_connections, seconds=plan.beacon_seconds)

    bare, result = paired(_throughput(server, BARE_BEACON, plan, "POST", plan.beacon_seconds), beacons, plan.rounds)
    _checked(bare, "bare beacon")
    after = _settled(stored_views, before, expected=result.sent)
    stored = after["total"] - before["total"]
    daily = after["daily"] - before["daily"]
    accepted = result.ok
    per_second = accepted / result.seconds
    throughput = Figure(
        "4",
        "View beacon: counted views per second (2xx)",
        round(per_second, 1),
        "/s",
        round(bare.per_second, 1),
        "bare POST view",
        "≥ 1000/s on PostgreSQL",
        per_second >= 1000 if is_postgresql else None,
        {
            "beacon": result.summary(),
            "bare": bare.summary(),
            "rate_limit": "lifted by bench.settings: every request comes from 127.0.0.1",
        },
    )
    latency = Figure(
        "4l",
        f"View beacon latency p50 (p99 {result.latency_ms['p99']:.1f} ms)",
        result.latency_ms["p50"],
        "ms",
        bare.latency_ms["p50"],
        f"bare POST view (p99 {bare.latency_ms['p99']:.1f} ms)",
        "reported",
        None,
        {"p50": result.latency_ms["p50"], "p99": result.latency_ms["p99"], "bare_p99": bare.latency_ms["p99"]},
    )
    # wrk stops at its time limit without reading the answers still in flight (at most one per
    # connection); the server still counts those, so each request *sent* must be stored once.
    cut_off = result.sent - result.answered
    if result.failures == 0:
        lost = result.sent - stored
        exact = stored == result.sent and daily == stored
    else:
        lost = max(0, accepted - stored)
        exact = lost == 0 and accepted <= stored <= result.sent and daily == stored
    check = Figure(
        "4c",
        "View beacon: views stored vs requests accepted",
        stored,
        "views",
        result.sent if result.failures == 0 else accepted,
        f"{accepted:,} 2xx read + {cut_off} in flight at the time limit",
        "0 lost",
        exact,
        {
            "stored_total": stored,
            "stored_daily": daily,
            "accepted_2xx_read": accepted,
            "in_flight_at_time_limit": cut_off,
            "sent": result.sent,
            "failures": result.failures,
            "lost": lost,
        },
    )
    return [throughput, latency, check]


def _settled(read, before, expected, timeout=30):
    """The stored totals once the server has finished the beacons still queued when wrk stopped:
    wait for the expected count (or the timeout), then make sure nothing more arrives."""
    deadline = time.monotonic() + timeout
    current = read()
    while current["total"] - before["total"] < expected and time.monotonic() < deadline:
        time.sleep(0.5)
        current = read()
    time.sleep(2)
    return read()


def mixed_requests(targets, static_paths):
    """Roughly what a day of traffic looks like: pages of every kind, listings deep and shallow,
    feeds, search, static files, and a beacon for a third of the page views."""
    index = targets.index_url
    last_page = max(1, len(targets.bulk_article_urls) // 12)
    requests = [("GET", url) for url in targets.page_urls]
    requests += [("GET", url) for url in targets.bulk_article_urls]
    requests += [("GET", f"{index}?page={number}") for number in range(1, last_page + 1)]
    requests += [("GET", path) for path in (f"{index}feed/rss/", "/sitemap.xml", "/en/search/?q=budget", "/robots.txt")]
    requests += [("GET", path) for path in static_paths]
    requests += beacon_requests(targets.beacon_ids)[: len(requests) // 3]
    random.Random(5).shuffle(requests)
    return requests


def worker_memory(server, targets, plan, static_paths, rss_at_start):
    """Figure 5: the heaviest worker after ``plan.mixed_requests`` mixed requests."""
    requests = mixed_requests(targets, static_paths)
    answered, failures, runs = 0, 0, []
    deadline = time.monotonic() + 180  # a slow or busy machine reports fewer requests, not hangs
    while answered < plan.mixed_requests and time.monotonic() < deadline:
        result = load.run(server.url, requests, connections=8, seconds=5)
        answered += result.answered
        failures += result.failures
        runs.append(result.summary())
    rss = server.worker_rss_mb()
    return Figure(
        "5",
        f"Worker RSS after {answered:,} mixed requests (largest worker)",
        max(rss.values()),
        "MB",
        max(rss_at_start.values()),
        "largest worker at start",
        "≤ 150 MB",
        max(rss.values()) <= 150,
        {
            "rss_mb_after": rss,
            "rss_mb_at_start": rss_at_start,
            "pss_mb_after": server.worker_pss_mb(),
            "answered": answered,
            "failures": failures,
            "runs": runs,
        },
    )


def load_run(server, targets, plan):
    """The load target: ``plan.load_users`` clients at once, each reading cached pages and sending
    their beacons without pause, for ``plan.load_seconds``, with no error at all."""
    pages = list(targets.page_urls)
    warm(server, pages, rounds=3)
    requests = [("GET", url) for url in pages] + beacon_requests(targets.beacon_ids)[: len(pages)]
    random.Random(50).shuffle(requests)
    result = load.run(server.url, requests, connections=plan.load_users, seconds=plan.load_seconds)
    return Figure(
        "6",
        f"Load: {plan.load_users} clients × {plan.load_seconds} s, cached pages + beacons: errors",
        result.failures,
        "errors",
        result.answered,
        f"answered, {result.per_second:,.0f}/s, p99 {result.latency_ms['p99']:.0f} ms",
        "0 errors",
        result.failures == 0 and result.answered > 0,
        result.summary(),
        baseline_unit="requests",
    )


def _page_cache_state(url):
    request = urllib.request.Request(url, headers={"User-Agent": "bench"})  # noqa: S310 - our own loopback server
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our own loopback server
        response.read()
        return response.headers.get("X-Page-Cache")


def tracking_flood(server, targets, plan, workers):
    """Figure 7: links carrying 300 distinct tracking parameters cost one render, not 300.

    An article no earlier figure asked for, requested with ``utm_source`` values, ad-click ids and
    made-up parameters that the page does not read; every answer that is not a cache hit was a
    render. Then the same flood under load, against the plain cached address: equal rates mean the
    flood costs nothing.
    """
    path = targets.bulk_article_urls[-1]
    junk = [f"utm_source=campaign-{n}&utm_medium=email" for n in range(200)]
    junk += [f"fbclid=IwAR{n:05d}" for n in range(50)] + [f"x{n}={n}" for n in range(50)]
    states = [_page_cache_state(f"{server.url}{path}?{query}") for query in junk]
    renders = sum(1 for state in states if state != "hit")
    shared = "redis" if server.env.get("REDIS_URL") else "per worker"
    figure = Figure(
        "7",
        f"{len(junk)} distinct tracking/unknown parameters on one article: renders",
        renders,
        "renders",
        len(junk),
        "requests",
        f"1 render per cache ({workers} with per-worker caches)",
        renders <= (1 if shared == "redis" else workers),
        {"cache": shared, "states": {state or "none": states.count(state) for state in set(states)}},
        baseline_unit="requests",
    )
    flood_requests = [("GET", f"{path}?{query}") for query in junk]
    plain, flood = paired(
        _throughput(server, path, plan),
        lambda: load.run(server.url, flood_requests, connections=plan.throughput_connections, seconds=plan.throughput_seconds),
        plan.rounds,
    )
    _checked(plain, "plain cached article")
    _checked(flood, "tracking flood")
    rate = _rate_figure(
        "7t",
        "Tracking flood vs the plain cached address (req/s)",
        flood,
        plain,
        "plain address, same server",
        "≥ 0.90",
        minimum=0.90,
        details={"flood": flood.summary(), "plain": plain.summary(), "url": path},
    )
    return [figure, rate]


# --- in-process, on the big site ----------------------------------------------------------------


def at_scale(measured, plan):
    """Goal 4: related reads and archive counts stay under 10 ms with 10 000 articles and 40 tags.

    These are what a page costs when its kept fragment is rendered again (after a publish that
    concerns it); between such publishes both are read from the fragment, at no query."""
    related = Figure(
        "8r",
        f"Related reads of an article with {measured['article_tags']} tags among {plan.articles:,} articles (ms)",
        measured["related_reads_ms"],
        "ms",
        goal="< 10 ms",
        passed=measured["related_reads_ms"] < 10,
    )
    archive = Figure(
        "8a",
        f"Monthly archive counts of {plan.articles:,} articles (ms)",
        measured["archive_counts_ms"],
        "ms",
        goal="< 10 ms",
        passed=measured["archive_counts_ms"] < 10,
    )
    return [related, archive]


# --- the reference site and the other page types ------------------------------------------------

#: Goal 1: (key, our page, the reference page it is compared with).
PAGE_TYPES = (
    ("article", "article_url", "article_url"),
    ("event", "event_url", "article_url"),
    ("project", "project_url", "article_url"),
    ("home", "home_url", "home_url"),
    ("index", "index_url", "index_url"),
)


def page_queries(counts):
    """Goal 1: at most 10 queries for each uncached page type at steady state."""
    return [
        Figure(
            f"q-{name}",
            f"Uncached {name}: database queries per render",
            counts[name],
            "queries",
            goal="≤ 10",
            passed=counts[name] <= 10,
        )
        for name, _ours, _theirs in PAGE_TYPES
    ]


def versus_reference(server, targets, reference_server, reference, plan):
    """Goal 1: each uncached page type at ≥ 3× the req/s of the reference site's page of the same
    kind, both served by gunicorn with the same workers, measured in alternating rounds."""
    found = []
    for name, ours, theirs in PAGE_TYPES:
        our_path, their_path = getattr(targets, ours), getattr(reference, theirs)
        their_result, our_result = paired(
            _throughput(reference_server, their_path, plan), _throughput(server, our_path, plan), plan.rounds
        )
        _checked(their_result, f"reference {their_path}")
        _checked(our_result, f"uncached {our_path}")
        found.append(
            _rate_figure(
                f"R-{name}",
                f"Uncached {name} vs bakerydemo's {theirs.removesuffix('_url')} (req/s)",
                our_result,
                their_result,
                f"bakerydemo {their_path}",
                "≥ 3×",
                minimum=3.0,
                details={
                    "ours": our_result.summary(),
                    "reference": their_result.summary(),
                    "url": our_path,
                    "reference_url": their_path,
                },
            )
        )
    return found


def uncached_pages(server, targets, plan):
    """Without a reference: each uncached page type's req/s, reported."""
    found = []
    for name, ours, _theirs in PAGE_TYPES:
        result = _checked(_throughput(server, getattr(targets, ours), plan)(), f"uncached {name}")
        found.append(
            Figure(f"U-{name}", f"Uncached {name} (req/s, no reference given)", round(result.per_second, 1), "req/s", goal="-")
        )
    return found
