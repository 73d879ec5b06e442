"""A small registry whose indicators are computed by hand in ``test_office_indicators.py``.

Plan year 2026: 15/12/2025 – 14/12/2026, T = 14/12/2026. Twelve facilities, eight of them in F(T):

Key, legal form, VSIC, commune; in F(T)?; evidence:

- E1 enterprise 1020 Phường Sông Trí; yes; A1, S1 (completed 20/01/2026), F1 reports sol1 done
- E2 enterprise 2392 Phường Hải Ninh; yes; S3 (completed 10/06/2025), F2 reports nothing
- E3 cooperative 1030 Phường Sông Trí; yes; A2 with positive feedback, an override of "applying"
- E4 enterprise 0810 Phường Hải Ninh; yes; S2 (a draft started 01/02/2026)
- H1 household 10204 Phường Sông Trí; yes; A1; in zone Z1
- H2 household 1610 Phường Hải Ninh; yes; A1, A2 with negative feedback
- H3 household 3100 Xã Cẩm Cũ (not one of today's communes); yes; A4 (20/11/2025, before the period)
- H5 household 1080 Phường Sông Trí; yes; none: status unknown
- H4 household 1061: closed 30/06/2026; R1 enterprise 4711: retail (section G); B1: a branch;
  N1 enterprise 2220: registered 20/12/2026, after T
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sxsh_desktop.domain import model
from sxsh_desktop.domain.office import (
    Activity,
    ActivityParticipant,
    FollowUp,
    FollowUpResult,
    Zone,
)
from sxsh_desktop.services import activities, cp_status, followups, registry
from sxsh_desktop.store.repository import Store

TOE_PER_KWH = 0.0001543  # constants.json, letter 3505/BCT-KHCN
GRID_T_PER_MWH = 0.6592  # grid_factors.json, 2023 (the latest official)


@dataclass
class OfficeWorld:
    store: Store
    ids: dict[str, str] = field(default_factory=dict)

    def id(self, key: str) -> str:
        return self.ids[key]


def _enterprise(world: OfficeWorld, key: str, sector: str, commune: str, **fields: object) -> str:
    enterprise = world.store.insert(
        model.Enterprise(name=f"Cơ sở {key}", sector_code=sector, commune=commune, **fields)  # type: ignore[arg-type]
    )
    world.ids[key] = enterprise.id
    return enterprise.id


def build_office_world(store: Store) -> OfficeWorld:
    world = OfficeWorld(store)
    song_tri, hai_ninh = "Phường Sông Trí", "Phường Hải Ninh"
    household = model.Ownership.HOUSEHOLD.value
    _enterprise(world, "E1", "1020", song_tri, employees=150)
    _enterprise(world, "E2", "2392", hai_ninh, employees=250)
    _enterprise(world, "E3", "1030", song_tri, employees=20, ownership=model.Ownership.COOPERATIVE.value)
    _enterprise(world, "E4", "0810", hai_ninh, employees=120)
    _enterprise(world, "H1", "10204", song_tri, employees=4, ownership=household)
    _enterprise(world, "H2", "1610", hai_ninh, employees=3, ownership=household)
    _enterprise(world, "H3", "3100", "Xã Cẩm Cũ", employees=2, ownership=household)
    _enterprise(world, "H5", "1080", song_tri, ownership=household)
    _enterprise(world, "H4", "1061", song_tri, ownership=household)
    _enterprise(world, "R1", "4711", song_tri)
    _enterprise(world, "B1", "1020", hai_ninh, tax_code="3000123455-001")
    _enterprise(world, "N1", "2220", hai_ninh)
    reg = registry.set_registry_entry
    reg(store, world.id("E1"), revenue_bn_vnd=120.0, has_cp_unit=True)  # medium
    reg(store, world.id("E2"), revenue_bn_vnd=300.0, capital_bn_vnd=150.0)  # large, CP unit unknown
    reg(store, world.id("E3"), revenue_bn_vnd=2.0)  # micro
    reg(store, world.id("E4"), revenue_bn_vnd=60.0, capital_bn_vnd=150.0, has_cp_unit=False)  # medium
    reg(store, world.id("H4"), active_to=date(2026, 6, 30))
    reg(store, world.id("N1"), active_from=date(2026, 12, 20))

    z1 = registry.add_zone(
        store, Zone(name="Làng nghề nước mắm", kind="craft_village", commune=song_tri), [world.id("H1")]
    )
    registry.add_zone(
        store, Zone(name="CCN Hải Ninh", kind="industrial_cluster", commune=hai_ninh), [world.id("E2")]
    )
    registry.add_zone(store, Zone(name="KCN Vũng Áng", kind="industrial_park", commune="Phường Hoành Sơn"))
    world.ids["Z1"] = z1.value.id

    def person(name: str) -> ActivityParticipant:
        return ActivityParticipant(person_name=name)

    def facility(key: str, feedback: bool | None = None) -> ActivityParticipant:
        return ActivityParticipant(enterprise_id=world.id(key), positive_feedback=feedback)

    a1 = activities.add_activity(
        store,
        Activity(
            task_code="1.1",
            kind="awareness_event",
            held_on=date(2026, 3, 10),
            title="Hội thảo SXSH",
            commune=song_tri,
            organiser="TTKC",
            cost_vnd=20_000_000,
            funding_source="khuyến công",
        ),
        [facility("E1"), facility("H1"), facility("H2"), person("Nguyễn Văn Xuân")],
    )
    a2 = activities.add_activity(
        store,
        Activity(
            task_code="2.1",
            kind="study_tour",
            held_on=date(2026, 4, 22),
            title="Tham quan mô hình",
            commune=hai_ninh,
            cost_vnd=5_000_000,
        ),
        [facility("E3", True), facility("H2", False)],
    )
    a3 = activities.add_activity(
        store,
        Activity(
            task_code="1.4",
            kind="training",
            held_on=date(2026, 6, 1),
            title="Đào tạo cán bộ",
            commune=song_tri,
        ),
        [person("Cán bộ Một"), person("Cán bộ Hai"), person("Cán bộ Ba")],
    )
    a4 = activities.add_activity(
        store,
        Activity(
            task_code="1.1",
            kind="awareness_event",
            held_on=date(2025, 11, 20),
            title="Truyền thông làng nghề",
            commune="Xã Cẩm Cũ",
            zone_id=world.id("Z1"),
            cost_vnd=3_000_000,
        ),
        [facility("H3")],
    )
    for key, outcome in (("A1", a1), ("A2", a2), ("A3", a3), ("A4", a4)):
        world.ids[key] = outcome.value.id

    # S1: E1, completed in the period; 1,000,000 kWh and 10,000 m³ a year; 1,000 t of product.
    s1 = store.insert(
        model.Assessment(
            enterprise_id=world.id("E1"),
            title="S1",
            start_date=date(2026, 1, 10),
            end_date=date(2026, 1, 20),
            status="completed",
        )
    )
    store.insert(
        model.Product(assessment_id=s1.id, name="Nước mắm", unit="t", yearly_output=1000, is_main=True)
    )
    power = store.insert(
        model.Consumption(
            assessment_id=s1.id,
            kind="electricity",
            name="Điện",
            unit="kwh",
            yearly_quantity=1_000_000,
            unit_price=2000,
        )
    )
    water = store.insert(
        model.Consumption(
            assessment_id=s1.id,
            kind="water",
            name="Nước",
            unit="m3",
            yearly_quantity=10_000,
            unit_price=10_000,
        )
    )
    sol1 = store.insert(
        model.Solution(
            assessment_id=s1.id, title="Biến tần", investment=100_000_000, decision="implement_now"
        )
    )
    store.insert(model.SolutionSaving(solution_id=sol1.id, consumption_id=power.id, quantity=100_000))
    sol2 = store.insert(
        model.Solution(
            assessment_id=s1.id, title="Tuần hoàn nước", investment=50_000_000, decision="implement_now"
        )
    )
    store.insert(model.SolutionSaving(solution_id=sol2.id, consumption_id=water.id, quantity=500))
    sol3 = store.insert(
        model.Solution(assessment_id=s1.id, title="Loại bỏ", investment=999, decision="reject")
    )
    store.insert(model.SolutionSaving(solution_id=sol3.id, consumption_id=power.id, quantity=1))
    # S2: E4, a draft started in the period.
    s2 = store.insert(model.Assessment(enterprise_id=world.id("E4"), title="S2", start_date=date(2026, 2, 1)))
    # S3: E2, completed before the period.
    s3 = store.insert(
        model.Assessment(
            enterprise_id=world.id("E2"),
            title="S3",
            start_date=date(2025, 6, 1),
            end_date=date(2025, 6, 10),
            status="completed",
        )
    )
    power3 = store.insert(
        model.Consumption(
            assessment_id=s3.id,
            kind="electricity",
            name="Điện",
            unit="kwh",
            yearly_quantity=2_000_000,
            unit_price=2000,
        )
    )
    sol4 = store.insert(model.Solution(assessment_id=s3.id, title="Đèn LED", investment=20_000_000))
    store.insert(model.SolutionSaving(solution_id=sol4.id, consumption_id=power3.id, quantity=50_000))
    world.ids.update(S1=s1.id, S2=s2.id, S3=s3.id, sol1=sol1.id, sol2=sol2.id, sol3=sol3.id, sol4=sol4.id)

    # F1: sol1 done (with what was measured), sol2 in progress; output 1,100 t using 94 % of the
    # energy the baseline would need for it: a 6 % saving per unit of product.
    expected_toe = 1_000_000 * TOE_PER_KWH / 1000 * 1100
    f1 = followups.record_follow_up(
        store,
        FollowUp(
            assessment_id=s1.id,
            held_on=date(2026, 7, 20),
            by="Trần Thị Bình",
            energy_toe_after=expected_toe * 0.94,
            output_after=1100,
        ),
        [
            FollowUpResult(
                solution_id=sol1.id,
                outcome="done",
                actual_savings_vnd=180_000_000,
                actual_kwh=90_000,
                actual_co2_t=50.0,
            ),
            FollowUpResult(solution_id=sol2.id, outcome="in_progress"),
        ],
    )
    f2 = followups.record_follow_up(
        store,
        FollowUp(assessment_id=s3.id, held_on=date(2026, 1, 15)),
        [FollowUpResult(solution_id=sol4.id, outcome="not_reported")],
    )
    world.ids.update(F1=f1.value.id, F2=f2.value.id)
    override = cp_status.override_status(
        store, world.id("E3"), "applying", date(2026, 9, 1), "Báo cáo SXSH hằng năm của HTX (3210 §V.4)"
    )
    world.ids["O1"] = override.value.id
    return world
