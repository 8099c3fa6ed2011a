"""Indonesian by default; English through Django's set_language (a POST form, no JavaScript)."""

from decimal import Decimal

import pytest

from kotacerdas.regions.models import Region


def _switch(client, language, next_url):
    return client.post("/i18n/setlang/", {"language": language, "next": next_url})


def test_default_language_is_indonesian(client, regions):
    html = client.get("/").content.decode()
    assert '<html lang="id">' in html
    assert "Beranda" in html and "Langsung ke isi utama" in html


def test_switching_to_english_and_back(client, regions):
    response = _switch(client, "en", "/wilayah/53.71.03/")
    assert response.status_code == 302
    assert response["Location"] == "/wilayah/53.71.03/"
    html = client.get("/wilayah/53.71.03/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert ">Home</a>" in html
    assert "Kelurahan in Kecamatan Kelapa Lima" in html  # official terms stay Indonesian
    assert "Region facts" in html and "Data wilayah" not in html
    assert 'value="en" lang="en" aria-current="true"' in html

    _switch(client, "id", "/")
    assert "Beranda" in client.get("/").content.decode()


def test_the_switch_needs_no_javascript_only_a_csrf_token(regions):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    page = strict.get("/").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = strict.post(
        "/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert "Home" in strict.get("/").content.decode()


def test_the_switch_does_not_redirect_off_site(client, regions):
    response = _switch(client, "en", "https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_numbers_follow_the_language(client, regions):
    Region.objects.filter(pk="53.71.03.1014").update(
        area_ha=Decimal("1219.6"), boundary_source="official"
    )
    assert "1.219,60 ha" in client.get("/wilayah/53.71.03.1014/").content.decode()
    _switch(client, "en", "/")
    html = client.get("/wilayah/53.71.03.1014/").content.decode()
    assert "1,219.60 ha" in html
    assert "computed from the official boundary" in html


def test_back_office_in_english(client, verifier):
    client.force_login(verifier)
    _switch(client, "en", "/kelola/")
    html = client.get("/kelola/").content.decode()
    assert "Your roles and regions" in html
    assert "Verifier · Kota Kupang" in html
    assert "Log out" in html


# --- Indonesian first, whatever the browser says ------------------------------------------------

LOCALE = "django.middleware.locale.LocaleMiddleware"
LANGUAGE = "kotacerdas.portal.middleware.LanguageMiddleware"


@pytest.fixture
def language_middleware(settings):
    """The MIDDLEWARE this project should run (LanguageMiddleware in LocaleMiddleware's place)."""
    settings.MIDDLEWARE = [LANGUAGE if m == LOCALE else m for m in settings.MIDDLEWARE]
    assert LANGUAGE in settings.MIDDLEWARE


def test_an_english_browser_still_gets_indonesian(client, regions, language_middleware):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="id">' in response.content.decode()
    assert response["Content-Language"] == "id"
    assert "Cookie" in response["Vary"]


def test_the_switch_still_wins(client, regions, language_middleware):
    _switch(client, "en", "/")
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="id")
    assert '<html lang="en">' in response.content.decode()
    assert response["Content-Language"] == "en"


def test_an_unknown_language_cookie_falls_back_to_indonesian(client, regions, language_middleware):
    client.cookies["django_language"] = "fr"
    assert '<html lang="id">' in client.get("/").content.decode()
