"""Back-office forms of the slum registry. Numbers accept the Indonesian decimal comma."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kotacerdas.accounts import access
from kotacerdas.lib import geo
from kotacerdas.lib.numbers import NumberError, parse_number
from kotacerdas.regions.models import Region
from kotacerdas.slums import polygons, scoring
from kotacerdas.slums.models import CRITERION_CODES, Assessment, SlumArea, SlumDecree

WARNING_TEXT = {
    "area_differs": _("Luas poligon %(m)s ha berbeda lebih dari 10 %% dari luas SK %(d)s ha."),
    "outside_kelurahan": _("Poligon keluar dari batas kelurahan (%(p)s %% di dalam)."),
}


class CommaDecimalField(forms.DecimalField):
    """A DecimalField that also reads ``12,6``: a text box (a number box refuses the comma)."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        return {"inputmode": "decimal"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_number(value).value
        except NumberError:
            raise forms.ValidationError(
                _("'%(value)s' bukan angka."), code="invalid", params={"value": value}
            ) from None


class SlumAreaForm(forms.ModelForm):
    polygon_geojson = forms.CharField(
        label=_("Poligon (GeoJSON)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Tempel geometri GeoJSON (Polygon/MultiPolygon, WGS84) atau unggah berkas."),
    )
    polygon_file = forms.FileField(label=_("Berkas poligon (.geojson)"), required=False)

    class Meta:
        model = SlumArea
        fields = [
            "kode_lokasi", "name", "kelurahan", "decree", "declared_ha", "rt_rw", "typology",
            "priority_group",
        ]  # fmt: skip
        field_classes = {"declared_ha": CommaDecimalField}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings: list[str] = []
        self.polygon = self.instance.polygon if self.instance.pk else None
        scope = access.scope_q(user, access.WRITE_ROLES, "code")
        self.fields["kelurahan"].queryset = Region.objects.without_boundary().filter(
            scope, level="village"
        )
        cities = {code[:5] for code in access.scopes(user, access.WRITE_ROLES)}
        self.fields["decree"].queryset = SlumDecree.objects.visible_to(user).filter(
            city_id__in=cities
        )
        if self.instance.pk:
            self.fields["kode_lokasi"].disabled = True  # the stable code never changes

    def clean(self):
        data = super().clean()
        text = data.get("polygon_geojson") or ""
        upload = data.get("polygon_file")
        if upload:
            if upload.size > 2_000_000:
                self.add_error("polygon_file", _("Berkas poligon terlalu besar (maks. 2 MB)."))
                return data
            text = upload.read().decode("utf-8", errors="replace")
        if text.strip():
            self._read_polygon(text, data)
        return data

    def _read_polygon(self, text: str, data: dict) -> None:
        kelurahan = data.get("kelurahan")
        boundary = (
            Region.objects.filter(pk=kelurahan.pk).values_list("boundary", flat=True).first()
            if kelurahan is not None
            else None
        )
        try:
            check = polygons.polygon_check(
                polygons.read_geometry(text),
                declared_ha=data.get("declared_ha"),
                kelurahan_boundary=boundary,
            )
        except geo.GeometryError as exc:
            self.add_error(
                "polygon_geojson", _("Poligon tidak valid: %(m)s") % {"m": exc.message_id}
            )
            return
        except (ValueError, AttributeError, TypeError) as exc:
            self.add_error("polygon_geojson", _("Poligon tidak valid: %(m)s") % {"m": exc})
            return
        self.polygon, self.polygon_area_ha = check.geometry, check.area_ha
        for warning in check.warnings:
            self.warnings.append(WARNING_TEXT[warning.code] % warning.values)

    def values(self) -> dict:
        values = {
            name: self.cleaned_data[name] for name in self.Meta.fields if name in self.changed_data
        }
        if not self.instance.pk:
            values = {name: self.cleaned_data[name] for name in self.Meta.fields}
        if self.polygon is not None and self.polygon != self.instance.polygon:
            values["polygon"] = self.polygon
            values["polygon_area_ha"] = self.polygon_area_ha
        return values


BASE_FIELDS = list(scoring.BASE_FIELDS)
VOLUME_FIELDS = [f"v{code}" for code in CRITERION_CODES]


class AssessmentForm(forms.ModelForm):
    class Meta:
        model = Assessment
        fields = [
            "date", *BASE_FIELDS, *VOLUME_FIELDS, "pl_strategic", "pl_socio_economic",
            "land_tenure_clear", "land_fits_spatial_plan",
        ]  # fmt: skip
        field_classes = {
            name: CommaDecimalField
            for name in ["area_ha", "road_ideal_m", "drain_ideal_m", *VOLUME_FIELDS]
        }
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def clean(self):
        data = super().clean()
        base = {name: data.get(name) for name in BASE_FIELDS}
        volumes = {name[1:]: data.get(name) for name in VOLUME_FIELDS}
        if any(value is None for value in [*base.values(), *volumes.values()]):
            return data  # the missing fields already carry their own errors
        try:
            self.result = scoring.score(base, volumes)
        except scoring.ScoringError as exc:
            for error in exc.errors:
                key = error.field.split(".")[-1]
                field = key if key in BASE_FIELDS else f"v{key}"
                if field in self.fields:
                    self.add_error(field, f"{error.message_id} / {error.message_en}")
                else:
                    self.add_error(None, f"{error.message_id} / {error.message_en}")
        return data

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ReviewActionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[(a, a) for a in ("submit", "withdraw", "return", "verify", "publish", "unlock")]
    )
    reason = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    version = forms.IntegerField(min_value=1)


MAX_DECREE_PDF = 10 * 1024 * 1024


class SlumDecreeForm(forms.ModelForm):
    class Meta:
        model = SlumDecree
        fields = ["city", "number", "date", "title", "criteria_version", "document"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        scope = access.scope_q(user, access.WRITE_ROLES, "code")
        self.fields["city"].queryset = Region.objects.without_boundary().filter(
            scope, level="regency"
        )
        if self.instance.pk:
            self.fields["city"].disabled = True

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if not document or not hasattr(document, "content_type"):
            return document  # unchanged or empty
        if document.size > MAX_DECREE_PDF:
            raise forms.ValidationError(_("Dokumen SK terlalu besar (maks. 10 MB)."))
        head = document.read(5)
        document.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("Dokumen SK harus berkas PDF."))
        return document

    def values(self) -> dict:
        if not self.instance.pk:
            return {name: self.cleaned_data[name] for name in self.Meta.fields}
        return {name: self.cleaned_data[name] for name in self.changed_data if name != "city"}
