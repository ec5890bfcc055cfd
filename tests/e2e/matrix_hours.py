"""The /hours cells of the permission matrix: alice's hours, and how each action is performed.

Alice has four entries: one she can still change, one waiting for the consultation server's
facilitators to attest, one attested, and one whose reopening she asked for. Only group and
topic of the waiting ones are shown to facilitators: her learning goal and reflection (which
hold the secret) are never shown to anyone else.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from simcord import InteractionResult

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Attestation, Format, HoursDraft, Kind, Part, When
from cogs._hours_texts import (
    ASK_IN_SERVER,
    NOT_HOURS_FACILITATOR,
    NOT_HOURS_FACILITATOR_IN_DM,
    NOT_MEETING_FACILITATOR,
)
from tests.e2e.helpers import ONE_TIME_ID, modal_defaults, modal_ids
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
    OWNERS,
    REFUSAL_TEXT,
    ROLES,
    SCENE_PARTS,
    SECRET,
    Action,
    Actor,
    Scene,
    choose,
    click,
    content,
    custom_ids,
    forge_modal,
    meeting_set,
    new_posts,
    seen_notice,
)

NOT_HOURS_FACILITATOR_ = "not-hours-facilitator"
REFUSAL_TEXT[NOT_HOURS_FACILITATOR_] = NOT_HOURS_FACILITATOR
NOT_HOURS_FACILITATOR_DM_ = "not-hours-facilitator-in-dm"
REFUSAL_TEXT[NOT_HOURS_FACILITATOR_DM_] = NOT_HOURS_FACILITATOR_IN_DM
NOT_MEETING_FACILITATOR_ = "not-meeting-facilitator"
REFUSAL_TEXT[NOT_MEETING_FACILITATOR_] = NOT_MEETING_FACILITATOR
FORM_IDS = ["when", "group", "topic", "learning", "reflection"]
TYPED = {
    "when": "2026-01-01 60",
    "group": "Tuesday group",
    "topic": "Edited topic",
    "learning": "Pausing",
    "reflection": "It helped.",
}
EVERYONE = dict.fromkeys(ROLES, "allowed")
OWNER_ONLY = {role: "allowed" if role in OWNERS else NOT_YOURS for role in ROLES}
# Facilitators of the consultation server (and its admins) answer what is waiting there.
ATTESTERS = {
    AUTHOR: NOT_HOURS_FACILITATOR_,
    MEMBER: NOT_HOURS_FACILITATOR_,
    FACILITATOR: "allowed",
    ADMIN: "allowed",
    OUTSIDER: NOT_YOURS,  # an admin of her own server, where nothing of alice's waits
    DM_AUTHOR: NOT_HOURS_FACILITATOR_DM_,  # told where attestation requests are answered
    DM_OTHER: NOT_HOURS_FACILITATOR_DM_,
}
PENDING = ATTESTERS | {OUTSIDER: "allowed"}  # /hours pending in her own server: nothing
REVIEW = ATTESTERS | {DM_AUTHOR: NOT_YOURS, DM_OTHER: NOT_YOURS}  # names another server
# /hours meeting: the same people as /hours pending, told what they may not set
MEETING = {
    role: NOT_MEETING_FACILITATOR_
    if cell in (NOT_HOURS_FACILITATOR_, NOT_HOURS_FACILITATOR_DM_)
    else cell
    for role, cell in PENDING.items()
}

HOURS_MATRIX: dict[str, dict[str, str]] = {
    "/hours add": EVERYONE,
    "/hours list": EVERYONE,
    "/hours report": EVERYONE,
    "/hours cpdyear": EVERYONE,
    "/hours pending": PENDING,
    "/whatworks": EVERYONE,
    "/hours meeting": MEETING,
    "/hours prompts": EVERYONE,
    # The prompt goes to the group's members (alice and bob accepted its agreement) unless
    # they turned prompts off; the facilitator, the admin and the outsider are not members.
    "sk:hmeet": OWNER_ONLY | {MEMBER: "allowed", DM_OTHER: "allowed"},
    **{
        f"sk:{name}": OWNER_ONLY
        for name in (
            "hedit",
            "heditf",
            "heditv",
            "hpage",
            "hpick",
            "hdel",
            "hdelyes",
            "hask",
            "haskv",
            "hreask",
        )
    },
    "sk:hnew": EVERYONE,
    "sk:hreview": REVIEW,
    **{
        f"sk:{name}": ATTESTERS
        for name in ("hattest", "hattestf", "hattestv", "hdecline", "hdeclinef", "hdeclinev")
    },
    "sk:hreopen": ATTESTERS,
}


def _draft(texts: dict[str, str]) -> HoursDraft:
    return HoursDraft(
        when=When(date(2026, 1, 1), None, None, 60),
        own_minutes=60,
        format=Format.VIDEO,
        kind=Kind.PEER_GROUP,
        part=Part.PRESENTER,
        texts=texts,
    )


async def alices_hours(scene: Scene) -> None:
    hours, alice, guild = scene.repos.hours, scene.alice.id, scene.guild.id
    fiona = scene.people["fiona"].id
    mine = {k: f"Alice's {k}" for k in ("group", "topic", "learning", "reflection")}
    shown = {"group": "Tuesday group", "topic": "Pacing", "learning": "Alice's goal"}
    ids: dict[str, int] = {}
    for name, texts in (("open", mine), ("asked", shown), ("attested", shown), ("reopen", shown)):
        ids[name] = (await hours.add(alice, guild, _draft(texts))).id
    for name in ("asked", "attested", "reopen"):
        assert await hours.request(ids[name], alice, guild)
    for name in ("attested", "reopen"):
        assert await hours.attest(ids[name], guild, fiona, "Dr Fiona, LMFT")
    assert await hours.ask_reopen(ids["reopen"], alice)
    scene.extra["hours"] = ids


SCENE_PARTS.append(alices_hours)


def hid(scene: Scene, name: str) -> int:
    return scene.extra["hours"][name]


async def state_of(scene: Scene, name: str) -> Attestation | None:
    entry = await scene.repos.hours.get(hid(scene, name), scene.alice.id)
    return None if entry is None else entry.state


def register(name: str, check: Any, **options: Any) -> Any:
    def wrap(run: Any) -> Any:
        ACTIONS[name] = Action(run=run, allowed=check, **options)
        return run

    return wrap


def clicks_on_hours(name: str, row: str, check: Any, **options: Any) -> None:
    """Registers the button `name`, pressed on alice's hours entry `row` (see alices_hours)."""

    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        return await click(actor, f"{name}:{hid(scene, row)}")

    ACTIONS[name] = Action(run=run, allowed=check, **options)


