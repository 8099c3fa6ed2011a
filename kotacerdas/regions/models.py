"""The kode wilayah tree: provinces, regencies/cities, districts, villages."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kotacerdas.lib import kode as kodes


class Level(models.TextChoices):
    PROVINCE = kodes.PROVINCE, _("Provinsi")  # PP
    REGENCY = kodes.REGENCY, _("Kabupaten/Kota")  # PP.KK
    DISTRICT = kodes.DISTRICT, _("Kecamatan")  # PP.KK.CC
    VILLAGE = kodes.VILLAGE, _("Kelurahan/Desa")  # PP.KK.CC.DDDD


class BoundarySource(models.TextChoices):
    NONE = "", _("Tidak ada")  # no boundary loaded
    OFFICIAL = "official", _("Resmi")  # imported with import-boundaries
    SCHEMATIC = "schematic", _("Skematis")  # generated for the demo; not a real boundary


def within_q(prefix: str, field: str = "code") -> Q:
    """Rows whose kode (in ``field``) is ``prefix`` or lies under it; one indexed prefix match."""
    return Q(**{field: prefix}) | Q(**{f"{field}__startswith": prefix + "."})


class RegionQuerySet(models.QuerySet):
    def within(self, prefix: str) -> "RegionQuerySet":
        """The region ``prefix`` and its whole subtree."""
        return self.filter(within_q(prefix))

    def below(self, prefix: str) -> "RegionQuerySet":
        """The subtree of ``prefix`` without ``prefix`` itself."""
        return self.filter(code__startswith=prefix + ".")

    def kelurahan(self) -> "RegionQuerySet":
        return self.filter(is_kelurahan=True)

    def at_level(self, level: str) -> "RegionQuerySet":
        return self.filter(level=level)

    def without_boundary(self) -> "RegionQuerySet":
        return self.defer("boundary")


class Region(models.Model):
    code = models.CharField(_("kode wilayah"), max_length=13, primary_key=True)
    name = models.CharField(_("nama"), max_length=120)
    level = models.CharField(_("tingkat"), max_length=10, choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("induk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_kelurahan = models.BooleanField(_("kelurahan"), default=False, db_index=True)
    # GeoJSON geometry (Polygon or MultiPolygon, WGS84 [lng, lat]); derived figures stored beside it.
    boundary = models.JSONField(_("batas wilayah"), null=True, blank=True)
    boundary_source = models.CharField(
        _("sumber batas"), max_length=10, choices=BoundarySource.choices, blank=True, default=""
    )
    area_ha = models.DecimalField(
        _("luas geodesik (ha)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    centroid_lat = models.FloatField(null=True, blank=True)
    centroid_lng = models.FloatField(null=True, blank=True)
    bbox = models.JSONField(null=True, blank=True)  # [min_lng, min_lat, max_lng, max_lat]
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def is_kota(self) -> bool:
        return kodes.is_kota(self.code)

    @property
    def level_label(self) -> str:
        """The Indonesian name of this level: Provinsi, Kota, Kabupaten, Kecamatan, Kelurahan, Desa."""
        if self.level == Level.REGENCY:
            return _("Kota") if self.is_kota else _("Kabupaten")
        if self.level == Level.VILLAGE:
            return _("Kelurahan") if self.is_kelurahan else _("Desa")
        return self.get_level_display()

    def ancestor_codes(self) -> list[str]:
        return kodes.ancestors(self.code)

    def ancestors(self) -> list["Region"]:
        """Ancestors from the province down, in one query (for breadcrumbs)."""
        codes = self.ancestor_codes()
        found = {r.code: r for r in Region.objects.without_boundary().filter(code__in=codes)}
        return [found[c] for c in codes if c in found]
