"""The round's rules: phase order, who can move on, the reveal order, the agreement's version."""

from __future__ import annotations

import itertools
import random

from bot.round import DEFAULT_AGREEMENT, Phase, agreement_version, next_phase, reveal_order
from bot.round.phases import ORDER, guidance, phase_title


def test_phases_move_in_order_and_a_closed_round_moves_no_more() -> None:
    assert next_phase(Phase.CLARIFYING) is Phase.AFFIRMATIONS
    assert next_phase(Phase.AFFIRMATIONS) is Phase.REFLECTIONS
    assert next_phase(Phase.REFLECTIONS) is Phase.CLOSING
    assert next_phase(Phase.CLOSING) is Phase.CLOSED  # closed without a closing
    assert next_phase(Phase.CLOSED) is None


def test_a_closed_round_says_whether_its_closing_is_in_the_thread() -> None:
    assert "closing is in the thread" in guidance(Phase.CLOSED)
    assert guidance(Phase.CLOSED, closing_posted=False) == (
        "Thank you all. The round was closed without a closing."
    )


def test_every_phase_says_what_to_do() -> None:
    for phase in ORDER:
        assert phase_title(phase) and len(guidance(phase)) <= 1024  # an embed field's limit


def test_the_reveal_order_is_a_permutation_and_every_order_occurs() -> None:
    items = ["first written", "second written", "third written"]
    seen = set()
    for _ in range(300):
        shuffled = reveal_order(items)
        assert sorted(shuffled) == sorted(items)
        seen.add(tuple(shuffled))
    assert seen == set(itertools.permutations(items))  # misses one with p < 1e-20


def test_the_reveal_order_does_not_follow_writing_order_with_a_given_generator() -> None:
    rng = random.SystemRandom()
    items = list(range(50))
    assert reveal_order(items, rng) != items  # 1 / 50! to be the same by chance
    assert items == list(range(50))  # the input is left as it was


def test_a_changed_agreement_has_a_new_version_and_whitespace_does_not_count() -> None:
    assert agreement_version(DEFAULT_AGREEMENT) == agreement_version(f"  {DEFAULT_AGREEMENT}\n")
    assert agreement_version(DEFAULT_AGREEMENT) != agreement_version("Be kind.")
    assert len(agreement_version("x")) == 16
