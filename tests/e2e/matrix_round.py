"""The consultation round's buttons and forms in the permission matrix (see matrix_actions).

Alice presents: the round is on the share she posts through the real preview. Each action
puts the round in the phase it needs first; everything else is sent with forged custom ids.
"""

from __future__ import annotations

from typing import Any, cast

from simcord import InteractionResult

from bot.outbox import PostRecord
from bot.round import Phase
from bot.round.models import Closing
from cogs._round_ui import closing_digest
from cogs.round import NOT_MOVER
from tests.e2e.conftest import accept_agreement
from tests.e2e.helpers import bot_of
from tests.e2e.matrix_actions import (
    ACTIONS,
    ADMIN,
    AUTHOR,
    DM_AUTHOR,
    DM_OTHER,
    FACILITATOR,
    MEMBER,
    NOT_YOURS,
    OUTSIDER,
    REFUSAL_TEXT,
    Action,
    Actor,
    Check,
    Scene,
    alices_preview,
    click,
    content,
    forge_modal,
    seen_notice,
    with_share,
)

NOT_MOVER_ = "not-mover"
OWN_SHARE = "own-share"
PRESENTER = "presenter"
NOT_PRESENTER = "not-presenter"
NOTHING_TO_WITHDRAW = "nothing-to-withdraw"
CLOSING_TEXT = "Slow down. Pause."  # alice's closing, as stored and shown to her
REFUSAL_TEXT.update(
    {
        NOT_MOVER_: NOT_MOVER,
        OWN_SHARE: "This is your own share.",
        PRESENTER: "You are the presenter: the affirmations are for you.",
        NOT_PRESENTER: "Only the presenter writes the closing.",
        NOTHING_TO_WITHDRAW: (
            "There is no affirmation of yours to withdraw: it was revealed already, or withdrawn."
        ),
    }
)
IN_GUILD = (AUTHOR, MEMBER, FACILITATOR, ADMIN)
ELSEWHERE = {OUTSIDER: NOT_YOURS, DM_AUTHOR: NOT_YOURS, DM_OTHER: NOT_YOURS}


def _cells(**by_role: str) -> dict[str, str]:
    names = {"author": AUTHOR, "member": MEMBER, "facilitator": FACILITATOR, "admin": ADMIN}
    return {names[k]: v for k, v in by_role.items()} | ELSEWHERE


# Admins count as facilitators (cogs.summary.is_facilitator), as for /summary.
MOVERS = _cells(author="allowed", member=NOT_MOVER_, facilitator="allowed", admin="allowed")
WRITERS = _cells(author=PRESENTER, member="allowed", facilitator="allowed", admin="allowed")
PRESENTER_ONLY = _cells(author="allowed", member=NOT_YOURS, facilitator=NOT_YOURS, admin=NOT_YOURS)
ROUND_MATRIX: dict[str, dict[str, str]] = {
    "sk:rndnext": MOVERS,
    "sk:rndrev": MOVERS,
    "sk:rndaff": WRITERS,
    "sk:rndaffm": WRITERS | {AUTHOR: NOT_YOURS},
    "sk:rndwd": WRITERS | {AUTHOR: NOTHING_TO_WITHDRAW},
    "sk:rndout": WRITERS | {AUTHOR: OWN_SHARE},
    "sk:rndclose": _cells(
        author="allowed", member=NOT_PRESENTER, facilitator=NOT_PRESENTER, admin=NOT_PRESENTER
    ),
    "sk:rndclom": PRESENTER_ONLY,
    "sk:rndcpost": PRESENTER_ONLY,
    "sk:rndcpv": PRESENTER_ONLY,
    "sk:rndkeep": PRESENTER_ONLY | {DM_AUTHOR: "allowed"},  # offered in her DMs, too
    "sk:rndkq": PRESENTER_ONLY | {DM_AUTHOR: "allowed"},
    "sk:rndkqm": PRESENTER_ONLY | {DM_AUTHOR: "allowed"},
    # a member accepts her server's agreement from a DM too (sharing from there asks for it)
    "sk:rndagree": _cells(
        author="allowed", member="allowed", facilitator="allowed", admin="allowed"
    )
    | {DM_AUTHOR: "allowed", DM_OTHER: "allowed"},
    "sk:rndagrm": _cells(
        author=NOT_YOURS, member=NOT_YOURS, facilitator=NOT_YOURS, admin="allowed"
    ),
}


def post_id(scene: Scene) -> int:
    assert scene.share is not None
    return scene.share.id


