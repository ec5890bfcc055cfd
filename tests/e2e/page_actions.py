"""Actions the permission matrix leaves out (their ids carry nothing another member could
aim at someone else's data), for the sweeps over every component and form: a new entry's
first page, with and without the question about the last next step, that page opened
again, a page brought back by Reopen page, and the hours form a meeting prompt opens.

Each is an `Action` as the matrix's are, done by the member it belongs to, in the scene of
`matrix_actions`, with the check of what one clean attempt shows and stores.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from simcord import InteractionResult

from bot.outbox import PostRecord
from bot.round import Phase
from tests.e2e.helpers import SPARKLE_PAGES, forge_submit, modal_defaults, modal_ids
from tests.e2e.matrix_actions import (
    AUTHOR,
    MEMBER,
    Action,
    Actor,
    Scene,
    _entry,  # pyright: ignore[reportPrivateUsage]
    click,
    content,
    seen_notice,
)
from tests.e2e.matrix_hours import with_meeting
from tests.e2e.matrix_round import in_phase, post_id

STEP = "Ask one more scaling question."
FIRST_PAGE = SPARKLE_PAGES[0]
WITH_STEP = {"last_step": "I asked it; the client smiled.", **FIRST_PAGE}
EDITED_STEP = {"last_step": "I asked it twice.", "moment": "Edited.", "signs": "Calmer."}


async def _bobs_drafts(scene: Scene) -> list[Any]:
    bob = scene.people["bob"].id
    listed = await scene.repos.entries.list_for_author(bob)
    drafts = [e for e in listed.items if e.status != "complete"]
    return [await scene.repos.entries.get(e.id, bob) for e in drafts]


def _first_page_saved(typed: dict[str, str]):
    """Saved once: one new draft of bob's, holding what he typed."""

    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert "**Saved.** 1 of 3 pages done." in content(r), content(r)
        (draft,) = await _bobs_drafts(s)
        assert draft is not None and draft.answers == typed

    return check


async def bobs_step(scene: Scene, actor: Actor) -> None:
    """Bob passed the notice, and a complete entry of his names a next step."""
    await seen_notice(scene, actor)
    answers = {"moment": "Earlier.", "doing": "Slowed.", "frequency": "4", "next_step": STEP}
    await _entry(scene, actor.id, "sparkle", scene.guild.id, answers, True)


async def run_new_page(scene: Scene, actor: Actor) -> InteractionResult:
    shown = await actor.slash("sparkle")
    assert shown.modal is not None and modal_ids(shown) == ["moment", "signs"]
    actor.typed = dict(FIRST_PAGE)
    return await actor.handle.submit_modal(shown, FIRST_PAGE)


async def run_new_step_page(scene: Scene, actor: Actor) -> InteractionResult:
    shown = await actor.slash("sparkle")
    assert shown.modal is not None and shown.modal["custom_id"].startswith("sk:pagenewstep:")
    actor.typed = dict(WITH_STEP)
    return await actor.handle.submit_modal(shown, WITH_STEP)


async def bobs_step_draft(scene: Scene, actor: Actor) -> None:
    """Bob saved a first page that answered how his last step went."""
    await bobs_step(scene, actor)
    saved = await run_new_step_page(scene, actor)
    assert "**Saved.**" in content(saved)


async def run_step_page_again(scene: Scene, actor: Actor) -> InteractionResult:
    (draft,) = await _bobs_drafts(scene)
    shown = await click(actor, f"sk:edit:{draft.id}:0")
    assert shown.modal is not None and shown.modal["custom_id"].startswith("sk:pagestep:")
    actor.typed = dict(EDITED_STEP)
    return await actor.handle.submit_modal(shown, EDITED_STEP)


TOO_LONG = {"moment": "A" * 2100, "signs": "Fine."}


