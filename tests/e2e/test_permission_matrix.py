"""Who may do what: every command and every id-carrying component, as every kind of user.

`MATRIX` is the table: for each action, what each role must get. Roles (`matrix_actions`):
author (alice, who owns the entries), member (bob), facilitator (has the role set with
/setup facilitator), admin (Manage Server), outsider (Manage Server in a second server only),
dm-author and dm-other (alice and bob in their DMs with the bot). Every cell is checked:

- allowed: the expected answer, visible only to the actor (a form, or ephemeral messages);
- refused: only the refusal text, ephemeral, with no embed, file, component or form;
- hidden / not-in-dms: SimCord refuses to run a command the user could not see;
- refused-in-code: /setup with its command permission overridden for a non-admin;

and, unless the cell is allowed to change them, nothing moves: alice's entries
(`repos.entries.get(entry_id, alice.id)` before and after), shares and reminder, the
server's settings, the summary audit trail, and the messages in every channel, thread and DM.
Components and forms are sent with hand-made custom ids (`forge_click`, `forge_select`,
`forge_modal`), as a tampered client could, so the bot's own checks are what is tested.
"""

from __future__ import annotations

import re
from typing import Any

import discord
import pytest
import simcord
from simcord import InteractionResult, assert_error

from cogs._interactions import SHOWN_BACK
from tests.e2e.conftest import World
from tests.e2e.matrix_actions import (
    ACTIONS,
    ADMIN,
    ALICES,
    ALLOWED,
    AUTHOR,
    DM_AUTHOR,
    DM_OTHER,
    FACILITATOR,
    HIDDEN,
    MEMBER,
    NO_DM,
    NOT_FACILITATOR_,
    NOT_YOURS,
    OUTSIDER,
    OVERRIDDEN,
    OWNERS,
    REFUSAL_TEXT,
    ROLES,
    SETUP_SUBCOMMANDS,
    Action,
    Actor,
    Scene,
    build_scene,
    reveals_nothing_of_alice,
    snapshot,
)
from tests.e2e.matrix_hours import (
    HOURS_MATRIX,
    NOT_HOURS_FACILITATOR_,
    NOT_HOURS_FACILITATOR_DM_,
    NOT_MEETING_FACILITATOR_,
)
from tests.e2e.matrix_round import (
    NOT_MOVER_,
    NOT_PRESENTER,
    NOTHING_TO_WITHDRAW,
    OWN_SHARE,
    PRESENTER,
    ROUND_MATRIX,
)

# -- the table ------------------------------------------------------------------------------

EVERYONE = dict.fromkeys(ROLES, ALLOWED)
OWNER_ONLY = {role: ALLOWED if role in OWNERS else NOT_YOURS for role in ROLES}
FACILITATORS = {
    AUTHOR: NOT_FACILITATOR_,
    MEMBER: NOT_FACILITATOR_,
    FACILITATOR: ALLOWED,
    ADMIN: ALLOWED,
    OUTSIDER: ALLOWED,  # an admin of her own server: that server's summary only
    DM_AUTHOR: NO_DM,
    DM_OTHER: NO_DM,
}
POST_SUMMARY = FACILITATORS | {
    OUTSIDER: NOT_FACILITATOR_,  # her server's admin, posting the consultation server's week
    DM_AUTHOR: NOT_FACILITATOR_,
    DM_OTHER: NOT_FACILITATOR_,
}
ADMINS = {
    AUTHOR: HIDDEN,
    MEMBER: HIDDEN,
    FACILITATOR: HIDDEN,
    ADMIN: ALLOWED,
    OUTSIDER: ALLOWED,  # in her own server; the consultation server is untouched
    DM_AUTHOR: NO_DM,
    DM_OTHER: NO_DM,
}
NOBODY = {AUTHOR: NOT_YOURS, DM_AUTHOR: NOT_YOURS, OUTSIDER: NOT_YOURS}

