"""The back-office dashboard and its navigation, built from the user's memberships."""

import pytest

from kotacerdas.accounts import navigation
from kotacerdas.accounts.models import Membership, Role, User


def _html(client, user, url="/kelola/"):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_anonymous_users_are_sent_to_login(client, db):
    response = client.get("/kelola/")
    assert response.status_code == 302
    assert response["Location"] == "/kelola/masuk/?next=/kelola/"


@pytest.mark.parametrize(
    ("persona", "role", "region"),
    [
        ("operator_a", "Operator", "Kelurahan Oesapa Barat"),
        ("operator_b", "Operator", "Kelurahan Fatubesi"),
        ("verifier", "Verifikator", "Kota Kupang"),
        ("city_admin", "Admin kota", "Kota Kupang"),
        ("province_viewer", "Peninjau", "Provinsi Nusa Tenggara Timur"),
    ],
)
def test_each_persona_sees_its_role_and_region(client, request, persona, role, region):
    html = _html(client, request.getfixturevalue(persona))
    assert f'<span class="scope-badge">{role} · {region}</span>' in html  # in the navigation
    assert f'<p class="card-title">{role}</p>' in html  # and on the dashboard


def test_a_kelurahan_scope_does_not_claim_regions_below_it(client, operator_a, verifier):
    assert "seluruh wilayah di bawahnya" not in _html(client, operator_a)
    assert "Berlaku untuk Kota Kupang dan seluruh wilayah di bawahnya." in _html(client, verifier)


def test_a_user_without_membership_is_told_what_to_do(client, regions):
    user = User.objects.create_user(username="baru", password="rahasia-uji-123")
    html = _html(client, user)
    assert "belum memiliki peran" in html
    assert "Belum ada peran" in html
    assert '<a href="/kelola/" aria-current="page">' not in html  # no navigation entries


def test_several_memberships_are_all_listed(client, operator_a, regions):
    Membership.objects.create(user=operator_a, region_id="61.72", role=Role.VIEWER)
    html = _html(client, operator_a)
    assert "Operator · Kelurahan Oesapa Barat" in html
    assert "Peninjau · Kota Singkawang" in html
    # the broader scope comes first
    assert html.index("Peninjau · Kota Singkawang") < html.index("Operator · Kelurahan Oesapa")


def test_navigation_links_the_public_page_of_each_scope(client, operator_a):
    html = _html(client, operator_a)
    assert '<a href="/kelola/" aria-current="page">Dasbor</a>' in html
    assert (
        '<a href="/wilayah/53.71.03.1014/">Halaman publik '
        '<span class="nav-scope">Kelurahan Oesapa Barat</span></a>'
    ) in html


@pytest.fixture
def verifier_only_entry():
    navigation.register("Entri khusus verifikator", "portal:home", roles={Role.VERIFIER}, order=50)
    yield
    navigation.unregister("portal:home")


def test_registered_entries_show_by_role(client, verifier, operator_a, verifier_only_entry):
    assert '<a href="/">Entri khusus verifikator</a>' in _html(client, verifier)
    client.logout()
    assert "Entri khusus verifikator" not in _html(client, operator_a)


def test_navigation_items_are_ordered_and_scoped(verifier, verifier_only_entry):
    items = navigation.items(verifier, current_path="/kelola/")
    labels = [str(i.label) for i in items]
    assert labels[0] == "Dasbor" and items[0].current
    assert labels.index("Entri khusus verifikator") < labels.index("Halaman publik")
    public = items[labels.index("Halaman publik")]
    assert public.url == "/wilayah/53.71/" and public.region.name == "Kota Kupang"
    assert not any(i.current for i in items[1:])


def test_anonymous_and_inactive_users_get_no_navigation(verifier):
    from django.contrib.auth.models import AnonymousUser

    assert navigation.items(AnonymousUser()) == []
    verifier.is_active = False
    assert navigation.items(verifier) == []


def test_logout_button_is_a_post_form(client, verifier):
    html = _html(client, verifier)
    assert '<form method="post" action="/kelola/keluar/">' in html


def test_back_office_loads_htmx_deferred_with_csp_friendly_config(client, verifier):
    html = _html(client, verifier)
    assert '<script src="/static/kotacerdas/vendor/htmx/htmx.min.js" defer></script>' in html
    assert '"includeIndicatorStyles": false' in html
    assert "<style" not in html
    assert html.count("<script") == 1


def test_dashboard_query_count(client, verifier, django_assert_num_queries):
    client.force_login(verifier)
    # session, user, memberships, their regions, the configured city for the header
    with django_assert_num_queries(5):
        assert client.get("/kelola/").status_code == 200