def in_phase(
    phase: Phase, *, draft_for_actor: bool = False, closing: bool = False, revealed: bool = False
):
    """Alice's share is posted and its round is in `phase`; everyone has seen the notice and
    accepted the agreement; optionally the actor has an affirmation draft, alice a closing, or
    bob's affirmation was revealed (posted in the thread) on the way."""

    async def prepare(scene: Scene, actor: Actor) -> None:
        people = scene.people
        everyone = (people[name].id for name in ("alice", "bob", "fiona", "adam"))
        await accept_agreement(scene.env, scene.guild.id, *everyone)  # /forget removes hers
        await with_share(scene, actor)
        await seen_notice(scene, actor)
        record = await scene.repos.round.get(post_id(scene))
        assert record is not None
        revealed_now = revealed and record.phase in (Phase.CLARIFYING, Phase.AFFIRMATIONS)
        if revealed_now:
            assert await scene.repos.round.advance(post_id(scene), record.phase, Phase.AFFIRMATIONS)
            bob = people["bob"].id
            written = await scene.repos.round.write_affirmation(
                post_id(scene), bob, title="Affirmation", text="Kind words.", anonymous=True
            )
            assert isinstance(written, PostRecord), written
            record = await scene.repos.round.get(post_id(scene))
            assert record is not None
        if record.phase is not phase:
            assert await scene.repos.round.advance(post_id(scene), record.phase, phase)
        if revealed_now:
            cog = bot_of(scene.env).get_cog("Round")
            assert cog is not None  # extensions are loaded afresh per bot: no isinstance
            left = await cast(Any, cog).reveal(post_id(scene))
            assert left == 0, left
        if draft_for_actor and actor.role in (MEMBER, FACILITATOR, ADMIN):
            saved = await scene.repos.round.write_affirmation(
                post_id(scene), actor.id, title="Affirmation", text="Kind words.", anonymous=True
            )
            assert isinstance(saved, PostRecord), saved
        if closing:
            await scene.repos.round.draft_closing(
                post_id(scene),
                scene.alice.id,
                Closing(takeaway="Slow down.", next_step="Pause."),
                text=CLOSING_TEXT,
            )

    return prepare


def phase_is(phase: Phase, text: str) -> Check:
    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert text in content(r), content(r)
        record = await s.repos.round.get(post_id(s))
        assert record is not None and record.phase is phase

    return check


def opens(prefix: str) -> Check:
    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert r.modal is not None, content(r)
        assert r.modal["custom_id"].startswith(f"sk:{prefix}:")

    return check


def says(text: str) -> Check:
    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert text in content(r), content(r)

    return check


def _button(name: str, tail: str, prepare: Any, check: Check, **options: Any) -> None:
    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        return await click(actor, f"sk:{name}:{post_id(scene)}{tail}")

    ACTIONS[f"sk:{name}"] = Action(run, check, prepare=prepare, **options)


ROUND = frozenset({"round"})
_button(
    "rndnext",
    ":clarifying",
    in_phase(Phase.CLARIFYING),
    phase_is(Phase.AFFIRMATIONS, "The round is now in **Affirmations**"),
    may_change=ROUND,
)
_button(
    "rndrev",
    "",
    in_phase(Phase.REFLECTIONS),
    says("Every affirmation is posted."),
)
_button("rndaff", "", in_phase(Phase.AFFIRMATIONS), opens("rndaffm"))
_button(
    "rndwd",
    "",
    in_phase(Phase.AFFIRMATIONS, draft_for_actor=True),
    says("Withdrawn: your affirmation will never be posted."),
    may_change=ROUND,
)
_button(
    "rndout",
    "",
    in_phase(Phase.CLARIFYING),
    says("Please step out of this round"),
    may_change=frozenset({"round", "posts"}),  # the count, and the presenter's private note
)
_button("rndclose", "", in_phase(Phase.CLOSING), opens("rndclom"))
_button(
    "rndcpost",
    "",
    in_phase(Phase.CLOSING, closing=True),
    phase_is(Phase.CLOSED, "Your closing is posted"),
    may_change=frozenset({"round", "posts", "shares"}),  # her posts now include the closing
)
_button(  # the button that carries the closing its message showed: `in_phase`'s closing
    "rndcpv",
    f":{closing_digest(CLOSING_TEXT)}",
    in_phase(Phase.CLOSING, closing=True),
    phase_is(Phase.CLOSED, "Your closing is posted"),
    may_change=frozenset({"round", "posts", "shares"}),
)

_button(
    "rndkeep",
    "",
    in_phase(Phase.REFLECTIONS, revealed=True),
    says("Kept: 1 affirmation is now with your entry"),
    may_change=frozenset({"kept"}),
)


async def _key_question_button(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:rndkq:{await alices_preview(scene)}")


ACTIONS["sk:rndkq"] = Action(_key_question_button, opens("rndkqm"))


async def _agree(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:rndagree:{scene.guild.id}")


# Accepting the agreement makes a member of the group, prompted after its meetings.
ACTIONS["sk:rndagree"] = Action(
    _agree, says("you have accepted the group agreement"), may_change=frozenset({"prompted"})
)


def _form(name: str, values: dict[str, str], target: Any) -> Any:
    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        return await forge_modal(actor, f"sk:{name}:{await target(scene)}", values)

    return run


async def _share_of(scene: Scene) -> int:
    return post_id(scene)


async def _guild_of(scene: Scene) -> int:
    return scene.guild.id


ACTIONS["sk:rndaffm"] = Action(
    _form("rndaffm", {"text": "Forged kindness."}, _share_of),
    says("Saved. Nobody sees it until the phase ends"),
    prepare=in_phase(Phase.AFFIRMATIONS),
    may_change=ROUND,
)
ACTIONS["sk:rndclom"] = Action(
    _form("rndclom", {"takeaway": "Slow down.", "step": "Pause."}, _share_of),
    says("Saved with your entry."),
    prepare=in_phase(Phase.CLOSING),
    may_change=ROUND,
)
ACTIONS["sk:rndkqm"] = Action(
    _form("rndkqm", {"question": "What else could I try?"}, alices_preview),
    says("Preview with your key question"),
    prepare=seen_notice,
)
ACTIONS["sk:rndagrm"] = Action(
    _form("rndagrm", {"agreement": "Be kind."}, _guild_of),
    says("Saved. Members accept this agreement"),
    prepare=seen_notice,
    may_change=frozenset({"round_settings"}),
)
