"""Investment figures of a CP option: simple payback, NPV and IRR (DESIGN.md section 4).

Cash flows are yearly and end-of-year: ``flows[0]`` is at t = 0 (the investment, negative),
``flows[t]`` at the end of year t. Plain floats, no numpy: the figures must be identical on every
installation and the series are a few dozen years long at most.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Rates tried, in order, to bracket a root of NPV(r). Conventional flows have one root in (-1, inf);
# the points crowd towards -1 (options that repay only a sliver of their cost) and reach very high
# rates (tiny investments with large savings, e.g. a no-cost option costing a few thousand VND).
_BRACKET_RATES: tuple[float, ...] = (
    *(-1.0 + 10.0**-k for k in range(15, 0, -1)),
    -0.5,
    -0.25,
    -0.1,
    0.0,
    0.05,
    0.1,
    0.15,
    0.2,
    0.3,
    0.5,
    0.75,
    1.0,
    2.0,
    5.0,
    10.0,
    *(10.0**k for k in range(2, 13)),
)
_MAX_BISECTIONS = 200


def simple_payback(investment: float, net_yearly_savings: float) -> float | None:
    """Years to recover ``investment`` from ``net_yearly_savings``; None when it is never recovered.

    An investment of zero (or less: an option that frees money up front) pays back at once.
    """
    if net_yearly_savings <= 0:
        return None
    if investment <= 0:
        return 0.0
    return investment / net_yearly_savings


def npv_of_cash_flows(flows: Sequence[float], rate: float) -> float:
    """Net present value of yearly ``flows`` (``flows[0]`` at t = 0) at ``rate`` (0.1 = 10 %)."""
    if rate <= -1:
        raise ValueError(f"discount rate must be above -100 %, got {rate!r}")
    factor = 1.0 / (1.0 + rate)
    discount = 1.0
    terms = []
    for flow in flows:
        terms.append(flow * discount)
        # Multiplying step by step underflows quietly to 0 at huge rates where a power would overflow.
        discount *= factor
    return math.fsum(terms)


def npv(investment: float, net_yearly_savings: float, years: int, rate: float) -> float:
    """NPV = −I + Σ_{t=1..n} S/(1+r)^t."""
    return npv_of_cash_flows(_option_flows(investment, net_yearly_savings, years), rate)


def irr_of_cash_flows(flows: Sequence[float]) -> float | None:
    """A rate r with NPV(r) = 0, or None when the flows never change sign or no root is bracketed.

    The rates are scanned from low to high and the first sign change is refined by bisection, so for
    conventional flows (one outflow, then inflows) this is the one and only IRR.
    """
    if not (any(f > 0 for f in flows) and any(f < 0 for f in flows)):
        return None
    low = _BRACKET_RATES[0]
    low_value = npv_of_cash_flows(flows, low)
    if low_value == 0:
        return low
    for high in _BRACKET_RATES[1:]:
        high_value = npv_of_cash_flows(flows, high)
        if high_value == 0:
            return high
        if (low_value < 0) != (high_value < 0):
            return _bisect(flows, low, low_value, high)
        low, low_value = high, high_value
    return None


def irr(investment: float, net_yearly_savings: float, years: int) -> float | None:
    """IRR of an option; None without an investment or without positive net savings.

    When the undiscounted savings fall short of the investment the IRR is negative, as in a
    spreadsheet's IRR: it is returned as such, and the payback then exceeds the lifetime.
    """
    if investment <= 0 or net_yearly_savings <= 0 or years < 1:
        return None
    return irr_of_cash_flows(_option_flows(investment, net_yearly_savings, years))


def _option_flows(investment: float, net_yearly_savings: float, years: int) -> list[float]:
    if years < 0:
        raise ValueError(f"lifetime must not be negative, got {years!r}")
    return [-investment] + [net_yearly_savings] * years


def _bisect(flows: Sequence[float], low: float, low_value: float, high: float) -> float:
    # Bisection rather than Newton: it cannot diverge, and 200 halvings of any bracket above reach
    # the float resolution of the rate long before the loop ends.
    for _ in range(_MAX_BISECTIONS):
        middle = (low + high) / 2
        if middle in (low, high):
            break
        value = npv_of_cash_flows(flows, middle)
        if value == 0:
            return middle
        if (value < 0) == (low_value < 0):
            low, low_value = middle, value
        else:
            high = middle
    return (low + high) / 2
