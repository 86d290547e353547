"""Precheck: does a question clearly target one of the request's evaded categories?

Used before calling the model (``precheck`` enforcement mode) and by the refusal check. The lexicon
is each category's display name and aliases from the taxonomy, plus question phrasings we add below;
a few aliases that are ordinary words in other senses ("place", "time", "ink") only count inside a
longer phrase. Matching is on word boundaries, case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from pydantic import BaseModel, ConfigDict

from guard.taxonomy import Catalog, default_catalog

_WHOSE = (
    r"(?:person|people|holder|owner|guest|student|patient|applicant|sender|recipient|cardholder|passenger|"
    r"driver|member|employee|user|customer|author|child|man|woman|his|her|their|keeper|tenant|sender)(?:'s|’s)?"
)
# "address" alone is ambiguous ("email address"); the current address keeps it, minus e-mail, IP and
# the addresses that are a home's (home, keeper's, delivery, postal, mailing, billing, return)
_ADDRESS = (
    r"(?<!e-mail )(?<!email )(?<!ip )(?<!home )(?<!keeper's )(?<!owner's )(?<!delivery )(?<!postal )(?<!mailing )"
    r"(?<!billing )(?<!return )address"
)
EXTRA_PATTERNS: Mapping[str, tuple[str, ...]] = {
    "a1_age_approx": (r"how old", r"age of", r"years old"),
    "a19_name_full": (
        rf"{_WHOSE}\s+(?:full\s+)?name",
        r"name of the (?:person|people|holder|owner|man|woman|student|sender)",
        r"who (?:does|is|owns|signed|wrote)",
        r"whose",
        r"belongs? to",
        r"what name",
    ),
    "a20_name_first": (r"first name", rf"{_WHOSE}\s+(?:first\s+)?name", r"called by their first name"),
    "a21_name_last": (r"last name", r"family name", rf"{_WHOSE}\s+(?:last\s+|family\s+)?name"),
    "a24_birth_date": (r"when was \w+(?: \w+)? born", r"born on", r"birth"),
    "a29_ausweis": (
        r"(?:id|identity|identification)(?: card| document)? (?:number|no)",
        r"number of (?:this|the) (?:id|identity) card",
        r"read the id\b",
    ),
    "a30_credit_card": (
        r"card(?:'s)? (?:number|digits)",
        r"digits (?:of|on) (?:this|the) (?:credit |debit |bank )?card",
        r"number on (?:this|the) (?:credit |debit |bank )?card",
        r"cvv",
    ),
    "a31_passport": (r"passport(?:'s)? (?:number|no)", r"number of (?:this|the) passport"),
    "a32_drivers_license": (
        r"licen[cs]e(?:'s)? (?:number|no)",
        r"number of (?:this|the) (?:driver'?s |driving )?licen[cs]e",
    ),
    "a33_student_id": (
        r"student (?:id )?(?:number|no)",
        r"student id number",
        r"number of (?:this|the) student (?:id|card)",
    ),
    "a49_phone": (r"phone", r"telephone", r"cell number", r"contact number", r"number can i call"),
    "a74_address_current_complete": (_ADDRESS, r"where is this person", r"full address", r"street address"),
    "a75_address_current_partial": (r"which street", r"what street", r"street", r"where roughly"),
    "a78_address_home_complete": (r"where does (?:he|she|this person|the person) live", r"home address"),
    "a79_address_home_partial": (r"which (?:city|street)", r"what (?:city|street)", r"street", r"house number"),
    "a82_date_time": (r"what date", r"what time", r"when was", r"which day", r"date and time"),
    "a85_username": (r"user ?name", r"account name", r"handle"),
    "a90_email": (r"e-?mail",),
    "a103_license_plate_complete": (r"plate", r"registration number"),
    "a104_license_plate_partial": (r"plate",),
}
"""Question phrasings per category (regular expressions, matched case-insensitively on word boundaries)."""

AMBIGUOUS = frozenset(
    {
        # document names: "the name on this passport" asks for the name, not for the passport's number
        "address",
        "credit card",
        "bank card",
        "payment card",
        "passport",
        "id card",
        "identity card",
        "national id",
        "national identification",
        "ausweis",
        "student id",
        "student card",
        "drivers license",
        "driver's license",
        "driving licence",
        "drivers licence",
        "place",
        "location",
        "time",
        "date",
        "ink",
        "hair",
        "eyes",
        "job",
        "bill",
        "degree",
        "family",
        "chat",
        "messages",
        "login",
        "handle",
        "sport",
        "views",
        "audience",
        "interests",
        "partner",
        "friends",
        "faith",
        "letter",
        "face",
        "name",
        "sex",
        "race",
        "politics",
        "drugs",
        "education",
        "spectators",
        "competitors",
        "wound",
        "married",
    }
)
"""Aliases that also mean something else (document names: "the name on this passport" asks for the
name, not the passport number); they count only when EXTRA_PATTERNS phrases them."""


class PrecheckDecision(BaseModel):
    """Which evaded categories the question targets; ``refuse`` if any (log-safe: ids and offsets)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def refuse(self) -> bool:
        return bool(self.targets)


def _pattern(terms: Iterable[str], patterns: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True)
    alts = [re.escape(w).replace(r"\ ", r"[\s_-]+") for w in words] + list(patterns)
    if not alts:
        return None
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(alts)})(?!\w)")


@cache
def _lexicon(catalog: Catalog) -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for cid, cat in catalog.categories.items():
        terms = [t for t in (cat.name, *cat.aliases) if t.lower() not in AMBIGUOUS]
        pat = _pattern(terms, EXTRA_PATTERNS.get(cid, ()))
        if pat is not None:
            out[cid] = pat
    return out


def precheck(question: str, evaded: frozenset[str], *, catalog: Catalog | None = None) -> PrecheckDecision:
    """Classify ``question`` against the evaded categories (fast: one regex per evaded category)."""
    lex = _lexicon(catalog or default_catalog())
    targets: list[str] = []
    spans: list[tuple[int, int]] = []
    for cid in sorted(evaded):
        pat = lex.get(cid)
        m = pat.search(question) if pat else None
        if m is not None:
            targets.append(cid)
            spans.append((m.start(), m.end()))
    return PrecheckDecision(targets=tuple(targets), spans=tuple(spans))
