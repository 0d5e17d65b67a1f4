"""``python -m bench.cluster [--quick]`` — scale-out, demonstrated: two app servers, one database,
one Redis, Varnish in front; a publish on one server reaches every reader within a second.

The topology of docs/operators.md "Scaling out", on loopback: app servers A and B (gunicorn, sync
workers) share a fresh PostgreSQL database and a Redis (page cache, purge marks), with the page
cache on and ``VARNISH_PURGE_URLS`` naming the Varnish (deploy/varnish/portal.vcl) that stands in
front of A. Both servers get the same environment, as operators are told to give them.

Figures:

- **c1, c2** — a change published *in A's process* (``/bench/publish/<id>/``, bench.settings only)
  shows through Varnish and directly on B within 1 s of the publish being done (committed, purges
  sent). Both are polled every 20 ms from the moment the publish is sent; the publish's own
  duration, the same on one server as on ten, is in the title and the JSON, not in the figure;
- **c3, c4** — the purge touches what changed: pages showing the article (its index, the home
  page, an article listing one of its tags) are fetched anew; pages sharing no surrogate key with
  the publish stay Varnish hits, and no ``BAN`` was sent;
- **c5** — the cached article through Varnish against the same HTML as a static file through the
  same Varnish, in alternating rounds (bench.figures.paired): ≥ 0.8.
"""

import argparse
import datetime as dt
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from . import database, figures, load, report
from .__main__ import RESULTS, base_env, git_state, log, setup_django, versions
from .server import Gunicorn

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_cluster"
DATABASE_NAME = "bench_cluster"  # never the main bench's bench_portal: both may run at once
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/3"
PAGE_CACHE_SECONDS = 300
POLL_SECONDS = 0.02
WATCH_SECONDS = 10  # give up on a change that has not shown by then (the goal is 1 s)
DELAY_GOAL_SECONDS = 1.0
THROUGHPUT_GOAL = 0.8
THROUGHPUT_MIN_ROUNDS = 3  # alternating rounds per side, --quick too
UNTOUCHED_PAGES = 5
#: The app servers' own settings: the harness's process must neither write to their Redis (its
#: renders have another origin) nor purge their Varnish while it builds the content.
SERVER_ONLY = ("REDIS_URL", "VARNISH_PURGE_URLS", "PUBLIC_BASE_URL")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="throughput rounds of 3 s instead of 4 s")
    parser.add_argument("--articles", type=int, default=200, help="articles to add to the demo (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per app server (default 2)")
    parser.add_argument("--output", type=Path, help="JSON path (default bench/results/<date>-cluster[-quick].json)")
    parser.add_argument("--keep", action="store_true", help="keep the database and work folder afterwards")
    return parser.parse_args(argv)


# --- setup ----------------------------------------------------------------------------------------


def check_tools(redis_url):
    load.ensure_wrk()
    if not shutil.which("varnishd") and not Path("/usr/sbin/varnishd").exists():
        raise SystemExit("The cluster bench needs Varnish with the xkey vmod: apt-get install varnish varnish-modules.")
    import redis

    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        # Without a shared Redis, B would never hear of A's publish: nothing to demonstrate.
        raise SystemExit(f"The cluster bench needs Redis at {redis_url}: {error}") from error


def cluster_database_url():
    """The server from ``DATABASE_URL`` (PostgreSQL only: two servers on one SQLite file is no
    deployment), always with a database of the cluster bench's own."""
    url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    if database.vendor_of(url) != "postgresql":
        raise SystemExit(f"The cluster bench needs PostgreSQL (DATABASE_URL=postgres://…), not {url!r}.")
    parts = urlsplit(url)
    if not parts.path.lstrip("/").startswith(DATABASE_NAME):
        parts = parts._replace(path=f"/{DATABASE_NAME}")
    return urlunsplit(parts)


def setup_harness(database_url, workdir):
    """Django in this process on bench.settings, without the servers' Redis and Varnish."""
    env = base_env(database_url, workdir)
    env["CACHE_KEY_PREFIX"] = f"bench-cluster-{os.getpid()}"  # a shared Redis stays apart
    env["VIEW_COUNT_BUFFER_PREFIX"] = f"bench-cluster-views-{os.getpid()}"
    for name in SERVER_ONLY:
        env.pop(name, None)
        os.environ.pop(name, None)  # setup_django only adds to the environment
    setup_django(env)
    return env


@dataclass
class Article:
    url: str
    page_id: int
    title: str
    purged_keys: frozenset  # what publishing it purges


