"""Public pages. Thin: each view loads published data through ``queries`` and renders a template."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from kotacerdas.lib.timezones import zone_for_region_code
from kotacerdas.portal import colors, queries

# Short names of the Indonesian time zones, shown with a region's facts.
_ZONE_NAMES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


@require_GET
def home(request):
    """The configured city's page (CITY_CODE); a setup hint until its regions are imported."""
    region, ancestors = queries.region_with_ancestors(settings.CITY_CODE)
    if region is None:
        return render(request, "portal/not_configured.html", {"city_code": settings.CITY_CODE})
    return _render_region(request, region, ancestors, is_home=True)


@require_GET
def region_page(request, kode: str):
    region, ancestors = queries.region_with_ancestors(kode)
    if region is None:
        raise Http404
    return _render_region(request, region, ancestors, is_home=False)


def _render_region(request, region, ancestors, *, is_home: bool):
    queries.remember_city(request, [region, *ancestors])
    context = {
        "region": region,
        "ancestors": ancestors,
        "children": queries.region_children(region),
        "time_zone": _ZONE_NAMES.get(zone_for_region_code(region.code), ""),
        "is_home": is_home,
    }
    return render(request, "portal/region.html", context)


@require_GET
@cache_control(max_age=3600, public=True)
def branding_css(request):
    """City colours from settings as CSS custom properties (no inline styles in pages).

    Beside each colour: the text colour to put on it (``--on-brand``) and a shade that reads as
    text on white (``--brand-text``), so any configured colour keeps WCAG AA contrast.
    """
    brand, accent = settings.BRAND_PRIMARY_COLOR.lower(), settings.BRAND_ACCENT_COLOR.lower()
    css = (
        ":root{"
        f"--brand:{brand};"
        f"--on-brand:{colors.text_on(brand)};"
        f"--brand-text:{colors.darken_for_text(brand)};"
        f"--accent:{accent};"
        f"--on-accent:{colors.text_on(accent)};"
        f"--accent-text:{colors.darken_for_text(accent)};"
        "}\n"
    )
    return HttpResponse(css, content_type="text/css; charset=utf-8")
