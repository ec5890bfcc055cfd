"""The learned second opinion (``bot.privacy._tagger``): its candidates, its features, that
it is deterministic and idempotent, and that training it gives the same weights each time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import bot.privacy as privacy
from bot.privacy import _tagger, find, redact
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import tokens

ROOT = Path(__file__).resolve().parents[2]


def _feats(text: str, word: str) -> list[str]:
    toks = tokens(text, lexicon())
    holes = _tagger._holes(text, toks)
    i = next(k for k, t in enumerate(toks) if t.word == word)
    return _tagger.features(text, toks, i, holes, _tagger.doc(text, toks, holes))


@pytest.fixture
def tagger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(privacy, "USE_TAGGER", True)


def _candidate_words(text: str) -> list[str]:
    toks = tokens(text, lexicon())
    holes = _tagger._holes(text, toks)
    return [toks[i].word for i in _tagger.candidates(text, toks, holes)]


def _train_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "bench/train_tagger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_tagger", module)
    spec.loader.exec_module(module)
    return module


def test_only_words_the_rules_are_unsure_of_are_candidates() -> None:
    words = _candidate_words("yesterday the counsellor and zorvath walked to the shops")
    assert words == ["zorvath"]


def test_no_candidate_touches_a_placeholder_or_is_shorter_than_three_letters() -> None:
    assert _candidate_words("[name]zorvath and qx went out") == []
    assert "zorvath" in _candidate_words("[name] and zorvath went out")


def test_context_words_outside_closed_classes_are_reduced_to_their_class() -> None:
    feats = _feats("Brevik zorvath laughed", "zorvath")
    context = [f for f in feats if f.startswith(("p1=", "n1="))]
    # a capitalised word before is only a shape, "laughed" is a verb of saying: kept
    assert "n1=laughed" in context
    assert not any("brevik" in f.lower() for f in feats)
    assert not any("zorvath" in f for f in feats)  # the word itself is only its letters' tail


def test_features_name_lists_shape_and_nearby_placeholder() -> None:
    feats = _feats("so i asked [name] and maria about it", "maria")
    assert "sh=low" in feats
    assert any(f.startswith("l=given") for f in feats)
    assert "ph_near" in feats
    assert "chat=True|low" in feats


@pytest.mark.usefixtures("tagger_on")
def test_an_unlisted_lower_case_town_after_a_verb_of_saying_is_removed() -> None:
    assert redact("he said toowoomba was where he felt safe") == (
        "he said [place] was where he felt safe"
    )


@pytest.mark.usefixtures("tagger_on")
def test_ordinary_words_in_the_same_frame_are_kept() -> None:
    for text in (
        "honestly the pasta is the only one who gets it",
        "ok update: nothing again, same as last time",
        "Tuesday was calm and the group went well.",
    ):
        assert redact(text) == text


@pytest.mark.usefixtures("tagger_on")
def test_redact_with_the_tagger_is_idempotent() -> None:
    for text in (
        "honestly kaimana is the only one who gets it",
        "ok update: ferndale again, same as last time",
        "me and kaimana and tevaki and Losana went to the park near oberwald",
    ):
        once = redact(text)
        assert redact(once) == once


def test_tagging_is_deterministic() -> None:
    text = "honestly kaimana is the only one who gets it, kaimana knows"
    assert _tagger.tag(text) == _tagger.tag(text)


def test_the_tagger_is_on_and_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "he said toowoomba was where he felt safe"
    assert privacy.USE_TAGGER
    assert redact(text) != text
    assert [s.text for s in find(text)] == ["toowoomba"]
    monkeypatch.setattr(privacy, "USE_TAGGER", False)
    assert redact(text) == text
    assert find(text) == []


def test_tagger_failure_keeps_the_rules_redaction(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, **_kw: object) -> list[tuple[int, int, str]]:
        raise RuntimeError(text)

    monkeypatch.setattr(privacy, "USE_TAGGER", True)
    monkeypatch.setattr(privacy, "tag", broken)
    assert redact("Call 555-123-4567 tomorrow") == "Call [phone] tomorrow"


def test_training_gives_the_same_weights_file_byte_for_byte(tmp_path: Path) -> None:
    train = _train_module()
    data = [
        train.Example(["bias", "sh=low", "p1=and"], 1),
        train.Example(["bias", "sh=low", "p1=the"], 0),
        train.Example(["bias", "sh=cap", "p1=in"], 2),
        train.Example(["bias", "sh=low", "p1=and"], 1),
        train.Example(["bias", "sh=low", "p1=the"], 0),
        train.Example(["bias", "sh=cap", "p1=in"], 2),
    ]
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    train.write_weights(train.train(data), 0.3, ["x"], first)
    train.write_weights(train.train(data), 0.3, ["x"], second)
    assert first.read_bytes() == second.read_bytes()
    weights = train.train(data)
    probs = _tagger.probabilities(["bias", "sh=low", "p1=and"], weights)
    assert max(range(4), key=lambda k: probs[k]) == 1


def test_folds_are_whole_sets() -> None:
    train = _train_module()
    names = [f"set{k}" for k in range(12)]
    folds = train.folds(names)
    assert len(folds) == train.FOLDS
    assert sorted(n for fold in folds for n in fold) == sorted(names)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we waited all winter in hope of news", "hope"),  # an everyday word after "in"
        ("grace got her through the bad months", "grace"),  # opening the text
        ("we said it often, faith is what kept them going", "faith"),  # opening a clause
        ("the nurse (enfermeira) came by twice", "enfermeira"),  # a gloss in brackets
        ("so wanangu (my kids) slept early", "wanangu"),  # glossed by an aside
        ("she kept saying la pobrecita all day", "pobrecita"),  # beside "la"
        ("every sunday her nona makes soup", "nona"),  # a kinship word written small
        ("we had dinner at lolas house on sunday", "lolas"),  # the kin's home, no apostrophe
        ("the food there sangat good, really", "sangat"),  # before a word for how it is
        ("the kids played ball in the colonia park", "colonia"),  # a kind of place, not which
        ("he helps out at the tortilleria most days", "tortilleria"),  # a kind of shop
    ],
)
def test_words_where_the_rules_decide_are_no_candidates(text: str, word: str) -> None:
    toks = tokens(text, lexicon())
    assert any(t.word == word and t.kind in _tagger._UNSURE for t in toks)
    assert word not in _candidate_words(text)


def test_unsure_words_elsewhere_stay_candidates() -> None:
    assert "kaimana" in _candidate_words("honestly kaimana is the only one who gets it")
    assert "Kaimana" in _candidate_words("then Kaimana (her cousin) came")


@pytest.mark.usefixtures("tagger_on")
def test_a_capitalised_word_tagged_lets_the_rules_read_the_whole_text_again() -> None:
    text = 'she listed Orlaith, Brennan, and Tiarnach. then "bueno, Dios mio" she said'
    once = redact(text)
    assert redact(once) == once


def test_a_text_mostly_in_another_language_is_left_to_the_rules() -> None:
    # the same unsure word is judged in English text, not in a text of mostly other words
    assert "zorvath" in _candidate_words("she said zorvath was the only one who came by")
    assert _candidate_words("zorvath falou que voltou pra casa ontem cedinho sozinha") == []


def test_the_word_after_an_age_placeholder_is_no_candidate() -> None:
    # the unit of an age in another language: "[age] años"
    text = "her abuela is [age] anyos and still cooks for the whole family"
    assert "anyos" not in _candidate_words(text)
    assert "anyos" in _candidate_words("her abuela anyos still cooks for the whole family")
