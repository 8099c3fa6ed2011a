"""Shared fixtures: a small real region tree and the personas every test is written around.

Personas (DESIGN §3):
- ``operator_a``  — operator of Kelurahan Oesapa Barat (53.71.03.1014), Kota Kupang
- ``operator_b``  — operator of another kelurahan, Fatubesi (53.71.06.1008): the outsider
- ``verifier``    — Pokja PKP verifier of Kota Kupang (53.71)
- ``city_admin``  — city administrator of Kota Kupang (53.71)
- ``province_viewer`` — viewer for Provinsi NTT (53)
- the public is the anonymous client.
"""

import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests create many users; the production hasher is deliberately slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


TEST_REGIONS = [
    ("53", "Nusa Tenggara Timur"),
    ("53.71", "Kota Kupang"),
    ("53.71.03", "Kelapa Lima"),
    ("53.71.03.1010", "Oesapa"),
    ("53.71.03.1014", "Oesapa Barat"),
    ("53.71.06", "Kota Lama"),
    ("53.71.06.1008", "Fatubesi"),
    ("61", "Kalimantan Barat"),
    ("61.72", "Kota Singkawang"),
    ("61.72.02", "Singkawang Barat"),
    ("61.72.02.1004", "Kuala"),
]

OESAPA_BARAT = "53.71.03.1014"
FATUBESI = "53.71.06.1008"
KUPANG = "53.71"


@pytest.fixture
def regions(db):
    """The small tree above, created directly (import commands are tested on their own)."""
    from kotacerdas.lib import kode
    from kotacerdas.regions.models import Region

    created = {}
    for code, name in TEST_REGIONS:
        created[code] = Region.objects.create(
            code=code,
            name=name,
            level=kode.level_of(code),
            parent_id=kode.parent_of(code),
            is_kelurahan=kode.is_kelurahan(code),
        )
    return created


def _user(username, role, region_code):
    from kotacerdas.accounts.models import Membership, User

    user = User.objects.create_user(username=username, password="rahasia-uji-123")
    if role:
        Membership.objects.create(user=user, region_id=region_code, role=role)
    return user


@pytest.fixture
def operator_a(regions):
    return _user("op_oesapa_barat", "operator", OESAPA_BARAT)


@pytest.fixture
def operator_b(regions):
    return _user("op_fatubesi", "operator", FATUBESI)


@pytest.fixture
def verifier(regions):
    return _user("pokja_kupang", "verifier", KUPANG)


@pytest.fixture
def city_admin(regions):
    return _user("admin_kupang", "admin", KUPANG)


@pytest.fixture
def province_viewer(regions):
    return _user("viewer_ntt", "viewer", "53")


@pytest.fixture(scope="session")
def shared_data_dir():
    """``../shared/data`` beside the repository (or ``$KOTACERDAS_SHARED_DATA``); skips if absent.

    The official region list and boundaries live there for tests and benchmarks only; they are
    never copied into the repository.
    """
    import os
    from pathlib import Path

    configured = os.environ.get("KOTACERDAS_SHARED_DATA")
    path = (
        Path(configured)
        if configured
        else Path(__file__).resolve().parent.parent / "shared" / "data"
    )
    if not path.is_dir():
        pytest.skip(f"reference data not found at {path}: skipping the real-data test")
    return path
