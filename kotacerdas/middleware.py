"""Project-wide middleware."""

from django.conf import settings
from django.utils import timezone

from kotacerdas.lib.timezones import zone_for_region_code


class RegionTimeZoneMiddleware:
    """Show times in the zone of the region being looked at.

    Times are stored in UTC. A view that serves one region sets ``request.region_code``; by default
    the configured city's zone is used, so Kupang pages read WITA and Singkawang pages WIB.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timezone.activate(settings.TIME_ZONE)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        code = view_kwargs.get("kode") or view_kwargs.get("code")
        if code:
            timezone.activate(zone_for_region_code(code, settings.TIME_ZONE))
