"""The cast, the scene and one small helper per action for the permission matrix.

`tests/e2e/test_permission_matrix.py` holds the table; this module knows how to perform each
action as each role and what an allowed outcome looks like. Everything goes through SimCord
as a user would, except the forged custom ids (see `forge_click`, `forge_select` and
`forge_modal`), which is what a tampered client can send.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import discord
from simcord import ChannelHandle, Env, GuildHandle, InteractionResult, MemberActor, RoleHandle
from simcord.components import walk_components
from sqlalchemy import select

from bot.models import QuoteStatus
from bot.outbox import PostRecord
from bot.privacy import redact
from bot.share import preview_digest
from bot.summary import WeekSummary
from bot.summary.highlights import excerpts_digest, proposed_excerpts
from bot.summary.render import summary_digest
from cogs._render import NOT_AVAILABLE
from cogs._weekly import build_for
from cogs.summary import NOT_FACILITATOR
from storage.repos import Repositories
from storage.tables import MeetingPrompt
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import (
    ONE_TIME_ID,
    bot_of,
    forge_click,
    forge_select,
    modal_defaults,
    modal_ids,
    new_page_id,
    stored_entry,
)

# -- the cast --------------------------------------------------------------------------------

AUTHOR = "author"  # alice, in the consultation server; she owns the entries under attack
MEMBER = "member"  # bob, a plain member of the same server
FACILITATOR = "facilitator"  # fiona, holds the role chosen with /setup facilitator
ADMIN = "admin"  # adam, Manage Server
OUTSIDER = "outsider"  # eve: Manage Server in a second server, shares no server with alice
DM_AUTHOR = "dm-author"  # alice, in her DM with the bot
DM_OTHER = "dm-other"  # bob, in his DM with the bot
ROLES = (AUTHOR, MEMBER, FACILITATOR, ADMIN, OUTSIDER, DM_AUTHOR, DM_OTHER)
OWNERS = (AUTHOR, DM_AUTHOR)

# -- what a cell expects ------------------------------------------------------------------

ALLOWED = "allowed"
NOT_YOURS = "not-yours"  # NOT_AVAILABLE, the same answer as for an id that does not exist
NOT_FACILITATOR_ = "not-facilitator"  # cogs.summary.NOT_FACILITATOR
HIDDEN = "hidden"  # default_member_permissions: the command is not offered (SetupError)
OVERRIDDEN = "refused-in-code"  # command permission overridden; the in-code check refuses
NO_DM = "not-in-dms"  # a guild-only command is not offered in a DM (SetupError)

REFUSAL_TEXT = {NOT_YOURS: NOT_AVAILABLE, NOT_FACILITATOR_: NOT_FACILITATOR}

SPARKLE_DRAFT = {"moment": "Alice's private moment.", "signs": "Alice saw shoulders drop."}
DEBRIEF = {
    "area": "low_mood",
    "problem": "Alice's client: the week is a write-off.",
    "exception": "Alice's client got up on time once.",
    "client_did": "Laid out clothes.",
    "questions_used": "What was different?",
    "response": "More animated.",
    "next_step": "Lay out clothes twice.",
    "count": "1",
}
SECRET = "Alice's"  # in every answer of hers: it must never reach anyone else


@dataclass
class Actor:
    """Who acts, and where: a member in a server channel, or a user in their DM with the bot."""

    role: str
    handle: Any  # MemberActor, or UserHandle in a DM
    channel: ChannelHandle | None  # None: the DM
    # What the actor typed in the form their last action submitted (None: it was no form).
    typed: dict[str, str] | None = None

    @property
    def id(self) -> int:
        return self.handle.id

    @property
    def in_dm(self) -> bool:
        return self.channel is None

    async def slash(self, name: str, **options: Any) -> InteractionResult:
        if self.channel is None:
            return await self.handle.slash(name, **options)
        return await self.handle.slash(self.channel, name, **options)

    async def own_message(self) -> discord.Message:
        """A message only this actor can see (their /privacy reply), to forge components on."""
        shown = await self.slash("privacy")
        assert shown.acknowledged and shown.ephemeral and shown.response is not None
        return shown.response.message


@dataclass
class Scene:
    """Two servers, the cast, and alice's data: a sparkle draft and a complete debrief."""

    env: Env
    repos: Repositories
    guild: GuildHandle
    reflections: ChannelHandle  # the consultation channel
    weekly: ChannelHandle  # the summary channel
    facilitators: RoleHandle
    mentors: RoleHandle  # another role, which an admin may make the facilitator role
    elsewhere: GuildHandle  # eve's server
    lounge: ChannelHandle  # a channel in eve's server
    hosts: RoleHandle  # a role in eve's server
    people: dict[str, MemberActor]
    draft_id: int = 0  # alice's sparkling moment, page 1 of 3 done
    debrief_id: int = 0  # alice's client-exception debrief, complete
    share: PostRecord | None = None  # alice's share of the debrief, when an action needs one
    extra: dict[str, Any] = field(default_factory=dict)  # what `prepare` steps made already

    @property
    def alice(self) -> MemberActor:
        return self.people["alice"]

    def actor(self, role: str) -> Actor:
        p = self.people
        return {
            AUTHOR: Actor(role, p["alice"], self.reflections),
            MEMBER: Actor(role, p["bob"], self.reflections),
            FACILITATOR: Actor(role, p["fiona"], self.reflections),
            ADMIN: Actor(role, p["adam"], self.reflections),
            OUTSIDER: Actor(role, p["eve"], self.lounge),
            DM_AUTHOR: Actor(role, p["alice"].user, None),
            DM_OTHER: Actor(role, p["bob"].user, None),
        }[role]

    def channels(self) -> list[ChannelHandle]:
        """Every channel where something could be posted: threads and DMs included."""
        found = [self.reflections, self.weekly, self.lounge]
        dms = [p.user.dm_channel for p in self.people.values()]
        return found + [t for c in found for t in c.threads] + dms

    def this_monday(self) -> str:
        today = self.env.now().date()
        return f"{today - timedelta(days=today.weekday()):%Y%m%d}"

    async def renew(self, *, next_week: bool = False) -> None:
        """A fresh start for alice after a cell that may have used her data up.

        Her data is erased the way /forget does it and made again (new ids), so each allowed
        cell of a destructive action starts from the same state. `next_week` moves the clock
        on a week, for actions that can happen once a week.
        """
        await self.repos.userdata.forget(self.alice.id)
        if next_week:
            await self.env.advance_time(7 * 24 * 3600)
        self.share = None
        self.extra.clear()
        await self._alices_entries()
        await accept_agreement(self.env, self.guild.id, self.alice.id)  # erased with the rest

    async def _alices_entries(self) -> None:
        alice, guild = self.alice.id, self.guild.id
        self.draft_id = await _entry(self, alice, "sparkle", guild, SPARKLE_DRAFT, False)
        self.debrief_id = await _entry(self, alice, "exception", guild, DEBRIEF, True)
        for make in SCENE_PARTS:
            await make(self)


