"""The Nu HTML checker (``vnu.jar`` from npm's ``vnu-jar``, run with Java), once for all pages.

Starting Java costs seconds, so every HTML answer of the table is written to one folder and
checked in a single run; the JSON report is split back by file, so each page's errors are named
with its address.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

#: Messages that are the checker's mistake, not ours: ``(substring of the message, why)``.
#: Every entry says why; an error of our own is fixed in the templates, never listed here.
FALSE_POSITIVES: tuple = ()


def missing_tools():
    """Why the checker cannot run here, or ``None``."""
    if shutil.which("java") is None:
        return "Java is not installed (make browser-deps installs default-jre-headless)"
    if not VNU_JAR.is_file():
        return f"{VNU_JAR.relative_to(ROOT)} is missing (make browser-deps runs npm ci)"
    return None


def check(documents):
    """``{key: [message, …]}`` for ``{key: html bytes}``: the errors the checker reports."""
    reason = missing_tools()
    if reason:
        raise RuntimeError(f"The Nu HTML checker cannot run: {reason}")
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        files = {}
        for number, (key, html) in enumerate(documents.items()):
            path = Path(folder) / f"page-{number:04d}.html"
            path.write_bytes(html)
            files[path.name] = key
        result = subprocess.run(
            ["java", "-Xss2m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--exit-zero-always", "--stdout"]
            + sorted(str(Path(folder) / name) for name in files),
            capture_output=True,
            timeout=600,
            check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"vnu.jar exited with {result.returncode}: {result.stderr.decode(errors='replace')[-2000:]}")
    report = {key: [] for key in documents}
    for message in json.loads(result.stdout)["messages"]:
        name = Path(unquote(urlsplit(message.get("url", "")).path)).name
        if message.get("type") not in ("error", "non-document-error"):
            continue
        text = message.get("message", "")
        if any(pattern in text for pattern, _why in FALSE_POSITIVES):
            continue
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        extract = " ".join(message.get("extract", "").split())
        line = f"{where}{text}" + (f" — {extract[:160]}" if extract else "")
        if name in files:
            report[files[name]].append(line)
        else:  # a message about no file in particular (the checker could not read one, …)
            for messages in report.values():
                messages.append(line)
    return report
