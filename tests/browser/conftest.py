"""Browser tests: Playwright (sync API) driving Debian's /usr/bin/chromium, headless.

Never run ``playwright install``: the system Chromium is used. Without it the tests skip locally
and fail under CI (CI installs it). Screenshots go to ``test-artifacts/screenshots/<test>.png``
(git-ignored) so a person can look at them.
"""

import os
import re
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a thread
# with a running loop unless told it is safe (it is: the loop belongs to Playwright, not to us).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
PASSWORD = "rahasia-uji-123"  # the personas' password (root conftest)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found: install Debian's chromium to run the browser tests"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must install it)", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The English switch needs the compiled catalogue (``make`` normally builds it)."""
    from django.conf import settings

    from kotacerdas.portal import translations

    translations.compile_stale(settings.LOCALE_PATHS)
    translations.reset_translation_cache()


@pytest.fixture
def new_page(browser, live_server):
    """``new_page(viewport)``: a page in a fresh context (own cookies), Indonesian browser.

    Every response of 400 or more is collected in ``page.failed_responses``.
    """
    contexts = []

    def make(viewport=DESKTOP, locale="id-ID"):
        context = browser.new_context(viewport=viewport, locale=locale, base_url=live_server.url)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.failed_responses = []
        page.on(
            "response",
            lambda r: r.status >= 400 and page.failed_responses.append(f"{r.status} {r.url}"),
        )
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot(request):
    """``screenshot(page, suffix="")``: a full-page PNG named after the test."""

    def take(page, suffix=""):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
        path = SCREENSHOTS / f"{name}{'-' + suffix if suffix else ''}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def log_in(new_page):
    """``log_in(username, viewport)``: a page logged in to the back office through the form."""

    def do(username, viewport=DESKTOP):
        page = new_page(viewport)
        page.goto("/kelola/masuk/")
        page.get_by_label("Nama pengguna").fill(username)
        page.get_by_label("Kata sandi").fill(PASSWORD)
        page.get_by_role("button", name="Masuk").click()
        page.wait_for_url("**/kelola/")
        return page

    return do
