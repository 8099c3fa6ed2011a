"""Public pages: the configured city's home, region pages, error pages, the page shell."""

import gzip
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from kotacerdas.lib import kode
from kotacerdas.regions.models import Region


def _add(code, name, **fields):
    return Region.objects.create(
        code=code,
        name=name,
        level=kode.level_of(code),
        parent_id=kode.parent_of(code),
        is_kelurahan=kode.is_kelurahan(code),
        **fields,
    )


def _text(response) -> str:
    return response.content.decode()


# --- home ---------------------------------------------------------------------------------------


def test_home_is_the_configured_city_with_its_kecamatan_and_kelurahan_counts(client, regions):
    response = client.get("/")
    html = _text(response)
    assert response.status_code == 200
    assert "<h1>Kota Kupang</h1>" in html
    assert "Kecamatan di Kota Kupang" in html
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", html, re.S)
    assert len(rows) == 2
    assert "Kecamatan Kelapa Lima" in rows[0] and '<td class="num">2</td>' in rows[0]
    assert "Kecamatan Kota Lama" in rows[1] and '<td class="num">1</td>' in rows[1]
    # facts: 2 kecamatan, 3 kelurahan in total; the region code; the time zone
    assert re.search(r"<dt>Kecamatan</dt>\s*<dd class=\"num\">2</dd>", html)
    assert re.search(r"<dt>Kelurahan</dt>\s*<dd class=\"num\">3</dd>", html)
    assert "53.71" in html and "WITA" in html


def test_home_has_a_breadcrumb_from_the_province(client, regions):
    html = _text(client.get("/"))
    breadcrumb = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    assert '<a href="/wilayah/53/">Provinsi Nusa Tenggara Timur</a>' in breadcrumb
    assert 'href="/wilayah/53.71/" aria-current="page">Kota Kupang' in breadcrumb


