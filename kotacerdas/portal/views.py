"""Public pages. Thin: each view loads published data and renders a template."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from kotacerdas.regions.models import Region


def _region_or_404(code: str) -> Region:
    region = Region.objects.without_boundary().filter(pk=code).first()
    if region is None:
        raise Http404
    return region


@require_GET
def home(request):
    region = Region.objects.without_boundary().filter(pk=settings.CITY_CODE).first()
    return region_page(request, settings.CITY_CODE) if region else render(
        request, "portal/not_configured.html", {"city_code": settings.CITY_CODE}, status=200
    )


@require_GET
def region_page(request, kode: str):
    region = _region_or_404(kode)
    children = list(Region.objects.without_boundary().filter(parent_id=region.code).order_by("code"))
    return render(
        request,
        "portal/region.html",
        {"region": region, "ancestors": region.ancestors(), "children": children},
    )


@require_GET
@cache_control(max_age=3600, public=True)
def branding_css(request):
    """City colours from settings as CSS custom properties (no inline styles in pages)."""
    css = (
        ":root{"
        f"--brand:{settings.BRAND_PRIMARY_COLOR};"
        f"--accent:{settings.BRAND_ACCENT_COLOR};"
        "}\n"
    )
    return HttpResponse(css, content_type="text/css; charset=utf-8")
