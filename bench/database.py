"""A database of the bench's own, created fresh for each run and dropped after it.

SQLite: a file in the run's temporary folder. PostgreSQL (``DATABASE_URL=postgres://…``): the
server from the URL, but always a database whose name starts with ``bench`` (``bench_portal``
unless the URL already names one), so a run can never drop a real portal's database.
"""

from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

DEFAULT_POSTGRES_NAME = "bench_portal"


def vendor_of(url):
    return "postgresql" if url and urlsplit(url).scheme in {"postgres", "postgresql", "pgsql"} else "sqlite"


@contextmanager
def fresh_database(url, workdir, keep=False):
    """Yield the ``DATABASE_URL`` of an empty database; drop it on exit unless ``keep``."""
    if vendor_of(url) == "sqlite":
        path = workdir / "bench.sqlite3"
        yield f"sqlite:///{path}"
        return
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name.startswith("bench"):
        name = DEFAULT_POSTGRES_NAME
    bench_url = urlunsplit(parts._replace(path=f"/{name}"))
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    _recreate(admin_url, name)
    try:
        yield bench_url
    finally:
        if not keep:
            _drop(admin_url, name)


def _execute(admin_url, *statements):
    import psycopg
    from psycopg import sql

    with psycopg.connect(admin_url, autocommit=True) as connection:
        for statement, name in statements:
            connection.execute(sql.SQL(statement).format(sql.Identifier(name)))


def _recreate(admin_url, name):
    _execute(admin_url, ("DROP DATABASE IF EXISTS {} WITH (FORCE)", name), ("CREATE DATABASE {}", name))


def _drop(admin_url, name):
    _execute(admin_url, ("DROP DATABASE IF EXISTS {} WITH (FORCE)", name))
