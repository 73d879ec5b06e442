"""The shipped reference data: it loads, every value has a source and a year, values match DESIGN.md §5."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path

import pytest

from sxsh_desktop.domain.reference import (
    CP_TARGET_MAX_PCT,
    CP_TARGET_MIN_PCT,
    ELECTRICITY_TOE_PER_KWH,
    KEY_ENERGY_USER_TOE,
    ReferenceData,
)
from sxsh_desktop.domain.reference_files import (
    REFERENCE_KINDS,
    ReferenceFileError,
    load_reference_file,
    load_reference_files,
)
from sxsh_desktop.paths import resource

REFERENCE_DIR = resource("reference")
FONTS_DIR = resource("fonts")


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load_reference_files()


def all_records(ref: ReferenceData):
    for kind in REFERENCE_KINDS:
        for record in getattr(ref, kind):
            yield kind, record


# ------------------------------------------------------------------ loading


def test_reference_kinds_match_reference_data_fields():
    assert set(REFERENCE_KINDS) == {f.name for f in dataclasses.fields(ReferenceData)}


@pytest.mark.parametrize("kind", sorted(REFERENCE_KINDS))
def test_every_file_loads_and_is_not_empty(kind):
    file_name, record_class = REFERENCE_KINDS[kind]
    records = load_reference_file(REFERENCE_DIR / file_name, kind)
    assert records
    assert all(isinstance(r, record_class) for r in records)
    document = json.loads((REFERENCE_DIR / file_name).read_text(encoding="utf-8"))
    assert document["kind"] == kind
    assert document["version"] == 1


def test_load_reference_files_uses_shipped_folder_by_default(ref):
    assert load_reference_files(REFERENCE_DIR) == ref


def test_every_item_has_a_source_and_a_year(ref):
    for kind, record in all_records(ref):
        assert record.source.strip(), (kind, record)
        assert isinstance(record.year, int) and 1990 <= record.year <= 2030, (kind, record)


def test_fuels_with_a_toe_factor_have_its_own_source_and_year(ref):
    for fuel in ref.fuels:
        if fuel.toe_per_t is not None or fuel.toe_per_1000_l is not None or fuel.toe_per_1000_m3 is not None:
            assert fuel.toe_source.strip() and fuel.toe_year, fuel.code
        if fuel.density_t_per_m3 is not None:
            assert fuel.density_source.strip(), fuel.code


def test_codes_are_unique(ref):
    for kind in REFERENCE_KINDS:
        records = getattr(ref, kind)
        keys = [r.factor_year if kind == "grid_factors" else r.code for r in records]
        assert len(keys) == len(set(keys)), kind


# ------------------------------------------------------------------ errors name file and item


def _write(folder: Path, kind: str, items, **overrides) -> Path:
    document = {"kind": kind, "version": 1, "items": items} | {k.rstrip("_"): v for k, v in overrides.items()}
    path = folder / REFERENCE_KINDS[kind][0]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_unknown_field_names_file_and_item(tmp_path):
    good = {
        "code": "GH",
        "name_vi": "Quản lý nội vi",
        "name_en": "Good housekeeping",
        "source": "x",
        "year": 2009,
    }
    path = _write(tmp_path, "techniques", [good, good | {"code": "XX", "colour": "red"}])
    with pytest.raises(ReferenceFileError) as info:
        load_reference_file(path, "techniques")
    message = str(info.value)
    assert "techniques.json" in message and "item 2" in message and "XX" in message and "colour" in message


def test_missing_field_and_wrong_type_are_reported(tmp_path):
    path = _write(tmp_path, "grid_factors", [{"factor_year": 2023, "source": "x", "year": 2023}])
    with pytest.raises(ReferenceFileError, match=r"grid_factors.json, item 1 .*t_co2_per_mwh"):
        load_reference_file(path, "grid_factors")
    path = _write(tmp_path, "grid_factors", [{"factor_year": 2023, "t_co2_per_mwh": "0.6", "year": 2023}])
    with pytest.raises(ReferenceFileError, match=r"item 1 .*t_co2_per_mwh"):
        load_reference_file(path, "grid_factors")


def test_wrong_kind_version_json_and_duplicates(tmp_path):
    path = _write(tmp_path, "units", [], kind_="fuels")
    with pytest.raises(ReferenceFileError, match=r"units\.json: kind"):
        load_reference_file(path, "units")
    path = _write(tmp_path, "units", [], version=2)
    with pytest.raises(ReferenceFileError, match="version"):
        load_reference_file(path, "units")
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReferenceFileError, match="invalid JSON"):
        load_reference_file(path, "units")
    unit = {"code": "kg", "name_vi": "kg", "name_en": "kg", "dimension": "mass", "factor": 1}
    path = _write(tmp_path, "units", [unit, unit])
    with pytest.raises(ReferenceFileError, match=r"item 2 .*duplicate"):
        load_reference_file(path, "units")
    with pytest.raises(ReferenceFileError, match=r"techniques\.json: file not found"):
        load_reference_files(tmp_path)


def test_lists_become_tuples(ref):
    assert all(isinstance(o.sector_codes, tuple) for o in ref.catalogue)
    assert all(isinstance(c.typical_techniques, tuple) for c in ref.cause_categories)


# ------------------------------------------------------------------ DESIGN.md section 5 values


def test_techniques_table_5_1(ref):
    expected = {
        "GH": ("Good housekeeping", "Quản lý nội vi"),
        "IMC": ("Input material change", "Thay đổi nguyên liệu đầu vào"),
        "BPC": ("Better process control", "Kiểm soát quá trình tốt hơn"),
        "EM": ("Equipment modification", "Cải tiến thiết bị"),
        "TC": ("Technology change", "Thay đổi công nghệ"),
        "OSR": ("On-site recovery / reuse", "Thu hồi, tái sử dụng tại chỗ"),
        "BYP": ("Useful by-product", "Tạo sản phẩm phụ hữu ích"),
        "PM": ("Product modification", "Cải tiến sản phẩm"),
    }
    assert {t.code: (t.name_en, t.name_vi) for t in ref.techniques} == expected


def test_cause_categories_table_5_2(ref):
    expected = {
        "RAW": ("Raw material", "Nguyên liệu", ("IMC",)),
        "TECH": ("Technology", "Công nghệ", ("TC",)),
        "CTRL": ("Process control / operation", "Kiểm soát quá trình, vận hành", ("BPC", "GH")),
        "EQP": ("Equipment (design, maintenance)", "Thiết bị", ("EM", "GH")),
        "HR": ("Personnel", "Nhân lực", ("GH",)),
        "WASTE": ("Waste not reused", "Chất thải", ("OSR", "BYP")),
        "PROD": ("Product", "Sản phẩm", ("PM",)),
    }
    assert {c.code: (c.name_en, c.name_vi, c.typical_techniques) for c in ref.cause_categories} == expected


def test_grid_factors_5_3(ref):
    official = {
        2014: 0.6612,
        2015: 0.8154,
        2016: 0.9185,
        2017: 0.8649,
        2018: 0.9130,
        2019: 0.8458,
        2020: 0.8041,
        2021: 0.7221,
        2022: 0.6766,
        2023: 0.6592,
    }
    by_year = {g.factor_year: g for g in ref.grid_factors}
    assert set(by_year) == set(official) | {2024}
    for year, value in official.items():
        assert by_year[year].t_co2_per_mwh == value
        assert not by_year[year].provisional
        assert "Cục Biến đổi khí hậu" in by_year[year].source
    assert "327/BĐKH-PTCBT" in by_year[2022].source
    assert by_year[2024].t_co2_per_mwh == 0.6811
    assert by_year[2024].provisional


def test_default_grid_factor_is_latest_official_2023(ref):
    default = ref.grid_factor()
    assert default is not None
    assert (default.factor_year, default.t_co2_per_mwh, default.provisional) == (2023, 0.6592, False)


def test_fuel_co2_factors_5_4(ref):
    # One heating value per fuel (DESIGN.md 5.4): where the MOIT table gives a TOE factor, its NCV
    # (TOE x 41.868 GJ) times the IPCC carbon factor (kg CO2/TJ) is the CO2 factor; elsewhere the
    # IPCC default NCV gives both. Hand-computed, rounded to 3 decimals:
    expected = {
        "anthracite": (2.625, False),  # 26.7 GJ/t x 98,300
        "bituminous_coal": (2.441, False),  # 25.8 x 94,600
        "sub_bituminous_coal": (1.816, False),  # 18.9 x 96,100
        "lignite": (1.202, False),  # 11.9 x 101,000
        "do": (3.164, False),  # 1.02 x 41.868 = 42.705 GJ/t x 74,100
        "fo": (3.208, False),  # 0.99 x 41.868 = 41.449 x 77,400
        "lpg": (2.880, False),  # 1.09 x 41.868 = 45.636 x 63,100
        "gasoline": (3.047, False),  # 1.05 x 41.868 = 43.961 x 69,300
        "natural_gas": (2.693, False),
        "wood": (1.747, True),  # 15.6 x 112,000
        "rice_husk": (1.562, True),  # 0.373 x 41.868 = 15.617 x 100,000 (was 1.160: 11.6 GJ/t)
        "other_biomass": (1.160, True),  # 11.6 x 100,000
        "charcoal": (3.304, True),  # 29.5 x 112,000
        "than_cam_1_2": (2.881, False),  # 0.70 x 41.868 = 29.31 GJ/t x 98,300
        "than_cam_3_4": (2.469, False),  # 0.60 x 41.868 = 25.12 GJ/t x 98,300
        "than_cam_5_6": (2.058, False),  # 0.50 x 41.868 = 20.93 GJ/t x 98,300
        "coke": (3.360, False),  # 0.75 x 41.868 = 31.40 GJ/t x 107,000
    }
    actual = {f.code: (f.co2_t_per_t, f.biogenic) for f in ref.fuels}
    assert actual == expected
    assert all("IPCC 2006" in f.source for f in ref.fuels)


def test_each_fuel_has_one_heating_value(ref):
    """TOE and CO2 follow from the same NCV: CO2 ÷ (TOE x 41.868 GJ) is the fuel's carbon factor."""
    carbon_kg_per_tj = {
        "than_cam_1_2": 98_300,
        "than_cam_3_4": 98_300,
        "than_cam_5_6": 98_300,
        "anthracite": 98_300,
        "bituminous_coal": 94_600,
        "sub_bituminous_coal": 96_100,
        "lignite": 101_000,
        "coke": 107_000,
        "do": 74_100,
        "fo": 77_400,
        "lpg": 63_100,
        "gasoline": 69_300,
        "wood": 112_000,
        "rice_husk": 100_000,
        "other_biomass": 100_000,
        "charcoal": 112_000,
    }
    for code, carbon in carbon_kg_per_tj.items():
        fuel = ref.fuel(code)
        assert fuel.toe_per_t is not None, code  # every solid and liquid fuel has its TOE factor
        ncv_tj = fuel.toe_per_t * 41.868 / 1000
        assert fuel.co2_t_per_t == pytest.approx(ncv_tj * carbon / 1000, rel=2e-3), code
    # the imported coals and charcoal now count in a site's TOE total
    assert {c: ref.fuel(c).toe_per_t for c in ("anthracite", "bituminous_coal", "sub_bituminous_coal",
                                              "lignite", "charcoal")} == {
        "anthracite": 0.638,  # 26.7 / 41.868
        "bituminous_coal": 0.616,  # 25.8 / 41.868
        "sub_bituminous_coal": 0.451,  # 18.9 / 41.868
        "lignite": 0.284,  # 11.9 / 41.868
        "charcoal": 0.705,  # 29.5 / 41.868
    }  # fmt: skip


