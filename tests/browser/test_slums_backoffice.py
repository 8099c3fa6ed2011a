"""In Chromium: an operator draws a slum location's polygon on the kelurahan boundary (no tiles)."""

import datetime

import pytest

from kotacerdas.review.services import review_transition
from kotacerdas.slums.models import SlumArea, SlumDecree

pytestmark = pytest.mark.browser

SQUARE = {
    "type": "Polygon",
    "coordinates": [
        [[123.65, -10.14], [123.67, -10.14], [123.67, -10.16], [123.65, -10.16], [123.65, -10.14]]
    ],
}


@pytest.fixture
def published_decree(regions, verifier, django_user_model):
    from kotacerdas.accounts.models import Membership
    from kotacerdas.regions.models import Region

    Region.objects.filter(pk="53.71.03.1014").update(boundary=SQUARE, boundary_source="schematic")
    perkim = django_user_model.objects.create_user("perkim_b", password="x-123456789")
    Membership.objects.create(user=perkim, region_id="53.71", role="operator")
    decree = SlumDecree.objects.create(
        city_id="53.71", number="93D/KEP/HK/2016", date=datetime.date(2016, 4, 18)
    )
    for action in ("submit", "verify", "publish"):
        review_transition(
            obj=decree, actor=perkim if action == "submit" else verifier, action=action
        )
    return decree


def test_operator_draws_a_polygon_and_saves_a_new_location(
    log_in, screenshot, operator_a, published_decree
):
    page = log_in("op_oesapa_barat")
    page.goto("/kelola/kumuh/lokasi/baru/")
    page.get_by_label("Kode lokasi").fill("53.71.03.1014-2024-01")
    page.get_by_label("Nama lokasi").fill("Pesisir Oesapa Barat")
    page.get_by_label("Kelurahan").select_option("53.71.03.1014")
    page.get_by_label("SK kumuh").select_option(str(published_decree.pk))
    page.get_by_label("Luas dalam SK (ha)").fill("2,5")
    page.get_by_label("Tipologi").select_option("tepi_air")
    page.locator('.polygon-map path[stroke="#555"]').wait_for()  # the kelurahan boundary
    page.locator(".polygon-map").scroll_into_view_if_needed()
    page.wait_for_timeout(400)  # let fitBounds settle
    box = page.locator(".polygon-map").bounding_box()
    for fx, fy in ((0.45, 0.45), (0.55, 0.45), (0.55, 0.55), (0.45, 0.55)):
        page.mouse.click(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
    page.get_by_role("button", name="Selesai").click()
    assert '"Polygon"' in page.get_by_label("Poligon (GeoJSON)").input_value()
    screenshot(page, "drawn")
    page.get_by_role("button", name="Simpan", exact=True).click()
    page.wait_for_url("**/kelola/kumuh/lokasi/53.71.03.1014-2024-01/")
    area = SlumArea.objects.get(kode_lokasi="53.71.03.1014-2024-01")
    assert area.polygon["type"] == "Polygon" and len(area.polygon["coordinates"][0]) == 5
    assert area.polygon_area_ha > 0
    assert page.failed_responses == []
    screenshot(page, "saved")
