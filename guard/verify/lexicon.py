"""Person-name lexicon: given names and surnames, for names that come with no cue at all.

"This is Milo Leoncavallo's label" names nobody by its wording: only knowing that Milo is a given name
and Leoncavallo a surname makes it a person's name. The lists (``guard/verify/data/person_names.txt``,
about 18,000 given names and 17,000 surnames of Latin-script locales) come from the Faker project; they
are data, loaded once, and looked up by folded form (case and accents dropped), so "LEÓN", "leon" and
"León" are one key. ``python -m guard.verify.lexicon --write`` regenerates the file from an installed
Faker (the ``bench`` extra); the guard itself never imports Faker.
"""

from __future__ import annotations

import argparse
import importlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

_FILE = "person_names.txt"
_LOCALES = re.findall(
    r"\S+",
    "cs_CZ da_DK de_AT de_CH de_DE en en_GB en_IE en_US es es_AR es_CL es_CO es_ES es_MX fi_FI fr_BE fr_CA "
    "fr_CH fr_FR hr_HR hu_HU it_IT lt_LT lv_LV nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE "
    "tr_TR et_EE ga_IE is_IS id_ID",
)
_JOBS_FILE = "job_titles.txt"
_JOB_LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES")
_TITLE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A word of a job title as the occupation check splits an answer (letters, inner hyphens and apostrophes)."""
_ENTRY = re.compile(r"^[^\W\d_][^\W\d_'’ -]*(?:[-'’ ][^\W\d_]+)*$")

# Words of ordinary prose that the lists also hold as names ("Will", "May", "Long", "Street"): never
# name evidence on their own. A name pair needs both words to be names and at least one not to be here.
_COMMON = frozenset(
    re.findall(
        r"\S+",
        """a an and are as at be but by can de del der des die du el en for from has have he her his i in is it la
        le les los me my no not of on or our she so than that the their them then there these they this to un
        une was we were what when where which who will with you your may can june april august mark bill grant
        rose long young white black brown green gray grey king hall wood stone page card street road lane park
        hill church bank field house rich young hope faith joy love sunny summer winter spring autumn dawn
        golden silver star sky river lake ocean sea gold pearl ruby amber ivy iris lily daisy jade
        just will van von don dean each over line case chase cash price money cross shop office point post print bar
        story nada mas más todo nadie alguien rien tout nichts alles mehr plus""",
    )
)


def fold(word: str) -> str:
    """Lookup key: accents and case dropped ("León" -> "leon")."""
    return _fold(word)


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    folded = word.casefold()
    if folded.isascii():  # nothing to decompose: the common case, read without a loop over the characters
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.replace("ł", "l").replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@dataclass(frozen=True)
class NameLexicon:
    first: frozenset[str]
    last: frozenset[str]

    def is_first(self, word: str) -> bool:
        return _fold(word) in self.first

    def is_last(self, word: str) -> bool:
        return _fold(word) in self.last

    def is_name(self, word: str) -> bool:
        key = _fold(word)
        return key in self.first or key in self.last

    @staticmethod
    def common(word: str) -> bool:
        """An everyday word that is also a name ("Will", "May"): weak evidence on its own."""
        return _fold(word) in _COMMON


@cache
def names() -> NameLexicon:
    """The lexicon (loaded on first use, about 10 ms)."""
    text = resources.files("guard.verify").joinpath("data", _FILE).read_text(encoding="utf-8")
    first: set[str] = set()
    last: set[str] = set()
    target = first
    for line in text.splitlines():
        if line.startswith("# first"):
            target = first
        elif line.startswith("# last"):
            target = last
        elif line and not line.startswith("#"):
            target.add(_fold(line))
    return NameLexicon(frozenset(first), frozenset(last))


@dataclass(frozen=True)
class ClosedValues:
    """One category's closed class of values (guard/verify/data/values.yaml), folded, by first word."""

    framed: dict[str, tuple[tuple[str, ...], ...]]
    bare: dict[str, tuple[tuple[str, ...], ...]]

    def match(self, words: list[str], *, framed: bool) -> int:
        """How many of ``words`` (from the first) make a value of the class (0: none); the longest wins.
        ``framed``: the words are what the answer reads off the image (any value counts), else only a
        value that says what it is wherever it stands."""
        return self.match_folded([fold(w) for w in words[:6]], framed=framed) if words else 0

    def match_folded(self, keys: list[str], *, framed: bool) -> int:
        """:meth:`match` for words already folded (``fold``)."""
        if not keys:
            return 0
        table = self.framed if framed else self.bare
        best = 0
        for phrase in table.get(keys[0], ()):
            if len(phrase) > best and tuple(keys[: len(phrase)]) == phrase:
                best = len(phrase)
        return best


