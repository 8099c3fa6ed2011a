"""City colours: /branding.css and the WCAG contrast helpers behind it."""

import re

import pytest

from kotacerdas.portal import colors


def _variables(css: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):(#[0-9a-f]{6})", css))


def test_branding_css_publishes_the_configured_colours(client, db):
    response = client.get("/branding.css")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert "max-age=3600" in response["Cache-Control"]
    variables = _variables(response.content.decode())
    assert variables["brand"] == "#0b5c8c"
    assert variables["accent"] == "#b8491c"
    assert variables["on-brand"] == "#ffffff"
    assert variables["brand-text"] == "#0b5c8c"  # already dark enough for text on white


def test_a_light_brand_colour_gets_dark_text_and_a_darker_text_shade(client, db, settings):
    settings.BRAND_PRIMARY_COLOR = "#FFCC00"
    variables = _variables(client.get("/branding.css").content.decode())
    assert variables["brand"] == "#ffcc00"
    assert variables["on-brand"] == colors.INK
    assert colors.contrast(variables["brand-text"], colors.WHITE) >= 4.5
    assert colors.contrast(variables["brand-text"], colors.SURFACE) >= 4.5
    assert colors.contrast(variables["on-brand"], variables["brand"]) >= 4.5


def test_contrast_extremes():
    assert colors.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert colors.contrast("#777777", "#777777") == pytest.approx(1)
    assert colors.contrast("#ffffff", "#000000") == colors.contrast("#000000", "#ffffff")


def test_known_contrast_ratio():
    # #767676 on white is the classic lightest grey that passes AA (4.54:1)
    assert colors.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(
    ("background", "text"),
    [
        ("#0b5c8c", "#ffffff"),
        ("#b8491c", "#ffffff"),
        ("#ffcc00", "#1a1a1a"),
        ("#ffffff", "#1a1a1a"),
    ],
)
def test_text_on(background, text):
    assert colors.text_on(background) == text


@pytest.mark.parametrize("colour", ["#ffffff", "#ffcc00", "#00ff00", "#87ceeb", "#0b5c8c"])
def test_darken_for_text_reaches_aa(colour):
    shade = colors.darken_for_text(colour)
    assert colors.contrast(shade, colors.WHITE) >= 4.5
    assert colors.contrast(shade, colors.SURFACE) >= 4.5
    if colors.contrast(colour, colors.SURFACE) >= 4.5:
        assert shade == colour
