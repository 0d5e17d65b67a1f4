"""wrk, the load tool every figure uses: run it, read its numbers back.

wrk (from Debian's archive) is a small C program: on a two-core machine it leaves the CPU to the
server far more than a Python load generator would, so what is measured is the portal. Every run
is bounded by its duration and aimed at 127.0.0.1 only.
"""

import json
import os
import shutil
import statistics
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("wrk.lua")
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"


def ensure_wrk():
    """The path of ``wrk``, installed from Debian's archive when missing and we are root."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        quiet = {"stdout": subprocess.DEVNULL}
        if subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, **quiet).returncode:  # noqa: S607
            subprocess.run(["apt-get", "update", "-qq"], check=True, **quiet)  # noqa: S607
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, **quiet)  # noqa: S607
        found = shutil.which("wrk")
    if not found:
        raise SystemExit("The benchmark needs wrk: apt-get install wrk (Debian/Ubuntu).")
    return found


@dataclass
class LoadResult:
    seconds: float
    answered: int  # responses read
    sent: int  # requests written; the few more than answered were cut off by the time limit
    statuses: dict
    socket_errors: int
    latency_ms: dict  # mean, p50, p90, p99, max
    rounds: int = 1

    @property
    def per_second(self):
        return self.answered / self.seconds if self.seconds else 0.0

    @property
    def ok(self):
        return sum(count for status, count in self.statuses.items() if 200 <= status < 300)

    @property
    def failures(self):
        """Socket errors plus every answer that is not 2xx or 3xx."""
        return self.socket_errors + sum(count for status, count in self.statuses.items() if status >= 400)

    def summary(self):
        return {
            "seconds": round(self.seconds, 2),
            "answered": self.answered,
            "sent": self.sent,
            "per_second": round(self.per_second, 1),
            "statuses": {str(status): count for status, count in sorted(self.statuses.items())},
            "socket_errors": self.socket_errors,
            "latency_ms": self.latency_ms,
            "rounds": self.rounds,
        }


def merge(results):
    """Several runs of one measurement as one: counts add up, latencies are the rounds' median."""
    statuses = Counter()
    for result in results:
        statuses.update(result.statuses)
    return LoadResult(
        seconds=sum(result.seconds for result in results),
        answered=sum(result.answered for result in results),
        sent=sum(result.sent for result in results),
        statuses=dict(statuses),
        socket_errors=sum(result.socket_errors for result in results),
        latency_ms={
            name: round(statistics.median(result.latency_ms[name] for result in results), 2) for name in results[0].latency_ms
        },
        rounds=len(results),
    )


def run(base_url, requests, *, connections, seconds, threads=None, timeout=10):
    """Send ``requests`` (``[(method, path), …]``, round-robin) for ``seconds`` over ``connections``."""
    threads = threads or min(connections, os.cpu_count() or 1)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="bench-requests-") as listing:
        listing.write("".join(f"{method} {path}\n" for method, path in requests))
        listing.flush()
        command = [
            ensure_wrk(),
            f"--threads={threads}",
            f"--connections={connections}",
            f"--duration={seconds}s",
            f"--timeout={timeout}s",
            f"--header=User-Agent: {BROWSER_UA}",
            f"--script={SCRIPT}",
            base_url,
            "--",
            listing.name,
        ]
        output = subprocess.run(command, check=True, capture_output=True, text=True, timeout=seconds + timeout + 60).stdout
    line = next((line for line in output.splitlines() if line.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    return LoadResult(
        seconds=data["duration_us"] / 1e6,
        answered=data["answered"],
        sent=data["sent"],
        statuses={int(status): count for status, count in data["statuses"].items()},
        socket_errors=sum(data["errors"].values()),
        latency_ms={name: round(value / 1000, 2) for name, value in data["latency_us"].items()},
    )