MATRIX: dict[str, dict[str, str]] = {
    "/sparkle": EVERYONE,
    "/exception": EVERYONE,
    "/entries": EVERYONE,
    "/note": OWNER_ONLY,
    "/share": OWNER_ONLY,
    "/summary": FACILITATORS,
    **{f"/setup {sub}": ADMINS for sub in SETUP_SUBCOMMANDS},
    "/remind": EVERYONE,
    "/export": EVERYONE,
    "/forget": EVERYONE,
    "/privacy": EVERYONE,
    **{
        f"sk:{flow}": OWNER_ONLY
        for flow in (
            *("go", "edit", "later", "discard", "discardyes", "keep", "done", "resume"),
            *("consent", "note", "share", "delete", "deleteyes", "deleteno"),
        )
    },
    "sk:notefmt": OWNER_ONLY,
    "sk:cgs": OWNER_ONLY,  # which server's summary an entry counts in
    "sk:list": EVERYONE,  # the clicker's own list, whatever the id says
    "sk:start": EVERYONE,  # a new, empty first page
    "sk:pick": OWNER_ONLY,
    "sk:shrg": OWNER_ONLY,
    **{f"sk:shr:{name}": OWNER_ONLY for name in ("post", "named", "edit", "cancel", "del")},
    **{f"sk:shv:{name}": OWNER_ONLY for name in ("post", "named")},
    "sk:forget": OWNER_ONLY,
    "sk:sumpost": POST_SUMMARY,
    "sk:sumpv": POST_SUMMARY,
    "sk:page": OWNER_ONLY,
    "sk:shredit": OWNER_ONLY,
    **{f"sk:{name}": OWNER_ONLY for name in ("quote", "qedit", "qok", "qno", "qmodal", "qform")},
    # Her OWN complete entry, posted into the other server: alice (in the channel or her DM)
    # into eve's server, and eve into the consultation server.
    **{f"foreign-server:{how}": NOBODY for how in ("post", "named", "shrg")},
    **HOURS_MATRIX,
    **ROUND_MATRIX,  # the consultation round's buttons and forms
}
# /setup with the command permission overridden for the member: still refused in code.
OVERRIDES = [(role, f"/setup {sub}") for sub in SETUP_SUBCOMMANDS for role in (AUTHOR, MEMBER)]
OVERRIDES += [(FACILITATOR, f"/setup {sub}") for sub in SETUP_SUBCOMMANDS]

ROWS: list[tuple[str, str, str]] = [
    (role, action, expected) for action, cells in MATRIX.items() for role, expected in cells.items()
]
ROWS += [(role, action, OVERRIDDEN) for role, action in OVERRIDES]
assert set(MATRIX) == set(ACTIONS), set(MATRIX) ^ set(ACTIONS)
assert all(set(cells) == set(ROLES) for cells in MATRIX.values() if cells is not NOBODY)

# The cells of one action share one simulated Discord (a fresh bot and database cost ~0.2 s,
# which for ~310 cells would be a minute): cells that must leave everything untouched run
# first, and each allowed cell that may use alice's data up starts from a renewed scene.
ORDER = {HIDDEN: 0, NO_DM: 0, NOT_YOURS: 1, NOT_FACILITATOR_: 1, OVERRIDDEN: 2, ALLOWED: 3}
ORDER[NOT_HOURS_FACILITATOR_] = 1
ORDER[NOT_HOURS_FACILITATOR_DM_] = 1
ORDER[NOT_MEETING_FACILITATOR_] = 1
ORDER |= dict.fromkeys((NOT_MOVER_, NOT_PRESENTER, NOTHING_TO_WITHDRAW, OWN_SHARE, PRESENTER), 1)


def cells_of(action: str) -> list[tuple[str, str]]:
    cells = [(role, expected) for role, a, expected in ROWS if a == action]
    return sorted(cells, key=lambda cell: ORDER[cell[1]])


# -- one cell -------------------------------------------------------------------------------


def assert_private(result: InteractionResult, action: Action) -> None:
    """Only the actor sees the answer: a form, or an ephemeral message and follow-ups."""
    assert result.acknowledged
    if result.modal is not None:
        return
    assert result.response is not None
    assert result.response.ephemeral
    if not action.edits_in_place:  # an update keeps the flags of the (ephemeral) message
        assert result.ephemeral
    assert all(f.ephemeral for f in result.followups)


def _bare_refusal(result: InteractionResult, text: str) -> None:
    assert result.acknowledged
    assert result.ephemeral
    assert result.modal is None
    assert result.response is not None
    assert result.response.content == text
    assert result.response.embeds == []
    assert result.response.attachments == []
    assert result.response.components == []


def assert_refused(result: InteractionResult, text: str) -> None:
    _bare_refusal(result, text)
    assert result.followups == []


