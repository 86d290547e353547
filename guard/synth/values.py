"""Fake but realistic private values: people, card numbers, document numbers (never real people).

Everything comes from a seeded :class:`faker.Faker` and a seeded :class:`random.Random`, so a seed
reproduces the same values. Names are built from first + last name (no titles or suffixes) so the
value printed on a document and the ground truth are the same string.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

LOCALES: dict[str, tuple[str, str, str]] = {
    # locale: (nationality, country name, ICAO country code)
    "en_US": ("American", "United States", "USA"),
    "en_GB": ("British", "United Kingdom", "GBR"),
    "de_DE": ("German", "Germany", "DEU"),
    "fr_FR": ("French", "France", "FRA"),
    "it_IT": ("Italian", "Italy", "ITA"),
    "es_ES": ("Spanish", "Spain", "ESP"),
    "nl_NL": ("Dutch", "Netherlands", "NLD"),
    "pl_PL": ("Polish", "Poland", "POL"),
}

DATE_STYLES = ("%d.%m.%Y", "%Y-%m-%d", "%d %b %Y", "%m/%d/%Y", "%d/%m/%Y")

MARITAL = ("Single", "Married", "Divorced", "Widowed", "Separated", "In a civil partnership")
RELIGIONS = ("Catholic", "Protestant", "Muslim", "Jewish", "Buddhist", "Hindu", "Orthodox", "None")
HOBBIES = (
    "Bouldering",
    "Watercolour painting",
    "Birdwatching",
    "Sourdough baking",
    "Chess",
    "Trail running",
    "Salsa dancing",
    "Pottery",
    "Amateur astronomy",
    "Beekeeping",
    "Sea kayaking",
    "Jazz piano",
)
DEGREES = (
    "BSc Computer Science",
    "MA History",
    "BA Economics",
    "MSc Physics",
    "BEng Civil Engineering",
    "MA Linguistics",
    "BSc Nursing",
    "LLB Law",
    "MSc Biology",
    "BA Architecture",
)
UNIVERSITY_KINDS = ("University of {}", "{} Institute of Technology", "{} State University", "{} College")
MEDICINES = (
    ("Amoxicillin", "500 mg"),
    ("Metformin", "850 mg"),
    ("Lisinopril", "10 mg"),
    ("Atorvastatin", "20 mg"),
    ("Levothyroxine", "75 mcg"),
    ("Sertraline", "50 mg"),
    ("Omeprazole", "20 mg"),
    ("Amlodipine", "5 mg"),
    ("Salbutamol", "100 mcg"),
    ("Ibuprofen", "400 mg"),
    ("Prednisolone", "5 mg"),
    ("Warfarin", "3 mg"),
)
DOSAGE = (
    "Take one tablet twice daily",
    "Take one tablet every morning",
    "Take one capsule three times a day",
    "Take two puffs when needed",
    "Take one tablet at night",
)
CHARGES = (
    "Speeding (52 km/h in a 30 zone)",
    "Breach of contract",
    "Unpaid parking penalties",
    "Noise nuisance",
    "Tenancy deposit dispute",
    "Careless driving",
)
NOTE_TEXTS = (
    "Pick up the dry cleaning before 6",
    "Call the landlord about the boiler",
    "Dentist on Thursday, bring the insurance card",
    "Buy milk, eggs and basil",
    "Water the plants twice this week",
    "Remember to renew the parking permit",
    "Meet Sam at the station at half past four",
    "Pay the electricity bill by Friday",
)
EMAIL_SENTENCES = (
    "Your lab results are ready to discuss at your next appointment",
    "The signed lease is attached, please return a copy by Monday",
    "I have moved the interview to Wednesday at 10 am",
    "Your refund of 84 euros has been approved",
    "Please keep the door code 4417 to yourself",
    "The court hearing has been postponed until next month",
    "Congratulations, your loan application was accepted",
)
CHAT_LINES = (
    "I'm at the clinic, results come back tomorrow",
    "Can you lend me 200 until payday?",
    "Don't tell mum about the new job yet",
    "The spare key is under the blue flower pot",
    "I told HR I'm leaving in March",
    "My flight lands at 21:40, can you pick me up?",
    "We signed the divorce papers today",
)
CAFES = ("Blue Door Café", "Corner Bakery", "Riverside Coffee", "The Green Bean", "Old Mill Bistro", "Harbour Deli")
SHOPS = ("FreshMart", "City Grocer", "QuickStop", "Market Hall", "Daily Foods", "Green Basket")
SHOP_ITEMS = (
    "Whole milk 1L",
    "Rye bread",
    "Coffee beans",
    "Apples 1kg",
    "Olive oil",
    "Pasta 500g",
    "Cheddar",
    "Tomatoes",
    "Orange juice",
    "Rice 1kg",
    "Dish soap",
    "Chocolate",
)
AIRLINES = (("Aurora Air", "AU"), ("Northwind", "NW"), ("Skyline", "SK"), ("Bluebird Airways", "BB"))
CARD_NETWORKS: dict[str, tuple[tuple[str, ...], int]] = {
    # network: (prefixes, length)
    "VISA": (("4",), 16),
    "MASTERCARD": (("51", "52", "53", "54", "55"), 16),
    "AMEX": (("34", "37"), 15),
    "DISCOVER": (("6011",), 16),
}


FAKER_METHODS = (
    "first_name",
    "last_name",
    "city",
    "street_name",
    "postcode",
    "phone_number",
    "job",
    "license_plate",
    "company",
    "street_address",
    "name",
    "sentence",
    "paragraph",
)
"""The faker methods the layouts call; a test checks they do not depend on the interpreter's hash seed."""


