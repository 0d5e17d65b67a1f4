"""wagtail/bakerydemo as a reference site: the same Wagtail, Django, Python and gunicorn as the portal.

``python -m bench --bakerydemo PATH`` serves Wagtail's own demo beside the portal, so its figures
have something to compare against on the same machine. PATH is a git directory (a bare mirror:
its ``HEAD`` is extracted) or an ordinary checkout (copied as it is). Either way the code goes to
a work folder of the run, never into this repository.

    reference = prepare(Path("/work/.mirror/wagtail+bakerydemo/repo"), workdir / "reference", url, log)
    try:
        counts = query_counts(reference)
        with reference.server(workers=2, log_path=workdir / "bakerydemo.log") as server:
            ...  # server.url + reference.article_url, reference.home_url, reference.index_url
    finally:
        reference.close()  # drops its PostgreSQL database

Readiness is one 200 from ``/``. A worker's first render of each kind of page costs seconds (about
3 s on a busy two-core machine, against tens of milliseconds after): warm every worker up on the
three pages before measuring, or a short run measures the warm-up.

Versions: bakerydemo's requirements pin its own Django and Wagtail (at 8e2b625, 2026-08-19:
Django 6.0, Wagtail 7.4); it runs here with OUR venv's instead. Its move to Django 6.0 (49cda62)
changed requirements/base.txt only, no code, and its later code runs on Django 5.2 and Wagtail 8.0
as it is: no patch is applied. Only the packages of its requirements/base.txt our venv lacks
(python-dotenv, wagtail-font-awesome-svg, django-debug-toolbar, django-extensions, django-csp) are
installed, within its own version ranges, into ``<workdir>/deps``, which only its processes see.

Settings: ``bakerydemo.settings.production``, DEBUG off, as its Dockerfile runs it; from the
environment only what a loopback deployment sets (below). Its page views have no cache of their
own; with no ``redis_url`` its cache is a LocMemCache per worker, as ours is without REDIS_URL.
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from packaging.requirements import InvalidRequirement, Requirement

from .database import DEFAULT_POSTGRES_NAME, fresh_database, vendor_of
from .server import ROOT, Gunicorn

SETTINGS = "bakerydemo.settings.production"
POSTGRES_NAME = "bench_reference"
# What bakerydemo's settings read from the environment: none of it is inherited from ours.
READ_BY_BAKERYDEMO = ("DJANGO_", "DATABASE_", "REDIS_", "SECURE_", "AWS_", "GS_", "ELASTICSEARCH_", "FRONTEND_CACHE_")
READ_BY_BAKERYDEMO += ("BASIC_AUTH_", "CSP_", "PRIMARY_HOST", "ADMIN_PASSWORD", "PYTHONPATH")


@dataclass
class Reference:
    """A prepared bakerydemo: its code in ``root``, its environment, the pages compared."""

    root: Path
    env: dict
    commit: str | None  # of bakerydemo, None for a checkout outside git
    extras: dict  # packages installed for it alone: name -> version
    article_url: str  # the blog page with the longest body
    home_url: str
    index_url: str  # the blog index
    _cleanup: ExitStack = field(default_factory=ExitStack, repr=False)

    def server(self, workers, log_path):
        """``with reference.server(2, log) as server: server.url`` — gunicorn, started, ready, stopped."""
        return Gunicorn(self.env, workers, log_path, app="bakerydemo.wsgi", cwd=self.root, pythonpath=None, ready_path="/")

    def close(self):
        """Drop its PostgreSQL database (unless prepared with ``keep``); the work folder is the caller's."""
        self._cleanup.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def prepare(source: Path, workdir: Path, database_url: str, log, *, revision="HEAD", keep=False, redis_url=None) -> Reference:
    """Extract bakerydemo into ``workdir``, install what it lacks, build its database with its demo content.

    ``database_url``: SQLite (any ``sqlite:`` URL or empty: a file in ``workdir``) or PostgreSQL, in
    a database whose name starts with ``bench`` (``bench_reference`` unless the URL names another
    one than the portal's), created empty here and dropped by ``Reference.close()``.
    """
    workdir = Path(workdir).resolve()
    if workdir.is_relative_to(ROOT):
        raise ValueError(f"{workdir}: bakerydemo is extracted outside this repository, into a temporary folder")
    root = workdir / "bakerydemo"
    if root.exists():
        raise FileExistsError(f"{root} exists: give prepare() a fresh work folder")
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    commit = _extract(Path(source), root, revision)
    log(f"bakerydemo {commit or '(checkout outside git)'} in {root}")
    extras = _install_extras(root, workdir / "deps", workdir / "prepare.log")
    log(f"  installed for it alone: {', '.join(f'{name} {version}' for name, version in extras.items()) or 'nothing'}")

    cleanup = ExitStack()
    try:
        url = cleanup.enter_context(fresh_database(_reference_database_url(database_url), workdir, keep=keep))
        env = _environment(root, workdir / "deps", url, redis_url)
        seconds = {}
        for command in (["migrate", "--noinput"], ["load_initial_data"], ["collectstatic", "--noinput"]):
            step_started = time.monotonic()
            _manage(root, env, workdir / "prepare.log", *command)
            seconds[command[0]] = round(time.monotonic() - step_started)
        targets = _run_script(root, env, TARGETS_SCRIPT)
    except BaseException:
        cleanup.close()
        raise
    log(f"  built on {vendor_of(url)} in {time.monotonic() - started:.0f} s ({seconds}); pages compared: {targets}")
    return Reference(root=root, env=env, commit=commit, extras=extras, _cleanup=cleanup, **targets)


