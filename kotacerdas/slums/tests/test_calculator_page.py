"""The public /kalkulator/ page: works without JavaScript, explains each criterion."""

from kotacerdas.slums.models import CRITERION_CODES as CODES
from kotacerdas.slums.scoring import CRITERIA

BASE = {
    "area_ha": "10",
    "buildings": "100",
    "households": "120",
    "population": "500",
    "road_ideal_m": "1000",
    "drain_ideal_m": "2000",
}


def test_the_page_lists_the_16_criteria_with_a_plain_explanation(client, regions):
    page = client.get("/kalkulator/").content.decode()
    for criterion in CRITERIA:
        assert f'name="v{criterion.code}"' in page
        assert criterion.explanation_id[:40] in page


def test_a_plain_form_post_shows_the_level_and_reads_decimal_commas(client, regions):
    form = BASE | {f"v{c}": "0" for c in CODES} | {"v1b": "7,6", "area_ha": "10,0"}
    page = client.post("/kalkulator/", form).content.decode()
    assert "Tidak kumuh" in page
    assert "Koma dibaca sebagai tanda desimal" in page


def test_htmx_gets_only_the_result_fragment(client, regions):
    denominators = {c.code: BASE[c.denominator] for c in CRITERIA}
    form = BASE | {f"v{c}": denominators[c] for c in CODES}
    reply = client.post("/kalkulator/", form, HTTP_HX_REQUEST="true")
    assert reply.status_code == 200
    body = reply.content.decode()
    assert "<html" not in body and "Kumuh berat" in body and "80" in body


def test_bad_input_names_the_field_and_is_not_a_server_error(client, regions):
    form = BASE | {f"v{c}": "0" for c in CODES} | {"v3a": "999", "v2a": "abc"}
    reply = client.post("/kalkulator/", form)
    body = reply.content.decode()
    assert reply.status_code == 200
    assert 'href="#id_v3a"' in body and 'href="#id_v2a"' in body
    assert 'aria-invalid="true"' in body
