"""The real application server for tests that need one: gunicorn with the production settings,
against the test database, on a free loopback port, in a process group of its own."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
SCRUBBED = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEFAULT_LANGUAGE"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The test database, as a DATABASE_URL the server process understands."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{credentials}@{host}{port}/{db['NAME']}"


class AppServer:
    """gunicorn with the production settings, two threaded workers, in a process group of its own."""

    def __init__(self, port, log_path, **env):
        self.port = port
        self.log_path = log_path
        self.process = None
        self.env = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            DATABASE_URL=database_url(),
            SECRET_KEY="fault-test-key-" + "x" * 40,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            VIEW_BEACON_RATE_LIMIT="0",  # one loopback client sends everything here
            PAGE_CACHE_SECONDS="0",
            LOG_LEVEL="ERROR",
        )
        self.env.update(env)

    def start(self):
        command = [
            sys.executable, "-m", "gunicorn", "config.wsgi",
            "--pythonpath", "site,.",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", "2", "--worker-class", "gthread", "--threads", "4",
            "--graceful-timeout", "30", "--timeout", "60",
        ]  # fmt: skip
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited with {self.process.returncode}:\n{self.log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/robots.txt", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"gunicorn did not answer within 60 s:\n{self.log_path.read_text()[-3000:]}")

    def stop(self, how):
        """``graceful``: SIGTERM, in-flight requests finish. ``kill``: SIGKILL to master and workers."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGKILL if how == "kill" else signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if how == "kill":  # the workers may outlive the master by a moment
            for _ in range(100):
                try:
                    os.killpg(self.process.pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)


def collect_static(directory):
    """Production settings serve static files from WhiteNoise's manifest: build it in ``directory``."""
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="static-" + "x" * 50, STATIC_ROOT=str(directory))
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True, timeout=300
    )
    return str(directory)


class Varnish:
    """Debian's varnishd on a free loopback port, in front of ``backend_port``, with the portal's
    VCL (deploy/varnish/portal.vcl) — started and stopped by the test that needs it."""

    VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "portal.vcl"

    def __init__(self, backend_port):
        self.backend_port = backend_port
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workdir = Path(tempfile.mkdtemp(prefix="portal-varnish-"))
        self.process = None

    def __enter__(self):
        vcl = self.workdir / "portal.vcl"
        vcl.write_text(self.VCL.read_text().replace('.port = "8000";', f'.port = "{self.backend_port}";'))
        command = [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            "-F",  # in the foreground, so stopping the process stops Varnish
            "-j", "none",  # no privilege separation: a throwaway instance in a temporary folder
            "-n", str(self.workdir / "instance"),
            "-a", f"127.0.0.1:{self.port}",
            "-f", str(vcl),
            "-s", "malloc,32m",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # noqa: S603
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd stopped: {self.process.stdout.read().decode(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError("varnishd did not start listening within 30 s")

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)
