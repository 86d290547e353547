"""Classes the forty-second round's burned sets showed (made-up examples, not their rows), read by the recognisers
alone (the learned check off): a value in a URL's path after the path's word ("/booking/QX7TRB" is "booking:
QX7TRB", "/in/tomasz-lewicki" a profile's name in lower case), a label element with its value in bold after it, a
value's own sentence ("It's X.") before the sentence that names its label; and the verifier's window tests (made-up
values, format statements, masks after labels) read an answer once, not once per finding."""

from __future__ import annotations

import pytest

from guard.classify import answers
from guard.verify import Verifier, VerifySettings, masks
from guard.verify.checks.dates import DateMask, date_spans
from guard.verify.normalise import normalise
from guard.verify.settings import default_checks


@pytest.fixture(scope="module")
def rules() -> Verifier:
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a38_ticket", "You can check the trip at https://trips.example.org/booking/QX7TRB"),
        ("a38_ticket", "Le lien imprimé : https://www.example.com/reservation/KP4LZD"),
        ("a19_name_full", "Her profile is at https://www.linkedin.com/in/tomasz-lewicki"),
        ("a19_name_full", "Profil : https://www.linkedin.com/in/jadwiga-stepniak/"),
        # a label element and the value in bold after it
        ("a46_occupation", '<div class="row"><span>Occupation</span> <strong>Landscape gardener</strong></div>'),
        ("a75_address_current_partial", "<p><label>Street</label> <b>Kestrel Avenue</b></p>"),
        # the value's own sentence first ("It's X."), the label in the next one
        ("a85_username", "It's mrowka_77. That's the username as printed on the screenshot."),
        ("a58_hobbies", "It's Birdwatching. That's the hobby given on the profile."),
    ],
)
def test_leaks(rules: Verifier, category: str, answer: str) -> None:
    result = rules.verify_offline(frozenset({category}), answer, question="Describe this image.")
    assert not result.allowed, answer


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a19_name_full", "See https://example.org/help/privacy-policy for the details."),
        ("a19_name_full", "The poster links to https://example.org/blog/summer-trip."),
        ("a38_ticket", "The booking was made for 2 people at 19:30 on 12 May."),
        ("a38_ticket", "La reserva es para el 12 de mayo a las 20:00."),
        ("a38_ticket", "Photos are at https://example.org/images/logo.png"),
        ("a46_occupation", "<p><span>Hello</span> <b>and welcome</b> to the staff page.</p>"),
        ("a46_occupation", "It's a form. That's the occupation field on the left."),
        ("a19_name_full", "It's blurry. That's the name line."),
    ],
)
def test_harmless(rules: Verifier, category: str, answer: str) -> None:
    result = rules.verify_offline(frozenset({category}), answer, question="Describe this image.")
    assert result.allowed, result.reason


def test_a_url_path_word_labels_what_follows_and_maps_back() -> None:
    text = "Link: https://www.example.net/booking/QX7TRB?ref=abc"
    norm = normalise(text)
    assert "booking: QX7TRB" in norm.text
    at = norm.text.index("QX7TRB")
    assert text[slice(*norm.span(at, at + 6))] == "QX7TRB"
    assert "2024: 05" not in normalise("https://a.example/2024/05/photo.jpg").text  # a number is no path word


def test_window_tests_agree_with_reading_each_window() -> None:
    """The spans found once per answer answer each finding's window as a search of the window itself would, for
    windows that open a clause and end at a word's end (where the verifier's windows begin and end); a denial just
    before a window ("Not a| fictitious value") is seen too, which a search of the window alone missed."""
    answer = (
        "The real number is 0151 2290 4471; a made-up one would look like 0000 0000. "
        "Plates usually follow a pattern such as AB-123-CD. Not a fictitious value: 4471."
    )
    spans = masks._scan(answer).unreal
    starts = [0] + [k + 1 for k, ch in enumerate(answer) if ch in ".;:"]
    ends = [k for k in range(len(answer) + 1) if k == len(answer) or not answer[k].isalnum()]
    for lo in starts:
        for hi in (e for e in ends if e >= lo):
            assert spans.within(lo, hi) == answers.calls_unreal(answer[lo:hi]), (lo, hi)
    at = answer.index("fictitious")
    assert answers.calls_unreal(answer[at:]) and not spans.within(at, len(answer))
    at = answer.index("0000 0000")
    assert masks._called_unreal(answer, at, at + 9)
    at = answer.index("0151")
    assert not masks._called_unreal(answer, at, at + 14)  # the clause of the real number says nothing made up
    at = answer.index("AB-123-CD")
    assert masks._format_statement(answer, at, at + 9)


def test_one_scan_per_answer_however_many_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand findings on one answer search its words once (the scan is cached per answer), not once each."""
    calls = []
    real = answers.unreal_spans

    def counted(text: str) -> list[tuple[int, int]]:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(masks, "unreal_spans", counted)
    masks._scan.cache_clear()
    answer = "Anna Maria Louise Berg Street Hill Park " * 60
    for k in range(0, len(answer) - 10, 3):
        masks._called_unreal(answer, k, k + 4)
    assert calls == [len(answer)]


def test_date_mask_marks_the_characters_of_dates() -> None:
    text = "Issued 12.03.2019 at 10:45, valid 5 years, ref 4471."
    mask = DateMask(text)
    covered = {k for s, e in date_spans(text) for k in range(s, e)}
    for k in range(len(text)):
        assert mask.overlaps(k, k + 1) == (k in covered), k
    assert not mask.overlaps(text.index("4471"), text.index("4471") + 4)
