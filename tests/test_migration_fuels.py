"""Migration 0010 on a database of the first release: the new fields, and the shipped factors that
still hold the first release's values brought to one heating value per fuel."""

from __future__ import annotations

from pathlib import Path

from sxsh_desktop.store.db import Database, head_revision

FUEL_COLUMNS = (
    "code, name_vi, name_en, co2_t_per_t, biogenic, toe_per_t, toe_per_1000_l, toe_per_1000_m3, "
    "density_t_per_m3, source, year, toe_source, toe_year, density_source"
)


def test_a_first_release_database_gets_the_new_fields_and_factors(db_path: Path) -> None:
    from alembic import command

    from sxsh_desktop.store.db import _alembic_config
    from sxsh_desktop.store.sqlite import create_sqlite_engine

    db_path.parent.mkdir(parents=True)
    engine = create_sqlite_engine(db_path)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        values = "?, ?, ?, ?, 0, ?, ?, NULL, ?, 'old', 2006, '', 2011, ''"
        insert = f"INSERT INTO ref_fuel ({FUEL_COLUMNS}) VALUES ({values})"
        connection.exec_driver_sql(
            insert, ("than_cam_3_4", "Than cám loại 3–4", "grade 3-4", 2.625, 0.6, None, None)
        )
        connection.exec_driver_sql(insert, ("do", "Dầu diesel (DO)", "Diesel", 3.186, 1.02, 0.88, 0.841))
        # a factor a reference package changed since: left as it is
        connection.exec_driver_sql(insert, ("coke", "Than cốc", "Coke", 3.1, 0.75, None, None))
        connection.exec_driver_sql(
            "INSERT INTO ref_constant (code, value, unit, name_vi, name_en, source, year) "
            "VALUES ('key_energy_user_toe', 1000, 'TOE/năm', 'cũ', 'old', 'Decree 21/2011/NĐ-CP', 2011)"
        )
    engine.dispose()

    database = Database.open(db_path)
    assert database.current_revision() == head_revision()
    with database.read() as connection:
        fuels = {
            row[0]: row[1:]
            for row in connection.exec_driver_sql(
                "SELECT code, co2_t_per_t, toe_per_t, density_t_per_m3 FROM ref_fuel"
            )
        }
        assert fuels["than_cam_3_4"] == (2.469, 0.6, None)  # 25.12 GJ/t x 98,300 kg CO2/TJ
        assert fuels["do"] == (3.164, 1.02, 0.8627)  # and a litre weighs what 0.88 / 1.02 says
        assert fuels["coke"] == (3.1, 0.75, None)
        assert fuels["lignite"] == (1.202, 0.284, None)  # a fuel the old data lacked, added whole
        key = connection.exec_driver_sql(
            "SELECT value, source FROM ref_constant WHERE code = 'key_energy_user_toe'"
        ).one()
        assert key[0] == 1000 and "77/2025/QH15" in key[1]
        codes = {row[0] for row in connection.exec_driver_sql("SELECT code FROM ref_constant")}
        assert {"ghg_inventory_toe", "ghg_inventory_tco2e", "cp_target_1419_2020_max_pct"} <= codes
        assert (
            connection.exec_driver_sql("SELECT name_vi FROM ref_unit WHERE code = 'vien'").scalar() == "viên"
        )
        assert connection.exec_driver_sql("SELECT code FROM ref_catalogue WHERE code = 'BR-10'").scalar()
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(step_flow)")}
        assert {"fuel_code", "density_t_per_m3", "mass_per_piece_kg", "in_material"} <= columns
    database.close()
