"""Small helpers for SimCord tests: the world, and reading what the bot stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from simcord import Env, InteractionResult
from simcord.components import walk_components
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from bot.app import SparkleBot
from storage.repos import Repositories
from storage.repos.userdata import NO_USER_DATA, USER_COLUMNS
from storage.tables import Base, Entry
from tests.e2e.pages import SPARKLE_PAGES as SPARKLE_PAGES  # re-exported for the tests


def stored(*pages: dict[str, Any]) -> dict[str, str]:
    """The answers as stored from submitted pages: a select keeps its one chosen value."""
    return {
        k: (v[0] if v else "") if isinstance(v, list) else v for p in pages for k, v in p.items()
    }


def modal_questions(result: InteractionResult) -> list[dict[str, Any]]:
    """A form's labelled questions, in order (guidance text above them is not a question)."""
    assert result.modal is not None, "expected a modal"
    return [c for c in result.modal["components"] if "component" in c]


def modal_guidance(result: InteractionResult) -> list[str]:
    """The text shown in a form besides its questions."""
    assert result.modal is not None, "expected a modal"
    return [c["content"] for c in result.modal["components"] if c.get("type") == 10]


def modal_ids(result: InteractionResult) -> list[str]:
    assert result.modal is not None, "expected a modal"
    return [c["component"]["custom_id"] for c in result.modal["components"] if "component" in c]


def modal_defaults(result: InteractionResult) -> dict[str, Any]:
    assert result.modal is not None, "expected a modal"
    return {
        c["component"]["custom_id"]: _default_of(c["component"])
        for c in result.modal["components"]
        if "component" in c
    }


def _default_of(component: dict[str, Any]) -> Any:
    """A text input's value, or a select's default option values as a list."""
    if "options" in component:
        return [o["value"] for o in component["options"] if o.get("default")]
    return component.get("value")


def buttons(result: InteractionResult) -> list[str]:
    """The labels of a reply's buttons, in order, wherever its layout puts them."""
    assert result.response is not None
    return [
        c.get("label", "") for c in walk_components(result.response.components) if c["type"] == 2
    ]


def texts(result: InteractionResult) -> list[str]:
    """What a reply laid out in components says: its text displays, in order."""
    assert result.response is not None
    return [c["content"] for c in walk_components(result.response.components) if c["type"] == 10]


def shown_answers(result: InteractionResult) -> dict[str, str]:
    """An entry's card as the user reads it: each heading (a question, or the affirmations
    kept with it) and what is shown under it; a one-line answer as its label and value."""
    shown: dict[str, str] = {}
    for text in texts(result):
        if text.startswith("### "):
            label, _, value = text.removeprefix("### ").partition("\n")
            shown[label] = value
        elif text.startswith("**") and "** · " in text:
            label, _, value = text.removeprefix("**").partition("** · ")
            shown[label] = value
    return shown


def said(result: InteractionResult) -> str:
    """All a reply says, as content or in text displays."""
    assert result.response is not None
    return "\n".join([result.response.content, *texts(result)])


async def plain_note(result: InteractionResult) -> str:
    """The plain-text file of a /note answer (beside its Markdown file)."""
    assert result.response is not None
    (plain,) = [a for a in result.response.attachments if a.filename.endswith(".txt")]
    return (await plain.read()).decode()


def bot_of(env: Any) -> SparkleBot:
    bot = env.bot
    assert isinstance(bot, SparkleBot)
    return bot


async def stored_entry(
    bot: SparkleBot,
    author: int,
    answers: dict[str, str],
    *,
    guild_id: int | None = None,
    complete: bool = True,
    kind: str = "sparkle",
) -> int:
    """An entry stored as the conversation stores it: complete, or a draft at page 2."""
    header = await bot.repos.entries.save_page(
        entry_id=None,
        author_id=author,
        kind=kind,
        guild_id=guild_id,
        answers=answers,
        advance_to=3 if complete else 1,
        complete=complete,
    )
    assert header is not None
    return header.id


async def erase_everything(actor: Any, channel: Any) -> InteractionResult:
    """/forget, confirmed with its Erase everything button."""
    ask = await actor.slash(channel, "forget")
    assert ask.acknowledged and ask.ephemeral and ask.response is not None
    return await actor.click(ask.response.message, label="Erase everything")


def close_dms(env: Env, times: int = 1) -> None:
    """The next DM(s) are refused as by a user whose privacy settings block the bot."""
    env.inject_error(
        "POST",
        "/channels/*/messages",
        status=403,
        code=50007,
        message="Cannot send messages to this user",
        times=times,
    )


