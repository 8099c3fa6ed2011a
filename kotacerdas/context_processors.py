"""Template context shared by every page: site name, branding and the configured city."""

from django.conf import settings


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        "CITY_CODE": settings.CITY_CODE,
        "BRAND_LOGO": settings.BRAND_LOGO,
    }