def test_home_before_regions_are_imported_explains_the_setup(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "Wilayah belum dimuat" in _text(response)
    assert "53.71" in _text(response)


def test_home_query_count(client, regions, django_assert_num_queries):
    # the city with its ancestors (1) and its kecamatan with annotated counts (1)
    with django_assert_num_queries(2):
        assert client.get("/").status_code == 200


def test_home_query_count_does_not_grow_with_the_number_of_kecamatan(
    client, regions, django_assert_num_queries
):
    for district in range(10, 20):
        _add(f"53.71.{district}", f"Kecamatan Uji {district}")
        for village in range(1001, 1004):
            _add(f"53.71.{district}.{village}", f"Kelurahan Uji {district}-{village}")
    with django_assert_num_queries(2):
        html = _text(client.get("/"))
    assert html.count('<th scope="row">') == 12
    assert re.search(r"<dt>Kelurahan</dt>\s*<dd class=\"num\">33</dd>", html)


# --- region pages -------------------------------------------------------------------------------


def test_kecamatan_page_lists_its_kelurahan_with_breadcrumb(client, regions):
    response = client.get("/wilayah/53.71.03/")
    html = _text(response)
    assert response.status_code == 200
    assert "<h1>Kecamatan Kelapa Lima</h1>" in html
    assert '<a href="/wilayah/53.71/">Kota Kupang</a>' in html
    assert "Kelurahan di Kecamatan Kelapa Lima" in html
    assert '<a href="/wilayah/53.71.03.1014/">Kelurahan Oesapa Barat</a>' in html
    assert '<a href="/wilayah/53.71.03.1010/">Kelurahan Oesapa</a>' in html


def test_kecamatan_called_kota_is_still_a_kecamatan(client, regions):
    assert "<h1>Kecamatan Kota Lama</h1>" in _text(client.get("/wilayah/53.71.06/"))


def test_kelurahan_page_shows_its_facts_and_no_children_table(client, regions):
    html = _text(client.get("/wilayah/53.71.03.1014/"))
    assert "<h1>Kelurahan Oesapa Barat</h1>" in html
    assert re.search(r"<dt>Tingkat</dt>\s*<dd>Kelurahan</dd>", html)
    assert "<table" not in html
    assert "Batas wilayah belum dimuat" in html


def test_province_page_lists_kabupaten_kota_with_their_kecamatan(client, regions):
    _add("53.01", "Kabupaten Kupang")
    html = _text(client.get("/wilayah/53/"))
    assert "<h1>Provinsi Nusa Tenggara Timur</h1>" in html
    assert "Kabupaten dan kota di Provinsi Nusa Tenggara Timur" in html
    assert '<a href="/wilayah/53.01/">Kabupaten Kupang</a>' in html
    assert re.search(r"<dt>Kabupaten/kota</dt>\s*<dd class=\"num\">2</dd>", html)
    assert re.search(r"<dt>Kecamatan</dt>\s*<dd class=\"num\">2</dd>", html)


def test_kabupaten_counts_desa_apart_from_kelurahan(client, regions):
    _add("53.01", "Kabupaten Kupang")
    _add("53.01.01", "Semau")
    _add("53.01.01.2001", "Uitao")
    _add("53.01.01.2002", "Huilelot")
    _add("53.01.01.1001", "Kelurahan Uji")
    html = _text(client.get("/wilayah/53.01/"))
    assert "<h1>Kabupaten Kupang</h1>" in html
    assert '<th scope="col" class="num">Desa</th>' in html
    assert re.search(r"<dt>Desa</dt>\s*<dd class=\"num\">2</dd>", html)
    assert re.search(r"<dt>Kelurahan</dt>\s*<dd class=\"num\">1</dd>", html)
    desa_page = _text(client.get("/wilayah/53.01.01/"))
    assert "Kelurahan dan desa di Kecamatan Semau" in desa_page
    assert "Desa Uitao" in desa_page


def test_area_is_shown_with_the_kind_of_boundary(client, regions):
    Region.objects.filter(pk="53.71.03.1014").update(
        area_ha=Decimal("219.60"), boundary_source="official"
    )
    Region.objects.filter(pk="53.71.03.1010").update(
        area_ha=Decimal("1234.5"), boundary_source="schematic"
    )
    official = _text(client.get("/wilayah/53.71.03.1014/"))
    assert "219,60 ha" in official
    assert "dihitung dari batas wilayah resmi" in official
    table = _text(client.get("/wilayah/53.71.03/"))
    assert "1.234,50 ha" in table and '<span class="cell-note">skematis</span>' in table
    assert "219,60 ha" in table
    assert "Batas skematis hanya gambaran, bukan batas resmi." in table


def test_a_region_without_loaded_children_says_so(client, regions):
    _add("53.02", "Kabupaten Timor Tengah Selatan")
    html = _text(client.get("/wilayah/53.02/"))
    assert "Belum ada wilayah di bawah wilayah ini yang dimuat." in html


@pytest.mark.parametrize(
    ("code", "queries"),
    [
        ("53.71.03", 2),  # region + ancestors (the city among them), kelurahan
        ("53.71.03.1014", 1),  # region + ancestors; a village has no children to query
        ("53", 3),  # region, kabupaten/kota with counts, the configured city for the header
        ("61.72", 3),  # outside the configured city: the header loads the city once
    ],
)
def test_region_page_query_counts(client, regions, django_assert_num_queries, code, queries):
    with django_assert_num_queries(queries):
        assert client.get(f"/wilayah/{code}/").status_code == 200


def test_region_page_for_a_logged_in_user_adds_only_session_and_user(
    client, operator_a, django_assert_num_queries
):
    client.force_login(operator_a)
    with django_assert_num_queries(4):
        assert client.get("/wilayah/53.71.03/").status_code == 200


@pytest.mark.parametrize("code", ["99", "53.99", "53.71.03.9999", "abc", "53.7"])
def test_unknown_or_malformed_region_is_404_with_our_page(client, regions, code):
    response = client.get(f"/wilayah/{code}/")
    assert response.status_code == 404
    html = _text(response)
    assert "Halaman tidak ditemukan" in html
    assert 'href="/"' in html
    assert 'class="skip-link"' in html


def test_404_page_in_english(client, regions):
    client.cookies["django_language"] = "en"
    assert "Page not found" in _text(client.get("/wilayah/99/"))


def test_500_page_renders_without_a_request_in_both_languages():
    html = render_to_string("500.html")
    assert "Terjadi kesalahan di server" in html
    assert "Something went wrong on the server" in html
    assert '<section class="section" lang="en">' in html


# --- the shell ----------------------------------------------------------------------------------


def test_shell_has_skip_link_landmarks_and_language_form(client, regions):
    html = _text(client.get("/wilayah/53.71.03/"))
    assert '<a class="skip-link" href="#main">Langsung ke isi utama</a>' in html
    assert '<main id="main" tabindex="-1">' in html
    assert '<header class="site-header">' in html
    assert '<nav class="site-nav" aria-label="Navigasi utama">' in html
    assert '<footer class="site-footer">' in html
    assert '<html lang="id">' in html
    form = re.search(r'<form class="lang-switch".*?</form>', html, re.S).group(0)
    assert 'method="post" action="/i18n/setlang/"' in form
    assert 'name="csrfmiddlewaretoken"' in form
    assert '<input type="hidden" name="next" value="/wilayah/53.71.03/">' in form
    assert 'value="en" lang="en"' in form and 'value="id" lang="id" aria-current="true"' in form


def test_public_pages_have_no_script_and_no_inline_style(client, regions):
    for url in ["/", "/wilayah/53.71.03/", "/wilayah/99/"]:
        html = _text(client.get(url)).lower()
        assert "<script" not in html, url
        assert "<style" not in html, url
        assert " style=" not in html, url
        assert not re.search(r"<[^>]+\son[a-z]+=", html), url


def test_every_link_on_the_home_page_works(client, regions):
    html = _text(client.get("/"))
    links = set(re.findall(r'href="(/[^"]*)"', html)) - {"/branding.css"}
    links = {link for link in links if not link.startswith("/static/")}
    assert {"/", "/kelola/", "/wilayah/53/", "/wilayah/53.71/", "/wilayah/53.71.03/"} <= links
    for link in sorted(links):
        assert client.get(link).status_code in (200, 302), link


def test_navigation_marks_the_current_page(client, regions):
    html = _text(client.get("/"))
    assert '<li><a href="/" aria-current="page">Beranda</a></li>' in html
    assert '<a href="/kelola/">Masuk petugas</a>' in html
    other = _text(client.get("/wilayah/53.71.03/"))
    assert '<li><a href="/">Beranda</a></li>' in other


def test_brand_logo_from_settings(client, regions, settings):
    settings.BRAND_LOGO = "kotacerdas/logo-kota.svg"
    html = _text(client.get("/"))
    assert '<img class="brand-logo" src="/static/kotacerdas/logo-kota.svg" alt=""' in html
    settings.BRAND_LOGO = "https://kupangkota.go.id/logo.png"
    assert 'src="https://kupangkota.go.id/logo.png"' in _text(client.get("/"))
    settings.BRAND_LOGO = ""
    assert "<img" not in _text(client.get("/"))


def test_site_name_from_settings(client, regions, settings):
    settings.SITE_NAME = "Kupang Cerdas"
    html = _text(client.get("/"))
    assert "<title>Kota Kupang · Kupang Cerdas</title>" in html
    assert '<span class="brand-name">Kupang Cerdas' in html


def test_home_page_weight_stays_far_under_150_kb_compressed(client, regions):
    page = client.get("/").content
    css = Path(finders.find("kotacerdas/css/site.css")).read_bytes()
    branding = client.get("/branding.css").content
    total = sum(len(gzip.compress(part)) for part in (page, css, branding))
    assert total < 20_000, total  # today about 5 KB: no framework, no script, no web font
