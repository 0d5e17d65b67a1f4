"""The browser layer: Playwright for Python driving Debian's Chromium against a live server.

Never a downloaded browser: ``/usr/bin/chromium`` comes from ``apt-get install chromium``
(the Makefile and .ci/run install it). Set ``CHROMIUM_PATH`` to use another binary.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `apt-get install -y chromium` (make test does).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def is_csp_violation(message):
    """Chromium reports every Content-Security-Policy refusal as a console error."""
    return message.type == "error" and "Content Security Policy" in message.text


@pytest.fixture
def tab(browser, request):
    """A fresh browser context and page; a screenshot is kept in tests/artifacts/ on failure.

    Any Content-Security-Policy violation logged while the test ran fails it: our pages must
    work with their own policy (no inline script, no foreign script).
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    violations = []
    page.on("console", lambda message: violations.append(f"{page.url}: {message.text}") if is_csp_violation(message) else None)
    page.csp_violations = violations
    in_flight = set()
    page.on("request", lambda sent: in_flight.add(sent))
    page.on("requestfinished", lambda done: in_flight.discard(done))
    page.on("requestfailed", lambda failed: in_flight.discard(failed))
    yield page
    # A request still being answered (the view beacon a page sends on load, say) holds a database
    # transaction in the live server's thread; the test database is emptied right after this
    # teardown, and PostgreSQL's TRUNCATE then deadlocks with it. Let such answers arrive first.
    for _attempt in range(100):
        if not in_flight:
            break
        page.wait_for_timeout(50)
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