def query_counts(reference: Reference) -> dict:
    """Queries of one render of each compared page once a first render has warmed the process up,
    counted in a process of its own (Django's test client, production settings)."""
    paths = {"article": reference.article_url, "home": reference.home_url, "index": reference.index_url}
    return _run_script(reference.root, reference.env, COUNT_SCRIPT, json.dumps(paths))


# Run by bakerydemo's own interpreter setup (cwd = its root), so its models import; each prints one
# ``BENCH_JSON`` line (its settings may print other things).
TARGETS_SCRIPT = """
import json
import django
django.setup()
from wagtail.models import Site
from bakerydemo.blog.models import BlogIndexPage, BlogPage

def path(page):
    return page.get_url_parts()[2]

def body_length(page):
    return len(json.dumps(list(page.body.raw_data), default=str))

article = max(BlogPage.objects.live().public(), key=body_length)
home = Site.objects.get(is_default_site=True).root_page
index = BlogIndexPage.objects.live().public().first()
print("BENCH_JSON " + json.dumps({"article_url": path(article), "home_url": path(home), "index_url": path(index)}))
"""

COUNT_SCRIPT = """
import json
import sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

counts = {}
for name, path in json.loads(sys.argv[1]).items():
    client = Client()
    for render in ("warm-up", "counted"):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    counts[name] = len(captured)
print("BENCH_JSON " + json.dumps(counts))
"""


def _git(*args, **kwargs):
    return subprocess.run([shutil.which("git") or "git", *args], check=True, capture_output=True, **kwargs).stdout