def new_faker(locale: str) -> Any:
    """A Faker for ``locale`` whose output depends on its seed only.

    Some locales build their city list from a set (it_IT in faker 40), so its order, and the city a
    seed picks, would change with PYTHONHASHSEED; sorting it makes a seed reproduce the same city.
    """
    from faker import Faker

    fake = Faker(locale)
    for provider in fake.providers:
        cities = getattr(provider, "cities", None)
        if isinstance(cities, list | tuple) and all(isinstance(c, str) for c in cities):
            provider.cities = sorted(cities)
    return fake


def luhn_check_digit(partial: str) -> str:
    """The digit that makes ``partial + digit`` pass the Luhn check (ISO/IEC 7812)."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """Whether the digits of ``number`` (spaces and hyphens ignored) pass the Luhn check."""
    digits = "".join(filter(str.isdigit, number))
    if len(digits) < 2 or len(digits) != len(number.replace(" ", "").replace("-", "")):
        return False
    return luhn_check_digit(digits[:-1]) == digits[-1]


def card_number(rng: random.Random, network: str) -> str:
    """A Luhn-valid card number for ``network``, grouped as printed (4-4-4-4, or 4-6-5 for AMEX)."""
    prefixes, length = CARD_NETWORKS[network]
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - len(body) - 1))
    digits = body + luhn_check_digit(body)
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    out, at = [], 0
    for g in groups:
        out.append(digits[at : at + g])
        at += g
    return " ".join(out)


def pattern(rng: random.Random, spec: str) -> str:
    """Fill ``spec``: ``#`` digit, ``?`` upper-case letter, ``*`` either; other characters kept."""
    alnum = string.ascii_uppercase + string.digits
    out = []
    for ch in spec:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "?":
            out.append(rng.choice(string.ascii_uppercase))
        elif ch == "*":
            out.append(rng.choice(alnum))
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Address:
    street: str  # street and house number, as printed
    street_name: str  # the street without the house number
    postcode: str
    city: str

    @property
    def city_line(self) -> str:
        return f"{self.postcode} {self.city}"

    @property
    def one_line(self) -> str:
        return f"{self.street}, {self.city_line}"


@dataclass(frozen=True, slots=True)
class Person:
    """One fake person; every document in an image describes the same person."""

    locale: str
    first: str
    last: str
    birth_date: date
    birth_city: str
    address: Address
    phone: str
    email: str
    username: str
    job: str
    date_style: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def nationality(self) -> str:
        return LOCALES[self.locale][0]

    @property
    def country(self) -> str:
        return LOCALES[self.locale][1]

    @property
    def country_code(self) -> str:
        return LOCALES[self.locale][2]

    def fmt(self, d: date) -> str:
        """A date in this person's document style."""
        return d.strftime(self.date_style).upper() if "%b" in self.date_style else d.strftime(self.date_style)


def _clean(text: str) -> str:
    return " ".join(text.replace("\n", " ").split())


def _address(fake: Any, rng: random.Random, locale: str) -> Address:
    street_name = _clean(fake.street_name())
    number = str(rng.randint(1, 240))
    street = f"{number} {street_name}" if locale in ("en_US", "en_GB", "fr_FR") else f"{street_name} {number}"
    postcode = _clean(fake.postcode())
    return Address(street=street, street_name=street_name, postcode=postcode, city=_clean(fake.city()))


def _phone(fake: Any) -> str:
    for _ in range(10):
        phone = _clean(fake.phone_number())
        if "x" not in phone.lower() and sum(ch.isdigit() for ch in phone) >= 8:
            return phone
    return phone


def make_person(fake: Any, rng: random.Random, locale: str) -> Person:
    """A person from ``fake`` (a Faker for ``locale``, seeded by the caller)."""
    first = _clean(fake.first_name())
    last = " ".join(w for w in _clean(fake.last_name()).split() if w not in ("II", "III", "IV", "Jr.", "Sr."))
    born = date(1945, 1, 1) + timedelta(days=rng.randrange(61 * 365))  # not faker's: it counts from today
    handle_base = "".join(ch for ch in (first[0] + last).lower() if ch.isascii() and ch.isalnum()) or "user"
    username = "@" + rng.choice((handle_base, first.lower()[:6] + "_" + str(rng.randint(10, 99)), handle_base + "x"))
    username = "".join(ch for ch in username if ch.isascii() and (ch.isalnum() or ch in "@_."))
    domain = rng.choice(("mailbox.test", "example.com", "example.org", "post.example.net"))
    mailname = "".join(ch for ch in f"{first}.{last}".lower() if ch.isascii() and (ch.isalnum() or ch == "."))
    return Person(
        locale=locale,
        first=first,
        last=last,
        birth_date=born,
        birth_city=_clean(fake.city()),
        address=_address(fake, rng, locale),
        phone=_phone(fake),
        email=f"{mailname.strip('.') or 'user'}@{domain}",
        username=username,
        job=_clean(fake.job()),
        date_style=rng.choice(DATE_STYLES),
    )


def university(fake: Any, rng: random.Random) -> str:
    return rng.choice(UNIVERSITY_KINDS).format(_clean(fake.city()))


def moment(rng: random.Random, start_year: int = 2019, end_year: int = 2025) -> datetime:
    """A date and time, to the minute."""
    start = datetime(start_year, 1, 1, 6, 0)
    days = (datetime(end_year, 12, 31) - start).days
    return start + timedelta(days=rng.randrange(days), minutes=rng.randrange(16 * 60))
