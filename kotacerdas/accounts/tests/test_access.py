"""The access matrix: each persona × each question × a region in and out of scope."""

import pytest
from django.contrib.auth.models import AnonymousUser

from kotacerdas.accounts import access
from kotacerdas.accounts.models import Membership
from kotacerdas.regions.models import Region

OESAPA_BARAT = "53.71.03.1014"
FATUBESI = "53.71.06.1008"
KUPANG = "53.71"
KUALA_SINGKAWANG = "61.72.02.1004"

R, W, V, A = "read", "write", "review", "admin"
QUESTIONS = {
    R: access.can_read_unpublished,
    W: access.can_write,
    V: access.can_review,
    A: access.can_administer,
}

# persona -> region -> the set of questions answered "yes"; everything else must be "no".
MATRIX = {
    "public": {},
    "operator_a": {OESAPA_BARAT: {R, W}},
    "operator_b": {FATUBESI: {R, W}},
    "verifier": {OESAPA_BARAT: {R, V}, FATUBESI: {R, V}, KUPANG: {R, V}},
    "city_admin": {OESAPA_BARAT: {R, A}, FATUBESI: {R, A}, KUPANG: {R, A}},
    "province_viewer": {OESAPA_BARAT: {R}, FATUBESI: {R}, KUPANG: {R}},
}


@pytest.fixture
def persona(request, regions):
    name = request.param
    return name, AnonymousUser() if name == "public" else request.getfixturevalue(name)


@pytest.mark.parametrize("persona", list(MATRIX), indirect=True)
@pytest.mark.parametrize("region", [OESAPA_BARAT, FATUBESI, KUPANG, KUALA_SINGKAWANG])
@pytest.mark.parametrize("question", list(QUESTIONS))
def test_access_matrix(persona, region, question):
    name, user = persona
    expected = question in MATRIX[name].get(region, set())
    assert QUESTIONS[question](user, region) is expected, (name, region, question)


def test_a_prefix_lookalike_is_not_in_scope(regions, django_user_model):
    user = django_user_model.objects.create_user("op_53_7", password="x-123456789")
    Region.objects.create(code="53.7", name="Lookalike", level="regency")
    Membership.objects.create(user=user, region_id="53.7", role="operator")
    assert not access.can_write(user, "53.71.03.1014")


def test_an_inactive_user_has_no_rights(operator_a):
    operator_a.is_active = False
    operator_a.save()
    access.forget_memberships(operator_a)
    assert not access.can_write(operator_a, OESAPA_BARAT)


def test_a_superuser_without_membership_gets_no_region_rights(regions, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="x-123456789")
    assert not access.can_read_unpublished(root, KUPANG)
    assert not access.can_review(root, KUPANG)


def test_scope_filter_selects_exactly_the_regions_in_scope(regions, verifier, operator_a):
    in_scope = Region.objects.filter(access.scope_q(verifier, access.REVIEW_ROLES, "code"))
    assert {r.code for r in in_scope} == {c for c in regions if c.startswith("53.71")}
    nothing = Region.objects.filter(access.scope_q(operator_a, access.REVIEW_ROLES, "code"))
    assert not nothing.exists()


def test_memberships_are_loaded_once_per_user_object(verifier, django_assert_num_queries):
    with django_assert_num_queries(1):
        for code in (OESAPA_BARAT, FATUBESI, KUPANG, KUALA_SINGKAWANG):
            access.can_review(verifier, code)
