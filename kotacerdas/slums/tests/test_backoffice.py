"""Back-office screens of the slum registry, driven as the personas would, over HTTP."""

import datetime
from decimal import Decimal as D

import pytest

from kotacerdas.review.services import review_transition
from kotacerdas.slums.models import Assessment, SlumArea, SlumDecree
from kotacerdas.slums.scoring import CRITERIA

OESAPA_BARAT = "53.71.03.1014"
BASE = {"area_ha": "2,90", "buildings": "120", "households": "130", "population": "520",
        "road_ideal_m": "500", "drain_ideal_m": "900"}  # fmt: skip


def publish(obj, operator, verifier):
    review_transition(obj=obj, actor=operator, action="submit")
    review_transition(obj=obj, actor=verifier, action="verify")
    review_transition(obj=obj, actor=verifier, action="publish")


@pytest.fixture
def decree(regions, verifier, django_user_model):
    from kotacerdas.accounts.models import Membership

    perkim = django_user_model.objects.create_user("perkim", password="x-123456789")
    Membership.objects.create(user=perkim, region_id="53.71", role="operator")
    decree = SlumDecree.objects.create(
        city_id="53.71", number="93D/KEP/HK/2016", date=datetime.date(2016, 4, 18)
    )
    publish(decree, perkim, verifier)
    return decree


@pytest.fixture
def area(decree, operator_a, verifier):
    area = SlumArea.objects.create(
        kode_lokasi="53.71.03.1014-2016-12", name="Oesapa Barat", kelurahan_id=OESAPA_BARAT,
        decree=decree, declared_ha=D("2.90"), typology="tepi_air",
    )  # fmt: skip
    publish(area, operator_a, verifier)
    return area


def volumes(level_share="0.6"):
    base = {k: D(v.replace(",", ".")) for k, v in BASE.items()}
    return {
        f"v{c.code}": str((base[c.denominator] * D(level_share)).quantize(D("1"))) for c in CRITERIA
    }


def assessment_form(**extra):
    return {"date": "2022-09-23", **BASE, **volumes(), **extra}


def test_operator_creates_an_assessment_and_sees_its_scores(client, area, operator_a):
    client.force_login(operator_a)
    reply = client.post(
        f"/kelola/kumuh/lokasi/{area.kode_lokasi}/penilaian/baru/", assessment_form()
    )
    assessment = Assessment.objects.get()
    assert (
        reply.status_code == 302
        and reply["Location"] == f"/kelola/kumuh/penilaian/{assessment.pk}/"
    )
    assert assessment.review_state == "draft" and assessment.area_ha == D("2.90")
    assert assessment.level == "sedang" and assessment.total_score == 48
    page = client.get(reply["Location"]).content.decode()
    assert "Kumuh sedang" in page and "Ajukan" in page


def test_a_volume_above_its_denominator_is_refused_on_the_form(client, area, operator_a):
    client.force_login(operator_a)
    reply = client.post(
        f"/kelola/kumuh/lokasi/{area.kode_lokasi}/penilaian/baru/", assessment_form(v3a="999")
    )
    assert reply.status_code == 200 and not Assessment.objects.exists()
    assert "3a" in reply.content.decode()