async def _forge(
    actor: Any,
    message: Any,
    component: dict[str, Any],
    data: dict[str, Any],
    *,
    content: str | None = None,
) -> InteractionResult:
    """Dispatch a component interaction on a copy of a message the actor can see, whose only
    component is the forged one.

    SimCord only lets users use components they can see, and discord.py drops interactions
    with components that are not on the message, so this is how a tampered client is played.
    It proves the bot's own ownership checks.
    """
    from simcord.actors import (  # pyright: ignore[reportPrivateUsage]
        InteractionType,
        _visible_message,
        serializers,
    )

    stored = _visible_message(actor, message)
    payload = dict(serializers.message_payload(actor._env.backend, stored))
    payload["components"] = [{"type": 1, "components": [component]}]
    if content is not None:
        payload["content"] = content
    return await _dispatch(
        actor,
        InteractionType.MESSAGE_COMPONENT,
        stored.channel_id,
        data,
        extra={"message": payload},
        source_message_id=stored.id,
    )


async def _dispatch(
    actor: Any, kind: Any, channel_id: int, data: dict[str, Any], **options: Any
) -> InteractionResult:
    """Send a hand-made interaction of `kind` from the actor, in the channel `channel_id`."""
    from simcord.actors import (  # pyright: ignore[reportPrivateUsage]
        ChannelHandle,
        _dispatch_actor_interaction,
    )

    env = actor._env
    where = ChannelHandle(env, getattr(actor, "guild", None), env.backend.get_channel(channel_id))
    return await _dispatch_actor_interaction(actor, kind, where, data, **options)


async def forge_click(
    actor: Any, message: Any, custom_id: str, *, content: str | None = None
) -> InteractionResult:
    """Click a button with a hand-made custom id, as a tampered client could (or as a button
    an earlier version sent is clicked: `content`, what that message said instead)."""
    button = {"type": 2, "style": 1, "label": "x", "custom_id": custom_id}
    data = {"custom_id": custom_id, "component_type": 2}
    return await _forge(actor, message, button, data, content=content)


async def forge_select(actor: Any, message: Any, custom_id: str, value: str) -> InteractionResult:
    """Choose a hand-made value in a select, as a tampered client could."""
    menu = {"type": 3, "custom_id": custom_id, "options": [{"label": value, "value": value}]}
    data = {"custom_id": custom_id, "component_type": 3, "values": [value]}
    return await _forge(actor, message, menu, data)


async def open_first_page(
    actor: Any, channel: Any | None = None, command: str = "sparkle"
) -> InteractionResult:
    """Run /sparkle (or another conversation), passing the one-time notice when it is shown."""
    first = await (actor.slash(channel, command) if channel is not None else actor.slash(command))
    assert first.acknowledged
    if first.modal is not None:
        return first
    assert first.ephemeral and first.response is not None
    assert "de-identified" in first.response.content
    shown = await actor.click(first.response.message, label="Continue")
    assert shown.acknowledged
    return shown


async def dm_reflection(user: Any) -> InteractionResult:
    """The user runs /sparkle in a DM and saves every page (as SPARKLE_PAGES)."""
    step = await user.submit_modal(await open_first_page(user), SPARKLE_PAGES[0])
    for page in SPARKLE_PAGES[1:]:
        step = await user.submit_modal(
            await user.click(step.response.message, label="Continue"), page
        )
    assert step.ephemeral and "All saved" in said(step)
    return step


async def first_page_saved(actor: Any, channel: Any) -> InteractionResult:
    """The actor opens /sparkle and submits its first page as SPARKLE_PAGES[0]."""
    return await actor.submit_modal(await open_first_page(actor, channel), SPARKLE_PAGES[0])


async def first_page_then(actor: Any, channel: Any, label: str) -> InteractionResult:
    """The actor saves its first /sparkle page, then clicks `label` on the reply."""
    step = await first_page_saved(actor, channel)
    return await actor.click(step.response.message, label=label)


async def forge_submit(
    actor: Any, channel: Any, modal_custom_id: str, values: dict[str, str]
) -> InteractionResult:
    """Submit a page form with hand-made values, as a tampered client could (no length limits)."""
    from simcord.actors import InteractionType  # pyright: ignore[reportPrivateUsage]

    rows = [
        {"type": 18, "component": {"type": 4, "custom_id": qid, "value": value}}
        for qid, value in values.items()
    ]
    data = {"custom_id": modal_custom_id, "components": rows}
    return await _dispatch(actor, InteractionType.MODAL_SUBMIT, channel.id, data)