def _extract(source, root, revision):
    """bakerydemo's files into ``root``; the commit they come from."""
    if (source / "HEAD").is_file() and (source / "objects").is_dir():  # a git directory (bare mirror)
        commit = _git(f"--git-dir={source}", "rev-parse", "--verify", f"{revision}^{{commit}}", text=True).strip()
        root.mkdir(parents=True)
        archive = root.with_suffix(".tar")
        _git(f"--git-dir={source}", "archive", f"--output={archive}", commit)
        subprocess.run([shutil.which("tar") or "tar", "-x", "-f", str(archive), "-C", str(root)], check=True)
        archive.unlink()
        return commit
    if not (source / "manage.py").is_file() or not (source / "bakerydemo" / "settings").is_dir():
        raise ValueError(f"{source}: neither a git directory nor a bakerydemo checkout")

    def leave_out(directory, names):
        """What a checkout holds besides its code: git data, its own database, media, .env, caches."""
        where = Path(directory).relative_to(source)
        skipped = {".git", ".env", "node_modules", "__pycache__", ".venv", "venv"}
        if where == Path("bakerydemo"):
            skipped |= {"media", "collect_static"}
        return [name for name in names if name in skipped or (where == Path() and name.startswith("bakerydemodb"))]

    shutil.copytree(source, root, ignore=leave_out)
    try:
        return _git("-C", str(source), "rev-parse", "HEAD", text=True).strip()
    except (subprocess.CalledProcessError, OSError):
        return None


def _install_extras(root, deps, log_path):
    """pip-install, without their dependencies, the packages of its requirements/base.txt our venv lacks."""
    missing = []
    for line in (root / "requirements" / "base.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            continue  # blank, or an option line such as -r
        try:
            metadata.version(requirement.name)  # ours, whatever it pins (Django, Wagtail, dj-database-url)
        except metadata.PackageNotFoundError:
            missing.append(str(requirement))
    deps.mkdir(parents=True, exist_ok=True)
    if missing:
        command = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "--no-input"]
        command += ["--no-deps", "--only-binary=:all:", "--target", str(deps), *missing]
        _logged(command, None, None, log_path)
    return {
        dist.metadata["Name"]: dist.version for dist in sorted(metadata.distributions(path=[str(deps)]), key=lambda d: d.name)
    }


def _reference_database_url(url):
    """PostgreSQL: never the portal's database; a name starting with ``bench`` is kept (fresh_database)."""
    if vendor_of(url) != "postgresql":
        return url
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name.startswith("bench") or name == DEFAULT_POSTGRES_NAME:
        name = POSTGRES_NAME
    return urlunsplit(parts._replace(path=f"/{name}"))


def _environment(root, deps, database_url, redis_url):
    """Ours minus whatever bakerydemo reads, plus a loopback production deployment's settings."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(READ_BY_BAKERYDEMO)}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",  # testserver: query_counts' test client
            "SECURE_SSL_REDIRECT": "false",  # no TLS proxy in front on loopback
            "SECURE_HSTS_SECONDS": "0",
            "PYTHONPATH": os.pathsep.join([str(root), str(deps)]),
        }
    )
    if redis_url:  # bakerydemo appends the database number ("/0", "/1"): a URL without one
        env["REDIS_URL"] = redis_url
    return env


def _manage(root, env, log_path, *args):
    _logged([sys.executable, "manage.py", *args], root, env, log_path)


def _logged(command, cwd, env, log_path):
    """Run ``command`` with its output appended to ``log_path``; on failure, raise with its end."""
    with open(log_path, "ab") as output:
        output.write(f"$ {' '.join(command)}\n".encode())
        output.flush()
        result = subprocess.run(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT, check=False)
    if result.returncode:
        tail = "\n".join(Path(log_path).read_text(errors="replace").splitlines()[-30:])
        raise RuntimeError(f"{' '.join(command[1:4])} failed ({result.returncode}), see {log_path}:\n{tail}")


def _run_script(root, env, script, *args):
    """Run ``script`` with bakerydemo's settings; return what it printed after ``BENCH_JSON``."""
    result = subprocess.run([sys.executable, "-c", script, *args], cwd=root, env=env, capture_output=True, text=True, check=False)
    line = next((line for line in result.stdout.splitlines() if line.startswith("BENCH_JSON ")), None)
    if result.returncode or line is None:
        raise RuntimeError(f"bakerydemo script failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return json.loads(line.removeprefix("BENCH_JSON "))
