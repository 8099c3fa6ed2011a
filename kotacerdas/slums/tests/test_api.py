"""``POST /api/v1/score`` and ``GET /api/v1/regions/<kode>/summary``."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotacerdas.slums.models import CRITERION_CODES as CODES
from kotacerdas.slums.tests.reference_scoring import (
    inputs_for_scores,
    reference_invalid_fields,
    reference_score,
)

BASE = {
    "area_ha": "10",
    "buildings": 100,
    "households": 120,
    "population": 500,
    "road_ideal_m": 1000,
    "drain_ideal_m": 2000,
}


def post(client, body):
    return client.post("/api/v1/score", json.dumps(body), content_type="application/json")


def test_it_scores_exactly_76_percent_as_5(client):
    volumes = {c: 0 for c in CODES} | {"1b": "7.6"}
    reply = post(client, BASE | {"volumes": volumes})
    assert reply.status_code == 200
    criteria = {c["code"]: c for c in reply.json()["criteria"]}
    assert criteria["1b"] == {"code": "1b", "percent": 76.0, "score": 5}
    assert reply.json()["total"] == 5 and reply.json()["level"] == "tidak_kumuh"


def test_it_returns_other_considerations_and_priority_when_given(client):
    volumes = {c: 0 for c in CODES}
    reply = post(
        client,
        BASE
        | {
            "volumes": volumes,
            "other": {"strategic": 5, "socio_economic": 3},
            "legality": {"tenure_clear": True, "fits_spatial_plan": False},
        },
    )
    body = reply.json()
    assert reply.status_code == 200
    assert body["other"]["density"] == 50.0 and body["other"]["density_score"] == 1
    assert body["legality"] == {"legal": False}


def test_a_volume_above_its_denominator_is_refused_naming_the_field(client):
    volumes = {c: 0 for c in CODES} | {"3a": 121}
    reply = post(client, BASE | {"volumes": volumes})
    assert reply.status_code == 422
    fields = [d["field"] for d in reply.json()["detail"]]
    assert fields == ["volumes.3a"]
    detail = reply.json()["detail"][0]
    assert detail["msg_id"] and detail["msg_en"] and detail["loc"] == ["body", "volumes", "3a"]


def test_every_problem_is_reported_at_once(client):
    volumes = {c: 0 for c in CODES if c != "7b"} | {"1a": -1, "2a": "abc"}
    reply = post(client, BASE | {"buildings": 0, "volumes": volumes})
    assert reply.status_code == 422
    fields = {d["field"] for d in reply.json()["detail"]}
    assert {"volumes.1a", "volumes.2a", "volumes.7b"} <= fields


def test_a_missing_base_field_is_a_422_not_a_server_error(client):
    body = {k: v for k, v in BASE.items() if k != "area_ha"} | {"volumes": {}}
    assert post(client, body).status_code == 422
    assert client.post(
        "/api/v1/score", "{not json", content_type="application/json"
    ).status_code in (
        400,
        422,
    )


def test_summary_of_an_unknown_or_malformed_region_is_404(client, regions):
    assert client.get("/api/v1/regions/99.99/summary").status_code == 404
    assert client.get("/api/v1/regions/53.7x/summary").status_code == 404


def test_summary_of_a_region_without_a_decree_is_zero(client, regions):
    body = client.get("/api/v1/regions/53.71/summary").json()
    assert body["baseline_ha"] == 0 and body["decree"] is None and body["areas"] == 0


@pytest.mark.parametrize("code", ["53.71", "53.71.03.1014", "53", "0"])
def test_summary_query_count_is_pinned(client, regions, code, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        assert client.get(f"/api/v1/regions/{code}/summary").status_code == 200


# --- agreement with an independent implementation of the regulation -----------------------------

EDGE_SCORES = st.dictionaries(st.sampled_from(CODES), st.sampled_from([0, 1, 3, 5]))
NUMBER = st.one_of(
    st.integers(min_value=0, max_value=5000),
    st.decimals(min_value=0, max_value=5000, places=2, allow_nan=False, allow_infinity=False),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scores=EDGE_SCORES)
def test_the_api_agrees_with_the_reference_on_exact_band_edges(client, scores):
    base, volumes = inputs_for_scores({c: scores.get(c, 0) for c in CODES})
    body = {k: str(v) for k, v in base.items()} | {
        "volumes": {k: str(v) for k, v in volumes.items()}
    }
    reply = post(client, body)
    expected = reference_score(base, volumes)
    assert reply.status_code == 200, reply.content
    got = reply.json()
    assert {c["code"]: c["score"] for c in got["criteria"]} == expected["criteria"]
    assert (got["total"], got["level"]) == (expected["total"], expected["level"])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    base=st.fixed_dictionaries({k: NUMBER for k in BASE}),
    volumes=st.fixed_dictionaries({c: NUMBER for c in CODES}),
)
def test_the_api_agrees_with_the_reference_on_random_inputs(client, base, volumes):
    body = {k: str(v) for k, v in base.items()} | {
        "volumes": {k: str(v) for k, v in volumes.items()}
    }
    reply = post(client, body)
    invalid = reference_invalid_fields(base, volumes)
    if invalid:
        assert reply.status_code == 422
        assert {d["field"] for d in reply.json()["detail"]} == invalid
    else:
        assert reply.status_code == 200, reply.content
        expected = reference_score(base, volumes)
        got = reply.json()
        assert {c["code"]: c["score"] for c in got["criteria"]} == expected["criteria"]
        assert got["total"] == expected["total"] and got["level"] == expected["level"]