def test_return_fix_resubmit_publish_changes_public_figures_only_at_the_end(
    client, area, operator_a, verifier
):
    summary = lambda: client.get("/api/v1/regions/53.71/summary").json()["current_ha"]  # noqa: E731
    client.force_login(operator_a)
    client.post(f"/kelola/kumuh/lokasi/{area.kode_lokasi}/penilaian/baru/",
                assessment_form(area_ha="2.00"))  # fmt: skip
    assessment = Assessment.objects.get()
    action = f"/kelola/kumuh/penilaian/{assessment.pk}/aksi/"
    client.post(action, {"action": "submit", "version": assessment.version})
    client.force_login(verifier)
    assessment.refresh_from_db()
    reply = client.post(action, {"action": "return", "reason": "", "version": assessment.version})
    assessment.refresh_from_db()
    assert assessment.review_state == "submitted"  # a reason is required
    client.post(
        action,
        {"action": "return", "reason": "Luas 2,00 ha tidak sesuai", "version": assessment.version},
    )
    assessment.refresh_from_db()
    assert assessment.review_state == "returned" and summary() == 2.9
    client.force_login(operator_a)
    queue = client.get("/kelola/kumuh/antrean/").content.decode()
    assert "Dikembalikan" in queue and str(assessment.pk) in queue
    client.post(f"/kelola/kumuh/penilaian/{assessment.pk}/ubah/",
                assessment_form(area_ha="2.50", version=assessment.version))  # fmt: skip
    assessment.refresh_from_db()
    client.post(action, {"action": "submit", "version": assessment.version})
    client.force_login(verifier)
    assessment.refresh_from_db()
    client.post(action, {"action": "verify", "version": assessment.version})
    assert summary() == 2.9
    assessment.refresh_from_db()
    reply = client.post(action, {"action": "publish", "version": assessment.version})
    assert reply.status_code == 302
    assert summary() == 2.5
    page = client.get(f"/kelola/kumuh/penilaian/{assessment.pk}/").content.decode()
    assert "Luas 2,00 ha tidak sesuai" in page and "Terbit" in page


def test_the_outsider_cannot_see_a_draft_and_cannot_act_on_a_published_record(
    client, area, operator_a, operator_b
):
    client.force_login(operator_a)
    client.post(f"/kelola/kumuh/lokasi/{area.kode_lokasi}/penilaian/baru/", assessment_form())
    draft = Assessment.objects.get()
    client.force_login(operator_b)
    assert client.get(f"/kelola/kumuh/penilaian/{draft.pk}/").status_code == 404
    assert client.get(f"/kelola/kumuh/penilaian/{draft.pk + 999}/").status_code == 404
    reply = client.post(f"/kelola/kumuh/lokasi/{area.kode_lokasi}/aksi/",
                        {"action": "unlock", "reason": "x", "version": area.version})  # fmt: skip
    assert reply.status_code == 403
    assert client.get(f"/kelola/kumuh/lokasi/{area.kode_lokasi}/ubah/").status_code == 403


def test_the_public_is_sent_to_login(client, area):
    reply = client.get("/kelola/kumuh/")
    assert reply.status_code == 302 and "/kelola/masuk/" in reply["Location"]


def test_a_stale_edit_is_refused_and_shows_what_the_other_person_changed(
    client, area, operator_a, verifier
):
    review_transition(obj=area, actor=verifier, action="unlock", reason="revisi nama")
    area.refresh_from_db()
    client.force_login(operator_a)
    form = {"name": "Oesapa Barat A", "kelurahan": OESAPA_BARAT, "decree": area.decree_id,
            "declared_ha": "2,90", "typology": "tepi_air", "version": area.version}  # fmt: skip
    assert client.post(f"/kelola/kumuh/lokasi/{area.kode_lokasi}/ubah/", form).status_code == 302
    stale = client.post(
        f"/kelola/kumuh/lokasi/{area.kode_lokasi}/ubah/", form | {"name": "Oesapa Barat B"}
    )
    assert stale.status_code == 200
    body = stale.content.decode()
    assert "Oesapa Barat A" in body and "telah diubah orang lain" in body
    assert SlumArea.objects.get(pk=area.pk).name == "Oesapa Barat A"


