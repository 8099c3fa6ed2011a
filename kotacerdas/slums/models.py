"""The city's official record of slum locations (SK Kumuh) and their scored assessments.

Scoring itself lives in the pure module ``kotacerdas.slums.scoring``; an assessment stores what it
computed (percentages, scores, total, level, current slum hectares) so that lists and rollups
never recompute per row. Reduction is derived from published assessments, never typed.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kotacerdas.review.models import Reviewable, ReviewableQuerySet, ReviewState

CRITERION_CODES = (
    "1a", "1b", "1c", "2a", "2b", "3a", "3b", "4a", "4b", "4c", "5a", "5b", "6a", "6b", "7a", "7b",
)  # fmt: skip
KODE_LOKASI_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_]{2,39}$")
DECREE_REVIEW_YEARS = 5


class Typology(models.TextChoices):
    ON_WATER = "di_atas_air", _("Di atas air")  # built over water (stilts)
    WATERFRONT = "tepi_air", _("Tepi air")  # along a river bank or the coast
    LOWLAND = "dataran_rendah", _("Dataran rendah")  # lowland
    HIGHLAND = "dataran_tinggi", _("Dataran tinggi")  # highland or hillside
    DISASTER_PRONE = "rawan_bencana", _("Rawan bencana")  # disaster-prone zone


class SlumLevel(models.TextChoices):
    HEAVY = "berat", _("Kumuh berat")  # total score 60-80
    MEDIUM = "sedang", _("Kumuh sedang")  # 38-59
    LIGHT = "ringan", _("Kumuh ringan")  # 16-37
    NONE = "tidak_kumuh", _("Tidak kumuh")  # below 16: the location is no longer a slum


class SlumDecreeQuerySet(ReviewableQuerySet):
    def for_city(self, city_code: str):
        return self.filter(city_id=city_code)


class SlumDecree(Reviewable):
    """A mayor's decree (SK Kumuh) fixing slum locations and their hectares in one city."""

    region_field = "city__code"

    city = models.ForeignKey(
        "regions.Region",
        verbose_name=_("kota/kabupaten"),
        on_delete=models.PROTECT,
        related_name="slum_decrees",
    )
    number = models.CharField(_("nomor SK"), max_length=100)
    date = models.DateField(_("tanggal SK"))
    title = models.CharField(_("judul"), max_length=300, blank=True)
    criteria_version = models.CharField(
        _("dasar kriteria"), max_length=100, default="Permen PUPR 14/PRT/M/2018"
    )
    document = models.FileField(_("dokumen SK"), upload_to="sk-kumuh/%Y/", blank=True)
    synthetic_note = models.TextField(
        _("catatan data sintetis"),
        blank=True,
        help_text=_("Kosong bila seluruh data berasal dari sumber resmi."),
    )

    objects = SlumDecreeQuerySet.as_manager()

    class Meta:
        ordering = ["city_id", "-date"]
        constraints = [
            models.UniqueConstraint(fields=["city", "number"], name="slumdecree_unique_number")
        ]
        verbose_name = _("SK kumuh")
        verbose_name_plural = _("SK kumuh")

    def __str__(self) -> str:
        return f"SK {self.number} ({self.date:%Y})"

    def review_region_code(self) -> str:
        return self.city_id

    @property
    def review_due(self) -> datetime.date:
        """The decree must be reviewed at least every five years."""
        try:
            return self.date.replace(year=self.date.year + DECREE_REVIEW_YEARS)
        except ValueError:  # 29 February
            return self.date.replace(year=self.date.year + DECREE_REVIEW_YEARS, day=28)

    def clean(self):
        if self.city_id and self.city.level != "regency":
            raise ValidationError({"city": _("SK kumuh diterbitkan oleh kota atau kabupaten.")})


class Kawasan(models.Model):
    """An optional grouping of slum locations, possibly across kelurahan."""

    city = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="kawasan")
    code = models.CharField(_("kode kawasan"), max_length=40, unique=True)
    name = models.CharField(_("nama kawasan"), max_length=200)

    class Meta:
        ordering = ["code"]
        verbose_name = _("kawasan")
        verbose_name_plural = _("kawasan")

    def __str__(self) -> str:
        return self.name