# A new entry's first page, as `sk:pagenew:<script>:<page>:<version>:<guild>:<one-time id>`.
ONE_TIME_ID = r"[A-Za-z0-9_-]{16}"


def new_page_id(script: str = "sparkle", page: int = 0, version: int = 1, guild: int = 0) -> str:
    """The pattern of the custom id of a page that creates a new entry (`re.fullmatch` it)."""
    return rf"sk:pagenew:{script}:{page}:{version}:{guild}:{ONE_TIME_ID}"


def as_form_of_old(shown: InteractionResult, custom_id: str) -> InteractionResult:
    """The form `shown`, as an earlier version sent it with `custom_id` (no one-time id): a
    form opened before an upgrade and submitted after it."""
    interaction = shown._interaction  # pyright: ignore[reportPrivateUsage]
    interaction.modal = {**interaction.modal, "custom_id": custom_id}
    return shown


async def submit_again(actor: Any, shown: InteractionResult, values: dict[str, Any]) -> Any:
    """Submit the same form a second time, as Discord does when its first answer was lost:
    the form stays open after "This interaction failed" and the member clicks Submit again,
    which sends a new interaction with the same custom id and values.

    SimCord 3.2.1 refuses a second submit of one shown form ("That modal has already been
    submitted") and has no public call that sends a raw interaction, so this clears its
    private `modal_consumed` mark and submits through the public `submit_modal`, which keeps
    every check SimCord makes of a submit.
    """
    shown._interaction.modal_consumed = False  # pyright: ignore[reportPrivateUsage]
    return await actor.submit_modal(shown, values)


async def assert_nothing_stored_of(repos: Repositories, user_id: int) -> None:
    """After /forget: no row of any table names the user or hangs off her erased entries, and
    no post is tagged as hers (every table is classified for /forget, or this fails)."""
    async with repos.db.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in USER_COLUMNS if c in table.c]
            if table.name in NO_USER_DATA:
                assert not columns and "entry_id" not in table.c, table.name
                continue
            assert columns or "entry_id" in table.c, f"{table.name}: classify it for /forget"
            for column in columns:
                count = (
                    await session.execute(
                        select(func.count()).select_from(table).where(table.c[column] == user_id)
                    )
                ).scalar()
                assert count == 0, f"{table.name}.{column} still holds the user"
            if "entry_id" in table.c and table.name != "shares":
                orphans = (
                    await session.execute(
                        select(func.count())
                        .select_from(table)
                        .where(
                            table.c.entry_id.is_not(None),
                            ~table.c.entry_id.in_(select(Entry.id)),
                        )
                    )
                ).scalar()
                assert orphans == 0, f"{table.name} keeps rows of erased entries"
    assert await repos.outbox.records(repos.outbox.mine(user_id)) == []


@contextmanager
def engine_hooks(env: Any, **hooks: Callable[..., None]) -> Iterator[None]:
    """While inside, each hook (an engine event's name: its listener, as
    ``before_cursor_execute=...``) listens on every engine of the bot."""
    engines = bot_of(env).repos.db.engines()
    for engine in engines:
        for name, hook in hooks.items():
            event.listen(engine, name, hook)
    try:
        yield
    finally:
        for engine in engines:
            for name, hook in hooks.items():
                event.remove(engine, name, hook)


@contextmanager
def failing_statements(env: Any, fault: Callable[[str], BaseException | None]) -> Iterator[None]:
    """While inside, every SQL statement on every engine of the bot for which ``fault``
    returns an error raises it (``fault`` is asked at each statement, so it can read a flag
    the test flips)."""

    def fail(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        error = fault(statement)
        if error is not None:
            raise error

    with engine_hooks(env, before_cursor_execute=fail):
        yield


@contextmanager
def failing_while_on(
    env: Any, matches: Callable[[str], bool], message: str
) -> Iterator[list[bool]]:
    """While the yielded list holds True, every statement that ``matches`` (given it upper
    case, leading blanks stripped) fails as the database does with ``message`` ("database
    is locked", "server closed the connection")."""
    on: list[bool] = []

    def fault(statement: str) -> OperationalError | None:
        if on and matches(statement.lstrip().upper()):
            return OperationalError(statement, {}, Exception(message))
        return None

    with failing_statements(env, fault):
        yield on