def test_a_polygon_far_from_the_declared_hectares_warns(client, decree, operator_a):
    client.force_login(operator_a)
    square = '{"type":"Polygon","coordinates":[[[123.66,-10.14],[123.67,-10.14],[123.67,-10.15],[123.66,-10.15],[123.66,-10.14]]]}'
    form = {"kode_lokasi": "53.71.03.1014-2024-01", "name": "Baru", "kelurahan": OESAPA_BARAT,
            "decree": decree.pk, "declared_ha": "2", "typology": "tepi_air", "polygon_geojson": square}  # fmt: skip
    reply = client.post("/kelola/kumuh/lokasi/baru/", form, follow=True)
    area = SlumArea.objects.get(kode_lokasi="53.71.03.1014-2024-01")
    assert area.polygon["type"] == "Polygon" and area.polygon_area_ha > 100
    assert "berbeda lebih dari 10" in reply.content.decode()


def test_area_list_query_count_is_pinned(
    client, decree, operator_a, verifier, django_assert_num_queries
):
    for i in range(12):
        SlumArea.objects.create(kode_lokasi=f"K-{i:02d}", name=f"L{i}", kelurahan_id=OESAPA_BARAT,
                                decree=decree, declared_ha=1, typology="tepi_air")  # fmt: skip
    client.force_login(verifier)
    client.get("/kelola/kumuh/")  # warm the session
    with django_assert_num_queries(7):
        page = client.get("/kelola/kumuh/")
    assert page.content.decode().count("K-") >= 12


def test_a_city_operator_enters_a_decree_with_its_pdf_and_a_kelurahan_operator_cannot(
    client, decree, operator_a, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    perkim = decree.city.memberships.get(role="operator").user
    client.force_login(operator_a)
    assert client.get("/kelola/kumuh/sk/baru/").status_code == 200
    refused = client.post(
        "/kelola/kumuh/sk/baru/", {"city": "53.71", "number": "X", "date": "2024-01-02"}
    )
    assert refused.status_code == 200 and not SlumDecree.objects.filter(number="X").exists()
    client.force_login(perkim)
    fake = SimpleUploadedFile("sk.pdf", b"MZ not a pdf", content_type="application/pdf")
    form = {"city": "53.71", "number": "12/KEP/2024", "date": "2024-01-02",
            "criteria_version": "Permen PUPR 14/PRT/M/2018"}  # fmt: skip
    reply = client.post("/kelola/kumuh/sk/baru/", form | {"document": fake})
    assert reply.status_code == 200 and "harus berkas PDF" in reply.content.decode()
    pdf = SimpleUploadedFile("sk.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    reply = client.post("/kelola/kumuh/sk/baru/", form | {"document": pdf})
    created = SlumDecree.objects.get(number="12/KEP/2024")
    assert reply.status_code == 302 and created.review_state == "draft"
    assert created.document.name.endswith(".pdf") and created.review_due.year == 2029


def test_the_live_preview_scores_without_saving(client, area, operator_a):
    client.force_login(operator_a)
    url = f"/kelola/kumuh/lokasi/{area.kode_lokasi}/penilaian/baru/"
    reply = client.post(url, assessment_form(), HTTP_HX_REQUEST="true")
    assert reply.status_code == 200 and "Kumuh sedang" in reply.content.decode()
    assert "<html" not in reply.content.decode()
    assert not Assessment.objects.exists()
    half_typed = client.post(url, {"date": "2022-09-23", "area_ha": "2,9"}, HTTP_HX_REQUEST="true")
    assert half_typed.status_code == 200 and not Assessment.objects.exists()


def test_each_persona_sees_only_the_review_buttons_it_may_use(client, area, operator_a, verifier):
    review_transition(obj=area, actor=verifier, action="unlock", reason="revisi")
    review_transition(obj=area, actor=operator_a, action="submit")
    url = f"/kelola/kumuh/lokasi/{area.kode_lokasi}/"
    client.force_login(operator_a)
    page = client.get(url).content.decode()
    assert 'value="withdraw"' in page and 'value="verify"' not in page and "id_reason" not in page
    client.force_login(verifier)
    page = client.get(url).content.decode()
    assert 'value="verify"' in page and 'value="return"' in page and "id_reason" in page
    assert 'value="withdraw"' not in page
