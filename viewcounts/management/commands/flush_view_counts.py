import signal
import time

from django.core.management.base import BaseCommand, CommandError

from viewcounts import buffer


class Command(BaseCommand):
    help = (
        "Move the views buffered in Redis into the database (exactly once; safe to run twice or at once). "
        "With --every N it keeps doing so every N seconds until stopped: the view-count worker."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            metavar="SECONDS",
            help="Flush every SECONDS until SIGTERM or Ctrl-C (flushes once more before stopping).",
        )

    def handle(self, *args, every=None, **options):
        if not buffer.enabled():
            raise CommandError("No view buffer: set REDIS_URL (or VIEW_COUNT_BUFFER_URL) to buffer views in Redis.")
        if every is None:
            self._flush_once()
            return
        if every <= 0:
            raise CommandError("--every needs a number of seconds above 0.")
        self._run_every(every)

    def _flush_once(self):
        import redis

        try:
            added = buffer.flush()
        except redis.RedisError as error:
            # Nothing was lost: what Redis holds stays there for the next flush.
            raise CommandError(f"Redis is unreachable ({error}); the buffered views wait there for the next flush.") from error
        self.stdout.write(f"{added} views moved to the database.")
        return added

    def _run_every(self, seconds):
        stopping = []
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.append(True))
        self.stdout.write(f"Flushing buffered views every {seconds:g} s; SIGTERM or Ctrl-C stops.")
        while not stopping:
            try:
                self._flush_once()
            except CommandError as error:
                self.stderr.write(str(error))
            deadline = time.monotonic() + seconds
            while not stopping and time.monotonic() < deadline:
                time.sleep(min(0.2, seconds))
        self._flush_once()