def test_fuel_toe_factors_5_5(ref):
    per_t = {
        "coke": 0.75,
        "than_cam_1_2": 0.70,
        "than_cam_3_4": 0.60,
        "than_cam_5_6": 0.50,
        "do": 1.02,
        "fo": 0.99,
        "lpg": 1.09,
        "gasoline": 1.05,
        "wood": 0.373,
        "rice_husk": 0.373,
        "other_biomass": 0.277,
    }
    per_1000_l = {"do": 0.88, "fo": 0.94, "gasoline": 0.83}
    for code, value in per_t.items():
        assert ref.fuel(code).toe_per_t == value, code
    for code, value in per_1000_l.items():
        assert ref.fuel(code).toe_per_1000_l == value, code
    assert ref.fuel("natural_gas").toe_per_1000_m3 == 0.90
    for code in ("coke", "than_cam_1_2", "do", "fo", "lpg", "gasoline", "natural_gas"):
        assert "3505/BCT-KHCN" in ref.fuel(code).toe_source
        assert ref.fuel(code).toe_year == 2011
    for code in ("wood", "rice_husk", "other_biomass"):
        assert "20/2016/TT-BCT" in ref.fuel(code).toe_source
    # the biomass factors follow from their net calorific values and 1 TOE = 41.868 GJ
    toe_gj = ref.constant("toe_gj").value
    assert round(15.6 / toe_gj, 3) == ref.fuel("wood").toe_per_t
    assert round(11.6 / toe_gj, 3) == ref.fuel("other_biomass").toe_per_t


