"""What happened to every item: report lines, a summary table and a JSON file for machines."""

import json
from collections import Counter
from dataclasses import asdict, dataclass

ACTIONS = ("created", "updated", "skipped", "failed")


@dataclass(frozen=True)
class Line:
    action: str  # created | updated | skipped | failed | warning
    portal_type: str
    item_id: str  # the item's @id (or the file, for file-level lines)
    reason: str = ""
    target: str = ""  # what it became (model label and id, or a URL)


class Report:
    def __init__(self, dry_run=False):
        self.dry_run = dry_run
        self.lines = []
        self.counts = Counter()
        #: why the run stopped before the end (interrupted, unusable input, a crash), else ""
        self.stopped = ""

    def add(self, action, portal_type, item_id, reason="", target=""):
        line = Line(action, portal_type or "?", item_id or "?", reason, target)
        self.lines.append(line)
        if action in ACTIONS:
            self.counts[(line.portal_type, action)] += 1
        return line

    def warn(self, portal_type, item_id, reason):
        return self.add("warning", portal_type, item_id, reason)

    def problems(self):
        return [line for line in self.lines if line.action in ("skipped", "failed", "warning")]

    def total(self, action):
        return sum(count for (_type, act), count in self.counts.items() if act == action)

    def table(self):
        """The summary as aligned text rows, one per Plone type, then the totals."""
        types = sorted({portal_type for portal_type, _action in self.counts})
        header = ["type", *ACTIONS]
        rows = [[portal_type, *(str(self.counts[(portal_type, action)]) for action in ACTIONS)] for portal_type in types]
        rows.append(["total", *(str(self.total(action)) for action in ACTIONS)])
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

        def render(row):
            cells = zip(row, widths, strict=True)
            return "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(cells))

        return "\n".join([render(header), render(["-" * w for w in widths]), *(render(row) for row in rows)])

    def as_dict(self):
        return {
            "dry_run": self.dry_run,
            "complete": not self.stopped,
            "stopped": self.stopped,
            "summary": {
                portal_type: {action: self.counts[(portal_type, action)] for action in ACTIONS}
                for portal_type in sorted({portal_type for portal_type, _action in self.counts})
            },
            "totals": {action: self.total(action) for action in ACTIONS},
            "lines": [asdict(line) for line in self.lines],
        }

    def exit_status(self):
        """0: every item imported or deliberately skipped; 1: some failed, or the run stopped early."""
        return 1 if self.stopped or self.total("failed") else 0

    def write(self, path):
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(self.as_dict(), handle, ensure_ascii=False, indent=1)
