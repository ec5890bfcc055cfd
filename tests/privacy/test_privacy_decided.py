"""Where the rules decide a word is safe on purpose (``bot.privacy._decided``): recorded with
the rules' result, carried to the text the tagger reads, and never judged by the tagger."""

from __future__ import annotations

import pytest

import bot.privacy as privacy
from bot.privacy import _decided, _tagger, redact, redact_by_rules


def _decided_words(text: str) -> tuple[str, list[str]]:
    out, decided = redact_by_rules(text)
    return out, [out[s:e] for s, e in decided]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the social worker (assistente) phoned twice", "assistente"),
        ("our counsellor (consejera) listened", "consejera"),
        ("so mwanangu (my son) was sick", "mwanangu"),
        ("so mtoto (my baby) woke up crying", "mtoto"),
    ],
)
def test_a_word_a_bracket_translates_is_recorded(text: str, word: str) -> None:
    out, words = _decided_words(text)
    assert out == text
    assert word in words


def test_a_thing_kept_whole_is_recorded() -> None:
    out, words = _decided_words("I told Brian Lara about the match")
    assert out == "I told Brian Lara about the match"
    assert {"Brian", "Lara"} <= set(words)


def test_a_bracket_naming_the_person_is_no_decision_to_keep() -> None:
    out, words = _decided_words("the client (leilani) said she slept")
    assert "leilani" not in out
    assert "leilani" not in words


def test_decisions_are_carried_past_the_placeholders_before_them() -> None:
    text = "Grzegorz phoned, the social worker (assistente) phoned twice"
    out, words = _decided_words(text)
    assert out.startswith("[name] phoned")
    assert words == ["assistente"]


def test_nothing_is_recorded_when_no_one_collects() -> None:
    assert not _decided.recording_on()
    with _decided.recording() as held:
        _decided.record(0, 4)
    assert held is None


def test_moved_drops_ranges_inside_a_replaced_stretch_and_shifts_the_rest() -> None:
    # "ab Zed cd ef" with "Zed" (3:6) replaced by "[name]" (3:9)
    ranges = [(0, 2), (4, 5), (7, 9)]
    assert _decided.moved(ranges, [(3, 6)], [(3, 9)]) == [(0, 2), (10, 12)]


def test_merged_joins_overlapping_ranges() -> None:
    assert _decided.merged([(5, 9), (0, 2), (1, 3), (9, 10)]) == [(0, 3), (5, 10)]


def test_the_tagger_never_judges_a_decided_word() -> None:
    text = "he said toowoomba was where he felt safe"
    assert _tagger.tag(text, decided=[]) != []
    assert _tagger.tag(text, decided=[(8, 17)]) == []


def test_candidates_ask_the_rules_when_not_told() -> None:
    from bot.privacy._lexicon import lexicon
    from bot.privacy._proper_nouns import tokens

    text = "the social worker (assistente) phoned and zorvath left"
    toks = tokens(text, lexicon())
    holes = _tagger._holes(text, toks)
    words = [toks[i].word for i in _tagger.candidates(text, toks, holes)]
    assert "assistente" not in words
    assert "zorvath" in words


def test_redact_keeps_decided_words_with_the_tagger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(privacy, "USE_TAGGER", True)
    for text in (
        "the social worker (assistente) phoned twice",
        "so mwanangu (my son) was sick",
    ):
        assert redact(text) == text
