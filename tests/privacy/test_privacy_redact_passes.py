"""``redact`` stops repeating the whole pass when the text around the new placeholders holds
nothing to find: it must give what repeating whole passes gives (the look around them
finds something -> the whole pass runs), on every development text and on long answers; and
redacting its output again changes nothing."""

from __future__ import annotations

import pytest

import bot.privacy as privacy
from tests.privacy.redaction_cases import dev_texts


def _whole_passes(monkeypatch: pytest.MonkeyPatch, text: str) -> str:
    """``redact`` as it was: every pass after the first looks at the whole text."""
    with monkeypatch.context() as patch:
        patch.setattr(privacy, "_nothing_nearby", lambda *_args, **_kw: False)
        return privacy.redact(text)


def _dev_texts() -> list[str]:
    return list(dev_texts())


_SHARDS = 4  # in shards, so that two test workers share the texts


@pytest.mark.runs_long
@pytest.mark.parametrize("shard", range(_SHARDS))
def test_same_as_whole_passes_on_dev_texts_and_answers(
    monkeypatch: pytest.MonkeyPatch, shard: int
) -> None:
    texts = _dev_texts()
    joined = " ".join(texts)
    answers = [joined[i : i + 4000] for i in range(0, len(joined) - 4000, 4000)][:80]
    # `_nothing_nearby` is the only place where `redact` and the whole passes part: when it
    # answered False at every call of a text's `redact` (nine texts in ten), the whole passes
    # run the very same steps, so they are run only for the texts where it answered True.
    skipped: list[bool] = []
    nothing_nearby = privacy._nothing_nearby

    def watched(text: str, holes: list[tuple[int, int]], *, shapes: bool) -> bool:
        answer = nothing_nearby(text, holes, shapes=shapes)
        skipped.append(answer)
        return answer

    # each text once: a lower-cased chat text is often the text itself, and `redact` is a
    # pure function of its text
    every = list(dict.fromkeys(texts + [t.lower() for t in texts[::5]] + answers))
    for text in every[shard::_SHARDS]:
        skipped.clear()
        with monkeypatch.context() as patch:
            patch.setattr(privacy, "_nothing_nearby", watched)
            once = privacy.redact(text)
        if any(skipped):
            assert once == _whole_passes(monkeypatch, text), text[:200]
        # idempotent on every text; a text it left as it was is redacted again by the run
        # above (`redact` is a pure function of its text), so only the changed ones are run
        assert once == text or privacy.redact(once) == once, once[:200]


def test_a_find_beside_any_placeholder_brings_back_the_whole_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "No." is read as a number in the first pass; once it is a placeholder the full stop
    # ends a sentence and "lil j" opens the next: found beside that placeholder, so the
    # whole pass runs
    text = (
        "Malaysia: new flat at No.  lil j said school was ok. "
        + "She walked to the shops and felt calm about the week. " * 4
        + "Her GP Tash said the sleep was better."
    )
    out = privacy.redact(text)
    assert "lil j" not in out
    assert "Tash" not in out
    assert out == _whole_passes(monkeypatch, text)


def test_nothing_nearby_reads_only_the_windows() -> None:
    far = "She walked to the shops and felt calm about the week. " * 6
    text = "[name] said it went well. " + far
    assert privacy._nothing_nearby(text, [(0, 6)], shapes=True)
    # a name beside the placeholder is something to find
    assert not privacy._nothing_nearby("[name] and Tash went. " + far, [(0, 6)], shapes=True)
    # windows covering most of a short text: the whole pass is looked at instead
    assert not privacy._nothing_nearby("[name] said hi.", [(0, 6)], shapes=True)


def test_a_lower_case_given_name_beside_a_found_name_is_looked_at_again() -> None:
    """ "anni Mi": once "Mi" is a placeholder, "anni" reads as a name beside a name, so the
    pass that found "Mi" is not the last one, and redacting twice changes nothing."""
    once = privacy.redact("anni Mi helping. Squid follow-up.")
    assert "anni" not in once
    assert privacy.redact(once) == once


@pytest.mark.parametrize("text", ["- 0" * 100, "- 0" * 1300, "0- " * 400 + "call me"])
def test_text_that_needs_many_passes_is_redacted_until_nothing_changes(text: str) -> None:
    once = privacy.redact(text)
    assert once != text  # numbers in it read as phones
    assert privacy.redact(once) == once


def test_stretches_read_alone_must_decide_what_the_whole_text_did() -> None:
    """A word the whole reading decided safe (its evidence far away) that the stretch around
    a new placeholder, read alone, leaves undecided: the shortcut would hand it to the
    tagger, so the whole pass decides instead."""
    far = " She walked to the shops and felt calm about the week." * 6
    text = "ri nunan noticed first. [name] came in." + far
    hole = [(24, 30)]
    assert privacy._decided_alike(text, hole, [(3, 8)], [(3, 8)])
    assert not privacy._decided_alike(text, hole, [(3, 8)], [])  # lost near the placeholder
    assert not privacy._decided_alike(text, hole, [], [(3, 8)])  # gained there
    # far from every stretch, what differs is the whole reading's and stays as it was
    assert privacy._decided_alike(text, hole, [(300, 305)], [])
