"""The round's counts as its post shows them, and when a post shows other counts (an update
Discord refused left it behind), which the next click on it catches up."""

from __future__ import annotations

from datetime import UTC, datetime

import discord

from bot.round import Phase
from bot.round.models import RoundRecord
from cogs._round_ui import round_counts, round_embed, shows_other_counts

SINCE = datetime(2026, 1, 1, tzinfo=UTC)


def _round(phase: Phase = Phase.AFFIRMATIONS, *, affirmations: int = 0, stepouts: int = 0):
    return RoundRecord(
        post_id=1,
        guild_id=2,
        entry_id=None,
        phase=phase,
        key_question=None,
        phase_since=SINCE,
        affirmations=affirmations,
        stepouts=stepouts,
    )


def _post_showing(record: RoundRecord) -> list[discord.Embed]:
    """A post's embeds: the share's own, then the round's status."""
    return [discord.Embed(title="Shared reflection", description="text"), round_embed(record, {})]


def test_the_counts_shown_are_the_rounds() -> None:
    assert round_counts(_round()) == "Affirmations written so far: 0"
    assert round_counts(_round(affirmations=2, stepouts=1)) == (
        "Affirmations written so far: 2 · Members who stepped out: 1"
    )
    assert round_counts(_round(Phase.REFLECTIONS, stepouts=1)) == "Members who stepped out: 1"
    assert round_counts(_round(Phase.CLARIFYING)) is None


def test_a_post_showing_other_counts_is_behind() -> None:
    shown = _post_showing(_round(affirmations=1))
    assert not shows_other_counts(shown, _round(affirmations=1))
    assert shows_other_counts(shown, _round(affirmations=0))
    assert shows_other_counts(shown, _round(affirmations=1, stepouts=1))
    before = _post_showing(_round(Phase.CLARIFYING))
    assert not shows_other_counts(before, _round(Phase.CLARIFYING))
    assert shows_other_counts(before, _round(Phase.CLARIFYING, stepouts=1))