def keys_a_publish_purges(page):
    """The surrogate keys publishing ``page`` purges, computed as ``core.signals.page_changed``
    does for a leaf page outside the menu: the page and its ancestors, its translations, its tags."""
    from wagtail.models import Page

    from core import surrogate_keys
    from core.models import TaggedPage

    if page.numchild or page.show_in_menus:
        raise RuntimeError(f"Publishing {page.url} would purge every page: the bench needs a leaf article")
    translations = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).values_list("path", flat=True)
    tags = TaggedPage.objects.filter(content_object_id=page.pk).values_list("tag__slug", flat=True)
    return frozenset(surrogate_keys.keys_changed_by(page, tags, translations))


def build_portal(article_count, env):
    """The demo plus ``article_count`` articles; the bare article file for the static baseline."""
    from django.db import connection

    from news.models import NewsPage

    from . import data, queries

    log(f"Building the portal with {article_count:,} extra articles:")
    timings = data.build(article_count, log)
    targets = data.targets()
    html = queries.render(targets.article_url)
    static_article = Path(env["BENCH_BARE_HTML"])
    static_article.parent.mkdir(parents=True, exist_ok=True)
    static_article.write_bytes(html)  # before gunicorn starts: whitenoise indexes files at start
    english = NewsPage.objects.live().filter(locale__language_code="en").exclude(slug__startswith=data.BULK_SLUG_PREFIX)
    page = next(page for page in english if page.url == targets.article_url)
    article = Article(targets.article_url, page.pk, page.title, keys_a_publish_purges(page))
    connection.close()
    return timings, targets, article, len(html)


# --- the cluster ----------------------------------------------------------------------------------


@dataclass
class Cluster:
    a: Gunicorn
    b: Gunicorn
    varnish: object  # tests.servers.Varnish


def make_cluster(env, workers, workdir):
    """A and B on free ports, Varnish in front of A; nothing started yet."""
    from tests.servers import Varnish

    a = Gunicorn(dict(env), workers, workdir / "gunicorn-a.log")
    b = Gunicorn(dict(env), workers, workdir / "gunicorn-b.log")
    varnish = Varnish(a.port)
    for server in (a, b):
        # Readers' address is Varnish's. It is the page cache's origin, so A (behind Varnish, asked
        # for Host 127.0.0.1:<Varnish>) and B (asked directly) keep their pages under one key in
        # the shared Redis; without it A would refuse to cache a Host with another port.
        server.env["PUBLIC_BASE_URL"] = varnish.url
        server.env["VARNISH_PURGE_URLS"] = varnish.url
    return Cluster(a, b, varnish)


# --- HTTP -----------------------------------------------------------------------------------------


def fetch(url, data=None):
    """``(headers, body)`` of a GET, or of a POST of the form ``data``."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"User-Agent": "bench-cluster"})  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our own loopback servers
        return response.headers, response.read().decode(errors="replace")


def varnish_state(cluster, path):
    """What Varnish says of ``path``: ``{"x_cache": "HIT"|"MISS", "age": seconds in its cache}``."""
    headers, _body = fetch(cluster.varnish.url + path)
    return {"x_cache": headers.get("X-Cache"), "age": int(headers.get("Age") or 0)}


def warm_varnish(cluster, paths):
    """Fetch each path until Varnish keeps it; a page it will not keep would make every figure moot."""
    for path in paths:
        fetch(cluster.varnish.url + path)
        if varnish_state(cluster, path)["x_cache"] != "HIT":
            raise RuntimeError(f"Varnish does not keep {path}: is it cacheable (xkey, public) under bench.settings?")


def varnish_bans(cluster):
    """Varnish's ban list, less its header: a ``BAN`` from a publish means it purged every page."""
    command = ["varnishadm", "-n", str(cluster.varnish.workdir / "instance"), "ban.list"]
    listing = subprocess.run(command, capture_output=True, text=True, check=False).stdout  # noqa: S607
    return [line.strip() for line in listing.splitlines()[1:] if line.strip()]


def page_cache_state(server, path):
    headers, _body = fetch(server.url + path)
    return headers.get("X-Page-Cache")


# --- publish and watch ----------------------------------------------------------------------------


