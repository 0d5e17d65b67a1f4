"""gunicorn serving the portal on a free 127.0.0.1 port, and what its workers weigh."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """``with Gunicorn(env, workers=2) as server: server.url`` — started, ready, then stopped.

    A fixed number of workers (not "2 × cores + 1") so runs on different machines compare. The
    portal by default; the reference site (``bench.reference``) passes its own app, folder and a
    page that answers once it is ready.
    """

    def __init__(
        self,
        env,
        workers,
        log_path,
        worker_class="sync",
        app="config.wsgi",
        cwd=ROOT,
        pythonpath="site,.",
        ready_path="/robots.txt",
    ):
        self.env = env
        self.workers = workers
        self.worker_class = worker_class
        self.log_path = log_path
        self.app, self.cwd, self.pythonpath, self.ready_path = app, cwd, pythonpath, ready_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        command = [
            sys.executable, "-m", "gunicorn",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.workers),
            "--worker-class", self.worker_class,
            *(("--pythonpath", self.pythonpath) if self.pythonpath else ()),
            "--backlog", "2048",
            "--timeout", "60",
            "--no-control-socket",  # gunicorn 27 puts one socket in ~/.gunicorn for every instance
            "--worker-tmp-dir", "/dev/shm" if os.path.isdir("/dev/shm") else "/tmp",  # noqa: S108
            self.app,
        ]  # fmt: skip
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in __exit__
        self.process = subprocess.Popen(command, cwd=self.cwd, env=self.env, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_ready(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}{self.ready_path}", timeout=10) as response:  # noqa: S310 - our own loopback server
                    if response.status == 200 and len(self.worker_pids()) == self.workers:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer within {timeout} s; see {self.log_path}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: workers finish their request
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def worker_pids(self):
        """The master's children, from /proc (Linux)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def worker_rss_mb(self):
        """Resident memory of each worker in MB (VmRSS: every page it has in RAM, shared or not)."""
        return self._memory("status", "VmRSS:")

    def worker_pss_mb(self):
        """Proportional set size in MB: shared pages divided among the processes sharing them,
        so the workers' PSS adds up to what they really cost the machine."""
        return self._memory("smaps_rollup", "Pss:")

    def _memory(self, proc_file, field):
        sizes = {}
        for pid in self.worker_pids():
            try:
                for line in Path(f"/proc/{pid}/{proc_file}").read_text().splitlines():
                    if line.startswith(field):
                        sizes[pid] = round(int(line.split()[1]) / 1024, 1)
            except OSError:
                continue
        return sizes
