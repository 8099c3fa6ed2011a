"""The versioned JSON API ``/api/v1/``: published data for everyone, OpenAPI at /api/v1/openapi.json.

Each domain app contributes a router from its own ``api.py``; this module only assembles them.
"""

from ninja import NinjaAPI

from kotacerdas.regions.api import router as regions_router
from kotacerdas.slums.api import ScoringFailed, scoring_error_response
from kotacerdas.slums.api import router as slums_router

api = NinjaAPI(
    title="Kota Cerdas API",
    version="1",
    description=(
        "Data terbuka Kota Cerdas: wilayah, kawasan kumuh (KOTAKU), penilaian, kegiatan. "
        "Hanya data yang telah terbit. / Kota Cerdas open data: regions, slum areas (KOTAKU), "
        "assessments, works. Published data only."
    ),
    urls_namespace="api-v1",
)
api.add_router("/regions", regions_router)
api.add_router("/", slums_router)
api.add_exception_handler(
    ScoringFailed, lambda request, exc: scoring_error_response(api, request, exc)
)
