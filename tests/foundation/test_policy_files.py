"""Policy and operator files: valid ones load; every kind of bad input is one clear line."""

from pathlib import Path

import pytest

from guard.policy import FileProblems, OperatorSettings, load_operator, load_policy

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str | bytes, name: str = "u.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(FileProblems) as info:
        load_policy(path)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("name", ["alice", "bob", "carol"])
def test_example_policies_load(name: str) -> None:
    loaded = load_policy(REPO / "policies" / "users" / f"{name}.yaml")
    assert loaded.policy.user == name
    assert loaded.warnings == []
    assert len(loaded.policy.version) == 64


def test_names_resolve_to_ids_in_written_order(tmp_path: Path) -> None:
    path = write(tmp_path, "user: u1\nprivate: [full license plate, AGE, a4_gender]\npublic: [full name]\n", "u1.yaml")
    policy = load_policy(path).policy
    assert policy.private == ("a103_license_plate_complete", "a1_age_approx", "a4_gender")
    assert policy.public == ("a19_name_full",)
    assert policy.source == str(path)


def test_version_is_the_hash_of_the_file_bytes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = load_policy(write(tmp_path / "a", "user: u\nprivate: [age]\n")).policy.version
    b = load_policy(write(tmp_path / "b", "user: u\nprivate: [age]  # same\n")).policy.version
    assert a != b


def test_custom_category_referenced_before_its_definition(tmp_path: Path) -> None:
    text = "user: u\nprivate: [pets]\ncustom:\n  - {id: pet_name, name: name of pets, aliases: [pets]}\n"
    policy = load_policy(write(tmp_path, text)).policy
    assert policy.private == ("pet_name",)
    assert policy.custom["pet_name"].name == "name of pets"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("user: u\nprivate:\n  - age\n  - agee\n", "u.yaml:4: private[1]: unknown category 'agee'; did you mean 'age"),
        (
            "user: u\nprivate: [age, AGE]\n",
            "u.yaml:2: private[1]: duplicate entry 'AGE': same category (a1_age_approx)",
        ),
        (
            "user: u\nprivate: [age]\npublic:\n  - how old\n",
            "u.yaml:4: public[0]: 'how old' covers a1_age_approx, which private[0] 'age' also covers",
        ),
        ("user: u\ncolour: red\n", "u.yaml:2: colour: unknown field 'colour'; valid fields: version, user,"),
        (
            "user: [1]\n",
            "u.yaml:1: user: bad value of type list: Input should be a valid string (expected: an end-user",
        ),
        (
            "user: u\nprivate: age\n",
            "u.yaml:2: private: bad value 'age': Input should be a valid list (expected: a list",
        ),
        ("private: [age]\n", "u.yaml:1: user: required field is missing"),
        ("user: u\nprivate: [age\n", "u.yaml:3: malformed YAML: expected ',' or ']'"),
        ("", "u.yaml: is empty; expected a policy mapping"),
        ("# only a comment\n", "u.yaml: is empty; expected a policy mapping"),
        ("- a\n- b\n", "u.yaml:1: top level is a list; expected a policy mapping"),
        (b"user: caf\xe9\n", "u.yaml:1: not UTF-8 text (byte 0xe9 at offset 9); save the policy file as UTF-8"),
        (
            "user: u\ncustom:\n  - {id: my_age, name: age}\n",
            "u.yaml:3: custom[0].name: bad name 'age': imitates the built-in category 'a1_age_approx'",
        ),
        ("user: 'has space'\n", "u.yaml:1: user: bad value 'has space': String should match pattern"),
    ],
)
def test_bad_policy_is_one_clear_line(tmp_path: Path, text: str | bytes, expected: str) -> None:
    found = problems(write(tmp_path, text))
    assert any(line.startswith(str(tmp_path / expected)) for line in found), found
    assert all("\n" not in line for line in found)


def test_every_error_in_a_file_is_reported(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "user: u\nprivate: [agee, gendr]\npublic: [plate, plate]\n"))
    assert len(found) == 3


def test_directory_and_missing_file(tmp_path: Path) -> None:
    assert problems(tmp_path) == [f"{tmp_path}: is a directory; expected a regular policy YAML file"]
    assert problems(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}: no such file; expected a policy YAML file"]


def test_absolute_listed_public_is_a_warning_without_effect(tmp_path: Path) -> None:
    loaded = load_policy(write(tmp_path, "user: u\npublic: [passport]\n"))
    assert [str(w) for w in loaded.warnings] == [
        f"{tmp_path / 'u.yaml'}:2: warning: public[0]: 'passport' (a31_passport) is an absolute category: "
        "it is always protected, listing it as public has no effect"
    ]
    assert "a31_passport" in OperatorSettings().resolve(loaded.policy, None).evaded


def test_operator_example_loads_with_its_new_scenario() -> None:
    settings = load_operator(REPO / "policies" / "operator.yaml")
    triage = settings.catalog.scenario("clinic triage")
    assert triage.non_private == {"a41_injury", "a43_medicine", "a39_disability_physical", "a1_age_approx"}
    assert settings.catalog.scenario("s1_healthcare_consultation").name == "healthcare consultation"


def test_operator_override_replaces_a_scenario_list(tmp_path: Path) -> None:
    path = write(tmp_path, "scenarios:\n  s1_healthcare_consultation:\n    non_private: [injury]\n", "op.yaml")
    settings = load_operator(path)
    assert settings.catalog.scenarios["s1_healthcare_consultation"].non_private == {"a41_injury"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("absolute: [passport, pasport]\n", "op.yaml:1: absolute: bad value of type list: Value error, absolute[1]:"),
        ("default_stance: maybe\n", "op.yaml:1: default_stance: bad value 'maybe': Input should be 'public' or"),
        ("render_mode: fancy\n", "op.yaml:1: render_mode: bad value 'fancy': Input should be 'raw' or 'resolved'"),
        ("scenarios:\n  mine:\n    non_private: [age]\n", "needs 'name' and 'template'"),
        ("scenarios:\n  mine:\n    name: m\n    template: no slot\n", "exactly one {question}"),
        ("absolute: []\nextra: 1\n", "op.yaml:2: extra: unknown field 'extra'; valid fields: absolute,"),
    ],
)
def test_bad_operator_settings(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(FileProblems) as info:
        load_operator(write(tmp_path, text, "op.yaml"))
    assert expected in str(info.value), str(info.value)


def test_schema_file_is_up_to_date() -> None:
    import json

    from guard.cli.policy import policy_schema

    committed = json.loads((REPO / "policies" / "schema.json").read_text())
    assert committed == policy_schema(), "run: guard policy schema --out policies/schema.json"
    assert set(committed["properties"]) >= {"user", "private", "public", "custom"}