def test_liquid_fuels_and_gas_have_densities(ref):
    for code in ("do", "fo", "lpg", "gasoline", "natural_gas"):
        assert ref.fuel(code).density_t_per_m3, code
    # A litre gives the energy and the CO2 of its mass: the density is the one the MOIT table's own
    # per-litre and per-tonne factors imply, so 0.88 TOE per 1000 l is 0.88 x 41.868 GJ x 74,100
    # kg/TJ = 2.730 kg CO2 per litre of diesel (the IPCC default NCV gave 2.68).
    for code in ("do", "fo", "gasoline"):
        f = ref.fuel(code)
        assert f.density_t_per_m3 * f.toe_per_t == pytest.approx(f.toe_per_1000_l, abs=1e-3), code
    do = ref.fuel("do")
    assert do.co2_t_per_t * do.density_t_per_m3 == pytest.approx(2.730, abs=0.001)


def test_constants_5_5_and_targets(ref):
    assert ref.constant(ELECTRICITY_TOE_PER_KWH).value == 0.0001543
    assert "3505/BCT-KHCN" in ref.constant(ELECTRICITY_TOE_PER_KWH).source
    key = ref.constant(KEY_ENERGY_USER_TOE)
    assert key.value == 1000 and "21/2011/NĐ-CP" in key.source and "6" in key.source
    for code, value in ((CP_TARGET_MIN_PCT, 5), (CP_TARGET_MAX_PCT, 8)):
        constant = ref.constant(code)
        assert constant.value == value
        # the target in use names its source and period: Decision 889, 5–8 % for 2021–2025
        assert "889/QĐ-TTg" in constant.source and "2021–2025" in constant.source
        assert "2021–2025" in constant.name_vi and "889/QĐ-TTg" in constant.name_vi
    # Decision 1419's targets, each with its period: 5–8 % to 2015, 8–13 % to 2020
    assert [ref.constant(f"cp_target_1419_{period}").value for period in
            ("2015_min_pct", "2015_max_pct", "2020_min_pct", "2020_max_pct")] == [5, 8, 8, 13]  # fmt: skip
    assert "77/2025/QH15" in key.source and "30/2026/NĐ-CP" in key.source
    for code, value in (("ghg_inventory_toe", 1000), ("ghg_inventory_tco2e", 3000)):
        assert ref.constant(code).value == value
        assert "06/2022/NĐ-CP" in ref.constant(code).source and "119/2025/NĐ-CP" in ref.constant(code).source
    assert ref.constant("toe_gj").value == 41.868
    targets = {c: ref.constant(c).value for c in ("cp_target_2025_min_pct", "cp_target_2025_max_pct")}
    assert targets == {"cp_target_2025_min_pct": 5, "cp_target_2025_max_pct": 8}
    assert ref.constant("cp_target_2030_min_pct").value == 7
    assert ref.constant("cp_target_2030_max_pct").value == 10
    assert "889/QĐ-TTg" in ref.constant("cp_target_2030_max_pct").source


