"""Accessibility checks with axe-core (npm package ``axe-core``, installed by ``make test``)."""

from pathlib import Path

AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


def serious_violations(page):
    """Run axe on the loaded page; return the serious and critical violations, readable."""
    if not AXE_SCRIPT.exists():
        raise AssertionError(f"{AXE_SCRIPT} is missing: run `npm ci` (make test does).")
    # Evaluated through the DevTools protocol, not added as an inline <script>: our
    # Content-Security-Policy (script-src 'self') rightly refuses inline scripts.
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:5])
        for violation in result["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def assert_accessible(page):
    violations = serious_violations(page)
    assert not violations, f"axe found serious/critical violations on {page.url}:\n" + "\n".join(violations)
