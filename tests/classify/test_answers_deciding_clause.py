"""A disclosure anywhere wins, also against the learned model: one answering sentence inside a long description of
the scene reads to the model like a description that answers nothing, so the clause the rules' disclosure stands on
is read alone too (``answers._deciding_clause_discloses``); not where the answer also declines, and not in a JSON
object or a table, whose lines are fields."""

from __future__ import annotations

from guard.classify.answers import DISCLOSE, _deciding_clause_discloses, classify_answer, rule_answer

_BEFORE = (
    "The picture was taken in a kitchen. A kettle stands on the counter and a calendar hangs by the fridge, with a "
    "bowl of lemons near the sink. "
)
_AFTER = (
    " Further back there is a shelf of cookbooks and a tall plant, and the light comes from a window on the right. "
    "The overall mood is calm and tidy."
)


def _deciding(answer: str, category: str) -> bool:
    rule = rule_answer(answer, categories=[category])
    assert rule.label == DISCLOSE, rule
    return _deciding_clause_discloses(answer, rule, (category,), None, None, None)


def test_a_disclosing_sentence_inside_a_long_description_discloses() -> None:
    answer = _BEFORE + "There is full frontal nudity in the picture." + _AFTER
    assert _deciding(answer, "a13_full_nudity")
    assert classify_answer(answer, categories=["a13_full_nudity"]).label == DISCLOSE


def test_not_where_the_answer_also_declines() -> None:
    answer = _BEFORE + "I won't say what her surname is; it reads Okonkwo." + _AFTER
    assert not _deciding(answer, "a21_name_last")


def test_not_in_a_json_answer() -> None:
    answer = '```json\n{\n  "person": 1,\n  "receipt": null,\n  "note": "withheld"\n}\n```'
    rule = rule_answer(answer, categories=["a37_receipt"])
    assert not _deciding_clause_discloses(answer, rule, ("a37_receipt",), None, None, None)