def slashes(
    command: str, check: Any, *, args: dict[str, Any] | None = None, **options: Any
) -> None:
    """Registers the action `/command`: the actor runs the command with these arguments."""

    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        return await actor.slash(command, **(args or {}))

    ACTIONS[f"/{command}"] = Action(run=run, allowed=check, **options)


HOURS = frozenset({"hours"})

# -- commands


async def _add_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None and re.fullmatch(
        rf"sk:hnew:video:peer_group:presenter:-1:0:{ONE_TIME_ID}", r.modal["custom_id"]
    )
    assert modal_ids(r) == FORM_IDS
    assert {k: v for k, v in modal_defaults(r).items() if v and k != "when"} == {}


slashes(
    "hours add", _add_allowed, args={"format": "video", "type": "peer_group", "role": "presenter"}
)


async def _list_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    if a.role in OWNERS:
        assert "4 in all" in content(r)
        assert f"sk:hpick:{a.id}:0" in custom_ids(r)
    else:
        assert "haven't logged" in content(r)


slashes("hours list", _list_allowed)


async def _report_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None
    files = {f.filename: await f.read() for f in r.response.attachments}
    assert len(files) == 2
    if a.role in OWNERS:
        assert "in 4 sessions" in content(r)
        csv_file, html_file = (files[n] for n in sorted(files))  # .csv, .html
        assert b"Alice's topic" in csv_file and b"Alice&#39;s topic" in html_file
    else:
        assert "No consultation hours logged" in content(r)
        assert all(SECRET.encode() not in data for data in files.values())