@cache
def closed_values() -> dict[str, ClosedValues]:
    """Category id -> its closed class of values (nationalities, marital statuses, religions, hobbies from
    values.yaml; job titles from job_titles.txt, framed only: "It says Florist", "the holder is a statistician")."""
    import yaml

    raw = yaml.safe_load(resources.files("guard.verify").joinpath("data/values.yaml").read_text("utf-8"))
    out: dict[str, ClosedValues] = {}
    for category, spec in raw.items():
        ambiguous = {fold(str(w)) for w in spec.get("ambiguous") or ()}
        tables: list[dict[str, tuple[tuple[str, ...], ...]]] = []
        for key in ("framed", "bare"):
            phrases = {tuple(fold(w) for w in str(p).split()) for p in spec.get(key) or ()}
            if key == "bare":
                phrases = {p for p in phrases if " ".join(p) not in ambiguous}
            else:
                phrases |= {tuple(fold(w) for w in str(p).split()) for p in spec.get("bare") or ()}
            tables.append(_by_first_word(phrases))
        out[category] = ClosedValues(framed=tables[0], bare=tables[1])
    lines = resources.files("guard.verify").joinpath("data", _JOBS_FILE).read_text("utf-8").splitlines()
    titles = {tuple(fold(w) for w in _TITLE_WORD.findall(line)) for line in lines if not line.startswith("#")}
    out["a46_occupation"] = ClosedValues(framed=_by_first_word(titles - {()}), bare={})
    return out


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Folded phrases grouped by their first word, the lookup :class:`ClosedValues` matches with."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        table.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in table.items()}


def _from_faker() -> tuple[set[str], set[str]]:  # pragma: no cover - maintenance tool, needs Faker
    first: set[str] = set()
    last: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attrs, into in (
            (("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"), first),
            (("last_names", "last_names_male", "last_names_female"), last),
        ):
            for attr in attrs:
                value = getattr(provider, attr, ())
                if isinstance(value, dict):
                    value = list(value)
                if isinstance(value, list | tuple | set | frozenset):
                    into.update(n for n in value if isinstance(n, str) and len(n) >= 2 and _ENTRY.match(n))
    return first, last


def _jobs_from_faker() -> set[str]:  # pragma: no cover - maintenance tool, needs Faker
    """Job titles of the product's four languages, and each inverted title's head ("Accountant, chartered" ->
    "Accountant"): how a title is printed in a form or said of a person."""
    jobs: set[str] = set()
    for locale in _JOB_LOCALES:
        for title in importlib.import_module(f"faker.providers.job.{locale}").Provider.jobs:
            title = " ".join(title.split())
            jobs.add(title)
            head = title.split(",")[0].strip()
            if len(head) >= 4:
                jobs.add(head)
    return jobs


def main() -> None:  # pragma: no cover - maintenance tool
    parser = argparse.ArgumentParser(
        description="Regenerate guard/verify/data/person_names.txt and job_titles.txt from Faker."
    )
    parser.add_argument("--write", action="store_true", help="write the data files (else print the counts)")
    args = parser.parse_args()
    first, last = _from_faker()
    jobs = _jobs_from_faker()
    print(f"{len(first)} given names, {len(last)} surnames, {len(jobs)} job titles")
    if args.write:
        jobs_path = Path(__file__).parent / "data" / _JOBS_FILE
        jobs_head = "".join(
            line + "\n" for line in jobs_path.read_text(encoding="utf-8").splitlines() if line.startswith("# ")
        )
        jobs_path.write_text(jobs_head + "\n".join(sorted(jobs, key=str.casefold)) + "\n", encoding="utf-8")
        path = Path(__file__).parent / "data" / _FILE
        head = "".join(
            line + "\n"
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# ") and not line.startswith(("# first", "# last"))
        )
        body = "# first\n" + "\n".join(sorted(first)) + "\n# last\n" + "\n".join(sorted(last)) + "\n"
        path.write_text(head + body, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