def test_units(ref):
    expected = {
        "g": ("mass", 0.001),
        "kg": ("mass", 1),
        "t": ("mass", 1000),
        "l": ("volume", 1),
        "m3": ("volume", 1000),
        "kwh": ("energy", 1),
        "mwh": ("energy", 1000),
        "mj": ("energy", 1 / 3.6),
        "gj": ("energy", 1000 / 3.6),
        "pcs": ("count", 1),
        "m2": ("area", 1),
        "vnd": ("money", 1),
        "trieu_vnd": ("money", 1e6),
    }
    for code, (dimension, factor) in expected.items():
        unit = ref.unit(code)
        assert unit is not None, code
        assert unit.dimension == dimension
        assert unit.factor == pytest.approx(factor, rel=1e-12)
    bases = {"mass": "kg", "volume": "l", "energy": "kwh", "count": "pcs", "area": "m2", "money": "vnd"}
    for dimension, base in bases.items():
        assert ref.unit(base).factor == 1 and ref.unit(base).dimension == dimension
    assert ref.unit("toe").factor == pytest.approx(41.868e3 / 3.6)


def test_admin_units_ha_tinh_2025(ref):
    provinces = [a for a in ref.admin_units if a.level == "province"]
    assert [p.name for p in provinces] == ["Tỉnh Hà Tĩnh"]
    province = provinces[0]
    children = [a for a in ref.admin_units if a.parent_code == province.code]
    assert len(children) == len(ref.admin_units) - 1
    assert {a.level for a in children} <= {"ward", "commune", "special_zone"}
    for unit in children:
        prefix = {"ward": "Phường ", "commune": "Xã ", "special_zone": "Đặc khu "}[unit.level]
        assert unit.name.startswith(prefix), unit.name
    names = {a.name for a in children}
    assert {"Phường Thành Sen", "Phường Vũng Áng", "Xã Đức Thọ"} <= names
    assert all("NQ-UBTVQH15" in a.source and a.year == 2025 for a in ref.admin_units)