slashes("hours report", _report_allowed)


async def _cpd_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "starts on 1 July" in content(r)
    assert await s.repos.hours.cpd_start_month(a.id) == 7


slashes("hours cpdyear", _cpd_allowed, args={"month": 7}, may_change=HOURS)


async def _pending_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    if a.role == OUTSIDER:
        assert "Nothing is waiting" in content(r)
        return
    assert "Waiting for attestation" in content(r) and "Pacing" in content(r)
    assert custom_ids(r) == [f"sk:hreview:{s.guild.id}"]


slashes("hours pending", _pending_allowed)


async def _works_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    if a.role in OWNERS:  # her complete debrief (the sparkle is a draft)
        assert "all time: 1 reflection)" in content(r), content(r)
    else:
        assert "No complete reflections" in content(r)


slashes("whatworks", _works_allowed)


slashes(
    "hours meeting",
    meeting_set,
    args={"day": "0", "time": "18:00"},
    may_change=frozenset({"meeting"}),
)


async def _prompts_set(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    if a.in_dm:
        assert "in the server whose meetings you attend" in content(r)
        return
    assert "Prompts are on" in content(r)
    guild = s.elsewhere if a.role == OUTSIDER else s.guild
    assert a.id in await s.repos.meetings.prompted(guild.id)


slashes(
    "hours prompts",
    _prompts_set,
    args={"on": True},
    may_change=frozenset({"meeting", "prompted"}),
)


async def with_meeting(scene: Scene, actor: Actor) -> None:
    """The consultation server meets on Mondays; alice asked for the prompt (bob is prompted
    as a member of the group, by the agreement he accepted)."""
    plan = MeetingPlan(scene.guild.id, 0, "18:00", 90, Format.VIDEO)
    await scene.repos.meetings.set(plan, datetime(2026, 1, 5, 19, 30, tzinfo=UTC))
    await scene.repos.meetings.set_prompt(scene.guild.id, scene.alice.id, True)


async def _meeting_form(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None
    assert re.fullmatch(
        rf"sk:hnew:video:peer_group:participant:-1:0:{ONE_TIME_ID}", r.modal["custom_id"]
    )
    assert modal_defaults(r)["when"] == "2026-01-05 18:00-19:30"


@register("sk:hmeet", _meeting_form, prepare=with_meeting)
async def run_meet(scene: Scene, actor: Actor) -> InteractionResult:
    ended = int(datetime(2026, 1, 5, 19, 30, tzinfo=UTC).timestamp())
    return await click(actor, f"sk:hmeet:{scene.guild.id}:{ended}")


# -- the author's components


async def _new_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Logged" in content(r)
    (entry, *_) = await s.repos.hours.page(a.id, 0, 1)
    assert entry and entry[0].text("topic") == "Edited topic"
    assert entry[0].reflection_id == (s.debrief_id if a.role in OWNERS else None)


# Hours logged in the server make a member of its group, prompted after its meetings.
@register("sk:hnew", _new_allowed, may_change=HOURS | {"prompted"}, prepare=seen_notice)
async def run_new(scene: Scene, actor: Actor) -> InteractionResult:
    key = f"sk:hnew:video:peer_group:presenter:-1:{scene.debrief_id}"
    return await forge_modal(actor, key, TYPED)


async def _edit_form(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None
    entry = await s.repos.hours.get(hid(s, "open"), s.alice.id)
    assert entry is not None
    assert re.fullmatch(
        rf"sk:heditv:{entry.id}:{entry.digest()}:{ONE_TIME_ID}", r.modal["custom_id"]
    )
    assert modal_defaults(r)["group"] == "Alice's group"


clicks_on_hours("sk:hedit", "open", _edit_form)


async def _edited(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Saved" in content(r)
    entry = await s.repos.hours.get(hid(s, "open"), s.alice.id)
    assert entry is not None and entry.text("topic") == "Edited topic"


@register("sk:heditf", _edited, may_change=HOURS, prepare=seen_notice)
async def run_edit_form(scene: Scene, actor: Actor) -> InteractionResult:
    return await forge_modal(actor, f"sk:heditf:{hid(scene, 'open')}", TYPED)


@register("sk:heditv", _edited, may_change=HOURS, prepare=seen_notice)
async def run_edit_shown_form(scene: Scene, actor: Actor) -> InteractionResult:
    """The Edit form as sent now: opened on the entry as it is, with a one-time id."""
    entry = await scene.repos.hours.get(hid(scene, "open"), scene.alice.id)
    assert entry is not None
    custom_id = f"sk:heditv:{entry.id}:{entry.digest()}:{'o' * 16}"
    return await forge_modal(actor, custom_id, TYPED)


async def _paged(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "4 in all" in content(r)


@register("sk:hpage", _paged, edits_in_place=True)
async def run_page(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:hpage:{scene.alice.id}:0")


async def _picked(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Alice's topic" in content(r)
    assert f"sk:hedit:{hid(s, 'open')}" in custom_ids(r)


@register("sk:hpick", _picked)
async def run_pick(scene: Scene, actor: Actor) -> InteractionResult:
    return await choose(actor, f"sk:hpick:{scene.alice.id}:0", str(hid(scene, "open")))


async def _delete_asked(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Delete this entry for good?" in content(r)
    assert custom_ids(r) == [f"sk:hdelyes:{hid(s, 'open')}"]


clicks_on_hours("sk:hdel", "open", _delete_asked)


async def _deleted(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert content(r) == "Deleted."
    assert await state_of(s, "open") is None


clicks_on_hours("sk:hdelyes", "open", _deleted, may_change=HOURS, edits_in_place=True)


async def _asked(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    if a.role == DM_AUTHOR:
        assert content(r) == ASK_IN_SERVER
        assert await state_of(s, "open") is Attestation.NONE
        return
    assert "Asked this server's facilitators" in content(r)
    assert await state_of(s, "open") is Attestation.REQUESTED


clicks_on_hours("sk:hask", "open", _asked, may_change=HOURS)


@register("sk:haskv", _asked, may_change=HOURS)
async def run_ask_shown(scene: Scene, actor: Actor) -> InteractionResult:
    """The "Ask for attestation" button as sent now: shown with the entry as it is."""
    entry = await scene.repos.hours.get(hid(scene, "open"), scene.alice.id)
    assert entry is not None
    return await click(actor, f"sk:haskv:{entry.id}:{entry.digest()}")


async def _reopen_asked(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Asked the facilitators" in content(r)
    assert await state_of(s, "attested") is Attestation.REOPEN_ASKED


clicks_on_hours("sk:hreask", "attested", _reopen_asked, may_change=HOURS)


# -- the facilitators' components


async def _reviewed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Pacing" in content(r)
    asked = hid(s, "asked")
    assert custom_ids(r) == [f"sk:hattest:{asked}", f"sk:hdecline:{asked}"]


@register("sk:hreview", _reviewed)
async def run_review(scene: Scene, actor: Actor) -> InteractionResult:
    return await choose(actor, f"sk:hreview:{scene.guild.id}", str(hid(scene, "asked")))


async def _asked_digest(s: Scene) -> int:
    entry = await s.repos.hours.get(hid(s, "asked"), s.alice.id)
    assert entry is not None
    return entry.digest()


async def _attest_form(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None
    assert r.modal["custom_id"] == f"sk:hattestv:{hid(s, 'asked')}:{await _asked_digest(s)}"
    assert modal_ids(r) == ["name", "credential"]


clicks_on_hours("sk:hattest", "asked", _attest_form)


# an answer to alice's request is told to her, and only her, by one DM (and posts nothing else)
ANSWER_POSTS = HOURS | {"posts"}


def _alice_told(s: Scene, b: dict[str, Any], r: InteractionResult, done: str) -> None:
    """Alice got one DM of the answer (the facilitator is told so), and no one else anything."""
    (dm,) = new_posts(s, b, s.alice.user.dm_channel)
    assert f" {done} your consultation hours entry `#" in dm.content, dm.content
    assert "The member was told by DM." in content(r)
    others = [c for c in s.channels() if c.id != s.alice.user.dm_channel.id]
    assert all(new_posts(s, b, c) == [] for c in others)


async def _attested(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Attested as Dr A, LMFT" in content(r)
    _alice_told(s, b, r, "attested")
    entry = await s.repos.hours.get(hid(s, "asked"), s.alice.id)
    assert entry is not None and entry.state is Attestation.ATTESTED
    assert (entry.attester_id, entry.attested_as) == (a.id, "Dr A, LMFT")


@register(
    "sk:hattestf", _attested, may_change=ANSWER_POSTS, prepare=seen_notice, acts_on_alice=True
)
async def run_attest_form(scene: Scene, actor: Actor) -> InteractionResult:
    values = {"name": "Dr A", "credential": "LMFT"}
    return await forge_modal(actor, f"sk:hattestf:{hid(scene, 'asked')}", values)


@register(
    "sk:hattestv", _attested, may_change=ANSWER_POSTS, prepare=seen_notice, acts_on_alice=True
)
async def run_attest_shown_form(scene: Scene, actor: Actor) -> InteractionResult:
    """The Attest form as sent now: opened on the entry as it is."""
    values = {"name": "Dr A", "credential": "LMFT"}
    key = f"sk:hattestv:{hid(scene, 'asked')}:{await _asked_digest(scene)}"
    return await forge_modal(actor, key, values)


async def _decline_form(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None
    assert r.modal["custom_id"] == f"sk:hdeclinev:{hid(s, 'asked')}:{await _asked_digest(s)}"


clicks_on_hours("sk:hdecline", "asked", _decline_form)


async def _declined(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Declined" in content(r)
    entry = await s.repos.hours.get(hid(s, "asked"), s.alice.id)
    assert entry is not None and entry.state is Attestation.DECLINED
    assert entry.declined_reason == "Not at that meeting."
    _alice_told(s, b, r, "declined to attest")


@register(
    "sk:hdeclinef", _declined, may_change=ANSWER_POSTS, prepare=seen_notice, acts_on_alice=True
)
async def run_decline_form(scene: Scene, actor: Actor) -> InteractionResult:
    values = {"reason": "Not at that meeting."}
    return await forge_modal(actor, f"sk:hdeclinef:{hid(scene, 'asked')}", values)


@register(
    "sk:hdeclinev", _declined, may_change=ANSWER_POSTS, prepare=seen_notice, acts_on_alice=True
)
async def run_decline_shown_form(scene: Scene, actor: Actor) -> InteractionResult:
    """The Decline form as sent now: opened on the entry as it is."""
    values = {"reason": "Not at that meeting."}
    key = f"sk:hdeclinev:{hid(scene, 'asked')}:{await _asked_digest(scene)}"
    return await forge_modal(actor, key, values)


async def _reopened(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Reopened" in content(r)
    assert await state_of(s, "reopen") is Attestation.NONE
    _alice_told(s, b, r, "reopened")


clicks_on_hours("sk:hreopen", "reopen", _reopened, may_change=ANSWER_POSTS, acts_on_alice=True)
