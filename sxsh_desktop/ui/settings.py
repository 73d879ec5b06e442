"""The user's preferences, kept with QSettings in an INI file in the data folder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from sxsh_desktop.ui.i18n import DEFAULT_LANGUAGE, normalized
from sxsh_desktop.ui.locations import data_dir

DEFAULT_DISCOUNT_RATE = 0.10


@dataclass
class AppSettings:
    language: str = DEFAULT_LANGUAGE
    consultant_name: str = ""  # put on new assessments as their consultant
    grid_factor_year: int | None = None  # grid emission factor year for new assessments; None: latest
    discount_rate: float = DEFAULT_DISCOUNT_RATE  # for new assessments
    database_path: str = ""  # empty: the default database in the data folder


def qsettings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: object, default: float) -> float:
    try:
        return float(str(value)) if value not in (None, "") else default
    except ValueError:
        return default


def load_settings() -> AppSettings:
    """The saved settings; a missing or unreadable value falls back to its default."""
    stored = qsettings()
    rate = _float(stored.value("assessment/discount_rate"), DEFAULT_DISCOUNT_RATE)
    return AppSettings(
        language=normalized(str(stored.value("ui/language", DEFAULT_LANGUAGE))),
        consultant_name=str(stored.value("assessment/consultant_name", "")),
        grid_factor_year=_int_or_none(stored.value("assessment/grid_factor_year")),
        discount_rate=rate if 0 <= rate < 1 else DEFAULT_DISCOUNT_RATE,
        database_path=str(stored.value("database/path", "")),
    )


def save_settings(settings: AppSettings) -> None:
    stored = qsettings()
    stored.setValue("ui/language", settings.language)
    stored.setValue("assessment/consultant_name", settings.consultant_name)
    year = settings.grid_factor_year
    stored.setValue("assessment/grid_factor_year", "" if year is None else str(year))
    stored.setValue("assessment/discount_rate", str(settings.discount_rate))
    stored.setValue("database/path", settings.database_path)
    stored.sync()
