"""Login with throttling (services.login_*), the login page, and logout by POST."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone

from kotacerdas.accounts import services
from kotacerdas.accounts.models import LoginFailure
from kotacerdas.accounts.views import client_ip

PASSWORD = "rahasia-uji-123"  # the personas' password (root conftest)
LOGIN_URL = "/kelola/masuk/"
LOCKED_TEXT = "Terlalu banyak percobaan masuk yang gagal"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.LOGIN_MAX_FAILURES = 3
    settings.LOGIN_LOCKOUT_MINUTES = 15


def _login(client, username, password, ip="203.0.113.7", **extra):
    return client.post(
        LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=ip, **extra
    )


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- services -----------------------------------------------------------------------------------


def test_not_locked_below_the_limit(db):
    for _ in range(2):
        services.login_failure_record(username="budi", ip="203.0.113.7")
    assert not services.login_is_locked(username="budi", ip="203.0.113.7")


def test_locked_at_the_limit_for_that_username_from_any_address(db):
    for n in range(3):
        services.login_failure_record(username="budi", ip=f"203.0.113.{n}")
    assert services.login_is_locked(username="budi", ip="198.51.100.1")
    assert services.login_is_locked(username="BUDI ", ip=None)  # case and spaces do not matter
    assert not services.login_is_locked(username="sari", ip="198.51.100.1")


def test_locked_at_the_limit_for_that_address_across_usernames(db):
    for name in ["budi", "sari", "andi"]:
        services.login_failure_record(username=name, ip="203.0.113.7")
    assert services.login_is_locked(username="someone-else", ip="203.0.113.7")
    assert not services.login_is_locked(username="someone-else", ip="203.0.113.8")


def test_failures_expire_after_the_window(db):
    for _ in range(3):
        services.login_failure_record(username="budi", ip="203.0.113.7")
    assert services.login_is_locked(username="budi", ip="203.0.113.7")
    LoginFailure.objects.update(at=timezone.now() - timedelta(minutes=15, seconds=1))
    assert not services.login_is_locked(username="budi", ip="203.0.113.7")


def test_recording_forgets_failures_outside_the_window(db):
    services.login_failure_record(username="budi", ip="203.0.113.7")
    LoginFailure.objects.update(at=timezone.now() - timedelta(minutes=20))
    services.login_failure_record(username="sari", ip=None)
    assert list(LoginFailure.objects.values_list("username", flat=True)) == ["sari"]


def test_clear_forgets_the_username_but_not_the_address(db):
    for name in ["budi", "budi", "sari"]:
        services.login_failure_record(username=name, ip="203.0.113.7")
    services.login_failures_clear(username="Budi")
    assert list(LoginFailure.objects.values_list("username", flat=True)) == ["sari"]


def test_very_long_usernames_are_truncated_not_refused(db):
    services.login_failure_record(username="x" * 500, ip="203.0.113.7")
    assert LoginFailure.objects.get().username == "x" * 150


# --- the login view -----------------------------------------------------------------------------


def test_login_page_in_the_back_office_shell(client, db):
    response = client.get(LOGIN_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Masuk ke halaman kelola" in html
    assert 'autocomplete="current-password"' in html
    assert '<label for="id_username">Nama pengguna</label>' in html
    assert 'src="/static/kotacerdas/vendor/htmx/htmx.min.js" defer' in html


def test_successful_login_goes_to_the_dashboard(client, verifier):
    response = _login(client, "pokja_kupang", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/kelola/"
    assert _logged_in(client)


def test_login_follows_a_safe_next_only(client, verifier):
    response = client.post(
        LOGIN_URL + "?next=/wilayah/53.71/",
        {"username": "pokja_kupang", "password": PASSWORD, "next": "/wilayah/53.71/"},
    )
    assert response["Location"] == "/wilayah/53.71/"
    client.logout()
    response = client.post(
        LOGIN_URL,
        {"username": "pokja_kupang", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/kelola/"


def test_wrong_password_is_refused_and_counted(client, verifier):
    response = _login(client, "pokja_kupang", "salah-sekali")
    assert response.status_code == 200
    assert "Belum berhasil masuk" in response.content.decode()
    assert not _logged_in(client)
    assert (
        LoginFailure.objects.filter(username="pokja_kupang", ip_address="203.0.113.7").count() == 1
    )


def test_an_empty_form_is_not_counted(client, db):
    _login(client, "", "")
    _login(client, "budi", "")
    assert not LoginFailure.objects.exists()


def test_locked_after_the_limit_even_with_the_right_password(client, verifier):
    for _ in range(2):
        assert _login(client, "pokja_kupang", "salah").status_code == 200
    third = _login(client, "pokja_kupang", "salah")
    assert third.status_code == 429  # the failure that reaches the limit already says so
    assert LOCKED_TEXT in third.content.decode()
    response = _login(client, "pokja_kupang", PASSWORD, ip="198.51.100.9")
    assert response.status_code == 429
    assert LOCKED_TEXT in response.content.decode()
    assert "15 menit" in response.content.decode()
    assert not _logged_in(client)


def test_lockout_by_address_across_usernames(client, verifier, operator_a):
    for name in ["tebak1", "tebak2", "tebak3"]:
        _login(client, name, "salah")
    response = _login(client, "op_oesapa_barat", PASSWORD)
    assert response.status_code == 429
    assert not _logged_in(client)
    assert _login(client, "op_oesapa_barat", PASSWORD, ip="198.51.100.9").status_code == 302


def test_the_lock_looks_the_same_for_existing_and_unknown_usernames(client, verifier):
    for _ in range(3):
        _login(client, "pokja_kupang", "salah", ip="203.0.113.1")
        _login(client, "tidak_ada", "salah", ip="203.0.113.2")
    existing = _login(client, "pokja_kupang", "salah", ip="203.0.113.3")
    unknown = _login(client, "tidak_ada", "salah", ip="203.0.113.4")
    assert existing.status_code == unknown.status_code == 429

    def message(response):
        html = response.content.decode()
        start = html.index('<div class="error-summary"')
        return html[start : html.index("</div>", start)]

    assert message(existing) == message(unknown)


def test_the_lock_expires(client, verifier):
    for _ in range(3):
        _login(client, "pokja_kupang", "salah")
    LoginFailure.objects.update(at=timezone.now() - timedelta(minutes=16))
    assert _login(client, "pokja_kupang", PASSWORD).status_code == 302


def test_success_clears_the_usernames_failures(client, verifier):
    for _ in range(2):
        _login(client, "pokja_kupang", "salah")
    assert _login(client, "pokja_kupang", PASSWORD).status_code == 302
    assert not LoginFailure.objects.filter(username="pokja_kupang").exists()
    client.logout()
    for _ in range(2):  # a fresh count: two more failures do not lock
        _login(client, "pokja_kupang", "salah")
    assert _login(client, "pokja_kupang", PASSWORD).status_code == 302


def test_locked_message_in_english(client, verifier):
    client.cookies["django_language"] = "en"
    for _ in range(3):
        _login(client, "pokja_kupang", "salah")
    html = _login(client, "pokja_kupang", PASSWORD).content.decode()
    assert "Too many failed login attempts" in html


def test_a_logged_in_user_opening_the_login_page_goes_to_the_dashboard(client, verifier):
    client.force_login(verifier)
    assert client.get(LOGIN_URL)["Location"] == "/kelola/"


# --- client address -----------------------------------------------------------------------------


def test_client_ip_ignores_forwarded_for_unless_behind_the_proxy(settings):
    settings.SECURE_PROXY_SSL_HEADER = None
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8"
    )
    assert client_ip(request) == "10.0.0.1"


def test_client_ip_behind_the_proxy_takes_the_address_the_proxy_added(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9"
    )
    assert client_ip(request) == "203.0.113.9"  # a client can forge the first entry, not the last


def test_client_ip_rejects_garbage(settings):
    settings.SECURE_PROXY_SSL_HEADER = None
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="not-an-ip")) is None


# --- logout -------------------------------------------------------------------------------------


def test_logout_needs_a_post(client, verifier):
    client.force_login(verifier)
    assert client.get("/kelola/keluar/").status_code == 405
    assert _logged_in(client)
    response = client.post("/kelola/keluar/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not _logged_in(client)
