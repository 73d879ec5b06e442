"""Yearly report templates: versioned data (``resources/report_templates/<id>.v<N>.json``, and the
same in the user's ``report_templates`` folder), so that a new ministry form is a new file.

A template chooses the header (issuing body, number, place, addressee, recipients, signature), the
sections in their order with their titles, and the columns of each table from the ones the
application computes (``COLUMNS``). Texts may name ``{year}``, ``{next_year}``, ``{start}``, ``{end}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sxsh_desktop.domain.json_file import read_json_file
from sxsh_desktop.errors import KnownProblem

TEMPLATE_FORMAT = "sxsh-report-template"
MAX_TEMPLATE_BYTES = 500_000
FILE_NAME = re.compile(r"^(?P<id>[a-z0-9][a-z0-9._-]{0,60})\.v(?P<version>\d{1,4})\.json$")

# Every column the application computes, per table section: key → (kind, Vietnamese, English).
COLUMNS: dict[str, dict[str, tuple[str, str, str]]] = {
    "results": {
        "code": ("text", "TT", "No."),
        "action": ("text", "Nhiệm vụ", "Action"),
        "expected_result": ("text", "Kết quả dự kiến", "Expected result"),
        "planned_vnd": ("money", "Kinh phí kế hoạch năm", "Planned this year"),
        "activities": ("int", "Số hoạt động", "Activities"),
        "participants": ("int", "Lượt người tham dự", "Participants"),
        "enterprises": ("int", "Lượt cơ sở tham gia", "Facilities reached"),
        "assessments": ("int", "Đánh giá SXSH", "CP assessments"),
        "spent_vnd": ("money", "Kinh phí đã chi (theo hoạt động)", "Spent (by activities)"),
    },
    "indicators": {
        "code": ("text", "Mã", "Code"),
        "name": ("text", "Chỉ tiêu", "Indicator"),
        "target": ("text", "Mục tiêu", "Target"),
        "value": ("text", "Kết quả", "Value"),
        "numerator": ("quantity", "Tử số", "Numerator"),
        "denominator": ("quantity", "Mẫu số", "Denominator"),
        "denominator_source": ("text", "Nguồn mẫu số", "Denominator source"),
        "coverage": ("text", "Độ phủ số liệu", "Coverage"),
        "as_of": ("date", "Tính đến ngày", "As of"),
        "version": ("text", "Phiên bản định nghĩa", "Definition version"),
    },
    "enterprises": {
        "name": ("text", "Cơ sở", "Facility"),
        "tax_code": ("text", "MST", "Tax code"),
        "commune": ("text", "Xã/phường", "Commune"),
        "sector": ("text", "Ngành (VSIC)", "Sector (VSIC)"),
        "legal_form": ("text", "Loại hình", "Legal form"),
        "assessment": ("text", "Đánh giá", "Assessment"),
        "options_found": ("int", "Giải pháp đề xuất", "Options found"),
        "options_done": ("int", "Giải pháp đã thực hiện", "Options implemented"),
        "investment_vnd": ("money", "Đầu tư", "Investment"),
        "savings_vnd": ("money", "Tiết kiệm dự kiến/năm", "Expected savings/yr"),
        "achieved_savings_vnd": ("money", "Tiết kiệm đạt được/năm", "Achieved savings/yr"),
        "toe": ("decimal", "TOE/năm", "TOE/yr"),
        "water_m3": ("quantity", "Nước m³/năm", "Water m³/yr"),
        "material_t": ("decimal", "Nguyên liệu t/năm", "Materials t/yr"),
        "co2_t": ("decimal", "CO₂ hóa thạch t/năm", "Fossil CO₂ t/yr"),
        "specific_change_pct": (
            "percent",
            "Thay đổi tiêu hao năng lượng riêng (dự kiến)",
            "Change in specific energy use (expected)",
        ),
        "specific_change_done_pct": (
            "percent",
            "Thay đổi tiêu hao năng lượng riêng (đạt được)",
            "Change in specific energy use (achieved)",
        ),
    },
    "budget": {
        "plan": ("text", "Kế hoạch", "Plan"),
        "item": ("text", "Nhiệm vụ", "Item"),
        "source": ("text", "Nguồn", "Source"),
        "planned_vnd": ("money", "Dự toán", "Planned"),
        "allocated_vnd": ("money", "Được giao", "Allocated"),
        "spent_vnd": ("money", "Đã chi (quyết toán)", "Spent (accounts)"),
        "activities_vnd": ("money", "Chi theo hoạt động", "Spent by activities"),
        "document_number": ("text", "Văn bản", "Document"),
    },
}
SECTION_KINDS = {
    "intro": "text",
    "results": "table",
    "indicators": "table",
    "enterprises": "table",
    "budget": "table",
    "difficulties": "text",
    "proposals": "text",
    "next_year_plan": "text",
    "annex": "annex",
}


class TemplateError(KnownProblem):
    code = "report_template"


@dataclass(frozen=True)
class TemplateSection:
    key: str
    kind: str
    title: str
    text: str = ""
    columns: tuple[str, ...] = ()
    landscape: bool = False


@dataclass(frozen=True)
class Signature:
    authority: str = ""
    title: str = ""
    name: str = ""


@dataclass(frozen=True)
class ReportTemplate:
    id: str
    version: int
    name: str
    name_en: str
    language: str
    issuer: tuple[str, ...]
    number_suffix: str
    place: str
    title: str
    subtitle: str
    addressee: str
    recipients: tuple[str, ...]
    signature: Signature
    sections: tuple[TemplateSection, ...]
    path: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"


def _text(data: dict[str, Any], key: str, where: str, *, limit: int = 4000) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise TemplateError(f"{where}: “{key}” must be a text of at most {limit} characters.")
    return value


def _texts(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if (
        not isinstance(value, list)
        or len(value) > 30
        or not all(isinstance(v, str) and len(v) < 500 for v in value)
    ):
        raise TemplateError(f"{where}: “{key}” must be a list of at most 30 short texts.")
    return tuple(value)


def parse_template(data: Any, where: str = "The template") -> ReportTemplate:
    if not isinstance(data, dict):
        raise TemplateError(f"{where} is not a report template (a JSON object).")
    if data.get("format") != TEMPLATE_FORMAT or data.get("format_version") != 1:
        raise TemplateError(f"{where} is not a report template (format “{TEMPLATE_FORMAT}”, version 1).")
    template_id = _text(data, "id", where)
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,60}", template_id):
        raise TemplateError(f"{where}: “id” must be lower-case letters, digits, dots and dashes.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 9999:
        raise TemplateError(f"{where}: “version” must be a whole number 1 … 9999.")
    language = data.get("language", "vi")
    if language not in ("vi", "en"):
        raise TemplateError(f"{where}: “language” must be vi or en.")
    sections_data = data.get("sections")
    if not isinstance(sections_data, list) or not 1 <= len(sections_data) <= 40:
        raise TemplateError(f"{where}: “sections” must be a list of 1 … 40 sections.")
    sections = []
    for index, entry in enumerate(sections_data):
        place = f"{where}, section {index + 1}"
        if not isinstance(entry, dict):
            raise TemplateError(f"{place} must be an object.")
        key = entry.get("key")
        if key not in SECTION_KINDS:
            raise TemplateError(f"{place}: “{key}” is not a section ({', '.join(SECTION_KINDS)}).")
        columns: tuple[str, ...] = ()
        if SECTION_KINDS[key] == "table":
            columns = _texts(entry, "columns", place) or tuple(COLUMNS[key])
            unknown = [c for c in columns if c not in COLUMNS[key]]
            if unknown:
                raise TemplateError(
                    f"{place}: the {key} table has no column {', '.join(unknown)} "
                    f"(it has {', '.join(COLUMNS[key])})."
                )
        sections.append(
            TemplateSection(
                key=key,
                kind=SECTION_KINDS[key],
                title=_text(entry, "title", place, limit=300),
                text=_text(entry, "text", place),
                columns=columns,
                landscape=bool(entry.get("landscape", False)),
            )
        )
    signature = data.get("signature", {})
    if not isinstance(signature, dict):
        raise TemplateError(f"{where}: “signature” must be an object.")
    return ReportTemplate(
        id=template_id,
        version=version,
        name=_text(data, "name", where, limit=300) or template_id,
        name_en=_text(data, "name_en", where, limit=300),
        language=language,
        issuer=_texts(data, "issuer", where),
        number_suffix=_text(data, "number_suffix", where, limit=60),
        place=_text(data, "place", where, limit=100),
        title=_text(data, "title", where, limit=200) or "BÁO CÁO",
        subtitle=_text(data, "subtitle", where, limit=1000),
        addressee=_text(data, "addressee", where, limit=500),
        recipients=_texts(data, "recipients", where),
        signature=Signature(
            _text(signature, "authority", where, limit=100),
            _text(signature, "title", where, limit=100),
            _text(signature, "name", where, limit=100),
        ),
        sections=tuple(sections),
    )


def read_template(path: Path) -> ReportTemplate:
    match = FILE_NAME.match(path.name)
    data = read_json_file(path, "template", MAX_TEMPLATE_BYTES, TemplateError)
    template = parse_template(data, str(path))
    if match is not None and (match["id"], int(match["version"])) != (template.id, template.version):
        raise TemplateError(
            f"{path}: the file name says {match['id']} v{match['version']}, the file says "
            f"{template.id} v{template.version}."
        )
    return ReportTemplate(**{**template.__dict__, "path": str(path)})


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with its {year}, {start} … replaced; any other brace is left as written."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)
