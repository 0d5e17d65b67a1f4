"""``python -m bench [--quick]`` — build a fresh portal, serve it with gunicorn, print the figures.

``python -m bench load [--users 50 --seconds 60]`` runs only the load target. See README
"Benchmarks" for what each figure means.
"""

import argparse
import datetime as dt
import json
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from importlib.util import find_spec
from pathlib import Path

from . import database, figures, load, reference, report
from .server import ROOT, Gunicorn

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_PAGE_CACHE_SECONDS = "300"


def log(message):
    print(message, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "command", nargs="?", choices=("all", "load"), default="all", help="all figures (default) or the load run only"
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 000 articles, seconds instead of minutes")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (fixed, so runs compare; default 2)")
    parser.add_argument("--articles", type=int, help="articles to add (default 10 000, quick 1 000)")
    parser.add_argument("--users", type=int, help="load run: concurrent clients (default 50)")
    parser.add_argument("--seconds", type=int, help="load run: duration (default 60, quick 10)")
    parser.add_argument("--output", type=Path, help="JSON path (default bench/results/<date>-<database>[-quick].json)")
    parser.add_argument("--keep", action="store_true", help="keep the database and work folder afterwards")
    parser.add_argument(
        "--bakerydemo",
        type=Path,
        metavar="PATH",
        help="a git directory or checkout of wagtail/bakerydemo, served beside the portal as the reference (bench/reference.py)",
    )
    return parser.parse_args(argv)


def make_plan(args):
    plan = figures.Plan.quick() if args.quick else figures.Plan()
    if args.articles is not None:
        plan.articles = args.articles
    if args.users is not None:
        plan.load_users = args.users
    if args.seconds is not None:
        plan.load_seconds = args.seconds
    return plan


def base_env(database_url, workdir):
    """Production settings from the environment, as a deployment would set them, on loopback."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",  # no TLS proxy in front on loopback
            "DEBUG": "0",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "BENCH_BARE_HTML": str(workdir / "static" / "bench" / "article.html"),
            "CACHE_KEY_PREFIX": f"bench-{os.getpid()}",  # a shared Redis (REDIS_URL) stays apart
            "VIEW_COUNT_BUFFER_PREFIX": f"bench-views-{os.getpid()}",
            "PAGE_CACHE_SECONDS": "0",  # the harness's own renders are always real ones
        }
    )
    return env


def _redis_base():
    """``REDIS_URL`` without its database number (bakerydemo adds its own), or None."""
    url = os.environ.get("REDIS_URL")
    return url.rsplit("/", 1)[0] if url and url.count("/") > 2 else url


def setup_django(env):
    os.environ.update(env)
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    import django

    django.setup()


def stored_views():
    """Counted views in the database, after flushing a Redis buffer if the portal has one."""
    from django.core.management import call_command, get_commands
    from django.db import connection
    from django.db.models import Sum

    from viewcounts.models import PageViewCount, PageViewDay

    if "flush_view_counts" in get_commands():
        call_command("flush_view_counts", verbosity=0)
    totals = {
        "total": PageViewCount.objects.aggregate(n=Sum("total"))["n"] or 0,
        "daily": PageViewDay.objects.aggregate(n=Sum("views"))["n"] or 0,
    }
    connection.close()  # SQLite: hold no snapshot while the server writes
    return totals


def forget_cached_entries():
    """Remove this run's keys (its own ``CACHE_KEY_PREFIX``) from a shared Redis."""
    from django.conf import settings
    from django.core.cache import cache

    if not hasattr(cache, "delete_pattern"):  # not django-redis: LocMemCache died with the workers
        return
    # Every version, not only the default one (Wagtail keeps its site root paths under version 2).
    client = cache.client.get_client(write=True)
    for key in client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*", count=1000):
        client.delete(key)


