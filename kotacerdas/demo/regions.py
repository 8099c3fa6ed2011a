"""The demo's reference regions: Kota Kupang and Kota Singkawang with schematic boundaries.

Creates or refreshes the two provinces, the two cities, their 11 kecamatan and 77 kelurahan
(``regions_data``) and gives the cities, kecamatan and kelurahan SCHEMATIC boundaries
(``schematic``), marked ``boundary_source="schematic"``. A boundary whose source is "official"
(loaded with ``kotacerdas import-boundaries``) is never overwritten, so an operator who loaded
the real ones keeps them. A schematic boundary has no ``area_ha``: its area would mean nothing.
"""

from django.db import transaction

from kotacerdas.demo import regions_data, schematic
from kotacerdas.lib import geo
from kotacerdas.lib import kode as kodes
from kotacerdas.regions.models import BoundarySource, Region

TREE_FIELDS = ["name", "level", "parent_id", "is_kelurahan"]  # what an official boundary keeps


def demo_regions_wanted() -> dict[str, dict]:
    """``{kode: field values}`` for every demo region, schematic boundaries included."""
    names = dict(regions_data.PROVINCES + regions_data.CITIES + regions_data.DISTRICTS)
    names.update({code: name for code, name, _lng, _lat in regions_data.KELURAHAN})
    centroids = {code: (lng, lat) for code, _name, lng, lat in regions_data.KELURAHAN}
    shapes = {}
    for city, _name in regions_data.CITIES:
        shapes.update(
            schematic.city_shapes({c: p for c, p in centroids.items() if kodes.within(c, city)})
        )
    wanted = {}
    for code, name in names.items():
        values = {
            "name": name,
            "level": kodes.level_of(code),
            "parent_id": kodes.parent_of(code),
            "is_kelurahan": kodes.is_kelurahan(code),
        }
        if code in shapes:
            # A kelurahan keeps its approximate real centroid; the others take their shape's.
            lng, lat = centroids.get(code) or geo.centroid(shapes[code])
            values |= {
                "boundary": geo.to_geojson(shapes[code]),
                "boundary_source": BoundarySource.SCHEMATIC.value,
                "area_ha": None,
                "centroid_lat": lat,
                "centroid_lng": lng,
                "bbox": [round(value, 6) for value in geo.bbox(shapes[code])],
            }
        wanted[code] = values
    return wanted


@transaction.atomic
def demo_regions_load() -> dict:
    """Create or refresh the demo regions; idempotent. Returns counts for the command's output:
    ``created``, ``updated``, ``unchanged``, ``schematic`` (regions drawn schematically) and
    ``official_kept`` (regions whose official boundary was left in place)."""
    wanted = demo_regions_wanted()
    existing = {region.code: region for region in Region.objects.filter(code__in=list(wanted))}
    counts = {"created": 0, "updated": 0, "unchanged": 0, "schematic": 0, "official_kept": 0}
    for code in sorted(wanted):  # parents first
        values = dict(wanted[code])
        region = existing.get(code)
        if region is not None and region.boundary_source == BoundarySource.OFFICIAL:
            values = {name: values[name] for name in TREE_FIELDS}
            counts["official_kept"] += 1
        elif "boundary" in values:
            counts["schematic"] += 1
        if region is None:
            Region.objects.create(code=code, **values)
            counts["created"] += 1
            continue
        changed = [name for name, value in values.items() if getattr(region, name) != value]
        if not changed:
            counts["unchanged"] += 1
            continue
        for name in changed:
            setattr(region, name, values[name])
        region.save(update_fields=[*changed, "updated_at"])
        counts["updated"] += 1
    return counts