async def run_reopen(scene: Scene, actor: Actor) -> InteractionResult:
    """A page refused (an answer over the limit, as a tampered client sends it), then its
    Reopen page button."""
    await actor.slash("sparkle")  # past nothing: the notice is seen; a page is shown
    refused = await forge_submit(actor.handle, actor.channel, "sk:page:sparkle:0:0", TOO_LONG)
    assert refused.response is not None and "Nothing on this page was saved" in content(refused)
    return await actor.handle.click(refused.response.message, label="Reopen page")


async def _reopened(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None, content(r)
    assert modal_defaults(r) == {"moment": TOO_LONG["moment"][:2000], "signs": "Fine."}


async def run_meeting_form(scene: Scene, actor: Actor) -> InteractionResult:
    """Log it, on a meeting prompt, and its form submitted as shown (the once-only form)."""
    shown = await click(actor, f"sk:hmeet:{scene.guild.id}:{_ENDED}:{'m' * 16}")
    assert shown.modal is not None and re.fullmatch(
        r"sk:hnew:video:peer_group:participant:-1:0:m{16}", shown.modal["custom_id"]
    )
    typed = {k: v or "" for k, v in modal_defaults(shown).items()}
    actor.typed = {k: v for k, v in typed.items() if v}
    return await actor.handle.submit_modal(shown, typed)


_ENDED = int(datetime(2026, 1, 5, 19, 30, tzinfo=UTC).timestamp())  # as `with_meeting` plans


async def _meeting_logged(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Logged" in content(r), content(r)
    logged = await s.repos.hours.all_of(a.id)
    assert len(logged) == len(b["hours"][0]) + 1  # once


# -- the round moved on from its affirmations with one waiting, which reveals it (the matrix
# moves it on from its clarifying questions only)


async def with_affirmation_waiting(scene: Scene, actor: Actor) -> None:
    """Alice's round is at its affirmations, and bob's waits to be revealed."""
    await in_phase(Phase.AFFIRMATIONS)(scene, actor)
    written = await scene.repos.round.write_affirmation(
        post_id(scene), scene.people["bob"].id, title="Affirmation", text=KIND, anonymous=True
    )
    assert isinstance(written, PostRecord), written


KIND = "You stayed curious all the way."


async def run_reveal(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:rndnext:{post_id(scene)}:affirmations")


async def _revealed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    record = await s.repos.round.get(post_id(s))
    assert record is not None and record.phase is Phase.REFLECTIONS, content(r)
    thread = next(t for t in s.reflections.threads)
    assert [m.embeds[0].description for m in thread.history() if m.embeds].count(KIND) == 1


# Each case: (the prefix of the interaction it is, who does it, the action).
PAGE_ACTIONS: dict[str, tuple[str, str, Action]] = {
    "sk:pagenew": (
        "sk:pagenew",
        MEMBER,
        Action(run_new_page, _first_page_saved(FIRST_PAGE), prepare=seen_notice),
    ),
    "sk:pagenewstep": (
        "sk:pagenewstep",
        MEMBER,
        Action(run_new_step_page, _first_page_saved(WITH_STEP), prepare=bobs_step),
    ),
    "sk:pagestep": (
        "sk:pagestep",
        MEMBER,
        Action(run_step_page_again, _first_page_saved(EDITED_STEP), prepare=bobs_step_draft),
    ),
    "sk:reopen": ("sk:reopen", MEMBER, Action(run_reopen, _reopened, prepare=seen_notice)),
    "sk:hnew-prompt": (
        "sk:hnew",
        AUTHOR,
        Action(
            run_meeting_form,
            _meeting_logged,
            prepare=with_meeting,
            may_change=frozenset({"hours", "prompted"}),
        ),
    ),
    "sk:rndnext-reveals": (
        "sk:rndnext",
        AUTHOR,
        Action(
            run_reveal,
            _revealed,
            prepare=with_affirmation_waiting,
            may_change=frozenset({"round", "posts"}),
        ),
    ),
}
