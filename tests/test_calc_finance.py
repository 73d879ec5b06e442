"""Payback, NPV and IRR: hand-checked values and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sxsh_desktop.calc.finance import irr, irr_of_cash_flows, npv, npv_of_cash_flows, simple_payback

MILLION = 1_000_000


def test_simple_payback_paper_mill() -> None:
    # 57 million VND invested, 616 million VND saved a year: 57 / 616 = 0.092532... years (about 34 days).
    assert simple_payback(57 * MILLION, 616 * MILLION) == pytest.approx(0.0925324675)


def test_simple_payback_edges() -> None:
    assert simple_payback(100, 0) is None
    assert simple_payback(100, -5) is None
    assert simple_payback(0, 10) == 0.0
    assert simple_payback(0, 0) is None
    assert simple_payback(100, 40) == 2.5


def test_npv_hand_checked() -> None:
    # I = 100 M, S = 30 M/yr, 5 years, 10 %:
    # 30/1.1 + 30/1.21 + 30/1.331 + 30/1.4641 + 30/1.61051
    # = 27.272727 + 24.793388 + 22.539444 + 20.490404 + 18.627640 = 113.723603 M
    # NPV = 113,723,603.08 - 100,000,000 = 13,723,603.08
    assert npv(100 * MILLION, 30 * MILLION, 5, 0.10) == pytest.approx(13_723_603.08, abs=0.01)


def test_npv_zero_rate_and_zero_years() -> None:
    assert npv(100, 30, 5, 0.0) == 50.0  # -100 + 5 x 30
    assert npv(100, 30, 0, 0.1) == -100.0


def test_npv_rejects_rate_at_or_below_minus_one() -> None:
    with pytest.raises(ValueError):
        npv(100, 30, 5, -1.0)
    with pytest.raises(ValueError):
        npv_of_cash_flows([-100, 30], -2.0)


def test_npv_of_cash_flows_matches_annuity() -> None:
    assert npv_of_cash_flows([-100, 30, 30, 30, 30, 30], 0.1) == pytest.approx(npv(100, 30, 5, 0.1))


def test_irr_hand_checked() -> None:
    # 100 M against 30 M/yr for 5 years: the annuity factor 100/30 = 3.3333 lies between
    # 3.3522 (15 %) and 3.3129 (15.5 %): 15 + 0.5 x (3.3522 - 3.3333) / (3.3522 - 3.3129) ≈ 15.24 %.
    rate = irr(100 * MILLION, 30 * MILLION, 5)
    assert rate == pytest.approx(0.152382, abs=1e-6)
    assert npv(100 * MILLION, 30 * MILLION, 5, rate) == pytest.approx(0, abs=1e-3)


def test_irr_none_cases() -> None:
    assert irr(0, 30, 5) is None  # nothing invested: no sign change
    assert irr(100, 0, 5) is None
    assert irr(100, -10, 5) is None
    assert irr(100, 30, 0) is None
    assert irr_of_cash_flows([10, 20]) is None
    assert irr_of_cash_flows([]) is None


def test_irr_negative_when_savings_fall_short() -> None:
    # 100 against 10/yr for 5 years never repays: the IRR is below zero, as a spreadsheet's.
    rate = irr(100, 10, 5)
    assert rate is not None and rate < 0
    assert npv(100, 10, 5, rate) == pytest.approx(0, abs=1e-9)


def test_irr_extremes() -> None:
    # A one-year option: -I + S/(1+r) = 0 → r = S/I - 1.
    assert irr(1, 1_000_000_000, 1) == pytest.approx(999_999_999, rel=1e-9)
    assert irr(1_000_000_000, 1, 1) == pytest.approx(1e-9 - 1, abs=1e-15)
    assert irr(57 * MILLION, 616 * MILLION, 5) == pytest.approx(10.807, abs=1e-3)


money = st.floats(min_value=1e3, max_value=1e11, allow_nan=False)
years = st.integers(min_value=1, max_value=40)


@given(investment=money, savings=money, n=years)
def test_npv_at_irr_is_zero(investment: float, savings: float, n: int) -> None:
    rate = irr(investment, savings, n)
    assert rate is not None
    assert npv(investment, savings, n, rate) == pytest.approx(0, abs=1e-6 * max(investment, savings))


@given(
    investment=money,
    savings=money,
    n=years,
    r1=st.floats(min_value=-0.9, max_value=5),
    r2=st.floats(min_value=-0.9, max_value=5),
)
def test_npv_decreases_with_rate(investment: float, savings: float, n: int, r1: float, r2: float) -> None:
    low, high = sorted((r1, r2))
    assert npv(investment, savings, n, low) >= npv(investment, savings, n, high)


@given(investment=money, savings=money)
def test_payback_times_savings_is_investment(investment: float, savings: float) -> None:
    payback = simple_payback(investment, savings)
    assert payback is not None
    assert payback * savings == pytest.approx(investment)


@given(investment=st.floats(min_value=0, max_value=1e11), savings=st.floats(max_value=0, min_value=-1e11))
def test_no_payback_without_savings(investment: float, savings: float) -> None:
    assert simple_payback(investment, savings) is None
    assert irr(investment, savings, 5) is None
