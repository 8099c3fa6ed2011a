"""The public shell and the back office in a real browser, on a 360 px phone and on desktop."""

import pytest
from django.conf import settings

from tests.browser.conftest import DESKTOP, PASSWORD, PHONE

pytestmark = pytest.mark.browser


def _no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_home_on_a_phone(new_page, screenshot, regions):
    page = new_page(PHONE)
    page.goto("/")
    assert page.locator("h1").inner_text() == "Kota Kupang"
    assert page.get_by_role("navigation", name="Navigasi utama").is_visible()
    assert page.get_by_role("table").is_visible()
    assert _no_horizontal_scroll(page)
    # the stylesheets loaded: the header has the brand colour from settings
    brand = settings.BRAND_PRIMARY_COLOR.lstrip("#")
    expected = "rgb({}, {}, {})".format(*(int(brand[i : i + 2], 16) for i in (0, 2, 4)))
    header = page.locator(".site-header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header == expected
    # the first Tab shows the skip link, and following it moves to the main content
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Langsung ke isi utama")
    assert skip.evaluate("e => e === document.activeElement")
    assert skip.bounding_box()["y"] >= 0
    screenshot(page, "skip-link")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.failed_responses == []
    screenshot(page)


def test_home_on_desktop(new_page, screenshot, regions):
    page = new_page(DESKTOP)
    page.goto("/")
    assert page.locator("h1").inner_text() == "Kota Kupang"
    assert page.get_by_role("link", name="Kecamatan Kelapa Lima").is_visible()
    assert _no_horizontal_scroll(page)
    assert page.failed_responses == []
    screenshot(page)


def test_region_page_on_a_phone(new_page, screenshot, regions):
    page = new_page(PHONE)
    page.goto("/wilayah/53.71.03/")
    assert page.locator("h1").inner_text() == "Kecamatan Kelapa Lima"
    page.get_by_role("link", name="Kelurahan Oesapa Barat").click()
    page.wait_for_url("**/wilayah/53.71.03.1014/")
    assert page.locator("h1").inner_text() == "Kelurahan Oesapa Barat"
    assert _no_horizontal_scroll(page)
    screenshot(page)


def test_switching_to_english_with_the_language_buttons(new_page, screenshot, regions):
    page = new_page(PHONE)
    page.goto("/wilayah/53.71.03/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.url.endswith("/wilayah/53.71.03/")
    assert page.locator("html").get_attribute("lang") == "en"
    main_nav = page.get_by_role("navigation", name="Main navigation")
    assert main_nav.get_by_role("link", name="Home").is_visible()
    assert page.get_by_role("heading", name="Kelurahan in Kecamatan Kelapa Lima").is_visible()
    screenshot(page)
    page.get_by_role("button", name="Bahasa Indonesia").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "id"


def test_keyboard_focus_is_visible_on_the_language_buttons(new_page, screenshot, regions):
    page = new_page(PHONE)
    page.goto("/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # brand link
    page.keyboard.press("Tab")  # ID
    focused = page.evaluate("document.activeElement.getAttribute('value')")
    assert focused == "id"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    screenshot(page)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_verifier_logs_in_and_sees_role_and_region(log_in, screenshot, verifier, viewport):
    page = log_in("pokja_kupang", viewport)
    navigation = page.locator(".site-header")
    assert navigation.get_by_text("Verifikator · Kota Kupang").is_visible()
    assert page.get_by_role("link", name="Halaman publik Kota Kupang").is_visible()
    assert page.get_by_role("heading", name="Dasbor").is_visible()
    assert _no_horizontal_scroll(page)
    assert page.failed_responses == []
    # htmx is loaded (deferred) in the back office only
    assert page.evaluate("typeof window.htmx") == "object"
    screenshot(page)


def test_operator_sees_its_kelurahan_and_logs_out(log_in, screenshot, operator_a):
    page = log_in("op_oesapa_barat", PHONE)
    assert page.get_by_text("Operator · Kelurahan Oesapa Barat").first.is_visible()
    screenshot(page)
    page.get_by_role("button", name="Keluar").click()
    page.wait_for_url(lambda url: url.rstrip("/").count("/") == 2)  # the home page
    assert page.get_by_role("link", name="Masuk petugas").is_visible()


def test_wrong_password_shows_an_error(new_page, screenshot, verifier):
    page = new_page(PHONE)
    page.goto("/kelola/masuk/")
    page.get_by_label("Nama pengguna").fill("pokja_kupang")
    page.get_by_label("Kata sandi").fill(PASSWORD + "x")
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert page.get_by_label("Nama pengguna").input_value() == "pokja_kupang"
    screenshot(page)


def test_public_pages_run_no_javascript(new_page, regions):
    page = new_page(PHONE)
    page.goto("/")
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("typeof window.htmx") == "undefined"