def assert_refused_form(result: InteractionResult, text: str, typed: dict[str, str]) -> None:
    """A refused form's submit: the bare refusal, then one private message with nothing but
    what the submitter typed in it, shown back as typed (so nothing typed is lost); no embed,
    file or control, and nobody else's data: the same whoever the id named."""
    _bare_refusal(result, text)
    (back,) = result.followups
    assert back.ephemeral
    assert back.embeds == [] and back.attachments == [] and back.components == []
    assert back.message is not None and not back.message.mention_everyone
    head, *lines = back.content.split("\n")
    assert head == SHOWN_BACK
    assert all(line.startswith(">") for line in lines), back.content
    quoted = "\n".join(line.removeprefix(">").removeprefix(" ") for line in lines)
    shown = [re.sub(r"\\(.)", r"\1", part) for part in quoted.split("\n\n")]
    assert shown == [t for t in typed.values() if t.strip()], back.content


def offered(actor: Actor) -> tuple[str, ...]:
    if actor.channel is None:
        return actor.handle.available_commands()
    return actor.handle.available_commands(actor.channel)


# Who may act is decided in the cogs, above the repositories; every query the cells run is run
# on PostgreSQL by the flows' own tests. On PostgreSQL the matrix took a fifth of the suite's time.
@pytest.mark.sqlite_only
@pytest.mark.parametrize("action", list(MATRIX), ids=lambda action: action.replace(" ", "-"))
async def test_permission_matrix(world: World, subtests: pytest.Subtests, action: str) -> None:
    scene = await build_scene(world)
    last: dict[str, Any] | None = None
    for role, expected in cells_of(action):
        # What the last cell left, as it saw it at its end: only a cell that passed says.
        settled, last = last, None
        with subtests.test(f"{action} as {role}: {expected}"):
            last = await check_cell(scene, role, action, expected, settled)


async def check_cell(
    scene: Scene, role: str, action: str, expected: str, settled: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One cell; what the scene holds at its end is returned. `settled`: the snapshot the
    previous cell took at its end, with the bot settled since: nothing has run between the
    two, so unless this cell renews or prepares the scene first, it is this cell's `before`
    (two reads of one unchanged state give one answer; the second cost a tenth of a second)."""
    act = ACTIONS[action]
    actor = scene.actor(role)
    mine = role in OWNERS or act.acts_on_alice
    renewed = expected == ALLOWED and (act.once_a_week or (mine and act.may_change & ALICES))
    if renewed:
        await scene.renew(next_week=act.once_a_week)
    if act.prepare is not None:
        await act.prepare(scene, actor)
    if settled is not None and not renewed and act.prepare is None:
        before = settled
    else:
        before = await snapshot(scene)
    actor.typed = None  # set by `forge_modal` when the action submits a form

    if expected in (HIDDEN, NO_DM):
        command = action.removeprefix("/")
        assert command not in offered(actor)
        reason = "default-member-permissions" if expected == HIDDEN else "context"
        with pytest.raises(simcord.SetupError, match=reason):
            await act.run(scene, actor)
        after = await snapshot(scene)
        assert after == before
        return after

    if expected == OVERRIDDEN:
        setup = scene.env.backend.find_command("setup", scene.guild.id)
        assert setup is not None
        scene.guild.set_command_permissions(int(setup["id"]), {actor.handle: True})
        assert action.removeprefix("/") in offered(actor)

    result = await act.run(scene, actor)
    unchanged = set(before)
    if expected == ALLOWED:
        assert_private(result, act)
        await act.allowed(scene, actor, result, before)
        if role not in OWNERS:
            reveals_nothing_of_alice(result)
        unchanged -= act.may_change if mine else act.may_change - ALICES
    elif expected == OVERRIDDEN:
        assert_refused(
            result,
            "Only members with the **Manage Server** permission can change Sparkle's settings.",
        )
        assert_error(scene.env, discord.app_commands.CheckFailure)
    elif actor.typed is not None:  # a form's submit: what its submitter typed goes back
        assert_refused_form(result, REFUSAL_TEXT[expected], actor.typed)
    else:
        assert_refused(result, REFUSAL_TEXT[expected])
    after = await snapshot(scene)
    for part in sorted(unchanged):
        assert after[part] == before[part], f"{part} changed"
    return after
