# Long sentences stay on one line each so that translators can read them whole.
# ruff: noqa: E501
"""Names of stored codes and the calculation's warnings, in Vietnamese and English.

One table for every place that shows them: the report and the workbook (``reports.labels``) and the
window (``ui.pages.labels``, in its current UI language). Keys are ``"<kind>.<stored value>"``;
each entry is ``(Vietnamese, English)``. Plain Python, no Qt.
"""

from __future__ import annotations

LANGUAGES = ("vi", "en")

TEXTS: dict[str, tuple[str, str]] = {
    # how the savings compare with the target (calc TargetStatus)
    "target.below": ("chưa đạt mục tiêu", "below the target"),
    "target.within": ("đạt mục tiêu", "target reached"),
    "target.above": ("vượt mục tiêu", "above the target"),
    "target.unknown": ("chưa tính được", "cannot be computed yet"),
    # screening decisions, cost classes, implementation (domain.model)
    "decision.undecided": ("Chưa sàng lọc", "Not screened"),
    "decision.implement_now": ("Thực hiện ngay", "Implement now"),
    "decision.study_further": ("Nghiên cứu thêm", "Study further"),
    "decision.reject": ("Loại bỏ", "Rejected"),
    "cost_class.no_cost": ("Không chi phí", "No cost"),
    "cost_class.low": ("Chi phí thấp", "Low cost"),
    "cost_class.medium": ("Chi phí trung bình", "Medium cost"),
    "cost_class.high": ("Chi phí cao", "High cost"),
    "status.planned": ("Đã lập kế hoạch", "Planned"),
    "status.in_progress": ("Đang thực hiện", "In progress"),
    "status.done": ("Đã hoàn thành", "Done"),
    "status.abandoned": ("Dừng thực hiện", "Abandoned"),
    # enterprise ownership
    "ownership.state": ("Nhà nước", "State"),
    "ownership.non_state": ("Ngoài nhà nước", "Non-state"),
    "ownership.foreign": ("Có vốn đầu tư nước ngoài", "Foreign-invested"),
    "ownership.cooperative": ("Hợp tác xã", "Cooperative"),
    "ownership.household": ("Hộ kinh doanh", "Household business"),
    # kinds of consumption lines and of process flows
    "consumption.raw_material": ("Nguyên liệu", "Raw material"),
    "consumption.chemical": ("Hoá chất", "Chemical"),
    "consumption.electricity": ("Điện", "Electricity"),
    "consumption.fuel": ("Nhiên liệu", "Fuel"),
    "consumption.water": ("Nước", "Water"),
    "consumption.other": ("Khác", "Other"),
    "flow.material": ("Nguyên liệu", "Material"),
    "flow.energy": ("Năng lượng", "Energy"),
    "flow.water": ("Nước", "Water"),
    "flow.chemical": ("Hoá chất", "Chemical"),
    "flow.product": ("Sản phẩm", "Product"),
    "flow.by_product": ("Sản phẩm phụ", "By-product"),
    "flow.solid_waste": ("Chất thải rắn", "Solid waste"),
    "flow.wastewater": ("Nước thải", "Wastewater"),
    "flow.air_emission": ("Khí thải", "Air emission"),
    "flow.heat_loss": ("Tổn thất nhiệt", "Heat loss"),
    "flow.noise": ("Tiếng ồn", "Noise"),
    # calculation warnings (calc WarningCode): str.format fields from the warning's params, and
    # {subject}, the name of the record concerned
    "warning.unknown_unit": (
        "Đơn vị không có trong danh mục: {unit}.",
        "Unit not in the list of units: {unit}.",
    ),
    "warning.unit_mismatch": (
        "Đơn vị {unit} không quy đổi được sang {expected}.",
        "Unit {unit} cannot be converted to {expected}.",
    ),
    "warning.missing_quantity": (
        "Thiếu lượng tiêu thụ/năm: {subject}.",
        "Yearly quantity missing: {subject}.",
    ),
    "warning.missing_unit_price": ("Thiếu đơn giá: {subject}.", "Unit price missing: {subject}."),
    "warning.missing_output": (
        "Chưa có sản phẩm chính với sản lượng/năm: chưa tính được định mức tiêu hao.",
        "No main product with a yearly output: specific consumption cannot be computed.",
    ),
    "warning.unknown_fuel": (
        "Nhiên liệu không có trong danh mục: {fuel}.",
        "Fuel not in the reference list: {fuel}.",
    ),
    "warning.missing_co2_factor": (
        "Thiếu hệ số phát thải CO₂ của nhiên liệu {fuel}.",
        "CO₂ factor missing for the fuel {fuel}.",
    ),
    "warning.missing_toe_factor": ("Thiếu hệ số quy đổi TOE: {fuel}.", "TOE factor missing: {fuel}."),
    "warning.missing_density": (
        "Thiếu khối lượng riêng của nhiên liệu {fuel}.",
        "Density missing for the fuel {fuel}.",
    ),
    "warning.missing_grid_factor": (
        "Thiếu hệ số phát thải lưới điện năm {year}.",
        "Grid emission factor missing for {year}.",
    ),
    "warning.grid_factor_year_not_found": (
        "Không có hệ số phát thải lưới điện năm {year}; đã dùng năm {used}.",
        "No grid emission factor for {year}; {used} was used.",
    ),
    "warning.provisional_grid_factor": (
        "Hệ số phát thải lưới điện năm {year} là số tạm tính.",
        "The grid emission factor of {year} is provisional.",
    ),
    "warning.missing_constant": (
        "Thiếu hằng số tham chiếu {constant}.",
        "Reference constant missing: {constant}.",
    ),
    "warning.unknown_consumption": (
        "Một khoản tiết kiệm không gắn với dòng tiêu thụ nào: {subject}.",
        "A saving is linked to no consumption line: {subject}.",
    ),
    "warning.invalid_discount_rate": (
        "Lãi suất chiết khấu không hợp lệ ({rate}): {subject}.",
        "Invalid discount rate ({rate}): {subject}.",
    ),
    "warning.invalid_lifetime": (
        "Tuổi thọ không hợp lệ ({years} năm): {subject}.",
        "Invalid lifetime ({years} years): {subject}.",
    ),
    "warning.step_imbalance": (
        "Công đoạn {step}: đầu vào và đầu ra chênh lệch {pct} %, cần kiểm tra dòng thải hoặc đầu vào chưa ghi nhận.",
        "Step {step}: inputs and outputs differ by {pct} %; check for unrecorded waste streams or inputs.",
    ),
}


def table(language: str) -> dict[str, str]:
    """Every text in ``language`` ("vi" or "en"), by key."""
    index = LANGUAGES.index(language)
    return {key: texts[index] for key, texts in TEXTS.items()}


def text(key: str, language: str) -> str:
    """The text of ``key`` in ``language`` (any language other than English reads Vietnamese)."""
    vietnamese, english = TEXTS[key]
    return english if language == "en" else vietnamese


def labels_of(kind: str, language: str) -> list[str]:
    """The names of every stored value of ``kind`` (e.g. "ownership"), in ``language``."""
    return [text(key, language) for key in TEXTS if key.startswith(f"{kind}.")]


def label(kind: str, value: str, language: str) -> str:
    """The name of a stored value; an unknown value shows as itself, never fails."""
    texts = TEXTS.get(f"{kind}.{value}")
    if texts is None:
        return value
    return texts[1] if language == "en" else texts[0]