def watch(url, text, deadline):
    """Poll ``url`` every 20 ms until it shows ``text`` or the wall clock passes ``deadline``.

    Returns every poll as ``(time.time() answered, request ms, cache state, shows text)``: the
    state (Varnish's ``X-Cache`` / the app server's ``X-Page-Cache``) says who answered and how.
    """
    timeline = []
    while time.time() < deadline:
        asked = time.time()
        headers, body = fetch(url)
        answered = time.time()
        state = "/".join(headers.get(name) or "-" for name in ("X-Cache", "X-Page-Cache"))
        timeline.append((answered, round((answered - asked) * 1000), state, text in body))
        if text in body:
            break
        time.sleep(POLL_SECONDS)
    return timeline


def publish_on(server, article, title):
    """The publish view's answer: it runs in ``server``'s process and says when it was done."""
    _headers, body = fetch(f"{server.url}/bench/publish/{article.page_id}/", {"title": title})
    return json.loads(body)


def publish_and_watch(cluster, article, title):
    """Publish on A while Varnish and B are polled, each in its own thread, from the moment the
    publish is sent: readers asking during the publish are part of what is measured.

    Returns ``(sent, answer, {"varnish": timeline, "b": timeline})``, times from ``time.time()``:
    the harness and the app servers share the machine's clock.
    """
    with ThreadPoolExecutor(max_workers=3) as pool:
        sent = time.time()
        deadline = sent + WATCH_SECONDS
        watchers = {
            "varnish": pool.submit(watch, cluster.varnish.url + article.url, title, deadline),
            "b": pool.submit(watch, cluster.b.url + article.url, title, deadline),
        }
        answer = pool.submit(publish_on, cluster.a, article, title).result()
        timelines = {name: future.result() for name, future in watchers.items()}
    return sent, answer, timelines


