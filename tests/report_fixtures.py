"""Assessments for the report and workbook tests: a small realistic one, an empty one, a large one."""

from __future__ import annotations

import io
import random
from datetime import date

from PIL import Image, ImageDraw

from sxsh_desktop.domain.model import (
    Assessment,
    AssessmentDocument,
    Cause,
    Consumption,
    Enterprise,
    Photo,
    ProcessStep,
    Product,
    Solution,
    SolutionSaving,
    StepFlow,
    TeamMember,
    WasteStream,
)

M = 1_000_000
WASTE_NAME = "gạch mộc nứt vỡ, đất rơi vãi dọc băng tải và khu vực tập kết nguyên liệu"
SOLUTION_TITLE = "cải tiến quy trình vận hành và bảo dưỡng thiết bị để giảm hao hụt nguyên liệu"


def jpeg(width: int = 640, height: int = 480, color: tuple[int, int, int] = (180, 120, 60)) -> bytes:
    image = Image.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(40, 90, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def brick_kiln() -> tuple[AssessmentDocument, dict[str, bytes]]:
    """A tunnel-kiln brick works in Hà Tĩnh with every part filled in, and its photos' bytes."""
    enterprise = Enterprise(
        name="Công ty Cổ phần Gạch Tuynel Đức Thọ",
        short_name="Gạch Đức Thọ",
        tax_code="3000123455",  # a valid code (check digit 5)
        street="Thôn Trung Lương",
        commune="Xã Đức Thọ",
        province="Hà Tĩnh",
        sector_code="2392",
        ownership="non_state",
        employees=120,
        contact_name="Nguyễn Thị Hường",
        contact_phone="0912 345 678",
        cp_informed_on=date(2024, 3, 1),
    )
    assessment = Assessment(
        enterprise_id=enterprise.id,
        title="Đánh giá nhanh sản xuất sạch hơn 2025",
        start_date=date(2025, 3, 10),
        end_date=date(2025, 3, 12),
        consultants="Trần Văn Đức, Lê Thị Ánh",
        baseline_year=2024,
        working_days_per_year=300,
        shifts_per_day=2,
        staff_count=100,
        conclusions=(
            "Doanh nghiệp cần ưu tiên các giải pháp quản lý nội vi.\n"
            "Thời gian hoàn vốn của giải pháp cải tạo lò dưới hai năm."
        ),
    )
    doc = AssessmentDocument(enterprise, assessment)
    aid = assessment.id
    doc.team = [
        TeamMember(
            assessment_id=aid, position=0, name="Phạm Quốc Khánh", job_title="Giám đốc", role="Trưởng nhóm"
        ),
        TeamMember(
            assessment_id=aid, position=1, name="Hoàng Thị Yến", job_title="Kế toán", role="Thành viên"
        ),
    ]
    doc.products = [
        Product(
            assessment_id=aid, name="Gạch tuynel 2 lỗ", unit="pcs", yearly_output=20_000_000, is_main=True
        )
    ]
    electricity = Consumption(
        assessment_id=aid,
        position=0,
        kind="electricity",
        name="Điện",
        yearly_quantity=1_200_000,
        unit="kwh",
        unit_price=1_800,
    )
    coal = Consumption(
        assessment_id=aid,
        position=1,
        kind="fuel",
        name="Than cám",
        fuel_code="than_cam_3_4",
        yearly_quantity=2_400,
        unit="t",
        unit_price=3_200_000,
    )
    clay = Consumption(
        assessment_id=aid,
        position=2,
        kind="raw_material",
        name="Đất sét",
        yearly_quantity=40_000,
        unit="t",
        unit_price=60_000,
    )
    water = Consumption(
        assessment_id=aid,
        position=3,
        kind="water",
        name="Nước giếng khoan",
        yearly_quantity=15_000,
        unit="m3",
        unit_price=5_000,
    )
    doc.consumptions = [electricity, coal, clay, water]
    crushing = ProcessStep(assessment_id=aid, position=0, name="Nghiền, nhào trộn đất sét")
    drying = ProcessStep(assessment_id=aid, position=1, name="Phơi, sấy mộc")
    firing = ProcessStep(assessment_id=aid, position=2, name="Nung gạch trong lò tuynel")
    doc.steps = [crushing, drying, firing]
    doc.flows = [
        StepFlow(
            step_id=crushing.id,
            position=0,
            direction="input",
            kind="material",
            name="Đất sét",
            quantity=40_000,
            unit="t",
        ),
        StepFlow(
            step_id=crushing.id,
            position=1,
            direction="input",
            kind="energy",
            name="Điện",
            quantity=700_000,
            unit="kwh",
            unit_cost=1_800,
        ),
        StepFlow(
            step_id=crushing.id,
            position=0,
            direction="output",
            kind="air_emission",
            name="Bụi đất",
            quantity=None,
        ),
        StepFlow(
            step_id=drying.id,
            position=0,
            direction="input",
            kind="energy",
            name="Khí nóng thu hồi từ lò",
            quantity=None,
        ),
        StepFlow(
            step_id=firing.id,
            position=0,
            direction="input",
            kind="energy",
            name="Than cám",
            quantity=2_400,
            unit="t",
            unit_cost=3_200_000,
        ),
        StepFlow(
            step_id=firing.id,
            position=0,
            direction="output",
            kind="product",
            name="Gạch thành phẩm",
            quantity=20_000_000,
            unit="pcs",
        ),
        StepFlow(
            step_id=firing.id,
            position=1,
            direction="output",
            kind="heat_loss",
            name="Nhiệt thất thoát qua thân và nóc lò",
            quantity=None,
        ),
    ]
    broken = WasteStream(
        assessment_id=aid,
        step_id=firing.id,
        position=0,
        name="Gạch vỡ, cong vênh sau nung",
        kind="solid_waste",
        quantity=600_000,
        unit="pcs",
        period="year",
        characteristics="Gạch nứt, sống, quá lửa",
        lost_material_cost=420 * M,
        treatment_cost=15 * M,
        is_focus=True,
    )
    dust = WasteStream(
        assessment_id=aid,
        step_id=crushing.id,
        position=1,
        name="Bụi đất",
        kind="air_emission",
        quantity=None,
        characteristics="Bụi mịn tại máy cán",
        treatment_cost=5 * M,
    )
    doc.waste_streams = [broken, dust]
    c1 = Cause(
        waste_stream_id=broken.id,
        position=0,
        description="Nhiệt độ vùng nung không đều, không có đồng hồ đo",
        category="CTRL",
    )
    c2 = Cause(
        waste_stream_id=broken.id, position=1, description="Xếp goòng không đúng kỹ thuật", category="HR"
    )
    doc.causes = [c1, c2]
    s1 = Solution(
        assessment_id=aid,
        position=0,
        step_id=firing.id,
        waste_stream_id=broken.id,
        cause_id=c1.id,
        title="Lắp đặt hệ thống đo và điều khiển nhiệt độ vùng nung",
        technique="BPC",
        cost_class="low",
        investment=80 * M,
        decision="implement_now",
        responsible="Phạm Quốc Khánh",
        planned_date=date(2025, 6, 30),
        waste_reduction=200_000,
    )
    s2 = Solution(
        assessment_id=aid,
        position=1,
        step_id=firing.id,
        cause_id=c2.id,
        title="Đào tạo công nhân xếp goòng",
        technique="GH",
        cost_class="no_cost",
        investment=0,
        other_savings=60 * M,
        decision="implement_now",
        responsible="Hoàng Thị Yến",
        planned_date=date(2025, 4, 15),
    )
    s3 = Solution(
        assessment_id=aid,
        position=2,
        step_id=crushing.id,
        title="Thay động cơ máy cán bằng động cơ hiệu suất cao có biến tần",
        technique="EM",
        cost_class="medium",
        investment=350 * M,
        added_operating_cost=5 * M,
        decision="study_further",
        lifetime_years=10,
    )
    s4 = Solution(
        assessment_id=aid,
        position=3,
        title="Chuyển sang lò nung dùng khí hoá than",
        technique="TC",
        cost_class="high",
        investment=6_000 * M,
        decision="reject",
    )
    doc.solutions = [s1, s2, s3, s4]
    doc.savings = [
        SolutionSaving(solution_id=s1.id, consumption_id=coal.id, quantity=150),
        SolutionSaving(solution_id=s2.id, consumption_id=coal.id, quantity=20),
        SolutionSaving(solution_id=s3.id, consumption_id=electricity.id, quantity=150_000),
        SolutionSaving(solution_id=s4.id, consumption_id=coal.id, quantity=500),
        SolutionSaving(solution_id=s1.id, consumption_id=water.id, quantity=500),
    ]
    photo_bytes: dict[str, bytes] = {}
    for position, (owner_kind, owner_id, caption) in enumerate(
        [
            ("step", firing.id, "Cửa lò tuynel"),
            ("waste_stream", broken.id, "Bãi gạch vỡ"),
            ("solution", s3.id, "Máy cán đất"),
        ]
    ):
        photo = Photo(
            assessment_id=aid, owner_kind=owner_kind, owner_id=owner_id, position=position, caption=caption
        )
        doc.photos.append(photo)
        photo_bytes[photo.id] = jpeg(color=(150 + 30 * position, 100, 80))
    return doc, photo_bytes


def empty_assessment() -> AssessmentDocument:
    return AssessmentDocument(Enterprise(name="Hộ kinh doanh Nước mắm Cửa Sót"), Assessment())


def large_assessment(
    steps: int = 20, waste_streams: int = 200, solutions: int = 100, photos: int = 30
) -> tuple[AssessmentDocument, dict[str, bytes]]:
    """Many of everything, with long Vietnamese names, for pagination and the benchmark."""
    rng = random.Random(7)
    doc, _ = brick_kiln()
    aid = doc.assessment.id
    base_steps = list(doc.steps)
    doc.steps = base_steps + [
        ProcessStep(
            assessment_id=aid,
            position=3 + i,
            name=f"Công đoạn phụ trợ số {i + 1}: vận chuyển, lưu kho bán thành phẩm",
        )
        for i in range(steps - len(base_steps))
    ]
    for step in doc.steps[3:]:
        doc.flows.append(
            StepFlow(
                step_id=step.id,
                direction="input",
                kind="energy",
                name="Điện năng cho băng tải",
                quantity=1000.0,
                unit="kwh",
            )
        )
        doc.flows.append(
            StepFlow(
                step_id=step.id,
                direction="output",
                kind="solid_waste",
                name="Gạch vỡ do va đập",
                quantity=5.0,
                unit="t",
            )
        )
    kinds = ["solid_waste", "wastewater", "air_emission", "heat_loss"]
    doc.waste_streams = []
    doc.causes = []
    for i in range(waste_streams):
        step = doc.steps[i % len(doc.steps)]
        stream = WasteStream(
            assessment_id=aid, step_id=step.id, position=i, kind=kinds[i % 4],
            name=f"Dòng thải {i + 1}: {WASTE_NAME}",
            quantity=rng.uniform(1, 500), unit="t", characteristics="Lẫn tạp chất, độ ẩm cao",
            lost_material_cost=rng.uniform(1, 50) * M, treatment_cost=rng.uniform(0, 5) * M,
            is_focus=i % 7 == 0,
        )  # fmt: skip
        doc.waste_streams.append(stream)
        doc.causes.append(
            Cause(
                waste_stream_id=stream.id, description="Thiết bị cũ, bảo dưỡng không định kỳ", category="EQP"
            )
        )
    techniques = ["GH", "IMC", "BPC", "EM", "TC", "OSR", "BYP", "PM"]
    decisions = ["implement_now", "study_further", "reject", "implement_now"]
    doc.solutions = []
    doc.savings = []
    for i in range(solutions):
        solution = Solution(
            assessment_id=aid, position=i, step_id=doc.steps[i % len(doc.steps)].id,
            title=f"Giải pháp {i + 1}: {SOLUTION_TITLE}",
            technique=techniques[i % 8], cost_class=["no_cost", "low", "medium", "high"][i % 4],
            investment=rng.uniform(0, 500) * M, other_savings=rng.uniform(0, 100) * M,
            decision=decisions[i % 4], responsible="Phạm Quốc Khánh", planned_date=date(2025, 1 + i % 12, 1),
        )  # fmt: skip
        doc.solutions.append(solution)
        line = doc.consumptions[i % len(doc.consumptions)]
        doc.savings.append(
            SolutionSaving(
                solution_id=solution.id, consumption_id=line.id, quantity=(line.yearly_quantity or 0) * 0.001
            )
        )
    doc.photos = []
    photo_bytes: dict[str, bytes] = {}
    for i in range(photos):
        owner = doc.waste_streams[i]
        photo = Photo(
            assessment_id=aid,
            owner_kind="waste_stream",
            owner_id=owner.id,
            position=i,
            caption=f"Ảnh hiện trường số {i + 1}",
        )
        doc.photos.append(photo)
        photo_bytes[photo.id] = jpeg(1600, 1200, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return doc, photo_bytes
