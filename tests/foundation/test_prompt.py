"""docs/design.md#prompt-format byte for byte, in both modes, and injection into OpenAI chat messages."""

import copy

import pytest

from guard.policy import OperatorSettings, Policy
from guard.prompt import InjectionError, inject_prompt, last_user_question, render_prompt, render_resolved
from guard.taxonomy import Category

ALICE = Policy(user="alice", private=("a1_age_approx", "a103_license_plate_complete"), public=("a4_gender",))
ABS_LINES = (
    "semi nudity people is considered as private information.\n"
    "full nudity people is considered as private information.\n"
    "national identification is considered as private information.\n"
    "passport is considered as private information.\n"
    "drivers license is considered as private information."
)
VEHICLE = (
    "You are a clerk at the vehicle registration office checking the documents submitted to register a "
    "vehicle. You are shown the image above and asked about it. Answer from what the image shows. "
    "The question is: What is the plate?"
)


def test_single_statement_and_question() -> None:
    assert (
        render_prompt([("approximate age of people", True)], "How old is he?")
        == "approximate age of people is considered as private information.\n\nHow old is he?"
    )


def test_statements_in_order_with_paper_template() -> None:
    text = render_prompt(
        [("gender", False), ("passport", True)],
        "Whose passport is this?",
        "You are a hotel receptionist. The question is {}.",
    )
    assert text == (
        "gender is considered as non-private information.\n"
        "passport is considered as private information.\n"
        "\n"
        "You are a hotel receptionist. The question is Whose passport is this?."
    )


def test_no_statements_is_the_bare_question() -> None:
    assert render_prompt([], "Hi") == "Hi"


def test_resolved_mode_states_conflicts_as_non_private() -> None:
    resolved = OperatorSettings().resolve(ALICE, "s17_vehicle_registration")
    assert render_resolved(resolved, "resolved", "What is the plate?") == (
        "approximate age of people is considered as private information.\n"
        "complete license plate is considered as non-private information.\n"
        "gender is considered as non-private information.\n" + ABS_LINES + "\n\n" + VEHICLE
    )


def test_raw_mode_keeps_the_users_statement_for_the_model_to_resolve() -> None:
    resolved = OperatorSettings().resolve(ALICE, "s17_vehicle_registration")
    assert render_resolved(resolved, "raw", "What is the plate?") == (
        "approximate age of people is considered as private information.\n"
        "complete license plate is considered as private information.\n"
        "gender is considered as non-private information.\n" + ABS_LINES + "\n\n" + VEHICLE
    )


def test_no_scenario_both_modes_agree() -> None:
    resolved = OperatorSettings().resolve(ALICE, None)
    expected = (
        "approximate age of people is considered as private information.\n"
        "complete license plate is considered as private information.\n"
        "gender is considered as non-private information.\n" + ABS_LINES + "\n\nHow old?"
    )
    assert render_resolved(resolved, "raw", "How old?") == expected
    assert render_resolved(resolved, "resolved", "How old?") == expected


def test_absolute_listed_public_is_still_stated_private() -> None:
    policy = Policy(user="u", private=(), public=("a31_passport",))
    resolved = OperatorSettings(absolute=["passport"]).resolve(policy, None)
    for mode in ("raw", "resolved"):
        assert render_resolved(resolved, mode, "Q") == "passport is considered as private information.\n\nQ"


def test_custom_category_renders_like_a_builtin() -> None:
    pet = Category(id="pet_name", name="name of pets", custom=True)
    policy = Policy(user="u", private=("pet_name",), public=(), custom={"pet_name": pet})
    resolved = OperatorSettings(absolute=[]).resolve(policy, None)
    assert render_resolved(resolved, "resolved", "Q") == "name of pets is considered as private information.\n\nQ"


def _render(question: str) -> str:
    return f"POLICY\n\n{question}"


def test_inject_string_content_only_last_user_turn() -> None:
    messages = [
        {"role": "system", "content": "be nice"},
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": "second", "name": "bob"},
    ]
    before = copy.deepcopy(messages)
    out = inject_prompt(messages, _render)
    assert out[:3] == before[:3]
    assert out[3] == {"role": "user", "content": "POLICY\n\nsecond", "name": "bob"}
    assert messages == before  # the caller's list is not mutated


def test_inject_parts_puts_images_first_and_joins_text() -> None:
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
    messages = [
        {
            "role": "user",
            "content": [{"type": "text", "text": "What is"}, image, {"type": "text", "text": "this?"}],
        }
    ]
    out = inject_prompt(messages, _render)
    assert out[0]["content"] == [image, {"type": "text", "text": "POLICY\n\nWhat is\nthis?"}]
    assert out[0]["content"][0] is image  # image kept untouched


def test_inject_text_only_parts_still_list() -> None:
    out = inject_prompt([{"role": "user", "content": [{"type": "text", "text": "hi"}]}], _render)
    assert out[0]["content"] == "POLICY\n\nhi"


def test_image_only_turn_gets_policy_with_empty_question() -> None:
    image = {"type": "image_url", "image_url": {"url": "https://example.test/a.png"}}
    out = inject_prompt([{"role": "user", "content": [image]}], _render)
    assert out[0]["content"] == [image, {"type": "text", "text": "POLICY\n\n"}]


def test_last_user_question() -> None:
    messages = [{"role": "user", "content": "a"}, {"role": "user", "content": [{"type": "text", "text": "b"}]}]
    assert last_user_question(messages) == "b"


@pytest.mark.parametrize(
    ("messages", "match"),
    [
        ([], "no user message"),
        ([{"role": "system", "content": "x"}], "no user message"),
        ([{"role": "user", "content": 5}], r"messages\[0\].content: expected a string or a list"),
        ([{"role": "user", "content": ["x"]}], r"messages\[0\].content\[0\]: expected an object"),
        ([{"role": "user", "content": [{"type": "text", "text": 3}]}], r"content\[0\].text: expected a string"),
    ],
)
def test_inject_rejects_malformed_messages(messages: list[dict[str, object]], match: str) -> None:
    with pytest.raises(InjectionError, match=match):
        inject_prompt(messages, _render)