def test_sectors_vsic_2018(ref):
    codes = {s.code for s in ref.sectors}
    required = {"1020", "2392", "0810", "1610", "1622", "3100", "1061", "2410", "2511", "2592", "1410"}
    required |= {"1701"}
    assert required <= codes
    assert all(s.code.isdigit() and "27/2018/QĐ-TTg" in s.source and s.year == 2018 for s in ref.sectors)


# ------------------------------------------------------------------ catalogue


def test_catalogue_size_and_coverage(ref):
    catalogue = ref.catalogue
    assert len(catalogue) >= 60
    assert {o.cause_category for o in catalogue} == {c.code for c in ref.cause_categories}
    assert {o.technique for o in catalogue} == {t.code for t in ref.techniques}
    sectors = {code for o in catalogue for code in o.sector_codes}
    assert len(sectors) >= 5
    assert {o.cost_class for o in catalogue} <= {"no_cost", "low", "medium", "high"}
    assert {"no_cost", "low", "medium", "high"} == {o.cost_class for o in catalogue}


def test_catalogue_references_existing_codes(ref):
    sector_codes = {s.code for s in ref.sectors}
    for option in ref.catalogue:
        assert ref.cause_category(option.cause_category) is not None, option.code
        assert ref.technique(option.technique) is not None, option.code
        assert set(option.sector_codes) <= sector_codes, option.code
        assert option.title_vi and option.title_en and option.description_vi and option.description_en
        assert option.typical_saving


def test_every_cause_category_gets_suggestions_in_every_catalogue_sector(ref):
    for cause in ref.cause_categories:
        assert ref.suggestions(cause.code), cause.code
    fish_sauce = ref.suggestions("WASTE", "10204")
    assert fish_sauce and "10204" in fish_sauce[0].sector_codes


# ------------------------------------------------------------------ Vietnamese text


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


@pytest.mark.parametrize("file_name", sorted(name for name, _cls in REFERENCE_KINDS.values()))
def test_text_is_nfc_normalised(file_name):
    document = json.loads((REFERENCE_DIR / file_name).read_text(encoding="utf-8"))
    for text in _strings(document):
        assert unicodedata.normalize("NFC", text) == text, text


def test_no_decomposed_marks_and_d_stroke_is_its_own_letter(ref):
    combining = [chr(c) for c in range(0x300, 0x370)]
    for _kind, record in all_records(ref):
        for value in dataclasses.astuple(record):
            if isinstance(value, str):
                assert not any(mark in value for mark in combining), value
    assert any("Đ" in a.name for a in ref.admin_units)


# ------------------------------------------------------------------ fonts

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf")


@pytest.mark.parametrize("font_file", FONT_FILES)
def test_font_covers_vietnamese_and_subscript_two(font_file):
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(font_file.removesuffix(".ttf"), str(FONTS_DIR / font_file))
    characters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "₂₃³²°–…₫%"
    missing = [c for c in characters if ord(c) not in font.face.charToGlyph]
    assert not missing, f"{font_file} lacks {''.join(missing)}"


def test_font_licence_and_readme_ship():
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "Open Font License" in (FONTS_DIR / "README.md").read_text(encoding="utf-8")