def static_paths(static_root):
    """The site's own CSS and JavaScript under their hashed names, as pages link them."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    return sorted(f"/static/{name}" for name in manifest["paths"].values() if name.endswith((".css", ".js")))[:20]


def git_state():
    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()  # noqa: S607

    return {"commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def versions():
    import django
    import gunicorn
    import wagtail

    wrk = subprocess.run([load.ensure_wrk(), "--version"], capture_output=True, text=True, check=False).stdout.split("[")[0]
    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "gunicorn": gunicorn.__version__,
        "wrk": wrk.strip(),
    }


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    plan = make_plan(args)
    load.ensure_wrk()
    started = time.monotonic()
    vendor = database.vendor_of(os.environ.get("DATABASE_URL", ""))
    # Read before the harness sets its own environment (where the cache is off).
    page_cache_seconds = os.environ.get("PAGE_CACHE_SECONDS", DEFAULT_PAGE_CACHE_SECONDS)
    load_at_start = os.getloadavg()
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    log(f"Benchmark on {vendor}, {args.workers} gunicorn workers, work folder {workdir}")
    if not os.environ.get("REDIS_URL"):
        # Without Redis each worker has its own LocMemCache of 300 entries: fine for one process,
        # not what a deployment with several workers should run (README "Scaling out").
        log("REDIS_URL is not set: each worker caches pages in its own memory (LocMemCache, 300 entries).")
    with database.fresh_database(os.environ.get("DATABASE_URL", ""), workdir, keep=args.keep) as database_url, ExitStack() as run:
        env = base_env(database_url, workdir)
        setup_django(env)
        from . import data, queries

        log(f"Building the portal with {plan.articles:,} extra articles:")
        timings = data.build(plan.articles, log)
        targets = data.targets()
        html = queries.render(targets.article_url)
        static_article = Path(env["BENCH_BARE_HTML"])
        static_article.parent.mkdir(parents=True, exist_ok=True)
        static_article.write_bytes(html)  # before gunicorn starts: whitenoise indexes files at start
        last_page = figures.last_index_page(plan)
        counts = {name: queries.count_queries(getattr(targets, ours)) for name, ours, _theirs in figures.PAGE_TYPES}
        counts.update(
            {
                "index_first": counts["index"],
                "index_last": queries.count_queries(f"{targets.index_url}?page={last_page}"),
            }
        )
        profiles = {
            "article": queries.profile(targets.article_url),
            "index_first": queries.profile(targets.index_url),
            "index_last": queries.profile(f"{targets.index_url}?page={last_page}"),
        }
        scale = queries.at_scale()
        from django.db import connection

        connection.close()
        log(f"At scale: {scale}")
        log(f"Article {targets.article_url} ({len(html):,} bytes); queries: {counts}; in-process renders: {profiles}")
        reference_site = reference_counts = None
        if args.bakerydemo:
            log(f"Preparing the reference site from {args.bakerydemo}:")
            reference_site = run.enter_context(  # its database is dropped however the run ends
                reference.prepare(
                    args.bakerydemo,
                    workdir / "reference",
                    os.environ.get("DATABASE_URL", ""),
                    log,
                    redis_url=_redis_base(),
                    keep=args.keep,
                )
            )
            reference_counts = reference.query_counts(reference_site)
            log(f"Reference {reference_site.commit}: {reference_site.article_url}, queries {reference_counts}")
        results = [*figures.at_scale(scale, plan), *figures.page_queries(counts)]

        def measure(function, *function_args):
            started = time.monotonic()
            found = function(*function_args)
            found = found if isinstance(found, list) else [found]
            results.extend(found)
            log(f"  {', '.join(figure.key for figure in found)}: {time.monotonic() - started:.0f} s")

        logs = workdir / "gunicorn.log"
        if args.command == "all":
            log("Server with the page cache off (kept fragments on, as in production): figures 1 (before), 2, 3, R or U")
            with Gunicorn(env, args.workers, logs) as server:
                # Every worker renders (and keeps the fragments of) each measured page first.
                our_pages = [getattr(targets, ours) for _name, ours, _theirs in figures.PAGE_TYPES]
                figures.warm(server, [*our_pages, f"{targets.index_url}?page={last_page}"], rounds=4 * args.workers)
                measure(figures.article_uncached_throughput, server, targets, plan)
                measure(figures.article_uncached_latency, server, targets, plan, counts)
                measure(figures.index_depth, server, targets, plan, counts)
                if reference_site is None:
                    measure(figures.uncached_pages, server, targets, plan)
                else:
                    with reference_site.server(args.workers, workdir / "bakerydemo.log") as reference_server:
                        # A bakerydemo worker's first render of a page type takes seconds: warm them all.
                        their_pages = [reference_site.article_url, reference_site.home_url, reference_site.index_url]
                        figures.warm(reference_server, their_pages, rounds=4 * args.workers)
                        measure(figures.versus_reference, server, targets, reference_server, reference_site, plan)
        cached_env = {**env, "PAGE_CACHE_SECONDS": page_cache_seconds}
        log(f"Server with the page cache on ({page_cache_seconds} s): figures {'1, 4, 5, 7, ' if args.command == 'all' else ''}6")
        with Gunicorn(cached_env, args.workers, logs) as server:
            rss_at_start = server.worker_rss_mb()
            if args.command == "all":
                measure(figures.article_cached_throughput, server, targets, plan)
                measure(figures.tracking_flood, server, targets, plan, args.workers)
                measure(figures.beacon, server, targets, plan, stored_views, vendor == "postgresql")
                measure(figures.worker_memory, server, targets, plan, static_paths(workdir / "static"), rss_at_start)
            measure(figures.load_run, server, targets, plan)
        forget_cached_entries()

    elapsed = time.monotonic() - started
    log("")
    log(report.table(results))
    log("")
    meta = {
        "date": dt.date.today().isoformat(),
        "database": vendor,
        "quick": args.quick,
        "command": args.command,
        "workers": args.workers,
        "worker_class": "sync",
        "cpus": os.cpu_count(),
        # Other work on the machine shifts absolute numbers; the ratios are meant to survive it.
        "load_average": {"start": [round(x, 2) for x in load_at_start], "end": [round(x, 2) for x in os.getloadavg()]},
        "page_cache": {"module": find_spec("core.page_cache") is not None, "seconds": int(page_cache_seconds)},
        "cache": "redis" if os.environ.get("REDIS_URL") else "locmem (per worker)",
        "beacon_rate_limit": "lifted by bench.settings: every request comes from 127.0.0.1",
        "articles": plan.articles,
        "plan": vars(plan),
        "setup_seconds": timings,
        "article": {"url": targets.article_url, "bytes": len(html)},
        "queries": counts,
        "reference": None
        if reference_site is None
        else {
            "site": "wagtail/bakerydemo",
            "commit": reference_site.commit,
            "extras": reference_site.extras,
            "urls": {"article": reference_site.article_url, "home": reference_site.home_url, "index": reference_site.index_url},
            "queries": reference_counts,
        },
        "in_process_render": profiles,
        "elapsed_seconds": round(elapsed, 1),
        **git_state(),
        "versions": versions(),
    }
    suffix = "-quick" if args.quick else ("-load" if args.command == "load" else "")
    output = args.output or RESULTS / f"{meta['date']}-{vendor}{suffix}.json"
    report.write(output, meta, results)
    log(f"Written {output} ({elapsed / 60:.1f} min)")
    problems = [line for line in logs.read_text(errors="replace").splitlines() if "Traceback" in line or "ERROR" in line]
    if problems:
        log(f"gunicorn logged {len(problems)} errors; the log is kept in {workdir}")
    if args.keep or problems:
        log(f"Kept {workdir}{' and the database' if args.keep else ''}.")
    else:
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if all(figure.passed is not False for figure in results) else 1


if __name__ == "__main__":
    sys.exit(main())
