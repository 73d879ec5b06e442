"""fuels in process steps, what the consultant writes for the report, one heating value per fuel

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-03

- step_flow: the fuel a flow burns (or that is mixed into a material), a density for volumes, a
  mass per piece for counts, and whether an energy input is carried inside a material input.
- solution: technical and environmental feasibility, monitoring indicators.
- assessment: objectives, scope and method.
- Reference data already installed: each shipped fuel factor that still holds the value of the
  first release is replaced by the one computed from the fuel's single heating value (NCV); the CP
  targets name their source and period; the key-energy-user threshold and the greenhouse-gas
  inventory thresholds carry their current legal basis. Values a reference package changed are
  left as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = {
    "step_flow": ("fuel_code",),
    "solution": ("technical_feasibility", "environmental_feasibility", "monitoring"),
    "assessment": ("objectives", "scope", "method"),
}


def upgrade() -> None:
    for table, columns in _TEXT_COLUMNS.items():
        for column in columns:
            op.add_column(table, sa.Column(column, sa.Text(), nullable=False, server_default=""))
    op.add_column("step_flow", sa.Column("density_t_per_m3", sa.Float(), nullable=True))
    op.add_column("step_flow", sa.Column("mass_per_piece_kg", sa.Float(), nullable=True))
    op.add_column(
        "step_flow", sa.Column("in_material", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    _update_reference()


def _update_reference() -> None:
    # Imported late: the migration runs from the package, whose reference files are the new ones.
    from sxsh_desktop.domain.reference_files import load_reference_files

    bind = op.get_bind()
    if bind.execute(sa.text("SELECT COUNT(*) FROM ref_fuel")).scalar_one() == 0:
        return  # reference data not installed yet: the shipped files are installed whole later
    shipped = load_reference_files()
    for fuel in shipped.fuels:
        old = _FIRST_RELEASE_FUELS.get(fuel.code)
        row = bind.execute(
            sa.text("SELECT co2_t_per_t, toe_per_t FROM ref_fuel WHERE code = :code"), {"code": fuel.code}
        ).first()
        values = {
            "code": fuel.code,
            "co2": fuel.co2_t_per_t,
            "toe": fuel.toe_per_t,
            "source": fuel.source,
            "toe_source": fuel.toe_source,
            "toe_year": fuel.toe_year,
            "name_vi": fuel.name_vi,
            "density": fuel.density_t_per_m3,
            "density_source": fuel.density_source,
        }
        if row is None:
            bind.execute(
                sa.text(
                    "INSERT INTO ref_fuel (code, name_vi, name_en, co2_t_per_t, biogenic, toe_per_t, "
                    "toe_per_1000_l, toe_per_1000_m3, density_t_per_m3, source, year, toe_source, "
                    "toe_year, density_source) VALUES (:code, :name_vi, :name_en, :co2, :biogenic, :toe, "
                    ":l, :m3, :density, :source, :year, :toe_source, :toe_year, :density_source)"
                ),
                values
                | {
                    "name_en": fuel.name_en,
                    "biogenic": fuel.biogenic,
                    "l": fuel.toe_per_1000_l,
                    "m3": fuel.toe_per_1000_m3,
                    "year": fuel.year,
                },
            )
        elif old is not None and (row[0], row[1]) == old:
            bind.execute(
                sa.text(
                    "UPDATE ref_fuel SET co2_t_per_t = :co2, toe_per_t = :toe, source = :source, "
                    "toe_source = :toe_source, toe_year = :toe_year, name_vi = :name_vi, "
                    "density_t_per_m3 = :density, density_source = :density_source WHERE code = :code"
                ),
                values,
            )
    # New units (viên) and catalogue options (fuel switches) the shipped files add.
    from sxsh_desktop.store.records import to_row

    for table, key, items in (
        ("ref_unit", "code", shipped.units),
        ("ref_catalogue", "code", shipped.catalogue),
    ):
        for item in items:
            row = to_row(item)
            found = bind.execute(
                sa.text(f"SELECT 1 FROM {table} WHERE {key} = :key"), {"key": row[key]}
            ).first()
            if found is None:
                names = ", ".join(row)
                bind.execute(
                    sa.text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})"), row
                )
    for constant in shipped.constants:
        exists = bind.execute(
            sa.text("SELECT value FROM ref_constant WHERE code = :code"), {"code": constant.code}
        ).first()
        values = {
            "code": constant.code,
            "value": constant.value,
            "unit": constant.unit,
            "name_vi": constant.name_vi,
            "name_en": constant.name_en,
            "source": constant.source,
            "year": constant.year,
        }
        if exists is None:
            bind.execute(
                sa.text(
                    "INSERT INTO ref_constant (code, value, unit, name_vi, name_en, source, year) "
                    "VALUES (:code, :value, :unit, :name_vi, :name_en, :source, :year)"
                ),
                values,
            )
        elif exists[0] == constant.value:
            # Same figure: only its name, source and year are brought up to date.
            bind.execute(
                sa.text(
                    "UPDATE ref_constant SET unit = :unit, name_vi = :name_vi, name_en = :name_en, "
                    "source = :source, year = :year WHERE code = :code"
                ),
                values,
            )


# (co2_t_per_t, toe_per_t) as the first release shipped them.
_FIRST_RELEASE_FUELS: dict[str, tuple[float | None, float | None]] = {
    "than_cam_1_2": (2.625, 0.7),
    "than_cam_3_4": (2.625, 0.6),
    "than_cam_5_6": (2.625, 0.5),
    "coke": (3.017, 0.75),
    "anthracite": (2.625, None),
    "bituminous_coal": (2.441, None),
    "sub_bituminous_coal": (1.816, None),
    "lignite": (1.202, None),
    "rice_husk": (1.16, 0.373),
    "do": (3.186, 1.02),
    "fo": (3.127, 0.99),
    "lpg": (2.985, 1.09),
    "gasoline": (3.07, 1.05),
    "charcoal": (3.304, None),
}


def downgrade() -> None:
    with op.batch_alter_table("step_flow") as batch:
        for column in ("in_material", "mass_per_piece_kg", "density_t_per_m3", "fuel_code"):
            batch.drop_column(column)
    for table in ("solution", "assessment"):
        with op.batch_alter_table(table) as batch:
            for column in _TEXT_COLUMNS[table]:
                batch.drop_column(column)