# More of alice's data that other modules' actions need (registered by those modules).
SCENE_PARTS: list[Callable[[Scene], Awaitable[None]]] = []


async def build_scene(world: World) -> Scene:
    w = world
    env = w.env
    admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    facilitators = w.guild.create_role("Facilitators")
    weekly = w.guild.create_text_channel("weekly")
    elsewhere = env.create_guild("Elsewhere")
    lounge = elsewhere.create_text_channel("lounge")
    owners = elsewhere.create_role("Owners", permissions=discord.Permissions(manage_guild=True))
    hosts = elsewhere.create_role("Hosts")
    scene = Scene(
        env=env,
        repos=bot_of(env).repos,
        guild=w.guild,
        reflections=w.channel,
        weekly=weekly,
        facilitators=facilitators,
        mentors=w.guild.create_role("Mentors"),
        elsewhere=elsewhere,
        lounge=lounge,
        hosts=hosts,
        people={
            "alice": w.alice,
            "bob": w.bob,
            "fiona": w.guild.add_member(env.create_user("fiona"), roles=[facilitators]),
            "adam": w.guild.add_member(env.create_user("adam"), roles=[admins]),
            "eve": elsewhere.add_member(env.create_user("eve"), roles=[owners]),
        },
    )
    # The same repository call `/setup channels` and `/setup facilitator` end in; the
    # commands themselves are cells of the matrix.
    await scene.repos.servers.update(
        w.guild.id,
        consultation_channel_id=w.channel.id,
        summary_channel_id=weekly.id,
        facilitator_role_id=facilitators.id,
    )
    await scene._alices_entries()
    return scene


async def _entry(
    scene: Scene, author: int, kind: str, guild_id: int, answers: dict[str, str], complete: bool
) -> int:
    bot = bot_of(scene.env)
    return await stored_entry(bot, author, answers, guild_id=guild_id, complete=complete, kind=kind)


# -- what must not move ---------------------------------------------------------------------

# Reads a snapshot makes at once: the connections SQLite's reader pool keeps (storage.db).
READS_AT_ONCE = 4

# the parts of a snapshot that are hers
ALICES = frozenset({"entries", "shares", "reminder", "hours", "kept"})


async def _prompt_choices(scene: Scene) -> set[tuple[int, bool]]:
    """The consultation server's members' own choices of meeting prompts (/hours prompts)."""
    async with scene.repos.db.read() as session:
        rows = await session.execute(
            select(MeetingPrompt.user_id, MeetingPrompt.wanted).where(
                MeetingPrompt.guild_id == scene.guild.id
            )
        )
        return {(user, wanted) for user, wanted in rows}


async def snapshot(scene: Scene) -> dict[str, Any]:
    """Alice's data, the servers' settings, and every message anyone can see in a channel.

    Taken while the bot has settled (nothing of it runs until the test acts again), so the
    reads are made side by side rather than one after another (a cell takes up to two
    snapshots; one read after another made them most of the matrix's time), as many at once
    as the SQLite reader pool keeps connections: more would open and close extra ones, which
    cost more than waiting.
    """
    alice, repos, guild = scene.alice.id, scene.repos, scene.guild.id
    reads: dict[str, Awaitable[Any]] = {
        "draft": repos.entries.get(scene.draft_id, alice),
        "debrief": repos.entries.get(scene.debrief_id, alice),
        "shares": repos.outbox.shares_of(alice),
        "reminder": repos.practitioners.reminder(alice),
        "hours_logged": repos.hours.all_of(alice),
        "cpd_start": repos.hours.cpd_start_month(alice),
        "meeting": repos.meetings.get(guild),
        "prompt_choices": _prompt_choices(scene),
        "prompted": repos.meetings.prompted(guild),
        "settings": repos.servers.get(guild),
        "pulls": repos.audit.kinds("summary_pull"),
        "round": _nothing() if scene.share is None else repos.round.get(scene.share.id),
        "kept": repos.round.kept(alice),
        "agreement": repos.round.agreement(guild),
        "minutes": repos.round.minutes(guild),
    }
    pool = asyncio.Semaphore(READS_AT_ONCE)

    async def read_one(read: Awaitable[Any]) -> Any:
        async with pool:
            return await read

    found = await asyncio.gather(*map(read_one, reads.values()))
    read = dict(zip(reads, found, strict=True))
    return {
        "entries": {scene.draft_id: read["draft"], scene.debrief_id: read["debrief"]},
        "shares": read["shares"],
        "reminder": read["reminder"],
        "hours": (read["hours_logged"], read["cpd_start"]),
        "meeting": (read["meeting"], read["prompt_choices"]),
        # who is prompted after its meetings: the group's members (alice among them, by the
        # agreement she accepted and her hours) unless they turned prompts off
        "prompted": read["prompted"],
        "settings": read["settings"],
        "pulls": read["pulls"],
        "posts": {c.id: [m.id for m in c.history()] for c in scene.channels()},
        "round": read["round"],
        "kept": read["kept"],
        "round_settings": (read["agreement"], read["minutes"]),
    }


