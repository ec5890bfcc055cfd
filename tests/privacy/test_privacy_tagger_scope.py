"""The tagger's second scope (``bot.privacy._tagger._everyday_capital``): an everyday word
written with a capital inside a sentence, a name made of everyday words ("moved to
Satellite, ...", "University of ..."), judged with features of its own and its own
threshold; and what stays out of it: sentence openers, words never an identifier ("Church",
"Mum", the "Miracle Question"), names of languages, a kind of service found in every town
("his teacher at School"), German text. Examples invented for this test."""

from __future__ import annotations

import pytest

import bot.privacy as privacy
from bot.privacy import _tagger, redact
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import tokens
from tests.privacy.tagger_probe import features_of


@pytest.fixture(autouse=True)
def tagger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(privacy, "USE_TAGGER", True)


def _candidate_words(text: str) -> list[str]:
    toks = tokens(text, lexicon())
    holes = _tagger._holes(text, toks)
    return [toks[i].word for i in _tagger.candidates(text, toks, holes, [])]


def test_an_everyday_word_with_a_capital_inside_a_sentence_is_a_candidate() -> None:
    assert "Harbour" in _candidate_words("she goes to Harbour on fridays with her nan")


def test_an_everyday_word_opening_a_sentence_line_or_quote_is_no_candidate() -> None:
    assert _candidate_words("Harbour was calm today. Anchor said nothing.") == []
    assert _candidate_words('she said: "Harbour was calm" and left') == []
    assert _candidate_words("the plan\nHarbour walks on fridays") == []


def test_words_never_an_identifier_language_names_and_kinds_of_service_are_no_candidates() -> None:
    for text in (
        "she went to Church on Sunday with her Mum and felt calm",
        "we used the Miracle Question and then Scaling again",
        "she switched to Czech when she was upset and then to Swahili",
        "she ate at Breakfast Club and her teacher at School noticed",
    ):
        assert _candidate_words(text) == [], text


def test_german_text_which_capitalises_every_noun_is_left_out() -> None:
    text = "Sie geht mit der Mutter in die Kirche und danach zum Bäcker, und das Wetter ist gut."
    assert not any(w in ("Wetter", "Kirche", "Mutter") for w in _candidate_words(text))


def test_a_kind_of_service_beside_a_placeholder_is_a_candidate() -> None:
    # what is left of a name the rules took in part
    assert _candidate_words("she goes to [place] Community Services on fridays") == [
        "Community",
        "Services",
    ]
    assert _candidate_words("he studies at University of [place] now") == ["University"]


def test_the_scope_has_features_of_its_own() -> None:
    feats = features_of("she walked to the Harbour with her nan", "Harbour")
    assert all(f.startswith(_tagger.SCOPE) for f in feats)
    assert "o:cue=to" in feats
    assert "o:art=the" in feats
    assert "o:k=ordc" in feats
    # an unsure word keeps the features it had
    unsure = features_of("she met Zorvath there", "Zorvath")
    assert not any(f.startswith(_tagger.SCOPE) for f in unsure)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He is studying at University of Tolvanen now.", "University"),
        ("They moved to Satellite, Mareviston, near her mum.", "Satellite"),
    ],
)
def test_a_venue_named_with_everyday_words_is_removed(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "went to Church on Sunday with my Mum and felt calm.",
        "my Mum said it was a good week.",
        "Session Notes: Presenting Problem and Next Steps.",
        "We read about Solution Focused Brief Therapy and Narrative Therapy.",
        "He likes Motivational Interviewing more than the Gottman Method.",
        "She watched Inside Out with her brother.",
        "She ate at Breakfast Club and went to the Job Centre after.",
        "She switched to Czech when she was upset.",
    ],
)
def test_capitalised_everyday_words_that_name_no_one_are_kept(text: str) -> None:
    assert redact(text) == text


def test_the_scope_has_its_own_threshold() -> None:
    text = "He is studying at University of [name] now."
    start = text.index("University")
    assert (start, start + 10) in [(s, e) for s, e, _ in _tagger.tag(text)]
    weights, threshold = _tagger._weights()
    assert _tagger.tag(text, weights, threshold, scope_threshold=1.01) == []
