"""Category families (``address``, ``name``, ``license plate`` ...) expand to their members in every list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from guard.policy import FileProblems, OperatorSettings, load_operator, load_policy
from guard.policy.decision import Decision, Reason
from guard.prompt import render_resolved
from guard.taxonomy import FamilyNameError, default_catalog

ADDRESSES = (
    "a74_address_current_complete",
    "a75_address_current_partial",
    "a78_address_home_complete",
    "a79_address_home_partial",
)


def write(folder: Path, text: str, user: str = "u") -> Path:
    path = folder / f"{user}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "members"),
    [
        ("address", ADDRESSES),
        ("Addresses", ADDRESSES),
        ("home address", ADDRESSES[2:]),
        ("name", ("a19_name_full", "a20_name_first", "a21_name_last")),
        ("plate", ("a103_license_plate_complete", "a104_license_plate_partial")),
        ("birthdate", ("a24_birth_date",)),
        ("a74_address_current_complete", ADDRESSES[:1]),
    ],
)
def test_expand(name: str, members: tuple[str, ...]) -> None:
    assert tuple(c.id for c in default_catalog().expand(name)) == members


def test_family_name_is_not_a_single_category() -> None:
    with pytest.raises(FamilyNameError, match="'address' names a family of 4 categories"):
        default_catalog().category("address")


def test_every_family_member_exists_and_families_do_not_shadow_categories() -> None:
    cat = default_catalog()
    for fam in cat.families.values():
        assert all(m in cat.categories for m in fam.members)
        assert cat.family(fam.name) is fam


def test_policy_family_renders_each_member_by_its_display_name(tmp_path: Path) -> None:
    loaded = load_policy(write(tmp_path, "user: u\nprivate: [address, age]\n"))
    assert loaded.policy.private == (*ADDRESSES, "a1_age_approx")
    assert [e.describe() for e in loaded.policy.entries] == [
        "address -> " + ", ".join(ADDRESSES),
        "age -> a1_age_approx",
    ]
    resolved = OperatorSettings(absolute=[]).resolve(loaded.policy)
    assert render_resolved(resolved, "resolved", "Where?") == (
        "complete current address is considered as private information.\n"
        "partial current address is considered as private information.\n"
        "complete home address is considered as private information.\n"
        "partial home address is considered as private information.\n"
        "approximate age of people is considered as private information.\n"
        "\nWhere?"
    )


def test_decision_rule_applies_to_each_member(tmp_path: Path) -> None:
    """Criminal investigation lists every address as non-private: each member is a conflict, answered."""
    loaded = load_policy(write(tmp_path, "user: u\nprivate: [address]\npublic: [name]\n"))
    settings = OperatorSettings()
    resolved = settings.resolve(loaded.policy, "s4_criminal_investigation")
    by_id = {r.category.id: (r.decision, r.reason) for r in resolved.resolutions}
    assert all(by_id[a] == (Decision.RESPOND, Reason.CONFLICT) for a in ADDRESSES)
    assert by_id["a20_name_first"] == (Decision.RESPOND, Reason.PUBLIC)
    plain = settings.resolve(loaded.policy, None)
    assert {a for a in ADDRESSES} <= plain.evaded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "private: [address]\npublic: [home city]\n",
            "public[0]: 'home city' covers a79_address_home_partial, which "
            "private[0] 'address' also covers; a category is either private or public",
        ),
        ("private: [address, home address]\n", "private[1]: duplicate entry 'home address': every category it covers"),
        ("private: [plate, plate]\n", "private[1]: duplicate entry 'plate'"),
    ],
)
def test_family_overlaps(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(FileProblems) as info:
        load_policy(write(tmp_path, "user: u\n" + text))
    assert expected in str(info.value)


def test_partial_overlap_is_allowed(tmp_path: Path) -> None:
    loaded = load_policy(write(tmp_path, "user: u\nprivate: [home city, home address]\n"))
    assert loaded.policy.private == ("a79_address_home_partial", "a78_address_home_complete")


def test_operator_lists_expand_families(tmp_path: Path) -> None:
    op = tmp_path / "op.yaml"
    op.write_text(
        "absolute: [identity documents]\nscenarios:\n  s1_healthcare_consultation:\n    non_private: [name]\n"
    )
    settings = load_operator(op)
    assert settings.absolute == ["a29_ausweis", "a31_passport", "a32_drivers_license", "a33_student_id"]
    assert settings.catalog.scenarios["s1_healthcare_consultation"].non_private == {
        "a19_name_full",
        "a20_name_first",
        "a21_name_last",
    }


def test_policy_show_and_check_say_what_each_entry_covered(tmp_path: Path) -> None:
    path = write(tmp_path, "user: u\nprivate: [address, birthdate]\npublic: [name]\n")
    show = subprocess.run(
        [sys.executable, "-m", "guard", "policy", "show", str(path)], capture_output=True, text=True, timeout=120
    )
    assert show.returncode == 0, show.stderr
    assert "  private: address -> " + ", ".join(ADDRESSES) in show.stdout
    assert "  private: birthdate -> a24_birth_date" in show.stdout
    assert "  public: name -> a19_name_full, a20_name_first, a21_name_last" in show.stdout
    assert "partial home address is considered as private information.\n" in show.stdout
    check = subprocess.run(
        [sys.executable, "-m", "guard", "policy", "check", str(path)], capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0
    assert f"ok {path} (user u: 5 private, 3 public)" in check.stdout
    assert "  private: address -> a74_address_current_complete, a75_address_current_partial," in check.stdout