async def _nothing() -> None:
    return None


def new_posts(scene: Scene, before: dict[str, Any], channel: ChannelHandle) -> list[Any]:
    known = set(before["posts"].get(channel.id, []))
    return [m for m in channel.history() if m.id not in known]


# -- forging what a tampered client can send --------------------------------------------------


async def forge_modal(actor: Actor, custom_id: str, values: dict[str, str]) -> InteractionResult:
    """Submit a modal with a hand-made custom id and fields, as a tampered client could.

    The actor opens a real modal first (a fresh /exception page, so that the submit is tied
    to an interaction of their own), and the submitted payload is then rewritten.
    """
    shown = await actor.slash("exception")
    assert shown.acknowledged and shown.modal is not None, "expected /exception to open a page"
    spec = shown.modal
    template = next(c for c in spec["components"] if c.get("component", {}).get("type") == 4)
    fields = []
    for key in values:
        label = {k: v for k, v in copy.deepcopy(template).items() if k != "id"}
        label["component"] = {
            "type": 4,
            "custom_id": key,
            "style": template["component"].get("style", 2),
            "required": False,
        }
        fields.append(label)
    shown._interaction.modal = spec | {"custom_id": custom_id, "components": fields}  # pyright: ignore[reportPrivateUsage]
    actor.typed = dict(values)
    return await actor.handle.submit_modal(shown, values)


async def click(actor: Actor, custom_id: str, on: discord.Message | None = None):
    return await forge_click(actor.handle, on or await actor.own_message(), custom_id)


async def choose(actor: Actor, custom_id: str, value: str, on: discord.Message | None = None):
    return await forge_select(actor.handle, on or await actor.own_message(), custom_id, value)


# -- preparing what some actions need ---------------------------------------------------------


async def seen_notice(scene: Scene, actor: Actor) -> None:
    """The actor has already passed the one-time notice (so commands open pages directly)."""
    await scene.repos.practitioners.mark_notice_seen(actor.id)


async def with_share(scene: Scene, actor: Actor) -> None:
    """Alice shares her debrief through the real preview and Post button."""
    if scene.share is not None:
        return
    preview = await scene.alice.slash(scene.reflections, "share", entry=str(scene.debrief_id))
    assert preview.acknowledged and preview.response is not None
    posted = await scene.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged and "Shared in" in posted.response.content
    (scene.share,) = await scene.repos.outbox.shares_of(scene.alice.id)


async def alices_preview(scene: Scene, guild_id: int | None = None) -> int:
    """A stored preview of alice's debrief (the outbox row a preview's buttons name)."""
    draft = await scene.repos.outbox.draft_share(
        author_id=scene.alice.id,
        entry_id=scene.debrief_id,
        guild_id=guild_id or scene.guild.id,
        title="A client exception",
        text="Stored preview text.",
    )
    return draft.id


def preview_id(message: discord.Message) -> int:
    """The outbox row named by a real preview's buttons."""
    for row in message.components:
        for child in getattr(row, "children", []):
            custom_id = getattr(child, "custom_id", None) or ""
            if custom_id.startswith("sk:shv:post:"):  # sk:shv:post:<preview>:<shown>
                return int(custom_id.split(":")[3])
    raise AssertionError("not a preview")


async def with_summary_material(scene: Scene, actor: Actor) -> None:
    """Three people (alice among them) included an entry of this week in the summary."""
    if scene.extra.setdefault("summary material", False):
        return
    scene.extra["summary material"] = True
    answers = {
        "moment": "A sparkling moment in the group.",
        "doing": "I asked a scaling question and slowed down.",
        "how": "I prepared.",
        "frequency": "6",
        "next_step": "Keep asking what else.",
    }
    for author in (scene.alice.id, scene.people["bob"].id, scene.people["fiona"].id):
        entry = await _entry(scene, author, "sparkle", scene.guild.id, answers, True)
        assert await scene.repos.entries.set_consent(entry, author, True)


async def with_own_entry(scene: Scene, actor: Actor) -> None:
    """The actor has a complete entry of their own, made in their own server (or DM)."""
    guild = scene.elsewhere.id if actor.role == OUTSIDER else scene.guild.id
    answers = {"moment": "Mine.", "doing": "Slowed down.", "frequency": "5", "next_step": "Go."}
    if ("own", actor.id) not in scene.extra:
        entry = await _entry(scene, actor.id, "sparkle", guild, answers, True)
        scene.extra["own", actor.id] = entry
    await scene.repos.servers.update(scene.elsewhere.id, consultation_channel_id=scene.lounge.id)


# -- the actions --------------------------------------------------------------------------


