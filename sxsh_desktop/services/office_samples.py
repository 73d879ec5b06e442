"""A realistic office sample (``sxsh office sample``): a Hà Tĩnh registry mostly of households, as the
plan's baseline was, with zones, several years of activities, assessments, follow-ups, reviews and a
few overrides, so that a first start shows a living overview. Deterministic for a seed; the same code
makes the 30,000-facility registry the indicator benchmark runs on.

Records are written in bulk, each kind in one statement, all in one transaction: all or nothing.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sxsh_desktop.calc.office_figures import LineFactorTable
from sxsh_desktop.domain import model
from sxsh_desktop.domain.office import (
    Activity,
    ActivityParticipant,
    EnterpriseZone,
    FollowUp,
    FollowUpResult,
    LegalForm,
    RegistryEntry,
    Review,
    ReviewComment,
    StatusOverride,
    Zone,
)
from sxsh_desktop.domain.taxcode import with_check_digit
from sxsh_desktop.domain.validation import validate_record
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.store import office, schema
from sxsh_desktop.store.db import set_meta
from sxsh_desktop.store.records import insert_rows, to_row

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from sxsh_desktop.store.repository import Store

SAMPLE_KEY = "office_sample"  # database meta: the sample's seed and size, once loaded
MAX_FACILITIES = 100_000
MAX_ASSESSMENTS = 20_000

# (VSIC code, share of households, what households and enterprises of it make, main product unit)
_SECTORS: tuple[tuple[str, float, str, str], ...] = (
    ("10204", 0.16, "nước mắm", "t"),
    ("1020", 0.08, "hải sản khô", "t"),
    ("1061", 0.12, "xay xát gạo", "t"),
    ("1030", 0.06, "chế biến rau quả", "t"),
    ("1079", 0.08, "bánh đa, kẹo cu đơ", "t"),
    ("1080", 0.05, "thức ăn chăn nuôi", "t"),
    ("1610", 0.10, "cưa xẻ gỗ", "m3"),
    ("3100", 0.12, "đồ mộc", "piece"),
    ("2392", 0.05, "gạch nung", "piece"),
    ("2396", 0.05, "chế tác đá", "m3"),
    ("2592", 0.08, "gia công cơ khí", "t"),
    ("0810", 0.03, "khai thác đá, cát", "m3"),
    ("1410", 0.02, "may mặc", "piece"),
)
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
_MIDDLE = ("Văn", "Thị", "Đình", "Hữu", "Minh", "Quang", "Thanh", "Xuân", "Ngọc", "Đức")
_GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hạnh",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Trung",
    "Tuấn",
    "Vinh",
    "Yến",
)
_COMPANY_WORDS = (
    "Hồng Lĩnh",
    "Thiên Cầm",
    "Kỳ Anh",
    "Lam Hồng",
    "Trường Thịnh",
    "Hưng Phát",
    "Minh Tâm",
    "Sông La",
    "Ngàn Phố",
    "Đại Thành",
    "Phú Gia",
    "An Khang",
    "Tân Tiến",
    "Hoàng Long",
)
_ZONES: tuple[tuple[str, str, str], ...] = (
    ("KCN Vũng Áng", "industrial_park", "Phường Vũng Áng"),
    ("KCN Gia Lách", "industrial_park", "Xã Tiên Điền"),
    ("KCN Hạ Vàng", "industrial_park", "Xã Can Lộc"),
    ("CCN Bắc Cẩm Xuyên", "industrial_cluster", "Xã Cẩm Xuyên"),
    ("CCN Thạch Đài", "industrial_cluster", "Xã Thạch Khê"),
    ("CCN Trung Lương", "industrial_cluster", "Phường Bắc Hồng Lĩnh"),
    ("CCN Hạ Vàng", "industrial_cluster", "Xã Can Lộc"),
    ("Làng nghề nước mắm Cẩm Nhượng", "craft_village", "Xã Cẩm Xuyên"),
    ("Làng nghề mộc Thái Yên", "craft_village", "Xã Đức Thọ"),
    ("Làng nghề rèn Trung Lương", "craft_village", "Phường Bắc Hồng Lĩnh"),
    ("Làng nghề bánh đa Thượng Trụ", "craft_village", "Xã Can Lộc"),
    ("Làng nghề kẹo cu đơ Hà Tĩnh", "craft_village", "Phường Thành Sen"),
)
_ACTIVITY_PLAN: tuple[tuple[str, str, str, int], ...] = (  # task, type, title, how many a year
    ("1.1", "awareness_event", "Hội thảo phổ biến sản xuất sạch hơn", 6),
    ("1.3", "awareness_event", "Truyền thông SXSH tại cộng đồng", 4),
    ("1.4", "training", "Tập huấn cán bộ về SXSH", 1),
    ("2.1", "study_tour", "Tham quan mô hình SXSH", 2),
    ("2.2", "demonstration", "Trình diễn giải pháp SXSH", 2),
    ("2.3", "training", "Tập huấn xây dựng dự án SXSH", 1),
)
_FUNDING = (
    "Ngân sách trung ương (Đề án 1419)",
    "Kinh phí khuyến công địa phương",
    "Sự nghiệp môi trường",
    "Đối ứng doanh nghiệp",
)
_STAFF = ("Trần Thị Bình", "Lê Văn Cường", "Nguyễn Thị Hà", "Phạm Minh Tuấn")


class SampleAlreadyLoaded(KnownProblem):
    code = "office_sample_loaded"


@dataclass(frozen=True)
class OfficeSampleSize:
    facilities: int
    zones: int
    activities: int
    participants: int
    assessments: int
    solutions: int
    follow_ups: int
    reviews: int


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _communes(store: Store) -> list[str]:
    return sorted(u.name for u in store.reference().admin_units if u.level in ("commune", "ward"))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def load_office_sample(
    store: Store,
    *,
    facilities: int = 3000,
    assessments: int = 150,
    seed: int = 2026,
    first_year: int = 2019,
    today: date | None = None,
) -> Outcome[OfficeSampleSize]:
    """Add the sample office data; refused (SampleAlreadyLoaded) once it is there."""
    if not (1 <= facilities <= MAX_FACILITIES) or not (0 <= assessments <= min(MAX_ASSESSMENTS, facilities)):
        raise KnownProblem(
            f"A sample holds 1 to {MAX_FACILITIES} facilities and at most one assessment per facility "
            f"(up to {MAX_ASSESSMENTS})."
        )
    if store.database.get_meta(SAMPLE_KEY):
        raise SampleAlreadyLoaded(
            f"The office sample is already in {store.path} ({store.database.get_meta(SAMPLE_KEY)})."
        )
    today = today or date.today()
    builder = _Builder(store, random.Random(seed), today, first_year)
    builder.registry(facilities)
    builder.zones()
    builder.activities()
    builder.assessments(assessments)
    builder.check()
    device_id = store.device_id
    with store.transaction() as connection:
        builder.write(connection, device_id)
        set_meta(connection, SAMPLE_KEY, f"seed {seed}, {facilities} facilities, {assessments} assessments")
    size = builder.size()
    return Outcome(
        size, Changes.of(["enterprise", "assessment", "activity", "follow_up", "review", "registry_entry"])
    )


class _Builder:
    def __init__(self, store: Store, rng: random.Random, today: date, first_year: int) -> None:
        self.store = store
        self.rng = rng
        self.new_id = _Ids(rng)
        self.today = today
        self.first_day = date(first_year, 1, 1)
        self.communes = _communes(store)
        self.factors = LineFactorTable(store.reference())
        self.synced: dict[str, list[model.SyncFields]] = {}
        self.local: list[model.SyncFields] = []
        self.enterprises: list[model.Enterprise] = []
        self.entries: dict[str, RegistryEntry] = {}
        self.zone_records: list[Zone] = []
        self.links: list[EnterpriseZone] = []
        self.activity_count = self.participant_count = 0
        self.assessment_count = self.solution_count = self.follow_up_count = self.review_count = 0

    def _synced(self, record: model.SyncFields) -> None:
        self.synced.setdefault(schema.entity_of(type(record)), []).append(record)

    # -- the registry ------------------------------------------------------------------------------

    def registry(self, count: int) -> None:
        rng = self.rng
        weights = [w for _, w, _, _ in _SECTORS]
        for number in range(count):
            sector, _, making, _ = rng.choices(_SECTORS, weights)[0]
            roll = rng.random()
            form = (
                LegalForm.HOUSEHOLD
                if roll < 0.84
                else LegalForm.ENTERPRISE
                if roll < 0.95
                else LegalForm.COOPERATIVE
                if roll < 0.99
                else LegalForm.BRANCH
            )
            commune = rng.choice(self.communes)
            employees, revenue, capital, tax_code = self._size(form)
            if form == LegalForm.HOUSEHOLD:
                name, ownership = f"Hộ sản xuất {_person(rng)} ({making})", model.Ownership.HOUSEHOLD
            elif form == LegalForm.COOPERATIVE:
                name, ownership = f"HTX {making} {rng.choice(_COMPANY_WORDS)}", model.Ownership.COOPERATIVE
            else:
                kind = rng.choice(("Công ty TNHH", "Công ty cổ phần", "Doanh nghiệp tư nhân"))
                name, ownership = (
                    f"{kind} {rng.choice(_COMPANY_WORDS)} {number + 1}",
                    model.Ownership.NON_STATE,
                )
                if form == LegalForm.BRANCH:
                    name = f"Chi nhánh {name}"
                    tax_code = f"{tax_code}-{rng.randrange(1, 20):03d}"
            enterprise = model.Enterprise(
                id=self.new_id(),
                name=name,
                tax_code=tax_code,
                commune=commune,
                sector_code=sector,
                ownership=ownership.value,
                employees=employees,
            )
            self.enterprises.append(enterprise)
            self._synced(enterprise)
            closed = _day(rng, self.first_day, self.today) if rng.random() < 0.04 else None
            opened = _day(rng, date(1995, 1, 1), self.today) if rng.random() < 0.9 else None
            if closed and opened and closed < opened:
                opened, closed = closed, opened
            size_known = form != LegalForm.HOUSEHOLD and rng.random() < 0.85
            entry = RegistryEntry(
                id=self.new_id(),
                enterprise_id=enterprise.id,
                legal_form=form.value,
                active_from=opened,
                active_to=closed,
                revenue_bn_vnd=revenue if size_known else None,
                capital_bn_vnd=capital if size_known else None,
                has_cp_unit=(rng.random() < 0.3)
                if employees and employees > 100 and rng.random() < 0.7
                else None,
                assigned_to=rng.choice(_STAFF),
            )
            self.entries[enterprise.id] = entry
            self.local.append(entry)

    def _size(self, form: LegalForm) -> tuple[int | None, float, float, str]:
        rng = self.rng
        if form == LegalForm.HOUSEHOLD:
            return (rng.randint(1, 9) if rng.random() < 0.8 else None), rng.uniform(0.1, 2.5), 0.5, ""
        employees = int(rng.lognormvariate(3.4, 1.0)) + 3
        revenue = round(employees * rng.uniform(0.2, 1.5), 1)
        tax_code = None
        while tax_code is None:  # some first nine digits have no check digit
            tax_code = with_check_digit(f"30{rng.randrange(10**7):07d}")
        return employees, revenue, round(revenue * rng.uniform(0.3, 1.0), 1), tax_code

    def zones(self) -> None:
        by_commune: dict[str, list[model.Enterprise]] = {}
        for enterprise in self.enterprises:
            by_commune.setdefault(enterprise.commune, []).append(enterprise)
        for name, kind, commune in _ZONES:
            zone = Zone(id=self.new_id(), name=name, kind=kind, commune=commune)
            self.zone_records.append(zone)
            self.local.append(zone)
            members = by_commune.get(commune, [])
            for enterprise in self.rng.sample(members, min(len(members), self.rng.randint(5, 40))):
                link = EnterpriseZone(id=self.new_id(), enterprise_id=enterprise.id, zone_id=zone.id)
                self.local.append(link)

    # -- activities --------------------------------------------------------------------------------

    def activities(self) -> None:
        rng = self.rng
        for year in range(self.first_day.year, self.today.year + 1):
            for task, kind, title, per_year in _ACTIVITY_PLAN:
                for _ in range(per_year):
                    held = _day(
                        rng, date(year, 1, 10), min(date(year, 12, 10), self.today - timedelta(days=1))
                    )
                    if held < self.first_day:
                        continue
                    commune = rng.choice(self.communes)
                    zone = rng.choice(self.zone_records) if rng.random() < 0.25 else None
                    activity = Activity(
                        id=self.new_id(),
                        task_code=task,
                        held_on=held,
                        kind=kind,
                        title=f"{title} {year}",
                        commune=zone.commune if zone else commune,
                        zone_id=zone.id if zone else None,
                        organiser="Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Tĩnh",
                        cost_vnd=float(rng.randrange(5, 120) * 1_000_000) if rng.random() < 0.9 else None,
                        funding_source=rng.choice(_FUNDING),
                    )
                    self.local.append(activity)
                    self.activity_count += 1
                    self._participants(activity, staff=task == "1.4")

    def _participants(self, activity: Activity, *, staff: bool) -> None:
        rng = self.rng
        if staff:
            people = [
                ActivityParticipant(
                    id=self.new_id(),
                    activity_id=activity.id,
                    person_name=_person(rng),
                    job_title="Chuyên viên",
                )
                for _ in range(rng.randint(8, 20))
            ]
        else:
            local = [e for e in self.enterprises if e.commune == activity.commune]
            pool = local if len(local) >= 10 else self.enterprises
            chosen = rng.sample(pool, min(len(pool), rng.randint(15, 70)))
            feedback = activity.kind in ("training", "study_tour", "demonstration")
            people = [
                ActivityParticipant(
                    id=self.new_id(),
                    activity_id=activity.id,
                    enterprise_id=e.id,
                    person_name=_person(rng),
                    positive_feedback=(rng.random() < 0.7) if feedback else None,
                )
                for e in chosen
            ]
            people += [
                ActivityParticipant(
                    id=self.new_id(), activity_id=activity.id, person_name=_person(rng), job_title="Cán bộ xã"
                )
                for _ in range(rng.randint(0, 3))
            ]
        self.local.extend(people)
        self.participant_count += len(people)

    # -- assessments, follow-ups, reviews --------------------------------------------------------------

    def assessments(self, count: int) -> None:
        rng = self.rng
        candidates = [e for e in self.enterprises if self.entries[e.id].legal_form != LegalForm.BRANCH.value]
        for enterprise in rng.sample(candidates, min(count, len(candidates))):
            self._assessment(enterprise)
        overridden = rng.sample(self.enterprises, min(5, len(self.enterprises)))
        for enterprise in overridden:
            self.local.append(
                StatusOverride(
                    id=self.new_id(),
                    enterprise_id=enterprise.id,
                    step="informed",
                    on=_day(rng, self.first_day, self.today - timedelta(days=1)),
                    reason="Danh sách nhận tờ rơi SXSH của UBND xã (công văn gửi Trung tâm)",
                    made_by=rng.choice(_STAFF),
                    made_at=datetime.combine(self.today, datetime.min.time(), UTC),
                )
            )

    def _assessment(self, enterprise: model.Enterprise) -> None:
        rng = self.rng
        start = _day(rng, self.first_day, self.today - timedelta(days=20))
        end = start + timedelta(days=rng.randint(2, 14))
        completed = rng.random() < 0.92
        assessment = model.Assessment(
            id=self.new_id(),
            enterprise_id=enterprise.id,
            title=f"Đánh giá nhanh SXSH {start.year}",
            start_date=start,
            end_date=end if completed else None,
            status="completed" if completed else "draft",
            consultants=rng.choice(_STAFF),
            baseline_year=start.year - 1,
        )
        self._synced(assessment)
        self.assessment_count += 1
        household = self.entries[enterprise.id].legal_form == LegalForm.HOUSEHOLD.value
        scale = 1.0 if household else rng.uniform(5, 60)
        output = round(rng.uniform(20, 400) * scale, 1)
        self._synced(
            model.Product(
                id=self.new_id(),
                assessment_id=assessment.id,
                name="Sản phẩm chính",
                unit="t",
                yearly_output=output,
                is_main=True,
            )
        )
        kwh = round(rng.uniform(8_000, 60_000) * scale)
        power = model.Consumption(
            id=self.new_id(),
            assessment_id=assessment.id,
            kind="electricity",
            name="Điện",
            unit="kwh",
            yearly_quantity=kwh,
            unit_price=2_100.0,
        )
        fuel_code = rng.choice(("than_cam_3_4", "do", "wood", "rice_husk"))
        fuel = model.Consumption(
            id=self.new_id(),
            assessment_id=assessment.id,
            kind="fuel",
            name="Nhiên liệu",
            fuel_code=fuel_code,
            unit="t",
            yearly_quantity=round(rng.uniform(5, 80) * scale, 1),
            unit_price=3_500_000.0,
        )
        water = model.Consumption(
            id=self.new_id(),
            assessment_id=assessment.id,
            kind="water",
            name="Nước",
            unit="m3",
            yearly_quantity=round(rng.uniform(300, 5_000) * scale),
            unit_price=12_000.0,
        )
        material = model.Consumption(
            id=self.new_id(),
            assessment_id=assessment.id,
            kind="raw_material",
            name="Nguyên liệu",
            unit="t",
            yearly_quantity=output * 1.3,
            unit_price=5_000_000.0,
        )
        lines = (power, fuel, water, material)
        for line in lines:
            self._synced(line)
        solutions = []
        for position in range(rng.randint(2, 5)):
            line = rng.choice(lines)
            decision = rng.choice(("implement_now", "implement_now", "study_further", "reject"))
            solution = model.Solution(
                id=self.new_id(),
                assessment_id=assessment.id,
                position=position,
                title=f"Giải pháp {position + 1}",
                technique=rng.choice(("GH", "IMC", "BPC", "EM", "TC", "OSR")),
                decision=decision,
                investment=float(rng.randrange(0, 400) * 1_000_000 * (1 if household else 5)),
            )
            self._synced(solution)
            self._synced(
                model.SolutionSaving(
                    id=self.new_id(),
                    solution_id=solution.id,
                    consumption_id=line.id,
                    quantity=round((line.yearly_quantity or 0) * rng.uniform(0.02, 0.12), 2),
                )
            )
            solutions.append((solution, line))
        self.solution_count += len(solutions)
        baseline_toe = sum(
            (self.factors.factors(line.kind, line.fuel_code, line.unit, None).toe or 0.0)
            * (line.yearly_quantity or 0)
            for line in (power, fuel)
        )
        if completed and end + timedelta(days=182) <= self.today and rng.random() < 0.7:
            self._follow_up(assessment, end, solutions, output, baseline_toe)
        if rng.random() < 0.35:
            state = rng.choice(("received", "has_issues", "approved", "approved", "rejected"))
            when = datetime.combine(
                min(end + timedelta(days=rng.randint(3, 40)), self.today), datetime.min.time(), UTC
            )
            self.local.append(
                Review(
                    id=self.new_id(),
                    assessment_id=assessment.id,
                    state=state,
                    changed_on=when,
                    changed_by=rng.choice(_STAFF),
                )
            )
            comment = {
                "has_issues": "Thiếu số liệu tiêu thụ nước; đề nghị bổ sung.",
                "rejected": "Số liệu sản lượng không khớp với báo cáo năm.",
            }.get(state, "")
            self.local.append(
                ReviewComment(
                    id=self.new_id(),
                    assessment_id=assessment.id,
                    made_at=when,
                    state=state,
                    comment=comment,
                    author=rng.choice(_STAFF),
                )
            )
            self.review_count += 1

    def _follow_up(
        self,
        assessment: model.Assessment,
        end: date,
        solutions: Sequence[tuple[model.Solution, model.Consumption]],
        output: float,
        baseline_toe: float,
    ) -> None:
        rng = self.rng
        held = min(end + timedelta(days=rng.randint(150, 260)), self.today - timedelta(days=1))
        energy_known = rng.random() < 0.6
        output_after = round(output * rng.uniform(0.9, 1.2), 1)
        # Energy per unit of product from 12 % less to 2 % more than the baseline's.
        toe_after = baseline_toe / output * output_after * rng.uniform(0.88, 1.02)
        visit = FollowUp(
            id=self.new_id(),
            assessment_id=assessment.id,
            held_on=held,
            by=rng.choice(_STAFF),
            output_after=output_after if energy_known else None,
            energy_toe_after=round(toe_after, 3) if energy_known else None,
        )
        self.local.append(visit)
        self.follow_up_count += 1
        for solution, line in solutions:
            if solution.decision == "reject":
                continue
            outcome = rng.choice(("done", "done", "in_progress", "abandoned", "not_reported"))
            measured = outcome == "done" and rng.random() < 0.8
            saved = (line.yearly_quantity or 0) * rng.uniform(0.02, 0.1) if measured else 0.0
            factors = self.factors.factors(line.kind, line.fuel_code, line.unit, None)
            energy = line.kind in ("electricity", "fuel")
            self.local.append(
                FollowUpResult(
                    id=self.new_id(),
                    follow_up_id=visit.id,
                    solution_id=solution.id,
                    outcome=outcome,
                    actual_savings_vnd=round(saved * (line.unit_price or 0)) if measured else None,
                    actual_kwh=round(saved) if measured and line.kind == "electricity" else None,
                    actual_toe=round(saved * (factors.toe or 0), 3) if measured and energy else None,
                    actual_water_m3=round(saved, 1) if measured and line.kind == "water" else None,
                    actual_material_t=round(saved, 2) if measured and line.kind == "raw_material" else None,
                    actual_co2_t=round(saved * (factors.co2_fossil_t or 0), 3)
                    if measured and energy
                    else None,
                )
            )

    # -- writing -------------------------------------------------------------------------------------

    def check(self) -> None:
        """The field rules every stored record keeps (the store's own check on insert)."""
        for entity, records in self.synced.items():
            for record in records:
                problems = validate_record(record, entity)
                if problems:
                    raise problems[0]

    def write(self, connection: Connection, device_id: str) -> None:
        now = model.utc_now()
        for entity, records in self.synced.items():
            _, table = schema.RECORD_TABLES[entity]
            insert_rows(connection, table, [_stamped(r, now, device_id) for r in records])
        self.store.index_written(connection, self.enterprises)
        by_class: dict[type, list[Any]] = {}
        for record in self.local:
            by_class.setdefault(type(record), []).append(record)
        for records in _in_dependency_order(by_class):
            office.add_rows(connection, [_stamped(r, now, device_id) for r in records], type(records[0]))

    def size(self) -> OfficeSampleSize:
        return OfficeSampleSize(
            facilities=len(self.enterprises),
            zones=len(self.zone_records),
            activities=self.activity_count,
            participants=self.participant_count,
            assessments=self.assessment_count,
            solutions=self.solution_count,
            follow_ups=self.follow_up_count,
            reviews=self.review_count,
        )


_ORDER = (
    RegistryEntry,
    Zone,
    EnterpriseZone,
    Activity,
    ActivityParticipant,
    FollowUp,
    FollowUpResult,
    Review,
    ReviewComment,
    StatusOverride,
)


def _in_dependency_order(by_class: dict[type, list[Any]]) -> Iterator[list[Any]]:
    for cls in _ORDER:
        if by_class.get(cls):
            yield by_class[cls]


def _stamped(record: model.SyncFields, now: datetime, device_id: str) -> dict[str, Any]:
    row = to_row(record)
    row.update(created_at=now, updated_at=now, revision=1, device_id=device_id)
    return row
