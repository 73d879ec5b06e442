"""Realistic test data: a synthetic registry of Hà Tĩnh industrial facilities.

Names, sectors and communes are what the Industrial Promotion Centre's registry holds: companies
("Công ty TNHH …", "Công ty Cổ phần …"), cooperatives ("HTX …") and household producers
("Cơ sở …"), in the province's typical industries, in its 2025 communes and wards, with valid tax
codes (province prefix 30, correct check digit). The same seed always gives the same registry.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sxsh_desktop.domain.model import Enterprise, Ownership
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.domain.taxcode import with_check_digit

HA_TINH_TAX_PREFIX = "30"

# What a facility of each sector (VSIC code) calls itself.
SECTOR_PRODUCTS: dict[str, tuple[str, ...]] = {
    "0810": ("Khai thác đá", "Khai thác cát sỏi", "Đá xây dựng"),
    "1010": ("Chế biến thịt", "Giò chả", "Thực phẩm sạch"),
    "1020": ("Thủy sản", "Chế biến thủy sản", "Hải sản đông lạnh", "Mực khô"),
    "10204": ("Nước mắm", "Nước mắm truyền thống", "Mắm ruốc"),
    "1030": ("Nông sản", "Cam Vũ Quang", "Chế biến rau quả"),
    "1050": ("Sữa", "Bò sữa"),
    "1061": ("Xay xát gạo", "Lương thực", "Chế biến gạo"),
    "1062": ("Tinh bột sắn", "Bún bánh", "Bánh đa"),
    "1079": ("Kẹo cu đơ", "Thực phẩm", "Bánh kẹo"),
    "1080": ("Thức ăn chăn nuôi", "Thức ăn thủy sản"),
    "1104": ("Nước khoáng", "Nước uống đóng chai", "Nước giải khát"),
    "1410": ("May mặc", "May xuất khẩu", "Dệt may"),
    "1610": ("Chế biến gỗ", "Gỗ xẻ", "Lâm sản"),
    "1621": ("Gỗ dán", "Ván ép"),
    "1622": ("Đồ gỗ", "Cửa gỗ"),
    "1701": ("Giấy", "Bao bì giấy"),
    "2220": ("Nhựa", "Bao bì nhựa", "Ống nhựa"),
    "2392": ("Gạch Tuynel", "Gạch ngói", "Gạch không nung"),
    "2394": ("Xi măng", "Vôi"),
    "2395": ("Bê tông", "Bê tông thương phẩm", "Vật liệu xây dựng"),
    "2396": ("Đá ốp lát", "Chế tác đá"),
    "2410": ("Thép", "Luyện kim", "Gang thép"),
    "2511": ("Kết cấu thép", "Nhà thép tiền chế"),
    "2592": ("Cơ khí", "Cơ khí chính xác", "Gia công kim loại"),
    "3100": ("Nội thất", "Đồ gỗ nội thất", "Bàn ghế"),
}
BRANDS = (
    "Hưng Thịnh",
    "Phú Cường",
    "Thành Đạt",
    "An Phát",
    "Minh Khang",
    "Đại Phát",
    "Tân Tiến",
    "Hoàng Long",
    "Trường Sơn",
    "Đức Thành",
    "Sao Mai",
    "Hồng Lĩnh",
    "Vũng Áng",
    "Thiên Cầm",
    "Hà Tĩnh",
    "Sông La",
    "Ngàn Phố",
    "Hồng Lam",
    "Đông Á",
    "Bắc Trung Bộ",
    "Việt Lào",
    "Lam Hồng",
    "Kỳ Anh",
    "Cửa Sót",
    "Thạch Kim",
    "Xuân Thành",
    "Phúc Lộc",
    "Quang Minh",
)
FOREIGN_BRANDS = ("Việt – Hàn", "Việt – Nhật", "Việt – Trung", "Đài Loan", "Hàn Quốc", "Thái Lan")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phan", "Hoàng", "Đặng", "Võ", "Phạm", "Bùi", "Đinh", "Hồ", "Dương")
MIDDLE_NAMES = ("Văn", "Thị", "Đình", "Hữu", "Xuân", "Đức", "Minh", "Quang", "Thanh")
GIVEN_NAMES = (
    "Hùng",
    "Lan",
    "Hoa",
    "Thắng",
    "Tuấn",
    "Dũng",
    "Hương",
    "Bình",
    "Đông",
    "Cường",
    "Sơn",
    "Hải",
    "Long",
    "Nga",
    "Tâm",
    "Vinh",
    "Đức",
    "Linh",
    "Phương",
    "Trung",
    "Đạt",
    "Yến",
)
# Products that already say what is done ("Chế biến thủy sản") take no "sản xuất" before them.
VERBS = ("chế biến", "khai thác", "xay xát", "may", "gia công", "luyện", "dệt")
STREETS = ("Trần Phú", "Hà Huy Tập", "Nguyễn Du", "Phan Đình Phùng", "Lê Duẩn", "Xô Viết Nghệ Tĩnh")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def _street(rng: random.Random, commune: str) -> str:
    if commune.startswith("Phường"):
        return rng.choice(
            (f"Số {rng.randint(1, 300)} đường {rng.choice(STREETS)}", f"Tổ dân phố {rng.randint(1, 15)}")
        )
    return rng.choice(
        (
            f"Thôn {rng.choice(BRANDS)}",
            f"Xóm {rng.randint(1, 12)}",
            f"Cụm công nghiệp {commune.split(' ', 1)[1]}",
        )
    )


def _tax_code(rng: random.Random, used: set[str]) -> str:
    while True:
        code = with_check_digit(HA_TINH_TAX_PREFIX + f"{rng.randint(1, 9_999_999):07d}")
        if code is not None and code not in used:
            used.add(code)
            return code


def synthetic_registry(n: int, seed: int = 0) -> list[Enterprise]:
    """``n`` enterprises of Hà Tĩnh, about half of them household producers as in the province."""
    rng = random.Random(seed)
    reference = load_reference_files()
    communes = [unit.name for unit in reference.admin_units if unit.level in ("commune", "ward")]
    sectors = [code for code in (s.code for s in reference.sectors) if code in SECTOR_PRODUCTS]
    used_codes: set[str] = set()
    registry = []
    for _ in range(n):
        ownership = rng.choices(
            [
                Ownership.HOUSEHOLD,
                Ownership.NON_STATE,
                Ownership.COOPERATIVE,
                Ownership.STATE,
                Ownership.FOREIGN,
            ],
            weights=[48, 36, 9, 3, 4],
        )[0]
        sector = rng.choice(sectors)
        product = rng.choice(SECTOR_PRODUCTS[sector])
        commune = rng.choice(communes)
        place = commune.split(" ", 1)[1]
        brand = rng.choice(BRANDS)
        owner = _person(rng)
        short_name = ""
        email = ""
        if ownership is Ownership.HOUSEHOLD:
            activity = product[0].lower() + product[1:]
            if not activity.startswith(VERBS):
                activity = rng.choice(("sản xuất ", "")) + activity
            name = f"Cơ sở {activity} {owner}"
            employees = rng.randint(1, 9)
        elif ownership is Ownership.COOPERATIVE:
            name = f"HTX {product} {rng.choice((place, brand))}"
            short_name = f"HTX {place}"
            employees = rng.randint(5, 60)
        else:
            brand = rng.choice(FOREIGN_BRANDS) if ownership is Ownership.FOREIGN else brand
            form = rng.choice(("Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần"))
            if ownership is Ownership.STATE:
                form = "Công ty TNHH MTV"
            name = f"{form} {product} {brand}"
            short_name = f"{product} {brand}" if rng.random() < 0.7 else ""
            employees = int(min(3000, rng.lognormvariate(3.5, 1.1))) + 5
            email = (
                f"lienhe{rng.randint(1, 999)}@{''.join(brand.split()).lower()}.vn"
                if rng.random() < 0.5
                else ""
            )
        tax_code = (
            "" if ownership is Ownership.HOUSEHOLD and rng.random() < 0.3 else _tax_code(rng, used_codes)
        )
        if tax_code and ownership is not Ownership.HOUSEHOLD and rng.random() < 0.03:
            tax_code += f"-{rng.randint(1, 5):03d}"  # a branch of a company registered elsewhere
        informed = date(2012, 1, 1) + timedelta(days=rng.randint(0, 5000)) if rng.random() < 0.6 else None
        aware = informed + timedelta(days=rng.randint(30, 700)) if informed and rng.random() < 0.5 else None
        applying = aware + timedelta(days=rng.randint(30, 700)) if aware and rng.random() < 0.4 else None
        registry.append(
            Enterprise(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                name=name,
                short_name=short_name,
                tax_code=tax_code,
                street=_street(rng, commune),
                commune=commune,
                sector_code=sector,
                ownership=ownership.value,
                employees=employees,
                contact_name=owner if ownership is Ownership.HOUSEHOLD else _person(rng),
                contact_phone=rng.choice(("09", "03", "08")) + f"{rng.randint(0, 99_999_999):08d}",
                contact_email=email,
                cp_informed_on=informed,
                cp_aware_on=aware,
                cp_applying_on=applying,
            )
        )
    return registry