Run = Callable[[Scene, Actor], Awaitable[InteractionResult]]
Check = Callable[[Scene, Actor, InteractionResult, dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class Action:
    run: Run
    allowed: Check  # what an allowed cell must show
    may_change: frozenset[str] = frozenset()  # snapshot parts an allowed cell may change
    prepare: Callable[[Scene, Actor], Awaitable[None]] | None = None
    edits_in_place: bool = False  # an allowed answer edits the clicked (ephemeral) message
    once_a_week: bool = False  # can succeed once per week: each allowed cell gets a new week
    # An allowed cell changes alice's data by design, whoever acts (a facilitator attesting
    # the hours she asked them to attest): each one starts from a renewed scene.
    acts_on_alice: bool = False


ACTIONS: dict[str, Action] = {}


def action(name: str, **options: Any) -> Callable[[Run], Run]:
    def register(run: Run) -> Run:
        ACTIONS[name] = Action(run=run, **options)
        return run

    return register


# -- checks shared by several actions


def content(result: InteractionResult) -> str:
    """Everything the reply and its follow-ups say, as content or in text displays."""
    assert result.response is not None
    text = "\n".join([result.response.content, *_texts(result.response.components)])
    for followup in result.followups:
        text += "\n" + "\n".join([followup.content, *_texts(followup.components)])
    return text


def _texts(components: Any) -> list[str]:
    return [c["content"] for c in walk_components(components) if c.get("type") == 10]


def custom_ids(result: InteractionResult) -> list[str]:
    """The custom ids of the reply's controls, wherever its layout puts them."""
    assert result.response is not None
    return [c["custom_id"] for c in walk_components(result.response.components) if "custom_id" in c]


def reveals_nothing_of_alice(result: InteractionResult) -> None:
    if result.response is None:
        return
    shown = [result.response, *result.followups]
    for message in shown:
        assert SECRET not in message.content
        assert all(SECRET not in json.dumps(e.to_dict()) for e in message.embeds)
        assert SECRET not in json.dumps(message.components)  # text displays, labels, options


def says(text: str) -> Check:
    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert text in content(r), content(r)

    return check


def opens_page(script: str, entry: str | None, page: int, ids: list[str], prefilled: bool):
    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert r.modal is not None, content(r)
        if entry is None:  # a new entry's page carries a one-time id
            assert re.fullmatch(new_page_id(script, page), r.modal["custom_id"])
        else:
            assert r.modal["custom_id"] == f"sk:page:{script}:{getattr(s, entry)}:{page}"
        assert modal_ids(r) == ids
        defaults = {k: v for k, v in modal_defaults(r).items() if v}
        if prefilled:
            assert defaults == {k: SPARKLE_DRAFT[k] for k in ids}
        else:
            assert defaults == {}

    return check


async def _entry_after(scene: Scene, entry_id: int) -> Any:
    return await scene.repos.entries.get(entry_id, scene.alice.id)


# -- commands


async def _sparkle_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    if a.role in OWNERS:  # her own unfinished draft is offered back
        assert "You have an unfinished" in content(r), content(r)
        assert f"sk:resume:{s.draft_id}:1" in custom_ids(r)
    else:  # a fresh, empty first page: nothing of alice's draft
        await opens_page("sparkle", None, 0, ["moment", "signs"], prefilled=False)(s, a, r, b)


@action("/sparkle", allowed=_sparkle_allowed, prepare=seen_notice)
async def run_sparkle(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("sparkle")


@action(
    "/exception",
    prepare=seen_notice,
    allowed=opens_page("exception", None, 0, ["area", "problem", "goal"], prefilled=False),
)
async def run_exception(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("exception")


async def _entries_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None and r.response.embeds == []
    heading, lines, *_ = _texts(r.response.components)
    assert heading == "## Your entries"
    listed = f"`#{s.draft_id}`" in lines, f"`#{s.debrief_id}`" in lines
    assert listed == ((True, True) if a.role in OWNERS else (False, False))


@action("/entries", allowed=_entries_allowed)
async def run_entries(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("entries")


async def _note_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None
    assert "DRAFT" in r.response.content
    names = [a.filename for a in r.response.attachments]
    assert names == [f"soap-draft-note-{s.debrief_id}.{ext}" for ext in ("md", "txt")]


@action("/note", allowed=_note_allowed)
async def run_note(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("note", entry=str(scene.debrief_id), format="soap")


async def _preview_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None
    assert "**Preview**" in r.response.content
    if a.in_dm:  # from a DM: alice's only server, named, with nothing to pick
        assert "Share to which server?" not in r.response.content
        assert f" on **{s.guild.name}**" in r.response.content
    assert r.response.embeds[0].footer.text == "Shared anonymously"
    assert any(c.startswith("sk:shv:post:") for c in custom_ids(r))


@action("/share", allowed=_preview_allowed)
async def run_share(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("share", entry=str(scene.debrief_id))


async def _summary_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None
    pulled = (await s.repos.audit.kinds("summary_pull"))[len(b["pulls"]) :]
    if a.role == OUTSIDER:  # her own server's summary: nobody took part there
        assert "0 took part, 3 are needed" in r.response.content
        assert r.response.embeds == []
        assert [(actor, guild) for actor, guild, _ in pulled] == [(a.id, s.elsewhere.id)]
        return
    assert "3 reflections from 3 contributors" in r.response.embeds[0].description
    # the Post button carries the summary it showed (`sk:sumpv:<guild>:<monday>:<shown>`)
    shown = f"sk:sumpv:{s.guild.id}:{s.this_monday()}:{await _summary_shown(s)}"
    assert shown in custom_ids(r)
    assert [(actor, guild) for actor, guild, _ in pulled] == [(a.id, s.guild.id)]


@action(
    "/summary",
    allowed=_summary_allowed,
    prepare=with_summary_material,
    may_change=frozenset({"pulls"}),
)
async def run_summary(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("summary", week="this week")


async def _remind_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "every Monday at 09:00 (UTC)" in content(r)
    mine = await s.repos.practitioners.reminder(a.id)
    assert mine is not None and mine.day == 0


@action("/remind", allowed=_remind_allowed, may_change=frozenset({"reminder"}))
async def run_remind(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("remind", day="0", time="09:00")


async def _export_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None
    files = {f.filename: await f.read() for f in r.response.attachments}
    assert set(files) == {"sparkle-export.json", "sparkle-export.md"}
    document = json.loads(files["sparkle-export.json"])
    assert document["user_id"] == str(a.id)
    ids = sorted(e["id"] for e in document["entries"])
    if a.role in OWNERS:
        assert ids == sorted([s.draft_id, s.debrief_id])
    else:
        assert ids == []
        assert SECRET.encode() not in files["sparkle-export.json"] + files["sparkle-export.md"]


@action("/export", allowed=_export_allowed)
async def run_export(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("export")


async def _forget_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "can't be undone" in content(r)
    assert custom_ids(r) == [f"sk:forget:{a.id}"]  # the button erases the caller's data only


@action("/forget", allowed=_forget_allowed)
async def run_forget(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("forget")


async def _privacy_allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None
    assert r.response.embeds[0].title == "Sparkle and your privacy"


@action("/privacy", allowed=_privacy_allowed)
async def run_privacy(scene: Scene, actor: Actor) -> InteractionResult:
    return await actor.slash("privacy")


# -- /setup: admins change their own server only


def setup_options(scene: Scene, actor: Actor, sub: str) -> dict[str, Any]:
    theirs = actor.role == OUTSIDER
    return {
        "show": {},
        "channels": {"consultation": scene.lounge if theirs else scene.weekly},
        "facilitator": {"role": scene.hosts if theirs else scene.mentors},
        "timezone": {"zone": "Europe/Berlin"},
        "schedule": {"day": "0", "time": "09:00"},
        "minimum": {"contributors": 4},
        "agreement": {},
        "round": {"clarifying": 7},
        "meeting": {"day": "0", "time": "18:00"},
    }[sub]


SETUP_EFFECT = {
    "show": ("Consultation channel:", {}),
    "channels": ("Saved.", {"consultation_channel_id": "channel"}),
    "facilitator": ("Saved.", {"facilitator_role_id": "role"}),
    "timezone": ("Saved.", {"timezone": "Europe/Berlin"}),
    "schedule": ("Saved.", {"summary_day": 0, "summary_time": "09:00"}),
    "minimum": ("Saved.", {"min_contributors": 4}),
    "round": ("Saved.", {}),
}


async def meeting_set(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    """/hours meeting or /setup meeting day:Monday time:18:00 as one allowed to: her own
    server's meeting is that one, saved, or said to be so already."""
    guild = s.elsewhere if a.role == OUTSIDER else s.guild
    plan = await s.repos.meetings.get(guild.id)
    assert plan is not None and plan.start == "18:00"
    if guild is s.guild and b["meeting"][0] == plan:  # set as it was: nothing changed
        assert "Nothing changed: the meeting is already Mondays at 18:00" in content(r)
    else:
        assert "Saved: Mondays at 18:00 for 90 minutes" in content(r)


def _setup_action(sub: str) -> None:
    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        return await actor.slash(f"setup {sub}", **setup_options(scene, actor, sub))

    async def allowed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        if sub == "agreement":  # a form, pre-filled with the agreement in force
            assert r.modal is not None and r.modal["custom_id"].startswith("sk:rndagrm:")
            return
        if sub == "meeting":  # as /hours meeting: the meeting of their own server
            await meeting_set(s, a, r, b)
            return
        text, changes = SETUP_EFFECT[sub]
        assert text in content(r), content(r)
        guild = s.elsewhere if a.role == OUTSIDER else s.guild
        settings = await s.repos.servers.get(guild.id)
        options = setup_options(s, a, sub)
        chosen = {"channel": options.get("consultation"), "role": options.get("role")}
        for name, value in changes.items():
            expected = chosen[value].id if value in chosen else value
            assert getattr(settings, name) == expected, name
        if a.role == OUTSIDER:  # the consultation server is untouched
            assert await s.repos.servers.get(s.guild.id) == b["settings"]

    may_change = {
        "show": frozenset(),
        "agreement": frozenset(),
        "round": frozenset({"round_settings"}),
        "meeting": frozenset({"meeting"}),
    }.get(sub, frozenset({"settings"}))
    ACTIONS[f"/setup {sub}"] = Action(run, allowed, may_change=may_change)


SETUP_SUBCOMMANDS = (
    *("show", "channels", "facilitator", "timezone", "schedule", "minimum"),
    *("agreement", "round", "meeting"),
)
for _sub in SETUP_SUBCOMMANDS:
    _setup_action(_sub)


# -- conversation buttons: sk:<action>:<entry>:<page>


async def _delete_confirmation(scene: Scene, actor: Actor) -> discord.Message | None:
    """The owner's delete confirmation: its Cancel is `deleteno`; a `done` clicked there is the
    Cancel earlier versions sent, which answers as `deleteno` does."""
    if actor.role not in OWNERS:
        return None
    asked = await click(actor, f"sk:delete:{scene.debrief_id}:0")
    assert asked.response is not None
    assert f"sk:deleteno:{scene.debrief_id}:0" in custom_ids(asked)
    return asked.response.message


def _flow(name: str, entry: str, page: int, check: Check, **options: Any) -> None:
    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        asked_first = name in ("done", "deleteno")
        on = await _delete_confirmation(scene, actor) if asked_first else None
        return await click(actor, f"sk:{name}:{getattr(scene, entry)}:{page}", on)

    ACTIONS[f"sk:{name}"] = Action(run, check, **options)


async def _deleted(s: Scene, entry_id: int) -> None:
    assert await _entry_after(s, entry_id) is None


async def _discarded(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert content(r) == "Draft discarded."
    await _deleted(s, s.draft_id)


async def _not_deleted(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None and r.response.components == []
    assert r.response.content == f"Not deleted: entry #{s.debrief_id} is kept as it was."
    assert await _entry_after(s, s.debrief_id) == b["entries"][s.debrief_id]


async def _consented(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    entry = await _entry_after(s, s.debrief_id)
    assert entry is not None and entry.consent_summary
    assert any(i.startswith(f"sk:consent:{s.debrief_id}:0") for i in custom_ids(r))


async def _note_asked(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Which format" in content(r)
    assert custom_ids(r) == [f"sk:notefmt:{s.debrief_id}"]


async def _delete_asked(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert f"Delete entry #{s.debrief_id}?" in content(r)


async def _entry_deleted(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert f"Entry #{s.debrief_id} deleted." in content(r)
    await _deleted(s, s.debrief_id)


_PAGE_2 = ["doing", "saying", "experiencing", "how"]
_flow("go", "draft_id", 1, opens_page("sparkle", "draft_id", 1, _PAGE_2, prefilled=False))
_flow("resume", "draft_id", 1, opens_page("sparkle", "draft_id", 1, _PAGE_2, prefilled=False))
_flow("edit", "draft_id", 0, opens_page("sparkle", "draft_id", 0, ["moment", "signs"], True))
_flow("later", "draft_id", 1, says("Saved as a draft."), edits_in_place=True)
_flow("discard", "draft_id", 1, says("Discard this draft"), edits_in_place=True)
_flow(
    "discardyes", "draft_id", 1, _discarded, edits_in_place=True, may_change=frozenset({"entries"})
)
_flow("keep", "draft_id", 1, says("Next:"), edits_in_place=True)
_flow("done", "debrief_id", 0, _not_deleted, edits_in_place=True)
_flow(
    "consent", "debrief_id", 1, _consented, edits_in_place=True, may_change=frozenset({"entries"})
)
_flow("note", "debrief_id", 0, _note_asked)
_flow("share", "debrief_id", 0, _preview_allowed)
_flow("delete", "debrief_id", 0, _delete_asked)
_flow("deleteyes", "debrief_id", 0, _entry_deleted, may_change=frozenset({"entries"}))
_flow("deleteno", "debrief_id", 0, _not_deleted, edits_in_place=True)


# -- selects carrying an entry id


@action("sk:notefmt", allowed=_note_allowed)
async def run_notefmt(scene: Scene, actor: Actor) -> InteractionResult:
    return await choose(actor, f"sk:notefmt:{scene.debrief_id}", "soap")


async def _entry_shown(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.response is not None and r.response.embeds == []
    shown = _texts(r.response.components)
    assert f"## Client-exception debrief #{s.debrief_id}" in shown
    assert any(t.endswith("\n" + DEBRIEF["problem"]) for t in shown)


@action("sk:pick", allowed=_entry_shown)
async def run_pick(scene: Scene, actor: Actor) -> InteractionResult:
    return await choose(actor, "sk:pick:0", str(scene.debrief_id))


async def _previewed_for_guild(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "**Preview**" in content(r)
    assert any(c.startswith("sk:shv:post:") for c in custom_ids(r))


async def _counted_in(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Counted in the weekly summary of **Consultation**" in content(r)
    entry = await _entry_after(s, s.debrief_id)
    assert entry is not None and entry.guild_id == s.guild.id


@action("sk:cgs", allowed=_counted_in, edits_in_place=True, may_change=frozenset({"entries"}))
async def run_cgs(scene: Scene, actor: Actor) -> InteractionResult:
    return await choose(actor, f"sk:cgs:{scene.debrief_id}", str(scene.guild.id))


@action("sk:list", allowed=_entries_allowed, edits_in_place=True)
async def run_list(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, "sk:list:0:next:all:all")


@action(
    "sk:start",
    prepare=seen_notice,
    allowed=opens_page("sparkle", None, 0, ["moment", "signs"], prefilled=False),
)
async def run_start(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, "sk:start:sparkle")


@action("sk:shrg", allowed=_previewed_for_guild)
async def run_shrg(scene: Scene, actor: Actor) -> InteractionResult:
    return await choose(actor, f"sk:shrg:{scene.debrief_id}", str(scene.guild.id))


# -- share preview buttons: sk:shp:<post|named|edit|cancel|del>:<stored preview>


async def _preview_message(scene: Scene, actor: Actor) -> discord.Message | None:
    """The owner clicks on her real preview; anyone else forges on a message of their own."""
    if actor.role not in OWNERS:
        return None
    # from a DM too: alice shares one server with Sparkle, so there is nothing to pick
    preview = await actor.slash("share", entry=str(scene.debrief_id))
    assert preview.acknowledged and preview.response is not None
    return preview.response.message


def _posted(footer: str) -> Check:
    async def check(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
        assert "Shared in" in content(r), content(r)
        (post,) = [m for m in new_posts(s, b, s.reflections) if m.embeds]
        assert post.embeds[0].footer.text.startswith(footer + " · ref ")
        assert [sh.message_id for sh in await s.repos.outbox.shares_of(s.alice.id)] == [post.id]

    return check


async def _share_editor(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None
    assert r.modal["custom_id"] == f"sk:shredit:{s.extra['preview']}"


def _share_button(name: str, check: Check, **options: Any) -> None:
    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        on = await _preview_message(scene, actor)
        post_id = preview_id(on) if on is not None else await alices_preview(scene)
        scene.extra["preview"] = post_id
        return await click(actor, f"sk:shp:{name}:{post_id}", on)

    ACTIONS[f"sk:shr:{name}"] = Action(run, check, **options)


_POSTS = frozenset({"shares", "posts", "round"})
_share_button("post", _posted("Shared anonymously"), may_change=_POSTS)
_share_button("named", _posted("Shared by alice"), may_change=_POSTS)


def _shown_post_button(name: str, check: Check) -> None:
    """The post buttons as sent now: they carry the digest of the preview they showed."""

    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        on = await _preview_message(scene, actor)
        post_id = preview_id(on) if on is not None else await alices_preview(scene)
        scene.extra["preview"] = post_id
        stored = await scene.repos.outbox.get(post_id)
        assert stored is not None
        return await click(
            actor, f"sk:shv:{name}:{post_id}:{preview_digest(stored.text, None)}", on
        )

    ACTIONS[f"sk:shv:{name}"] = Action(run, check, may_change=_POSTS)


_shown_post_button("post", _posted("Shared anonymously"))
_shown_post_button("named", _posted("Shared by alice"))
_share_button("edit", _share_editor)
_share_button("cancel", says("Not shared."), edits_in_place=True)


async def _share_deleted(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Share deleted" in content(r)
    assert await s.repos.outbox.shares_of(s.alice.id) == []
    assert s.share is not None
    assert s.share.message_id not in [m.id for m in s.reflections.history()]
    assert s.share.thread_id not in [t.id for t in s.reflections.threads]


@action("sk:shr:del", allowed=_share_deleted, prepare=with_share, may_change=_POSTS)
async def run_share_delete(scene: Scene, actor: Actor) -> InteractionResult:
    assert scene.share is not None
    return await click(actor, f"sk:shp:del:{scene.share.id}")


# -- the erase button and the summary's post button


async def _erased(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "Everything Sparkle held about you is erased." in content(r)
    await _deleted(s, s.draft_id)
    await _deleted(s, s.debrief_id)


# Her erasure takes her out of the group prompted after its meetings too.
@action("sk:forget", allowed=_erased, edits_in_place=True, may_change=ALICES | {"prompted"})
async def run_forget_button(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:forget:{scene.alice.id}")


async def _summary_posted(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert content(r).startswith("Posted."), content(r)
    (post,) = new_posts(s, b, s.weekly)
    assert "3 reflections from 3 contributors" in post.embeds[0].description


@action(
    "sk:sumpost",
    allowed=_summary_posted,
    prepare=with_summary_material,
    may_change=frozenset({"posts"}),
    once_a_week=True,
)
async def run_sumpost(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:sumpost:{scene.guild.id}:{scene.this_monday()}")


async def _summary_shown(scene: Scene) -> int:
    """The digest of this week's summary as a preview of it shows it now."""
    bot = scene.env.bot
    settings = await scene.repos.servers.get(scene.guild.id)
    monday = scene.this_monday()
    week = date(int(monday[:4]), int(monday[4:6]), int(monday[6:]))
    result = await build_for(scene.repos, bot.scripts, settings, week)  # pyright: ignore[reportAttributeAccessIssue]
    assert isinstance(result, WeekSummary)
    return summary_digest(result)


@action(
    "sk:sumpv",
    allowed=_summary_posted,
    prepare=with_summary_material,
    may_change=frozenset({"posts"}),
    once_a_week=True,
)
async def run_sumpv(scene: Scene, actor: Actor) -> InteractionResult:
    """The Post button as sent now, carrying the summary its preview showed."""
    shown = await _summary_shown(scene)
    return await click(actor, f"sk:sumpv:{scene.guild.id}:{scene.this_monday()}:{shown}")


# -- modal submits carrying an entry id


_EDITED = {"moment": "Edited moment.", "signs": "Edited signs."}


async def _page_saved(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "**Saved.** 1 of 3 pages done." in content(r)
    entry = await _entry_after(s, s.draft_id)
    assert entry is not None and entry.answers == _EDITED


@action("sk:page", allowed=_page_saved, prepare=seen_notice, may_change=frozenset({"entries"}))
async def run_page_submit(scene: Scene, actor: Actor) -> InteractionResult:
    return await forge_modal(actor, f"sk:page:sparkle:{scene.draft_id}:0", _EDITED)


async def _edit_previewed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "**Preview of your edited text**" in content(r)
    assert r.response is not None and r.response.embeds[0].description == "Shorter, my words."
    assert any(c.startswith("sk:shv:post:") for c in custom_ids(r))


@action("sk:shredit", allowed=_edit_previewed, prepare=seen_notice)
async def run_share_edit_submit(scene: Scene, actor: Actor) -> InteractionResult:
    custom_id = f"sk:shredit:{await alices_preview(scene)}"
    return await forge_modal(actor, custom_id, {"text": "Shorter, my words."})


# -- the excerpts a weekly summary may quote (alice's debrief, included in the summary)

_EXCERPT_EDIT = "Laid out her clothes the night before, twice in one week."


async def with_excerpts_shown(scene: Scene, actor: Actor) -> None:
    """Alice included her debrief in the summary and was shown its excerpts (not answered)."""
    alice, entry_id = scene.alice.id, scene.debrief_id
    entry = await scene.repos.entries.get(entry_id, alice)
    if entry is not None and entry.quote_status is QuoteStatus.PENDING:
        return
    assert await scene.repos.entries.set_consent(entry_id, alice, True)
    shown = proposed_excerpts("exception", DEBRIEF, redact)
    assert shown, "the debrief should have something to quote"
    assert await scene.repos.entries.show_excerpts(entry_id, alice, shown)


async def _shown_digest(scene: Scene) -> int:
    entry = await scene.repos.entries.get(scene.debrief_id, scene.alice.id)
    assert entry is not None and entry.excerpts
    return excerpts_digest(entry.excerpts)


async def _excerpts_reviewed(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert f"Entry #{s.debrief_id} is in the weekly group summary" in content(r)
    assert f"sk:qok:{s.debrief_id}:{await _shown_digest(s)}" in custom_ids(r)


async def _excerpt_form(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert r.modal is not None, content(r)
    assert re.fullmatch(
        rf"sk:qform:{s.debrief_id}:{await _shown_digest(s)}:{ONE_TIME_ID}", r.modal["custom_id"]
    )
    entry = await _entry_after(s, s.debrief_id)
    assert modal_defaults(r) == entry.excerpts


async def _excerpts_approved(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "**Included.**" in content(r)
    entry = await _entry_after(s, s.debrief_id)
    assert entry.quote_status is QuoteStatus.APPROVED and entry.excerpts


async def _quotes_declined(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert "**Not quoted.**" in content(r)
    entry = await _entry_after(s, s.debrief_id)
    assert entry.quote_status is QuoteStatus.DECLINED and entry.excerpts == {}


async def _excerpt_edited(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    assert _EXCERPT_EDIT in content(r)
    entry = await _entry_after(s, s.debrief_id)
    assert entry.quote_status is QuoteStatus.PENDING
    assert entry.excerpts == {"next_step": _EXCERPT_EDIT}


@action("sk:quote", allowed=_excerpts_reviewed, prepare=with_excerpts_shown)
async def run_quote(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:quote:{scene.debrief_id}:0")


@action("sk:qedit", allowed=_excerpt_form, prepare=with_excerpts_shown)
async def run_qedit(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:qedit:{scene.debrief_id}:{await _shown_digest(scene)}")


# Approving or declining the excerpts answers on the shown review and changes the entry.
_DECIDES_EXCERPTS: dict[str, Any] = {
    "prepare": with_excerpts_shown,
    "edits_in_place": True,
    "may_change": frozenset({"entries"}),
}


@action("sk:qok", allowed=_excerpts_approved, **_DECIDES_EXCERPTS)
async def run_qok(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:qok:{scene.debrief_id}:{await _shown_digest(scene)}")


@action("sk:qno", allowed=_quotes_declined, **_DECIDES_EXCERPTS)
async def run_qno(scene: Scene, actor: Actor) -> InteractionResult:
    return await click(actor, f"sk:qno:{scene.debrief_id}:0")


async def _shown_and_notice_seen(scene: Scene, actor: Actor) -> None:
    await seen_notice(scene, actor)  # the forged form is submitted over a real page
    await with_excerpts_shown(scene, actor)


@action(
    "sk:qmodal",
    allowed=_excerpt_edited,
    prepare=_shown_and_notice_seen,
    may_change=frozenset({"entries"}),
)
async def run_qmodal(scene: Scene, actor: Actor) -> InteractionResult:
    return await forge_modal(actor, f"sk:qmodal:{scene.debrief_id}", {"next_step": _EXCERPT_EDIT})


@action(
    "sk:qform",
    allowed=_excerpt_edited,
    prepare=_shown_and_notice_seen,
    may_change=frozenset({"entries"}),
)
async def run_qform(scene: Scene, actor: Actor) -> InteractionResult:
    """The Edit form as sent now: opened on the excerpts shown, with a one-time id."""
    digest = await _shown_digest(scene)
    custom_id = f"sk:qform:{scene.debrief_id}:{digest}:{'o' * 16}"
    return await forge_modal(actor, custom_id, {"next_step": _EXCERPT_EDIT})


# -- cross-server: an author's OWN entry sent to a server she is not a member of


async def _foreign_share(scene: Scene, actor: Actor, how: str) -> InteractionResult:
    own = scene.extra["own", actor.id]
    foreign = scene.guild if actor.role == OUTSIDER else scene.elsewhere
    if how == "shrg":
        return await choose(actor, f"sk:shrg:{own}", str(foreign.id))
    # A preview stored for a server the author is not (or no longer) a member of.
    draft = await scene.repos.outbox.draft_share(
        author_id=actor.id, entry_id=own, guild_id=foreign.id, title="t", text="x"
    )
    return await click(actor, f"sk:shp:{how}:{draft.id}")


async def _never(s: Scene, a: Actor, r: InteractionResult, b: dict[str, Any]) -> None:
    raise AssertionError("no role may share into a server they are not a member of")


def _foreign_action(how: str) -> None:
    async def run(scene: Scene, actor: Actor) -> InteractionResult:
        return await _foreign_share(scene, actor, how)

    ACTIONS[f"foreign-server:{how}"] = Action(run, _never, prepare=with_own_entry)


for _how in ("post", "named", "shrg"):
    _foreign_action(_how)