class SlumAreaQuerySet(ReviewableQuerySet):
    def for_list(self):
        return self.select_related("kelurahan", "decree").defer("polygon", "kelurahan__boundary")


class SlumArea(Reviewable):
    """One delineated slum location named in a decree, inside one kelurahan."""

    region_field = "kelurahan__code"

    kode_lokasi = models.CharField(
        _("kode lokasi"),
        max_length=40,
        unique=True,
        help_text=_("Kode tetap lokasi, mis. 53.71.03.1014-2016-01."),
    )
    name = models.CharField(_("nama lokasi"), max_length=200)
    kelurahan = models.ForeignKey(
        "regions.Region",
        verbose_name=_("kelurahan"),
        on_delete=models.PROTECT,
        related_name="slum_areas",
    )
    decree = models.ForeignKey(
        SlumDecree, verbose_name=_("SK kumuh"), on_delete=models.PROTECT, related_name="areas"
    )
    declared_ha = models.DecimalField(
        _("luas dalam SK (ha)"),
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    rt_rw = models.CharField(_("RT/RW"), max_length=300, blank=True)
    typology = models.CharField(_("tipologi"), max_length=20, choices=Typology.choices)
    priority_group = models.PositiveSmallIntegerField(
        _("kelompok prioritas dalam SK"), null=True, blank=True
    )
    kawasan = models.ForeignKey(
        Kawasan, null=True, blank=True, on_delete=models.SET_NULL, related_name="areas"
    )
    predecessor = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="successors",
        help_text=_("Lokasi yang sama pada SK sebelumnya."),
    )
    polygon = models.JSONField(_("poligon"), null=True, blank=True)
    polygon_area_ha = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    synthetic_note = models.TextField(_("catatan data sintetis"), blank=True)

    # --- the public state, derived from the latest PUBLISHED assessment ---
    # Written only by slums.services.area_refresh_published_state when an assessment is
    # published or unlocked, so public lists and rollups read one row per area.
    published_slum_ha = models.DecimalField(
        max_digits=9, decimal_places=2, null=True, blank=True, editable=False
    )
    published_level = models.CharField(
        max_length=12, choices=SlumLevel.choices, blank=True, editable=False
    )
    published_assessed_on = models.DateField(null=True, blank=True, editable=False)

    objects = SlumAreaQuerySet.as_manager()

    class Meta:
        ordering = ["kode_lokasi"]
        verbose_name = _("lokasi kumuh")
        verbose_name_plural = _("lokasi kumuh")

    def __str__(self) -> str:
        return f"{self.kode_lokasi} {self.name}"

    def review_region_code(self) -> str:
        return self.kelurahan_id

    @property
    def public_current_ha(self):
        """Slum hectares the public sees: the latest published assessment's, else the decree's."""
        return self.declared_ha if self.published_slum_ha is None else self.published_slum_ha

    def clean(self):
        errors = {}
        if self.kode_lokasi and not KODE_LOKASI_RE.match(self.kode_lokasi):
            errors["kode_lokasi"] = _(
                "Kode lokasi hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah "
                "(3-40 karakter)."
            )
        if self.kelurahan_id and self.kelurahan.level != "village":
            errors["kelurahan"] = _("Lokasi kumuh harus berada di kelurahan/desa.")
        if (
            self.kelurahan_id
            and self.decree_id
            and not self.kelurahan_id.startswith(self.decree.city_id + ".")
        ):
            errors["kelurahan"] = _("Kelurahan harus berada di kota yang menerbitkan SK.")
        if errors:
            raise ValidationError(errors)


def _volume_field(code: str):
    return models.DecimalField(
        _("volume %(code)s") % {"code": code},
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )


class AssessmentQuerySet(ReviewableQuerySet):
    def for_list(self):
        return self.select_related("area", "area__kelurahan").defer(
            "area__polygon", "area__kelurahan__boundary"
        )


