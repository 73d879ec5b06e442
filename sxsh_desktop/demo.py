"""A realistic sample: three Hà Tĩnh enterprises of different sectors, each with one complete
rapid assessment (DESIGN.md 5.6), for trying the application, training and tests.

The enterprises and people are made up; the figures are of the order seen in Vietnamese CP
demonstrations. Every record has a fixed id derived from its place in the sample, so loading the
sample twice changes nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    AssessmentStatus,
    ConsumptionKind,
    CostClass,
    Decision,
    FlowDirection,
    FlowKind,
    Ownership,
    Period,
    PhotoOwner,
)
from sxsh_desktop.domain.pngimage import Pixel, png_bytes, png_size
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.store.repository import Store

DEMO_DEVICE_ID = "demo"
_NAMESPACE = uuid.UUID("6f3c2a4e-8d1b-4c57-9a0e-2b7d5e9f1c33")
_STAMP = datetime(2025, 9, 26, 9, 0, tzinfo=UTC)

_RAW = ConsumptionKind.RAW_MATERIAL.value
_CHEMICAL = ConsumptionKind.CHEMICAL.value
_ELECTRICITY = ConsumptionKind.ELECTRICITY.value
_FUEL = ConsumptionKind.FUEL.value
_WATER = ConsumptionKind.WATER.value

# The builder's key kind of each photo owner.
_OWNER_KEY_KINDS = {
    PhotoOwner.STEP: "step",
    PhotoOwner.WASTE_STREAM: "waste",
    PhotoOwner.SOLUTION: "solution",
}

# A flow as (kind, name, yearly quantity, unit, unit cost in VND or None).
Flow = tuple[str, str, float | None, str, float | None]


@dataclass
class _Builder:
    """Builds one assessment document; records are named by short keys, ids derive from them."""

    key: str
    document: AssessmentDocument = field(init=False)
    photo_data: dict[str, bytes] = field(default_factory=dict)

    def id(self, kind: str, key: str = "") -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.key}/{kind}/{key}"))

    def _sync(self, kind: str, key: str = "") -> dict[str, Any]:
        return {
            "id": self.id(kind, key),
            "created_at": _STAMP,
            "updated_at": _STAMP,
            "revision": 1,
            "device_id": DEMO_DEVICE_ID,
        }

    def start(self, enterprise: dict[str, Any], assessment: dict[str, Any]) -> None:
        self.document = AssessmentDocument(
            enterprise=model.Enterprise(**self._sync("enterprise"), **enterprise),
            assessment=model.Assessment(
                **self._sync("assessment"), enterprise_id=self.id("enterprise"), **assessment
            ),
        )

    @property
    def assessment_id(self) -> str:
        return self.document.assessment.id

    def team(self, name: str, job_title: str, role: str, phone: str = "") -> None:
        team = self.document.team
        team.append(
            model.TeamMember(
                **self._sync("team", str(len(team))),
                assessment_id=self.assessment_id,
                position=len(team),
                name=name,
                job_title=job_title,
                role=role,
                phone=phone,
            )
        )

    def product(self, key: str, name: str, unit: str, yearly_output: float, *, main: bool = False) -> None:
        products = self.document.products
        products.append(
            model.Product(
                **self._sync("product", key),
                assessment_id=self.assessment_id,
                position=len(products),
                name=name,
                unit=unit,
                yearly_output=yearly_output,
                is_main=main,
            )
        )

    def consumption(
        self, key: str, kind: str, name: str, quantity: float, unit: str, price: float, fuel: str = ""
    ) -> None:
        lines = self.document.consumptions
        lines.append(
            model.Consumption(
                **self._sync("consumption", key),
                assessment_id=self.assessment_id,
                position=len(lines),
                kind=kind,
                name=name,
                fuel_code=fuel,
                yearly_quantity=quantity,
                unit=unit,
                unit_price=price,
            )
        )

    def step(
        self,
        key: str,
        name: str,
        description: str,
        equipment: str,
        inputs: list[Flow],
        outputs: list[Flow],
    ) -> None:
        steps = self.document.steps
        steps.append(
            model.ProcessStep(
                **self._sync("step", key),
                assessment_id=self.assessment_id,
                position=len(steps),
                name=name,
                description=description,
                equipment=equipment,
            )
        )
        flows = [(FlowDirection.INPUT.value, f) for f in inputs] + [
            (FlowDirection.OUTPUT.value, f) for f in outputs
        ]
        for position, (direction, (kind, flow_name, quantity, unit, cost)) in enumerate(flows):
            self.document.flows.append(
                model.StepFlow(
                    **self._sync("flow", f"{key}/{position}"),
                    step_id=self.id("step", key),
                    position=position,
                    direction=direction,
                    kind=kind,
                    name=flow_name,
                    quantity=quantity,
                    unit=unit,
                    unit_cost=cost,
                )
            )

    def waste(
        self,
        key: str,
        step: str,
        name: str,
        kind: str,
        quantity: float,
        unit: str,
        characteristics: str,
        *,
        lost: float | None,
        treatment: float | None,
        causes: list[tuple[str, str]],
        focus: bool = False,
        period: str = Period.YEAR.value,
    ) -> None:
        streams = self.document.waste_streams
        streams.append(
            model.WasteStream(
                **self._sync("waste", key),
                assessment_id=self.assessment_id,
                step_id=self.id("step", step),
                position=len(streams),
                name=name,
                kind=kind,
                quantity=quantity,
                unit=unit,
                period=period,
                characteristics=characteristics,
                lost_material_cost=lost,
                treatment_cost=treatment,
                is_focus=focus,
            )
        )
        for position, (category, description) in enumerate(causes):
            self.document.causes.append(
                model.Cause(
                    **self._sync("cause", f"{key}/{position}"),
                    waste_stream_id=self.id("waste", key),
                    position=position,
                    description=description,
                    category=category,
                )
            )

    def solution(
        self,
        key: str,
        title: str,
        description: str,
        *,
        technique: str,
        cost_class: CostClass,
        investment: float,
        savings: dict[str, float],
        step: str,
        waste: str | None = None,
        cause: int | None = None,
        other_savings: float = 0.0,
        added_cost: float = 0.0,
        lifetime: int = 5,
        decision: Decision = Decision.IMPLEMENT_NOW,
        responsible: str = "",
        planned: date | None = None,
        catalogue: str = "",
        waste_reduction: float | None = None,
    ) -> None:
        solutions = self.document.solutions
        solution_id = self.id("solution", key)
        solutions.append(
            model.Solution(
                **self._sync("solution", key),
                assessment_id=self.assessment_id,
                position=len(solutions),
                step_id=self.id("step", step),
                waste_stream_id=self.id("waste", waste) if waste else None,
                cause_id=self.id("cause", f"{waste}/{cause}") if waste and cause is not None else None,
                title=title,
                description=description,
                technique=technique,
                cost_class=cost_class.value,
                investment=investment,
                other_savings=other_savings,
                added_operating_cost=added_cost,
                lifetime_years=lifetime,
                waste_reduction=waste_reduction,
                decision=decision.value,
                responsible=responsible,
                planned_date=planned,
                catalogue_code=catalogue,
            )
        )
        for line, quantity in savings.items():
            self.document.savings.append(
                model.SolutionSaving(
                    **self._sync("saving", f"{key}/{line}"),
                    solution_id=solution_id,
                    consumption_id=self.id("consumption", line),
                    quantity=quantity,
                )
            )

    def photo(self, key: str, owner_kind: PhotoOwner, owner_key: str, caption: str, data: bytes) -> None:
        width, height = png_size(data)
        owner_id = (
            self.assessment_id
            if owner_kind is PhotoOwner.ASSESSMENT
            else self.id(_OWNER_KEY_KINDS[owner_kind], owner_key)
        )
        photos = self.document.photos
        photo = model.Photo(
            **self._sync("photo", key),
            assessment_id=self.assessment_id,
            owner_kind=owner_kind.value,
            owner_id=owner_id,
            position=len(photos),
            caption=caption,
            mime_type="image/png",
            width=width,
            height=height,
            sha256=hashlib.sha256(data).hexdigest(),
            size_bytes=len(data),
        )
        photos.append(photo)
        self.photo_data[photo.id] = data


# ---------------------------------------------------------------------------------------------
# Generated photos: simple scenes, so that reports and the window have real images to show
# ---------------------------------------------------------------------------------------------

_PHOTO_WIDTH, _PHOTO_HEIGHT = 240, 160


def _mix(a: Pixel, b: Pixel, t: float) -> Pixel:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _scene(pixel: Callable[[int, int], Pixel]) -> bytes:
    return png_bytes(_PHOTO_WIDTH, _PHOTO_HEIGHT, pixel)


def _kiln_photo() -> bytes:
    """A tunnel kiln's mouth glowing in a brick-walled shed."""

    def pixel(x: int, y: int) -> Pixel:
        if y < 50:
            return _mix((120, 150, 180), (200, 205, 210), y / 50)
        if 70 <= y < 140 and 70 <= x < 170:
            glow = 1 - min(1.0, ((x - 120) ** 2 / 2500 + (y - 120) ** 2 / 900))
            return _mix((60, 30, 20), (255, 170, 40), glow)
        if y >= 140:
            return (110, 90, 70)
        mortar = y % 10 == 0 or (x + (y // 10) * 10) % 24 == 0
        return (200, 190, 180) if mortar else (165, 70, 45)

    return _scene(pixel)


def _vats_photo() -> bytes:
    """Rows of fish-sauce fermentation vats seen from above."""

    def pixel(x: int, y: int) -> Pixel:
        cx, cy = 40 + (x // 80) * 80, 40 + (y // 80) * 80
        d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
        if d < 26:
            return _mix((95, 55, 25), (150, 95, 45), d / 26)
        if d < 32:
            return (70, 70, 72)
        return (175, 172, 165)

    return _scene(pixel)


def _scrap_photo() -> bytes:
    """A pile of steel offcuts in front of a fabrication hall."""

    def pixel(x: int, y: int) -> Pixel:
        ridge = 90 - abs(x - 120) * 0.5 + (x * 7 % 13)
        if y < 60:
            return _mix((150, 170, 190), (215, 220, 225), y / 60)
        if y < ridge + 40 and y > ridge:
            shade = ((x // 9 + y // 5) % 4) / 4
            return _mix((70, 75, 82), (160, 165, 170), shade)
        if y < 100:
            return (45, 90, 140)  # the hall's blue cladding
        return (125, 120, 110)

    return _scene(pixel)


# ---------------------------------------------------------------------------------------------
# The three enterprises
# ---------------------------------------------------------------------------------------------


def _fish_sauce() -> _Builder:
    b = _Builder("fish-sauce")
    b.start(
        {
            "name": "Công ty TNHH Chế biến Thủy sản và Nước mắm Thiên Cầm",
            "short_name": "Nước mắm Thiên Cầm",
            "tax_code": "3001065326",
            "street": "Thôn Hải Hà",
            "commune": "Xã Thiên Cầm",
            "legacy_district": "Huyện Cẩm Xuyên",
            "sector_code": "10204",
            "ownership": Ownership.NON_STATE.value,
            "employees": 48,
            "contact_name": "Phan Thị Thanh Hương",
            "contact_phone": "0239 3861 245",
            "contact_email": "lienhe@nuocmamthiencam.example",
            "cp_informed_on": date(2024, 11, 5),
            "cp_aware_on": date(2025, 3, 18),
            "cp_applying_on": date(2025, 10, 1),
            "notes": "Cơ sở chế biến nước mắm truyền thống ven biển, chượp ủ trong thùng gỗ và bể xi măng.",
        },
        {
            "title": "Đánh giá nhanh sản xuất sạch hơn năm 2025",
            "start_date": date(2025, 9, 8),
            "end_date": date(2025, 9, 10),
            "consultants": "ThS. Nguyễn Thị Hoa, KS. Trần Văn Minh",
            "status": AssessmentStatus.COMPLETED.value,
            "baseline_year": 2024,
            "working_days_per_year": 290,
            "shifts_per_day": 1,
            "staff_count": 48,
            "discount_rate": 0.10,
            "conclusions": (
                "Tổn thất lớn nhất là cá dập nát khi tiếp nhận và đạm còn lại trong bã chượp. "
                "Năm giải pháp không tốn hoặc ít chi phí có thể thực hiện ngay trong vụ cá tới; "
                "giải pháp biến tần cho bơm cần đo đạc thêm trước khi đầu tư."
            ),
        },
    )
    b.team("Phan Thị Thanh Hương", "Giám đốc", "Trưởng nhóm SXSH", "0912 345 118")
    b.team("Lê Văn Đức", "Quản đốc phân xưởng", "Theo dõi công đoạn chượp và kéo rút", "0983 220 417")
    b.team("Nguyễn Thị Lý", "Kế toán", "Số liệu tiêu thụ và chi phí")
    b.team("Hoàng Văn Tuấn", "Tổ trưởng đóng chai", "Theo dõi công đoạn đóng chai")

    b.product("sauce", "Nước mắm đóng chai (quy đổi độ đạm 25°N)", "l", 900_000, main=True)
    b.product("residue", "Bã chượp bán làm thức ăn chăn nuôi", "t", 60)

    b.consumption("fish", _RAW, "Cá cơm tươi", 1_200, "t", 9_500_000)
    b.consumption("salt", _RAW, "Muối hạt", 400, "t", 1_800_000)
    b.consumption("bottles", _RAW, "Chai PET 500 ml kèm nắp, nhãn", 1_800_000, "pcs", 1_150)
    b.consumption("power", _ELECTRICITY, "Điện lưới", 145_000, "kwh", 2_100)
    b.consumption("diesel", _FUEL, "Dầu diesel cho xe nâng, máy phát", 6_000, "l", 20_500, fuel="do")
    b.consumption("firewood", _FUEL, "Củi đốt nồi nước nóng rửa chai", 60, "t", 1_400_000, fuel="wood")
    b.consumption("water", _WATER, "Nước máy", 9_500, "m3", 12_500)

    b.step(
        "receive",
        "Tiếp nhận, phân loại và rửa cá",
        "Cá cơm từ tàu được cân, loại tạp chất và cá dập, rửa sơ bằng nước sạch.",
        "Cân bàn 500 kg, băng chuyền phân loại, vòi rửa",
        inputs=[
            (FlowKind.MATERIAL.value, "Cá cơm tươi", 1_200, "t", 9_500_000),
            (FlowKind.WATER.value, "Nước rửa cá", 1_800, "m3", 12_500),
            (FlowKind.ENERGY.value, "Điện băng chuyền", 12_000, "kwh", 2_100),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Cá đạt yêu cầu đưa vào ướp", 1_164, "t", None),
            (FlowKind.SOLID_WASTE.value, "Cá dập nát, tạp chất", 36, "t", None),
            (FlowKind.WASTEWATER.value, "Nước thải rửa cá", 1_750, "m3", None),
        ],
    )
    b.step(
        "ferment",
        "Ướp muối và ủ chượp",
        "Cá trộn muối theo tỷ lệ 3 cá : 1 muối, ủ 12 tháng trong thùng gỗ và bể xi măng, đảo định kỳ.",
        "120 thùng gỗ 10 m³, 40 bể xi măng, bơm đảo chượp",
        inputs=[
            (FlowKind.MATERIAL.value, "Cá đã phân loại", 1_164, "t", None),
            (FlowKind.MATERIAL.value, "Muối hạt", 400, "t", 1_800_000),
            (FlowKind.ENERGY.value, "Điện bơm đảo chượp", 18_000, "kwh", 2_100),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Chượp chín", 1_540, "t", None),
            (FlowKind.WASTEWATER.value, "Nước rỉ thùng chượp", 25, "m3", None),
            (FlowKind.AIR_EMISSION.value, "Mùi tanh, khí NH₃ và H₂S", None, "", None),
        ],
    )
    b.step(
        "draw",
        "Kéo rút và lọc nước mắm",
        "Rút nước mắm cốt, kéo nước muối qua chượp để lấy các nước tiếp theo, lọc qua vải và cát.",
        "Bơm kéo rút, bể lọc, bồn chứa inox",
        inputs=[
            (FlowKind.MATERIAL.value, "Chượp chín", 1_540, "t", None),
            (FlowKind.WATER.value, "Nước pha nước muối kéo rút", 150, "m3", 12_500),
            (FlowKind.ENERGY.value, "Điện bơm kéo rút và bơm chuyển", 48_000, "kwh", 2_100),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Nước mắm đã lọc", 905_000, "l", None),
            (FlowKind.SOLID_WASTE.value, "Bã chượp", 210, "t", None),
        ],
    )
    b.step(
        "bottle",
        "Pha đấu, chiết rót và đóng chai",
        "Pha đấu theo độ đạm, rửa chai bằng nước nóng, chiết rót bán tự động, dán nhãn, đóng thùng.",
        "Nồi nước nóng đốt củi, máy chiết rót 6 vòi, máy dán nhãn",
        inputs=[
            (FlowKind.MATERIAL.value, "Nước mắm đã lọc", 905_000, "l", None),
            (FlowKind.MATERIAL.value, "Chai PET kèm nắp, nhãn", 1_800_000, "pcs", 1_150),
            (FlowKind.WATER.value, "Nước rửa chai", 2_600, "m3", 12_500),
            (FlowKind.ENERGY.value, "Củi đốt nồi nước nóng", 60, "t", 1_400_000),
            (FlowKind.ENERGY.value, "Điện chiết rót, dán nhãn", 55_000, "kwh", 2_100),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Nước mắm đóng chai", 900_000, "l", None),
            (FlowKind.SOLID_WASTE.value, "Chai lỗi, móp, nhãn hỏng", 18_000, "pcs", None),
            (FlowKind.WASTEWATER.value, "Nước thải rửa chai", 2_500, "m3", None),
            (FlowKind.HEAT_LOSS.value, "Nhiệt thất thoát từ nồi nước nóng hở", 190, "gj", None),
        ],
    )
    b.step(
        "clean",
        "Vệ sinh nhà xưởng và dụng cụ",
        "Rửa sàn, thùng chứa, dụng cụ sau mỗi ca bằng vòi nước.",
        "Vòi nước cao su",
        inputs=[(FlowKind.WATER.value, "Nước vệ sinh", 4_950, "m3", 12_500)],
        outputs=[(FlowKind.WASTEWATER.value, "Nước thải vệ sinh", 4_900, "m3", None)],
    )

    b.waste(
        "fish_loss",
        "receive",
        "Cá dập nát, ươn phải loại bỏ khi tiếp nhận",
        FlowKind.SOLID_WASTE.value,
        36,
        "t",
        "Khoảng 3 % khối lượng cá nhập; cá mềm, ươn, lẫn tạp chất.",
        lost=342_000_000,
        treatment=5_400_000,
        focus=True,
        causes=[
            ("RAW", "Cá không được ướp đá đủ trên tàu, về đến cơ sở đã dập, ươn"),
            ("HR", "Bốc dỡ bằng xẻng, công nhân giẫm lên cá khi chuyển vào băng chuyền"),
        ],
    )
    b.waste(
        "wash_water",
        "receive",
        "Nước thải rửa cá và vệ sinh",
        FlowKind.WASTEWATER.value,
        6_650,
        "m3",
        "BOD và đạm cao, lẫn vảy, ruột cá và muối.",
        lost=None,
        treatment=46_500_000,
        causes=[
            ("EQP", "Vòi rửa không có van khóa, nước chảy liên tục trong ca"),
            ("CTRL", "Không gom vảy, ruột cá khô trước khi rửa sàn"),
            ("HR", "Công nhân chưa được hướng dẫn định mức nước rửa"),
        ],
    )
    b.waste(
        "residue",
        "draw",
        "Bã chượp sau kéo rút",
        FlowKind.SOLID_WASTE.value,
        210,
        "t",
        "Bã xương, vảy cá còn đạm; hiện chở đi đổ bỏ, phần nhỏ bán làm thức ăn chăn nuôi.",
        lost=126_000_000,
        treatment=42_000_000,
        focus=True,
        causes=[
            ("CTRL", "Kéo rút chưa kiệt, bã còn nhiều đạm"),
            ("WASTE", "Bã chượp chưa được tận dụng làm thức ăn chăn nuôi, phân bón"),
        ],
    )
    b.waste(
        "bottles",
        "bottle",
        "Chai lỗi và nước mắm rơi vãi khi chiết rót",
        FlowKind.SOLID_WASTE.value,
        18_000,
        "pcs",
        "Chai móp, đầy không đúng mức, nhãn dán lệch.",
        lost=38_500_000,
        treatment=None,
        causes=[
            ("EQP", "Máy chiết rót bán tự động chỉnh mức không ổn định, gioăng vòi mòn"),
            ("HR", "Công nhân đóng chai mới, chưa được đào tạo"),
        ],
    )
    b.waste(
        "hot_water",
        "bottle",
        "Nhiệt thất thoát từ nồi nước nóng rửa chai",
        FlowKind.HEAT_LOSS.value,
        190,
        "gj",
        "Nồi hở miệng, thành không bảo ôn; khói lò củi ra trực tiếp.",
        lost=22_000_000,
        treatment=None,
        causes=[("EQP", "Nồi nước nóng không có nắp đậy và lớp bảo ôn")],
    )

    b.solution(
        "ice",
        "Ướp đá cá ngay trên tàu, thỏa thuận tiêu chuẩn cá với chủ tàu",
        "Cấp thùng xốp và đá cho các tàu cung cấp cá; trả giá cao hơn cho cá đạt tiêu chuẩn độ tươi.",
        technique="IMC",
        cost_class=CostClass.LOW,
        investment=15_000_000,
        added_cost=12_000_000,
        savings={"fish": 24},
        step="receive",
        waste="fish_loss",
        cause=0,
        waste_reduction=24,
        responsible="Phan Thị Thanh Hương",
        planned=date(2025, 11, 1),
        catalogue="FS-01",
    )
    b.solution(
        "dry_clean",
        "Gom vảy, ruột cá khô trước khi rửa sàn",
        "Dùng xẻng nhựa và thùng gom chất thải khô trước khi xịt nước; giảm nước rửa và tải lượng BOD.",
        technique="GH",
        cost_class=CostClass.NO_COST,
        investment=2_000_000,
        other_savings=7_000_000,
        savings={"water": 1_000},
        step="clean",
        waste="wash_water",
        cause=1,
        waste_reduction=1_000,
        responsible="Lê Văn Đức",
        planned=date(2025, 10, 15),
        catalogue="SF-01",
    )
    b.solution(
        "nozzles",
        "Lắp vòi phun có van tự đóng trên các ống rửa",
        "Mười hai vòi phun áp lực có cò bóp tự đóng thay cho vòi hở.",
        technique="EM",
        cost_class=CostClass.LOW,
        investment=8_500_000,
        savings={"water": 1_300},
        step="receive",
        waste="wash_water",
        cause=0,
        waste_reduction=1_300,
        lifetime=3,
        responsible="Lê Văn Đức",
        planned=date(2025, 10, 15),
        catalogue="SF-02",
    )
    b.solution(
        "extract",
        "Kéo rút kiệt thêm một lần, bán bã chượp làm thức ăn chăn nuôi",
        "Bổ sung một lần kéo nước muối qua chượp trước khi xả bã; bã ráo bán cho trại chăn nuôi.",
        technique="BYP",
        cost_class=CostClass.LOW,
        investment=20_000_000,
        other_savings=63_000_000,
        savings={"fish": 18, "salt": 4},
        step="draw",
        waste="residue",
        cause=1,
        responsible="Lê Văn Đức",
        planned=date(2026, 1, 15),
        catalogue="FS-02",
    )
    b.solution(
        "insulate",
        "Làm nắp đậy và bảo ôn nồi nước nóng rửa chai",
        "Nắp inox có tay nắm, bọc bông khoáng và tôn quanh thành nồi.",
        technique="EM",
        cost_class=CostClass.LOW,
        investment=12_000_000,
        savings={"firewood": 15},
        step="bottle",
        waste="hot_water",
        cause=0,
        responsible="Hoàng Văn Tuấn",
        planned=date(2025, 12, 1),
        catalogue="GEN-02",
    )
    b.solution(
        "filler",
        "Bảo dưỡng máy chiết rót, đào tạo công nhân đóng chai",
        "Thay gioăng vòi chiết, hiệu chỉnh mức rót mỗi đầu ca; hướng dẫn thao tác cho tổ đóng chai.",
        technique="GH",
        cost_class=CostClass.NO_COST,
        investment=3_000_000,
        savings={"bottles": 12_000},
        step="bottle",
        waste="bottles",
        cause=0,
        waste_reduction=12_000,
        lifetime=2,
        responsible="Hoàng Văn Tuấn",
        planned=date(2025, 10, 20),
    )
    b.solution(
        "vfd",
        "Lắp biến tần cho bơm kéo rút và bơm chuyển",
        "Hai biến tần 7,5 kW; cần đo phụ tải thực tế của bơm trước khi quyết định.",
        technique="EM",
        cost_class=CostClass.MEDIUM,
        investment=45_000_000,
        savings={"power": 9_500},
        step="draw",
        lifetime=8,
        decision=Decision.STUDY_FURTHER,
        responsible="Lê Văn Đức",
        planned=date(2026, 3, 1),
        catalogue="GEN-05",
    )
    b.solution(
        "auto_filler",
        "Thay máy chiết rót tự động hoàn toàn",
        "Dây chuyền chiết rót, đóng nắp tự động 2.000 chai/giờ; vượt quá sản lượng của cơ sở.",
        technique="TC",
        cost_class=CostClass.HIGH,
        investment=650_000_000,
        savings={"bottles": 4_000, "power": -6_000},
        step="bottle",
        lifetime=10,
        decision=Decision.REJECT,
        catalogue="",
    )
    b.photo("vats", PhotoOwner.STEP, "ferment", "Khu thùng chượp nhìn từ trên cao", _vats_photo())
    return b


def _brick_kiln() -> _Builder:
    b = _Builder("brick-kiln")
    b.start(
        {
            "name": "Công ty Cổ phần Gạch tuynel Đồng Lộc",
            "short_name": "Gạch tuynel Đồng Lộc",
            "tax_code": "3002268713",
            "street": "Thôn Tân Phong",
            "commune": "Xã Đồng Lộc",
            "legacy_district": "Huyện Can Lộc",
            "sector_code": "2392",
            "ownership": Ownership.NON_STATE.value,
            "employees": 126,
            "contact_name": "Trần Đình Quang",
            "contact_phone": "0239 3840 562",
            "contact_email": "gachdongloc@dongloc.example",
            "cp_informed_on": date(2023, 6, 12),
            "cp_aware_on": date(2024, 4, 2),
            "notes": "Một lò tuynel 2,5 triệu viên/tháng, nhiên liệu than cám pha vào phối liệu và than đốt.",
        },
        {
            "title": "Đánh giá nhanh sản xuất sạch hơn — lò tuynel",
            "start_date": date(2025, 8, 18),
            "end_date": date(2025, 8, 20),
            "consultants": "KS. Trần Văn Minh, KS. Đặng Thị Thu Trang",
            "status": AssessmentStatus.COMPLETED.value,
            "baseline_year": 2024,
            "working_days_per_year": 320,
            "shifts_per_day": 3,
            "staff_count": 126,
            "discount_rate": 0.10,
            "conclusions": (
                "Nhiệt thất thoát qua vỏ lò, cửa lò và tỷ lệ gạch hỏng sau nung là hai điểm cần ưu tiên. "
                "Các giải pháp kiểm soát độ ẩm mộc, bảo ôn lò và đào tạo thợ đốt lò hoàn vốn trong vòng "
                "một năm."
            ),
        },
    )
    b.team("Trần Đình Quang", "Phó giám đốc kỹ thuật", "Trưởng nhóm SXSH", "0915 603 271")
    b.team("Võ Văn Thắng", "Trưởng ca lò", "Theo dõi nhiệt độ và tiêu hao than")
    b.team("Bùi Thị Ngọc Ánh", "Nhân viên KCS", "Thống kê gạch hỏng, mộc hỏng")
    b.team("Đinh Văn Lợi", "Thợ điện", "Đo điện năng các động cơ")

    b.product("bricks", "Gạch xây quy tiêu chuẩn (2 lỗ)", "pcs", 28_000_000, main=True)
    b.product("broken", "Gạch vỡ bán làm vật liệu san lấp", "t", 850)

    b.consumption("clay", _RAW, "Đất sét", 42_000, "t", 120_000)
    b.consumption("coal", _FUEL, "Than cám 4a", 2_500, "t", 3_200_000, fuel="than_cam_3_4")
    b.consumption("power", _ELECTRICITY, "Điện lưới", 1_450_000, "kwh", 1_950)
    b.consumption("diesel", _FUEL, "Dầu diesel cho máy xúc, xe nâng", 28_000, "l", 20_500, fuel="do")
    b.consumption("water", _WATER, "Nước giếng khoan", 6_000, "m3", 4_000)

    b.step(
        "clay",
        "Khai thác, ủ và pha trộn đất",
        "Đất sét được ủ tối thiểu 3 tháng, pha than cám nghiền theo tỷ lệ.",
        "Máy xúc, máy cấp liệu thùng, máy cán thô",
        inputs=[
            (FlowKind.MATERIAL.value, "Đất sét", 42_000, "t", 120_000),
            (FlowKind.ENERGY.value, "Than cám pha phối liệu", 1_600, "t", 3_200_000),
            (FlowKind.ENERGY.value, "Dầu diesel máy xúc", 28_000, "l", 20_500),
        ],
        outputs=[(FlowKind.PRODUCT.value, "Phối liệu đã ủ", 43_600, "t", None)],
    )
    b.step(
        "extrude",
        "Nhào trộn, đùn ép và cắt mộc",
        "Phối liệu qua máy cán mịn, nhào hai trục và máy đùn có hút chân không.",
        "Máy cán mịn, máy nhào, máy đùn 55 kW, bàn cắt",
        inputs=[
            (FlowKind.MATERIAL.value, "Phối liệu đã ủ", 43_600, "t", None),
            (FlowKind.WATER.value, "Nước tạo ẩm", 6_000, "m3", 4_000),
            (FlowKind.ENERGY.value, "Điện máy cán, nhào, đùn", 620_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Mộc ướt", 29_200_000, "pcs", None),
            (FlowKind.SOLID_WASTE.value, "Mộc hỏng, nứt khi đùn và cắt", 1_400, "t", None),
            (FlowKind.AIR_EMISSION.value, "Bụi tại máy cán, băng tải", None, "", None),
        ],
    )
    b.step(
        "dry",
        "Phơi và sấy mộc",
        "Mộc phơi trong nhà kính 5–7 ngày rồi sấy bằng khí nóng lấy từ vùng làm nguội của lò.",
        "Nhà phơi, hầm sấy tuynel, quạt hút khí nóng",
        inputs=[
            (FlowKind.MATERIAL.value, "Mộc ướt", 29_200_000, "pcs", None),
            (FlowKind.ENERGY.value, "Điện quạt sấy", 310_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Mộc khô", 28_900_000, "pcs", None),
            (FlowKind.SOLID_WASTE.value, "Mộc nứt khi phơi, sấy", 300_000, "pcs", None),
        ],
    )
    b.step(
        "fire",
        "Nung trong lò tuynel",
        "Goòng mộc đi qua vùng sấy, nung (950–1.050 °C) và làm nguội; than đốt cấp qua lỗ tra than.",
        "Lò tuynel 96 m, 42 goòng, quạt hút khói, quạt làm nguội",
        inputs=[
            (FlowKind.MATERIAL.value, "Mộc khô", 28_900_000, "pcs", None),
            (FlowKind.ENERGY.value, "Than cám đốt lò", 900, "t", 3_200_000),
            (FlowKind.ENERGY.value, "Điện quạt, kéo goòng", 460_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Gạch nung", 28_900_000, "pcs", None),
            (FlowKind.HEAT_LOSS.value, "Nhiệt qua vỏ lò, cửa lò và gầm goòng", 5_200, "gj", None),
            (FlowKind.AIR_EMISSION.value, "Khí thải lò (bụi, SO₂, CO)", None, "", None),
        ],
    )
    b.step(
        "sort",
        "Ra lò, phân loại và xếp bãi",
        "Dỡ gạch khỏi goòng, phân loại A1, A2, gạch vỡ; xếp kiện trên bãi.",
        "Xe nâng, bãi chứa",
        inputs=[(FlowKind.MATERIAL.value, "Gạch nung", 28_900_000, "pcs", None)],
        outputs=[
            (FlowKind.PRODUCT.value, "Gạch thành phẩm", 28_000_000, "pcs", None),
            (FlowKind.BY_PRODUCT.value, "Gạch vỡ, cong vênh, non lửa", 900_000, "pcs", None),
        ],
    )

    b.waste(
        "heat",
        "fire",
        "Nhiệt thất thoát qua vỏ lò, cửa lò và gầm goòng",
        FlowKind.HEAT_LOSS.value,
        5_200,
        "gj",
        "Nhiệt độ vỏ lò vùng nung đo được 85–110 °C; cửa lò hở, gầm goòng lọt gió.",
        lost=560_000_000,
        treatment=None,
        focus=True,
        causes=[
            ("EQP", "Vỏ lò xuống cấp, lớp bảo ôn mỏng, cửa lò và gầm goòng không kín"),
            ("WASTE", "Khí nóng vùng làm nguội chưa được tận dụng hết cho hầm sấy"),
        ],
    )
    b.waste(
        "rejects",
        "sort",
        "Gạch vỡ, cong vênh, non lửa sau nung",
        FlowKind.SOLID_WASTE.value,
        900_000,
        "pcs",
        "Khoảng 3,1 % số viên ra lò; bán rẻ làm vật liệu san lấp.",
        lost=495_000_000,
        treatment=12_000_000,
        focus=True,
        causes=[
            ("HR", "Thợ đốt lò điều chỉnh tra than theo kinh nghiệm, nhiệt độ vùng nung không đều"),
            ("CTRL", "Mộc vào lò còn ẩm trên 12 %, không đo độ ẩm"),
            ("HR", "Xếp goòng không đúng sơ đồ, khe hở giữa các viên không đều"),
        ],
    )
    b.waste(
        "green_rejects",
        "extrude",
        "Mộc hỏng, nứt khi đùn, cắt và phơi",
        FlowKind.SOLID_WASTE.value,
        1_400,
        "t",
        "Đất đã nhào, có thể đưa lại phối liệu nếu được gom riêng.",
        lost=168_000_000,
        treatment=None,
        causes=[
            ("CTRL", "Độ ẩm phối liệu không ổn định giữa các mẻ"),
            ("EQP", "Khuôn đùn và dây cắt mòn chưa thay đúng hạn"),
        ],
    )
    b.waste(
        "flue_gas",
        "fire",
        "Khí thải lò nung",
        FlowKind.AIR_EMISSION.value,
        96_000,
        "m3",
        "Bụi, SO₂, CO; xử lý bằng tháp hấp thụ dung dịch sữa vôi.",
        lost=None,
        treatment=85_000_000,
        period=Period.DAY.value,
        causes=[("RAW", "Than cám chất lượng không ổn định, hàm lượng lưu huỳnh và tro cao")],
    )

    b.solution(
        "moisture",
        "Đo độ ẩm mộc mỗi ca, chỉ đưa vào lò mộc đạt độ ẩm dưới 10 %",
        "Trang bị máy đo độ ẩm cầm tay; ghi sổ độ ẩm theo từng goòng.",
        technique="BPC",
        cost_class=CostClass.NO_COST,
        investment=6_000_000,
        savings={"coal": 75},
        step="dry",
        waste="rejects",
        cause=1,
        waste_reduction=150_000,
        responsible="Võ Văn Thắng",
        planned=date(2025, 9, 15),
        catalogue="BR-03",
    )
    b.solution(
        "seal",
        "Bảo ôn vỏ lò, làm kín cửa lò và gầm goòng",
        "Trát lại vỏ lò bằng vữa chịu nhiệt, thêm lớp bông gốm; thay cát kín gầm goòng.",
        technique="EM",
        cost_class=CostClass.LOW,
        investment=85_000_000,
        savings={"coal": 150},
        step="fire",
        waste="heat",
        cause=0,
        lifetime=4,
        responsible="Trần Đình Quang",
        planned=date(2025, 12, 20),
        catalogue="BR-04",
    )
    b.solution(
        "training",
        "Đào tạo thợ đốt lò vận hành theo biểu đồ nhiệt",
        "Lắp thêm ba cặp nhiệt điện vùng nung; thợ tra than theo biểu đồ, ghi nhiệt độ mỗi giờ.",
        technique="GH",
        cost_class=CostClass.NO_COST,
        investment=10_000_000,
        savings={"coal": 50, "clay": 300},
        step="fire",
        waste="rejects",
        cause=0,
        waste_reduction=200_000,
        lifetime=3,
        responsible="Võ Văn Thắng",
        planned=date(2025, 10, 1),
        catalogue="BR-08",
    )
    b.solution(
        "recycle",
        "Nghiền mộc hỏng, gạch vỡ đưa trở lại phối liệu",
        "Gom riêng mộc hỏng về bãi ủ; nghiền gạch vỡ bằng máy nghiền búa nhỏ, pha 5 % vào phối liệu.",
        technique="OSR",
        cost_class=CostClass.LOW,
        investment=60_000_000,
        added_cost=15_000_000,
        savings={"clay": 1_200},
        step="extrude",
        waste="green_rejects",
        cause=0,
        waste_reduction=1_200,
        responsible="Bùi Thị Ngọc Ánh",
        planned=date(2025, 11, 15),
        catalogue="BR-07",
    )
    b.solution(
        "vfd",
        "Lắp biến tần cho máy đùn, quạt hút khói và quạt làm nguội",
        "Bốn biến tần tổng 160 kW; điều chỉnh lưu lượng quạt theo nhiệt độ thay vì đóng bớt van gió.",
        technique="EM",
        cost_class=CostClass.MEDIUM,
        investment=380_000_000,
        savings={"power": 190_000},
        step="fire",
        lifetime=8,
        responsible="Đinh Văn Lợi",
        planned=date(2026, 2, 1),
        catalogue="BR-09",
    )
    b.solution(
        "led",
        "Thay đèn cao áp nhà xưởng và bãi bằng đèn LED",
        "Sáu mươi đèn cao áp 250 W thay bằng đèn LED 100 W.",
        technique="EM",
        cost_class=CostClass.LOW,
        investment=42_000_000,
        savings={"power": 36_000},
        step="sort",
        lifetime=6,
        responsible="Đinh Văn Lợi",
        planned=date(2025, 11, 1),
        catalogue="GEN-09",
    )
    b.solution(
        "hot_air",
        "Tận dụng thêm khí nóng vùng làm nguội để sấy mộc",
        "Làm lại đường ống và van điều chỉnh khí nóng sang hầm sấy; cần tính toán cân bằng nhiệt.",
        technique="OSR",
        cost_class=CostClass.MEDIUM,
        investment=450_000_000,
        savings={"coal": 120},
        step="dry",
        waste="heat",
        cause=1,
        lifetime=10,
        decision=Decision.STUDY_FURTHER,
        responsible="Trần Đình Quang",
        planned=date(2026, 6, 1),
        catalogue="BR-05",
    )
    b.solution(
        "gasifier",
        "Chuyển sang đốt than khí hóa",
        "Lò khí hóa than cấp khí cho vùng nung; vốn lớn, cần thêm nhân lực vận hành.",
        technique="TC",
        cost_class=CostClass.HIGH,
        investment=2_800_000_000,
        added_cost=180_000_000,
        savings={"coal": 250},
        step="fire",
        lifetime=10,
        decision=Decision.REJECT,
    )
    b.photo("kiln", PhotoOwner.WASTE_STREAM, "heat", "Cửa lò tuynel hở khi đẩy goòng", _kiln_photo())
    return b


def _steel_works() -> _Builder:
    b = _Builder("steel-works")
    b.start(
        {
            "name": "Công ty TNHH Cơ khí Kết cấu thép Hoành Sơn",
            "short_name": "Kết cấu thép Hoành Sơn",
            "tax_code": "3003809154",
            "street": "Lô C5, Khu kinh tế Vũng Áng",
            "commune": "Phường Hoành Sơn",
            "legacy_district": "Thị xã Kỳ Anh",
            "sector_code": "2511",
            "ownership": Ownership.NON_STATE.value,
            "employees": 85,
            "contact_name": "Nguyễn Hữu Thành",
            "contact_phone": "0239 3722 908",
            "contact_email": "kythuat@ketcauthephoanhson.example",
            "cp_informed_on": date(2024, 9, 9),
            "cp_aware_on": date(2025, 5, 27),
            "notes": "Gia công kết cấu thép nhà xưởng, khung đỡ băng tải cho các nhà máy trong khu kinh tế.",
        },
        {
            "title": "Đánh giá nhanh sản xuất sạch hơn — xưởng kết cấu thép",
            "start_date": date(2025, 9, 22),
            "end_date": date(2025, 9, 24),
            "consultants": "ThS. Nguyễn Thị Hoa, KS. Lê Quốc Việt",
            "status": AssessmentStatus.DRAFT.value,
            "baseline_year": 2024,
            "working_days_per_year": 300,
            "shifts_per_day": 2,
            "staff_count": 85,
            "discount_rate": 0.12,
            "conclusions": (
                "Phế liệu thép khi pha cắt và sơn thất thoát khi phun là hai tổn thất lớn nhất về tiền. "
                "Phần mềm xếp hình cắt tôn và súng phun HVLP có thời gian hoàn vốn dưới một năm."
            ),
        },
    )
    b.team("Nguyễn Hữu Thành", "Giám đốc sản xuất", "Trưởng nhóm SXSH", "0904 518 336")
    b.team("Trương Văn Khải", "Tổ trưởng pha cắt", "Theo dõi phế liệu cắt")
    b.team("Lê Thị Diệu Linh", "Kỹ sư QA/QC", "Định mức sơn, hạt mài")
    b.team("Phạm Văn Đông", "Thợ điện trưởng", "Đo điện năng, khí nén")

    b.product("steel", "Kết cấu thép đã sơn hoàn thiện", "t", 3_200, main=True)
    b.product("scrap", "Phế liệu thép bán", "t", 290)

    b.consumption("steel", _RAW, "Thép tấm, thép hình", 3_520, "t", 17_500_000)
    b.consumption("wire", _RAW, "Que hàn, dây hàn", 48, "t", 32_000_000)
    b.consumption("paint", _CHEMICAL, "Sơn chống gỉ và sơn phủ epoxy", 60_000, "kg", 75_000)
    b.consumption("grit", _RAW, "Hạt mài thép phun làm sạch", 180, "t", 4_500_000)
    b.consumption("lpg", _FUEL, "Khí LPG cắt và gia nhiệt", 36, "t", 26_000_000, fuel="lpg")
    b.consumption("power", _ELECTRICITY, "Điện lưới", 1_100_000, "kwh", 1_950)
    b.consumption("diesel", _FUEL, "Dầu diesel cho cẩu, xe nâng", 45_000, "l", 20_500, fuel="do")
    b.consumption("water", _WATER, "Nước máy", 3_600, "m3", 13_000)

    b.step(
        "cut",
        "Pha cắt phôi",
        "Cắt thép tấm bằng máy CNC plasma và cắt khí; sơ đồ cắt lập thủ công theo bản vẽ.",
        "Máy cắt CNC plasma 200 A, mỏ cắt khí LPG, máy cưa vòng",
        inputs=[
            (FlowKind.MATERIAL.value, "Thép tấm, thép hình", 3_520, "t", 17_500_000),
            (FlowKind.ENERGY.value, "Khí LPG cắt", 30, "t", 26_000_000),
            (FlowKind.ENERGY.value, "Điện máy cắt plasma", 260_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Phôi đã cắt", 3_230, "t", None),
            (FlowKind.SOLID_WASTE.value, "Phế liệu cắt thừa", 290, "t", None),
        ],
    )
    b.step(
        "weld",
        "Gá lắp và hàn",
        "Gá lắp dầm, cột; hàn hồ quang tay và hàn CO₂ bán tự động.",
        "12 máy hàn biến áp, 6 máy hàn CO₂, máy nén khí 37 kW",
        inputs=[
            (FlowKind.MATERIAL.value, "Phôi đã cắt", 3_230, "t", None),
            (FlowKind.MATERIAL.value, "Que hàn, dây hàn", 48, "t", 32_000_000),
            (FlowKind.ENERGY.value, "Điện máy hàn, máy nén khí", 540_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Kết cấu đã hàn", 3_255, "t", None),
            (FlowKind.SOLID_WASTE.value, "Đầu que hàn, xỉ hàn", 6, "t", None),
            (FlowKind.AIR_EMISSION.value, "Khói hàn", None, "", None),
            (FlowKind.NOISE.value, "Tiếng ồn gá lắp", None, "", None),
        ],
    )
    b.step(
        "blast",
        "Làm sạch bề mặt bằng phun hạt mài",
        "Phun hạt mài thép trong buồng kín đạt Sa 2,5 trước khi sơn.",
        "Buồng phun hạt, máy nén khí 75 kW, lọc bụi túi",
        inputs=[
            (FlowKind.MATERIAL.value, "Kết cấu đã hàn", 3_255, "t", None),
            (FlowKind.MATERIAL.value, "Hạt mài thép", 180, "t", 4_500_000),
            (FlowKind.ENERGY.value, "Điện máy nén khí, quạt lọc bụi", 210_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Kết cấu đã làm sạch", 3_240, "t", None),
            (FlowKind.SOLID_WASTE.value, "Bụi hạt mài và gỉ sắt", 175, "t", None),
        ],
    )
    b.step(
        "paint",
        "Sơn lót, sơn phủ và sấy",
        "Phun sơn bằng súng áp lực cao, hai lớp lót và một lớp phủ; sấy tự nhiên trong nhà xưởng.",
        "Máy phun sơn airless, buồng sơn màng nước",
        inputs=[
            (FlowKind.MATERIAL.value, "Kết cấu đã làm sạch", 3_240, "t", None),
            (FlowKind.CHEMICAL.value, "Sơn chống gỉ và sơn phủ", 60_000, "kg", 75_000),
            (FlowKind.WATER.value, "Nước buồng sơn màng nước", 3_600, "m3", 13_000),
            (FlowKind.ENERGY.value, "Điện bơm, quạt buồng sơn", 90_000, "kwh", 1_950),
        ],
        outputs=[
            (FlowKind.PRODUCT.value, "Kết cấu thép đã sơn", 3_200, "t", None),
            (FlowKind.AIR_EMISSION.value, "Sương sơn và hơi dung môi", 15_000, "kg", None),
            (FlowKind.WASTEWATER.value, "Nước thải buồng sơn lẫn cặn sơn", 3_400, "m3", None),
        ],
    )
    b.step(
        "ship",
        "Kiểm tra, đóng kiện và xuất hàng",
        "Kiểm tra kích thước, chiều dày sơn; bó kiện và cẩu lên xe.",
        "Cầu trục 10 t, xe nâng 5 t",
        inputs=[
            (FlowKind.MATERIAL.value, "Kết cấu thép đã sơn", 3_200, "t", None),
            (FlowKind.ENERGY.value, "Dầu diesel xe nâng", 45_000, "l", 20_500),
        ],
        outputs=[(FlowKind.PRODUCT.value, "Kết cấu xuất xưởng", 3_200, "t", None)],
    )

    b.waste(
        "offcuts",
        "cut",
        "Phế liệu thép cắt thừa",
        FlowKind.SOLID_WASTE.value,
        290,
        "t",
        "8,2 % khối lượng thép nhập; bán phế liệu 9 triệu đồng/tấn.",
        lost=2_465_000_000,
        treatment=None,
        focus=True,
        causes=[
            ("CTRL", "Sơ đồ cắt lập thủ công, tỷ lệ sử dụng tấm thấp"),
            ("RAW", "Mua thép tấm khổ tiêu chuẩn không phù hợp kích thước bản vẽ"),
            ("HR", "Thợ cắt chưa tận dụng tấm thừa cho chi tiết nhỏ"),
        ],
    )
    b.waste(
        "overspray",
        "paint",
        "Sơn thất thoát khi phun và hơi dung môi",
        FlowKind.AIR_EMISSION.value,
        15_000,
        "kg",
        "Khoảng 25 % lượng sơn không bám lên sản phẩm; mùi dung môi trong xưởng.",
        lost=1_125_000_000,
        treatment=30_000_000,
        focus=True,
        causes=[
            ("EQP", "Súng phun áp lực cao, hiệu suất truyền sơn thấp"),
            ("CTRL", "Pha sơn theo cảm tính, không có định mức theo diện tích"),
        ],
    )
    b.waste(
        "grit",
        "blast",
        "Bụi hạt mài và gỉ sắt",
        FlowKind.SOLID_WASTE.value,
        175,
        "t",
        "Hạt mài còn dùng được lẫn với bụi gỉ, thu gom chung đem chôn lấp.",
        lost=450_000_000,
        treatment=35_000_000,
        causes=[("WASTE", "Hạt mài không được sàng thu hồi để tái sử dụng")],
    )
    b.waste(
        "weld_stubs",
        "weld",
        "Đầu que hàn bỏ dở, xỉ hàn",
        FlowKind.SOLID_WASTE.value,
        6,
        "t",
        "Đầu que hàn dài 5–8 cm bỏ lại; xỉ hàn.",
        lost=96_000_000,
        treatment=None,
        causes=[
            ("HR", "Thợ hàn bỏ que còn dài, chưa có quy định"),
            ("TECH", "Máy hàn biến áp cũ, hồ quang không ổn định, que dễ dính"),
        ],
    )
    b.waste(
        "compressed_air",
        "blast",
        "Điện năng hao phí do rò rỉ khí nén và máy nén chạy không tải",
        FlowKind.HEAT_LOSS.value,
        65_000,
        "kwh",
        "Đo rò rỉ khi nghỉ ca: áp suất giảm từ 8 xuống 5 bar trong 12 phút.",
        lost=126_750_000,
        treatment=None,
        causes=[("CTRL", "Khớp nối, ống mềm rò rỉ; máy nén không tắt trong giờ nghỉ")],
    )

    b.solution(
        "nesting",
        "Tối ưu sơ đồ cắt tôn bằng phần mềm xếp hình",
        "Phần mềm xếp hình cho máy CNC plasma; đặt thép tấm theo khổ tối ưu. Chi phí tăng thêm là "
        "doanh thu phế liệu giảm.",
        technique="BPC",
        cost_class=CostClass.LOW,
        investment=95_000_000,
        added_cost=945_000_000,
        savings={"steel": 105, "power": 8_000},
        step="cut",
        waste="offcuts",
        cause=0,
        waste_reduction=105,
        lifetime=5,
        responsible="Trương Văn Khải",
        planned=date(2025, 11, 1),
        catalogue="MT-01",
    )
    b.solution(
        "sorting",
        "Phân loại phế liệu tại nguồn, dùng tấm thừa cho bản mã, gân tăng cứng",
        "Giá để tấm thừa theo chiều dày; phế liệu sạch bán giá cao hơn.",
        technique="OSR",
        cost_class=CostClass.NO_COST,
        investment=5_000_000,
        other_savings=58_000_000,
        added_cost=180_000_000,
        savings={"steel": 20},
        step="cut",
        waste="offcuts",
        cause=2,
        waste_reduction=20,
        lifetime=3,
        responsible="Trương Văn Khải",
        planned=date(2025, 10, 15),
        catalogue="MT-02",
    )
    b.solution(
        "hvlp",
        "Dùng súng phun HVLP và định mức pha sơn theo diện tích",
        "Bốn súng phun HVLP; bảng định mức sơn theo m² bề mặt cho từng loại kết cấu.",
        technique="EM",
        cost_class=CostClass.LOW,
        investment=48_000_000,
        savings={"paint": 9_000},
        step="paint",
        waste="overspray",
        cause=0,
        waste_reduction=9_000,
        lifetime=4,
        responsible="Lê Thị Diệu Linh",
        planned=date(2025, 11, 15),
        catalogue="WD-08",
    )
    b.solution(
        "inverter",
        "Thay máy hàn biến áp bằng máy hàn inverter",
        "Mười hai máy hàn inverter 400 A; hồ quang ổn định, giảm que dính và bỏ dở.",
        technique="TC",
        cost_class=CostClass.MEDIUM,
        investment=360_000_000,
        savings={"power": 140_000, "wire": 2},
        step="weld",
        waste="weld_stubs",
        cause=1,
        lifetime=8,
        responsible="Nguyễn Hữu Thành",
        planned=date(2026, 3, 1),
        catalogue="MT-04",
    )
    b.solution(
        "welder_training",
        "Đào tạo thợ hàn, thợ cắt; quy định chiều dài đầu que hàn bỏ",
        "Quy định đầu que không quá 3 cm; thu đầu que đổi que mới.",
        technique="GH",
        cost_class=CostClass.NO_COST,
        investment=15_000_000,
        savings={"wire": 3, "steel": 15},
        step="weld",
        waste="weld_stubs",
        cause=0,
        lifetime=2,
        responsible="Nguyễn Hữu Thành",
        planned=date(2025, 10, 10),
        catalogue="MT-07",
    )
    b.solution(
        "air_leaks",
        "Sửa rò rỉ khí nén, giảm áp suất và tắt máy nén khi nghỉ",
        "Kiểm tra rò rỉ hằng tháng bằng nước xà phòng; hạ áp từ 8 xuống 7 bar.",
        technique="GH",
        cost_class=CostClass.NO_COST,
        investment=8_000_000,
        savings={"power": 65_000},
        step="blast",
        waste="compressed_air",
        cause=0,
        waste_reduction=65_000,
        lifetime=2,
        responsible="Phạm Văn Đông",
        planned=date(2025, 10, 1),
        catalogue="GEN-07",
    )
    b.solution(
        "grit_recovery",
        "Sàng thu hồi hạt mài để tái sử dụng",
        "Bộ sàng rung và phân ly gió tách bụi, hạt mài còn dùng được quay lại buồng phun.",
        technique="OSR",
        cost_class=CostClass.MEDIUM,
        investment=180_000_000,
        added_cost=20_000_000,
        savings={"grit": 50},
        step="blast",
        waste="grit",
        cause=0,
        waste_reduction=50,
        lifetime=7,
        decision=Decision.STUDY_FURTHER,
        responsible="Lê Thị Diệu Linh",
        planned=date(2026, 4, 1),
    )
    b.solution(
        "powder",
        "Chuyển sang sơn tĩnh điện dạng bột",
        "Không phù hợp với cấu kiện dài trên 12 m và yêu cầu sơn epoxy dày của khách hàng.",
        technique="IMC",
        cost_class=CostClass.HIGH,
        investment=1_900_000_000,
        savings={"paint": 20_000},
        step="paint",
        waste="overspray",
        cause=0,
        lifetime=10,
        decision=Decision.REJECT,
        catalogue="MT-05",
    )
    b.photo("offcuts", PhotoOwner.WASTE_STREAM, "offcuts", "Bãi phế liệu thép cắt thừa", _scrap_photo())
    return b


_SAMPLES: tuple[Callable[[], _Builder], ...] = (_fish_sauce, _brick_kiln, _steel_works)


def demo_documents() -> list[tuple[AssessmentDocument, dict[str, bytes]]]:
    """The sample assessments with their photos' bytes (photo id → bytes)."""
    built = [sample() for sample in _SAMPLES]
    return [(b.document, b.photo_data) for b in built]


def load_demo(store: Store) -> list[str]:
    """Add the sample to ``store`` (each assessment with its photos in one transaction) and return
    the ids of its assessments. Assessments already there are left as they are."""
    ids = []
    for document, photos in demo_documents():
        try:
            store.get(model.Assessment, document.assessment.id)
        except NotFoundError:
            store.save_document(document, photo_data=photos)
        ids.append(document.assessment.id)
    return ids