def spread(urls, count):
    """``count`` URLs from all over the list, not only its newest."""
    step = max(1, len(urls) // count)
    return urls[::step][:count]


def split_by_keys(cluster, candidates, purged_keys, count):
    """``(up to count pages sharing no surrogate key with the publish, the pages that share one)``,
    each with its keys, asked of B directly (Varnish hides them).

    A page shares a key when it shows the article, its index or home page, a translation, or lists
    pages by one of its tags (related reads): those a publish purges by design. The others must
    stay Varnish hits — that is "purges touch only what changed".
    """
    untouched, sharing = {}, {}
    for path in candidates:
        try:
            keys = fetch(cluster.b.url + path)[0].get("xkey", "").split()
        except urllib.error.HTTPError:
            continue  # a restricted demo page, say: not for every reader
        if not keys:
            continue  # not a cacheable page: Varnish would not keep it either
        if set(keys) & purged_keys:
            sharing[path] = sorted(set(keys) & purged_keys)
        else:
            untouched[path] = keys
            if len(untouched) == count:
                break
    return untouched, sharing


def measure_publish(cluster, targets, article):
    """Figures c1–c4: how soon a publish on A is everywhere, and that it purged only what changed."""
    # Other articles first (with the bench's topics they may all share a tag with the article),
    # then the demo's pages, news first.
    candidates = spread(targets.bulk_article_urls, 10) + sorted(targets.page_urls, key=lambda url: "/news/" not in url)
    candidates = [url for url in dict.fromkeys(candidates) if url not in (article.url, targets.index_url, "/en/")]
    untouched, sharing = split_by_keys(cluster, candidates, article.purged_keys, UNTOUCHED_PAGES)
    # They show the article (its index, its language's home page) or one of its tags.
    showing = [targets.index_url, "/en/", *list(sharing)[:1]]
    warm_varnish(cluster, [article.url, *showing, *untouched])
    fetch(cluster.b.url + article.url)  # B's own first request, its memo of the path's route
    before = {"varnish": varnish_state(cluster, article.url), "b_page_cache": page_cache_state(cluster.b, article.url)}
    bans_before = varnish_bans(cluster)
    load_at_publish = [round(x, 2) for x in os.getloadavg()]

    title = f"Cluster bench publish {secrets.token_hex(4)}"
    log(f"  publishing {title!r} on A for {article.url} (was {article.title!r})")
    sent, answer, timelines = publish_and_watch(cluster, article, title)
    showing_after = {path: varnish_state(cluster, path) for path in showing}
    untouched_after = {path: varnish_state(cluster, path) for path in untouched}
    bans = [line for line in varnish_bans(cluster) if line not in bans_before]

    publish = {"seconds": answer["seconds"], "done_after_ms": round((answer["published_at"] - sent) * 1000)}
    common = {
        "url": article.url,
        "page_id": article.page_id,
        "title": title,
        "publish": publish,
        "before": before,
        "load_average_at_publish": load_at_publish,
    }
    delays = [
        delay_figure("c1", "new title through Varnish", timelines["varnish"], sent, answer, common),
        delay_figure("c2", "new title on app server B, direct", timelines["b"], sent, answer, common),
    ]
    purged = sum(state["x_cache"] == "MISS" for state in showing_after.values())
    kept = sum(state["x_cache"] == "HIT" for state in untouched_after.values())
    return [
        *delays,
        figures.Figure(
            key="c3",
            title="Pages showing what changed (index, home, an article sharing a tag): purged from Varnish",
            measured=purged,
            unit="pages",
            baseline=len(showing),
            baseline_label="pages showing it",
            goal="all",
            passed=purged == len(showing),
            details={"states_after": showing_after, "varnish_bans_by_the_publish": bans},
        ),
        figures.Figure(
            key="c4",
            title="Pages sharing no surrogate key with the publish: still Varnish hits after it",
            measured=kept,
            unit="pages",
            baseline=len(untouched),
            baseline_label="pages checked",
            goal="all",
            passed=bool(untouched) and kept == len(untouched),
            details={
                "states_after": untouched_after,
                "their_keys": untouched,
                "keys_the_publish_purges": sorted(article.purged_keys),
                # Candidates passed over because they show something the publish changes.
                "sharing_a_key": sharing,
                "varnish_bans_by_the_publish": bans,
            },
        ),
    ]


def delay_figure(key, what, timeline, sent, answer, details):
    """How long after the publish was done (committed, purges sent) readers still got the old
    page; the publish itself — the same on one server as on ten — is reported, not counted."""
    answered, _ms, _state, shows = timeline[-1] if timeline else (None, 0, "", False)
    after_publish = max(0.0, answered - answer["published_at"]) if shows else None
    return figures.Figure(
        key=key,
        title=f"Publish on A (took {answer['seconds'] * 1000:,.0f} ms) → {what}, after it (ms)",
        measured=round(after_publish * 1000) if shows else None,
        unit="ms",
        goal=f"≤ {DELAY_GOAL_SECONDS * 1000:,.0f} ms",
        passed=shows and after_publish <= DELAY_GOAL_SECONDS,
        details={
            **details,
            "after_sending_the_publish_ms": round((answered - sent) * 1000) if shows else None,
            "poll_interval_ms": POLL_SECONDS * 1000,
            "gave_up_after_s": WATCH_SECONDS,
            # Every poll: ms after the publish was sent, request ms, X-Cache/X-Page-Cache, new title.
            "polls": [(round((at - sent) * 1000), ms, state, new) for at, ms, state, new in timeline],
        },
    )


# --- throughput -----------------------------------------------------------------------------------


def measure_throughput(cluster, targets, plan):
    """Figure c5: Varnish serves the cached article about as fast as it serves a static file."""
    paths = {"article": targets.article_url, "static": figures.STATIC_ARTICLE}
    warm_varnish(cluster, paths.values())

    def through_varnish(path):
        return lambda: load.run(
            cluster.varnish.url, [("GET", path)], connections=plan.throughput_connections, seconds=plan.throughput_seconds
        )

    # A fresh Varnish's first burst of load is slower (its worker threads are still being started):
    # one discarded second of each, or it would count against whichever side runs first.
    for path in paths.values():
        load.run(cluster.varnish.url, [("GET", path)], connections=plan.throughput_connections, seconds=1)
    # Both sides are the same work for Varnish (a hit of about 30 KB), so what tells them apart on a
    # busy machine is chance: a single round each swung the ratio from 0.8 to 1.5 across runs.
    rounds = max(plan.rounds, THROUGHPUT_MIN_ROUNDS)
    static, page = figures.paired(through_varnish(paths["static"]), through_varnish(paths["article"]), rounds)
    for name, result in (("static file", static), ("article", page)):
        if result.failures or not result.ok:
            raise RuntimeError(f"{name} through Varnish: {result.failures} failed of {result.answered} ({result.statuses})")
    return figures._rate_figure(
        "c5",
        "Article through Varnish vs the same HTML as a static file through Varnish (req/s)",
        page,
        static,
        "static file, same Varnish",
        f"≥ {THROUGHPUT_GOAL:.2f}",
        minimum=THROUGHPUT_GOAL,
        details={"article": page.summary(), "static": static.summary(), "paths": paths},
    )


# --- cleanup and report ---------------------------------------------------------------------------


def forget_redis_keys(redis_url, prefixes):
    """Remove this run's keys from the shared Redis (page cache, purge marks, view buffer)."""
    import redis

    try:
        client = redis.Redis.from_url(redis_url)
        for prefix in prefixes:
            for key in client.scan_iter(match=f"{prefix}:*", count=1000):
                client.delete(key)
    except redis.RedisError as error:  # runs in a finally: never hide the error that got us here
        log(f"Could not remove this run's keys ({', '.join(prefixes)}) from {redis_url}: {error}")


def server_problems(workdir):
    """Errors the app servers logged, purges that did not reach Varnish included."""
    markers = ("Traceback", "ERROR", "Could not purge")
    return [
        f"{log_file.name}: {line}"
        for log_file in sorted(workdir.glob("gunicorn-*.log"))
        for line in log_file.read_text(errors="replace").splitlines()
        if any(marker in line for marker in markers)
    ]


def varnish_version():
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    completed = subprocess.run([varnishd, "-V"], capture_output=True, text=True, check=False)
    return (completed.stderr or completed.stdout).splitlines()[0].strip()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    plan = figures.Plan.quick() if args.quick else figures.Plan()
    redis_url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    check_tools(redis_url)
    postgres_url = cluster_database_url()  # checked before anything is created
    started = time.monotonic()
    load_at_start = os.getloadavg()
    workdir = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    log(f"Cluster bench: 2 app servers × {args.workers} sync workers, Redis {redis_url}, work folder {workdir}")
    results, run_meta, finished = [], {}, False
    try:
        with database.fresh_database(postgres_url, workdir, keep=args.keep) as database_url:
            env = setup_harness(database_url, workdir)
            timings, targets, article, html_bytes = build_portal(args.articles, env)
            server_env = {**env, "REDIS_URL": redis_url, "PAGE_CACHE_SECONDS": str(PAGE_CACHE_SECONDS)}
            cluster = make_cluster(server_env, args.workers, workdir)
            try:
                # Entered in this order, left in the reverse one, also when a start fails.
                with cluster.varnish, cluster.a, cluster.b:
                    log(f"A {cluster.a.url}, B {cluster.b.url}, Varnish {cluster.varnish.url} → A")
                    log("Publish on A, watched through Varnish and on B: figures c1–c4")
                    results += measure_publish(cluster, targets, article)
                    log("Cached article vs static file, both through Varnish: figure c5")
                    results.append(measure_throughput(cluster, targets, plan))
            finally:
                forget_redis_keys(redis_url, (env["CACHE_KEY_PREFIX"], env["VIEW_COUNT_BUFFER_PREFIX"]))
        run_meta = {
            "setup_seconds": timings,
            "article": {"url": article.url, "page_id": article.page_id, "bytes": html_bytes},
            "topology": {
                "app_servers": 2,
                "workers_each": args.workers,
                "worker_class": "sync",
                "varnish_backends": ["A"],
                "redis": redis_url,
                "page_cache_seconds": PAGE_CACHE_SECONDS,
            },
        }
        finished = True
    finally:
        problems = server_problems(workdir)
        if args.keep or problems or not finished:
            log(f"Kept the work folder {workdir} (server logs).")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    elapsed = time.monotonic() - started
    log("")
    log(report.table(results))
    log("")
    meta = {
        "date": dt.date.today().isoformat(),
        "database": "postgresql",
        "quick": args.quick,
        "command": "cluster",
        "cpus": os.cpu_count(),
        # Other work on the machine shifts absolute numbers; delays and the ratio are meant to survive it.
        "load_average": {"start": [round(x, 2) for x in load_at_start], "end": [round(x, 2) for x in os.getloadavg()]},
        "articles": args.articles,
        "plan": {
            "rounds": max(plan.rounds, THROUGHPUT_MIN_ROUNDS),
            "seconds": plan.throughput_seconds,
            "connections": plan.throughput_connections,
        },
        **run_meta,
        "server_problems": problems,
        "elapsed_seconds": round(elapsed, 1),
        **git_state(),
        "versions": {**versions(), "varnish": varnish_version()},
    }
    output = args.output or RESULTS / f"{meta['date']}-cluster{'-quick' if args.quick else ''}.json"
    report.write(output, meta, results)
    log(f"Written {output} ({elapsed / 60:.1f} min)")
    if problems:
        log(f"The app servers logged {len(problems)} problems, e.g. {problems[0]}")
    return 0 if all(figure.passed is not False for figure in results) and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