class Assessment(Reviewable):
    """A scored assessment (penilaian) of one slum location at one date.

    Inputs: base quantities, the 16 criterion volumes, other considerations and land legality.
    Outputs (stored by ``assessment_score`` in ``slums.services``): per-criterion percentages and
    scores, total, level, other-considerations class, legality, priority and the slum hectares
    this assessment leaves (``slum_ha``: 0 when no longer a slum).
    """

    region_field = "area__kelurahan__code"

    area = models.ForeignKey(
        SlumArea, verbose_name=_("lokasi"), on_delete=models.PROTECT, related_name="assessments"
    )
    date = models.DateField(_("tanggal penilaian"))
    area_ha = models.DecimalField(_("luas (ha)"), max_digits=9, decimal_places=2)
    buildings = models.PositiveIntegerField(_("jumlah bangunan"))
    households = models.PositiveIntegerField(_("jumlah KK"))
    population = models.PositiveIntegerField(_("jumlah penduduk"))
    road_ideal_m = models.DecimalField(
        _("panjang jalan ideal (m)"), max_digits=12, decimal_places=2
    )
    drain_ideal_m = models.DecimalField(
        _("panjang drainase ideal (m)"), max_digits=12, decimal_places=2
    )
    v1a = _volume_field("1a")
    v1b = _volume_field("1b")
    v1c = _volume_field("1c")
    v2a = _volume_field("2a")
    v2b = _volume_field("2b")
    v3a = _volume_field("3a")
    v3b = _volume_field("3b")
    v4a = _volume_field("4a")
    v4b = _volume_field("4b")
    v4c = _volume_field("4c")
    v5a = _volume_field("5a")
    v5b = _volume_field("5b")
    v6a = _volume_field("6a")
    v6b = _volume_field("6b")
    v7a = _volume_field("7a")
    v7b = _volume_field("7b")
    pl_strategic = models.PositiveSmallIntegerField(
        _("nilai strategis lokasi"), null=True, blank=True, choices=[(1, "1"), (3, "3"), (5, "5")]
    )
    pl_socio_economic = models.PositiveSmallIntegerField(
        _("potensi sosial ekonomi"), null=True, blank=True, choices=[(1, "1"), (3, "3"), (5, "5")]
    )
    land_tenure_clear = models.BooleanField(_("status lahan jelas"), null=True, blank=True)
    land_fits_spatial_plan = models.BooleanField(_("sesuai RTR"), null=True, blank=True)
    synthetic_note = models.TextField(_("catatan data sintetis"), blank=True)

    # --- stored results (written only by slums.services.assessment_score) ---
    criteria_results = models.JSONField(default=list, editable=False)  # [{code, percent, score}]
    aspect_results = models.JSONField(default=dict, editable=False)
    total_score = models.PositiveSmallIntegerField(_("nilai total"), default=0, editable=False)
    level = models.CharField(
        _("tingkat kekumuhan"),
        max_length=12,
        choices=SlumLevel.choices,
        default=SlumLevel.NONE,
        db_index=True,
        editable=False,
    )
    slum_ha = models.DecimalField(
        _("luas kumuh (ha)"), max_digits=9, decimal_places=2, default=0, editable=False
    )
    other_total = models.PositiveSmallIntegerField(null=True, editable=False)
    other_class = models.CharField(max_length=10, blank=True, editable=False)
    legal = models.BooleanField(null=True, editable=False)
    authority = models.CharField(max_length=10, blank=True, editable=False)
    priority_class = models.CharField(max_length=10, blank=True, editable=False)
    handling_pattern = models.CharField(max_length=30, blank=True, editable=False)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["area_id", "date", "pk"]
        indexes = [models.Index(fields=["area", "review_state", "date"])]
        verbose_name = _("penilaian")
        verbose_name_plural = _("penilaian")

    def __str__(self) -> str:
        return f"{self.area.kode_lokasi} {self.date:%Y-%m-%d}"

    def review_region_code(self) -> str:
        return self.area.kelurahan_id

    def volumes(self) -> dict[str, object]:
        return {code: getattr(self, f"v{code}") for code in CRITERION_CODES}

    def base_quantities(self) -> dict[str, object]:
        return {
            "area_ha": self.area_ha,
            "buildings": self.buildings,
            "households": self.households,
            "population": self.population,
            "road_ideal_m": self.road_ideal_m,
            "drain_ideal_m": self.drain_ideal_m,
        }

    @property
    def is_published(self) -> bool:
        return self.review_state == ReviewState.PUBLISHED

    def after_transition(self, action: str) -> None:
        if action in ("publish", "unlock"):
            from kotacerdas.slums.services import area_refresh_published_state

            area_refresh_published_state(area=self.area)
