"""One access helper per object type of the slum registry.

Read: published records for everyone, anything in the user's read scope for staff. A record the
user may not read is a 404, so an outsider cannot learn that an unpublished record exists.
Write: an operator over the record's kelurahan (or city, for decrees); otherwise 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from kotacerdas.accounts import access
from kotacerdas.slums.models import Assessment, SlumArea, SlumDecree


def _readable(queryset, user, **lookup):
    obj = queryset.visible_to(user).filter(**lookup).first()
    if obj is None:
        raise Http404
    return obj


def _writable(obj, user):
    if not access.can_write(user, obj.review_region_code()):
        raise PermissionDenied
    return obj


def area_for_read(user, kode_lokasi: str) -> SlumArea:
    return _readable(SlumArea.objects.for_list(), user, kode_lokasi=kode_lokasi)


def area_for_write(user, kode_lokasi: str) -> SlumArea:
    return _writable(area_for_read(user, kode_lokasi), user)


def assessment_for_read(user, pk: int) -> Assessment:
    return _readable(Assessment.objects.for_list(), user, pk=pk)


def assessment_for_write(user, pk: int) -> Assessment:
    return _writable(assessment_for_read(user, pk), user)


def decree_for_read(user, pk: int) -> SlumDecree:
    return _readable(SlumDecree.objects.select_related("city"), user, pk=pk)


def decree_for_write(user, pk: int) -> SlumDecree:
    return _writable(decree_for_read(user, pk), user)
