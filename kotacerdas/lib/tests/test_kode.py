"""kode wilayah parsing and the time zone of a region."""

import pytest

from kotacerdas.lib import kode
from kotacerdas.lib.timezones import zone_for_region_code


@pytest.mark.parametrize("code,level", [("53", "province"), ("53.71", "regency"),
                                        ("53.71.03", "district"), ("53.71.03.1014", "village")])  # fmt: skip
def test_level_is_the_number_of_segments(code, level):
    assert kode.level_of(code) == level


@pytest.mark.parametrize("bad", ["", "5", "53.7", "53.71.3", "53.71.03.101", "53.71.03.10140",
                                 "53-71", "53.71.", " 53", "ab.cd", "53.71.03.1014.1"])  # fmt: skip
def test_malformed_codes_are_refused(bad):
    assert not kode.is_valid(bad)
    with pytest.raises(ValueError):
        kode.level_of(bad)


def test_parent_and_ancestors():
    assert kode.parent_of("53.71.03.1014") == "53.71.03"
    assert kode.parent_of("53") is None
    assert kode.ancestors("53.71.03.1014") == ["53", "53.71", "53.71.03"]


def test_kelurahan_and_desa_and_kota_and_kabupaten():
    assert kode.is_kelurahan("53.71.03.1014")
    assert not kode.is_kelurahan("53.01.01.2001")
    assert not kode.is_kelurahan("53.71.03")
    assert kode.is_kota("53.71") and kode.is_kota("61.72")
    assert not kode.is_kota("53.01") and not kode.is_kota("53.71.03")


def test_within_respects_segment_boundaries():
    assert kode.within("53.71.03.1014", "53.71")
    assert kode.within("53.71", "53.71")
    assert not kode.within("53.71.03.1014", "53.7")
    assert not kode.within("53.71", "53.71.03")


@pytest.mark.parametrize("code,zone", [("53.71", "Asia/Makassar"), ("61.72.02.1004", "Asia/Pontianak"),
                                       ("31.71", "Asia/Jakarta"), ("94.71", "Asia/Jayapura"),
                                       ("51", "Asia/Makassar")])  # fmt: skip
def test_each_city_gets_its_own_time_zone(code, zone):
    assert zone_for_region_code(code) == zone


def test_unknown_province_falls_back_to_the_default():
    assert zone_for_region_code("99", default="UTC") == "UTC"
