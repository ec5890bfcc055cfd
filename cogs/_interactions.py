"""One interaction base: typed custom ids, handlers bound by type, one answer on every failure.

Every persistent component (a button or a select) and every routed form (a modal) has a typed
`Key`: a frozen dataclass of `int` and `str` fields encoded as ``sk:<prefix>:<field>:…``. A cog
binds a handler to each component class or form key when it loads (`bind`); a click finds its
handler by that class, never by a cog's name, and runs inside `answering`, which turns any
error into one friendly reply with a reference. discord.py itself only logs errors raised in
persistent components, so without it the user would see "This interaction failed".

Keys keep the custom ids that earlier versions sent, so buttons on old messages keep working.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import re
import secrets
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import discord
from discord import ui
from discord.ext import commands

from bot.conversation.blank import whole_characters
from bot.conversation.engine import visible
from bot.inert import as_typed
from bot.log import bind_request
from bot.tree import report_failure, respond, respond_done
from cogs._render import NOT_AVAILABLE

if TYPE_CHECKING:
    from bot.app import SparkleBot

Interaction = discord.Interaction["SparkleBot"]
CUSTOM_ID_MAX = 100  # Discord's limit
# An int field holds a Discord snowflake, a row id or a small number; a str field a slug.
_FIELD_PATTERNS: dict[type, str] = {int: r"-?\d{1,20}", str: r"[A-Za-z0-9_.-]{1,40}"}
_NEVER = r"(?!)"  # the abstract bases below match nothing
# What a database column (and so every id, row number and digest a button carries) can hold.
_STORABLE = range(-(2**63), 2**63)


@typing.dataclass_transform(frozen_default=True)
@dataclass(frozen=True)
class Key:
    """A custom id's typed fields. Subclasses are frozen dataclasses with a `prefix`.

    Either ``class PickKey(Key, prefix="pick")`` (made a frozen dataclass here), or a
    ``@dataclass(frozen=True)`` subclass that sets ``prefix = "pick"`` in its body.
    """

    prefix: ClassVar[str]

    def __init_subclass__(cls, prefix: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if prefix is not None:
            cls.prefix = prefix
            dataclass(frozen=True)(cls)

    @classmethod
    @cache
    def _fields(cls) -> tuple[tuple[str, type], ...]:
        hints = typing.get_type_hints(cls)
        return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))

    @classmethod
    @cache
    def pattern(cls) -> str:
        parts = [re.escape(f"sk:{cls.prefix}")]
        parts += [f"(?P<{name}>{_FIELD_PATTERNS[kind]})" for name, kind in cls._fields()]
        return "^" + ":".join(parts) + "$"

    @classmethod
    def decode(cls, groups: Mapping[str, str]) -> Self:
        return cls(**{name: kind(groups[name]) for name, kind in cls._fields()})

    @classmethod
    def parse(cls, custom_id: str) -> Self | None:
        match = re.match(cls.pattern(), custom_id)
        return None if match is None else cls.decode(match.groupdict())

    def fits(self) -> bool:
        """Whether this key could have been sent by the bot: every number one a column can hold,
        and whatever else `plausible` asks. A tampered client's made-up id that fails it is
        answered as not available, rather than failing inside a query as if a real button had."""
        numbers = (getattr(self, name) for name, kind in self._fields() if kind is int)
        return all(number in _STORABLE for number in numbers) and self.plausible()

    def plausible(self) -> bool:
        """A subclass's own check of what its pattern lets through (a date, a known name)."""
        return True

    def encode(self) -> str:
        custom_id = ":".join(
            ["sk", self.prefix, *(str(getattr(self, name)) for name, _ in self._fields())]
        )
        if len(custom_id) > CUSTOM_ID_MAX or re.match(self.pattern(), custom_id) is None:
            raise ValueError(f"{custom_id!r} is not a valid {type(self).__name__}")
        return custom_id


def chosen_id(value: str) -> int | None:
    """The id a menu's chosen value names (a row, an entry, a server), or None when it names
    none a column can hold: a tampered client's made-up value is then not available, rather
    than a failure inside a query."""
    number = int(value) if value.isdecimal() else None
    return number if number is not None and number in _STORABLE else None


K = TypeVar("K", bound=Key)
# A component's handler gets the interaction and the clicked component (its `key` is typed).
Handler = Callable[[Interaction, Any], Awaitable[None]]


@contextlib.asynccontextmanager
async def answering(
    interaction: discord.Interaction[Any], typed: Mapping[str, str] | None = None
) -> AsyncIterator[None]:
    """Run a handler so that whatever fails, the user gets an answer and the log a reference.

    `typed` is what a submitted form carried: when the handler fails, it goes back to the
    member in a private file, so that nothing they typed is lost. The error is re-raised,
    marked as answered, so that discord.py's own handlers (the tree's `on_error`, a view's or
    listener's error log) still see it but never answer twice.
    """
    bind_request(interaction.id, interaction.data)
    try:
        yield
    except Exception as error:
        kept = {name: text for name, text in (typed or {}).items() if visible(text)}
        if kept:
            await report_failure(
                interaction,
                error,
                note="Nothing you typed is lost: it is in the attached file.",
                file=typed_file(kept),
            )
        else:
            await report_failure(interaction, error)
        raise


def typed_file(typed: Mapping[str, str]) -> discord.File:
    """What a form carried, exactly as typed, as a private Markdown file."""
    body = "\n".join(f"## {name}\n\n{text}\n" for name, text in typed.items())
    return discord.File(
        io.BytesIO(body.encode("utf-8", "surrogatepass")), filename="sparkle-unsaved-form.md"
    )


async def reply_privately(
    interaction: discord.Interaction[Any], content: str, **extra: Any
) -> None:
    """Answer only the member, pinging no one: for text that may echo what someone typed."""
    await respond(interaction, content, allowed_mentions=discord.AllowedMentions.none(), **extra)


async def report_done(
    interaction: discord.Interaction[Any], content: str, *, clear_embed: bool = False
) -> None:
    """Say what was done in the deferred message (without its embed, with `clear_embed`); if
    Discord loses that edit, say it in a new private message rather than leave the member
    with "try again" for something done; if that is lost too, its failure says it."""
    none = discord.AllowedMentions.none()
    embed = None if clear_embed else discord.utils.MISSING  # MISSING: left as it is
    try:
        await interaction.edit_original_response(
            content=content, embed=embed, view=None, allowed_mentions=none
        )
    except discord.HTTPException:
        await respond_done(interaction, content, allowed_mentions=none)


async def said_then(answer: Awaitable[object], then: Callable[[], Awaitable[object]]) -> None:
    """Give `answer`, then do `then`, even when Discord lost the answer (raised again after
    `then`): what follows a stored change must not hang on the clicker's reply arriving."""
    try:
        await answer
    except Exception:
        await then()
        raise
    await then()


async def tell_done(
    interaction: discord.Interaction[Any], content: str = discord.utils.MISSING, **extra: Any
) -> None:
    """Say what was done in a private follow-up (after a defer); if Discord loses it, say it
    once more in a new one, rather than leave "something went wrong" for something done.
    Without `content`, a layout view in `extra` says it. No file: a sent one is spent."""
    none = discord.AllowedMentions.none()
    try:
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=none, **extra)
    except discord.HTTPException:
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=none, **extra)


# What the form being answered carried (set by `route_form` around its handler): a form
# answered without storing anything shows it back, so nothing typed is lost.
_FORM_TYPED: ContextVar[Mapping[str, str] | None] = ContextVar("form_typed", default=None)
SHOWN_BACK_MAX = 1900  # beyond this, what was typed goes back as a file
SHOWN_BACK = "Nothing was saved from your form. Here is what you typed, so that nothing is lost:"
SHOWN_BACK_FILE = (
    "Nothing was saved from your form. What you typed is in the attached file, so that "
    "nothing is lost."
)


def shown_back(typed: Mapping[str, str]) -> tuple[str, dict[str, Any]] | None:
    """What a form carried, shown back to its writer as typed (markdown and mentions made
    inert, as `as_typed` does, in a quote), or in an attached file when too long for one
    message; None if it was blank."""
    kept = {name: text for name, text in typed.items() if visible(text)}
    if not kept:
        return None
    quoted = quoted_back(kept.values(), between="\n>\n")
    if len(SHOWN_BACK) + len(quoted) < SHOWN_BACK_MAX:
        return f"{SHOWN_BACK}\n{quoted}", {}
    return SHOWN_BACK_FILE, {"file": typed_file(kept)}


def quoted_back(texts: Iterable[str], *, between: str = "\n") -> str:
    """Typed texts shown back in a quote, each line inert (as `as_typed` makes it): a line
    break inside a text never ends the quote, so no line can become the bot's own heading,
    list or quote."""
    return between.join(
        "\n".join(f"> {as_typed(line)}" for line in text.splitlines()) for text in texts
    )


async def refused(interaction: discord.Interaction[Any], told: str, **extra: Any) -> None:
    """Answer an interaction that stored nothing with `told`, privately, pinging no one; when
    it was a form's submit, a second private message shows back what the form carried (only
    what its submitter typed in it, so it tells them nothing they did not know). `extra` (a
    view, say) goes with `told`."""
    none = discord.AllowedMentions.none()
    await respond(interaction, told, allowed_mentions=none, **extra)
    back = shown_back(_FORM_TYPED.get() or {})
    if back is not None:
        content, extra = back
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=none, **extra)


def reply_to_follow(interaction: discord.Interaction[Any]) -> bool:
    """Whether the interaction was answered with a message a private follow-up can come
    after: not unanswered, and not a form opened (a form has no reply to follow)."""
    response = interaction.response
    return response.is_done() and response.type is not discord.InteractionResponseType.modal


async def not_available(interaction: discord.Interaction[Any]) -> None:
    """The one answer for something that belongs to someone else or no longer exists: the
    same for both, so that it tells a forged id from a real one by nothing. A form's submit
    gets its own typed text shown back after it (`refused`), whoever it was for: the same
    for a forged id and for an entry deleted meanwhile, and nothing lost."""
    await refused(interaction, NOT_AVAILABLE)


def asked_by_me(interaction: discord.Interaction[Any], asks: Callable[[str], bool]) -> bool:
    """Whether the click is on a message of the bot's whose text `asks` recognises: what a
    message says is Discord's (a tampered client can forge a custom id, never the text of
    the message it clicks on), so a confirmation naming an id proves it was offered to her."""
    message, me = interaction.message, interaction.client.user
    if message is None or me is None or message.author.id != me.id:
        return False
    return asks(message.content)


async def gone_already(
    interaction: discord.Interaction[Any], asks: Callable[[str], bool], told: str
) -> None:
    """A confirmation clicked again once what it names is gone (the first click did it, and
    Discord lost its answer): `told` (that it is done already) when the click is on her own
    confirmation (`asked_by_me`), else `not_available`, which tells nothing of whether
    another's id exists."""
    if asked_by_me(interaction, asks):
        await respond(interaction, told, allowed_mentions=discord.AllowedMentions.none())
    else:
        await not_available(interaction)


async def _dispatch(interaction: Interaction, component: object) -> None:
    async with answering(interaction):
        handler = interaction.client.handlers.get(type(component))
        key = getattr(component, "key", None)
        # Its feature not loaded, or an id the bot never sent: answer rather than fail.
        if handler is None or (isinstance(key, Key) and not key.fits()):
            await not_available(interaction)
            return
        await handler(interaction, component)


class _Keyed(Generic[K]):
    """What every persistent component shares: its template is its key's pattern, a click
    decodes the key, and the handler bound to its class answers inside `answering`."""

    key_type: ClassVar[type[Key]]
    key: K

    def __init_subclass__(cls, **kwargs: Any) -> None:
        if "key_type" not in cls.__dict__:  # from `Button[PickKey]`, when it names a key
            for base in getattr(cls, "__orig_bases__", ()):
                args = typing.get_args(base)
                if args and isinstance(args[0], type) and issubclass(args[0], Key):
                    cls.key_type = args[0]
        template = kwargs.pop("template", None) or cls.key_type.pattern()
        super().__init_subclass__(template=template, **kwargs)  # pyright: ignore[reportCallIssue]

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(cls.key_type.decode(match.groupdict()))  # pyright: ignore[reportCallIssue]

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _dispatch(interaction, self)


class Button(_Keyed[K], ui.DynamicItem[ui.Button[Any]], template=_NEVER):
    """A persistent button: ``class Forget(Button[ForgetKey])``; its custom id is
    `key.encode()`. A subclass may set its usual `label` and `style`."""

    label: ClassVar[str] = ""
    style: ClassVar[discord.ButtonStyle] = discord.ButtonStyle.secondary

    def __init__(
        self,
        key: K,
        *,
        label: str = "",
        style: discord.ButtonStyle | None = None,
        emoji: str | None = None,
        disabled: bool = False,
        row: int | None = None,
    ) -> None:
        button: ui.Button[Any] = ui.Button(
            label=label or type(self).label or None,
            style=style or type(self).style,
            custom_id=key.encode(),
            emoji=emoji,
            disabled=disabled,
        )
        super().__init__(button, row=row)
        self.key = key


class Select(_Keyed[K], ui.DynamicItem[ui.Select[Any]], template=_NEVER):
    """A persistent string select. `values` holds what the user picked. A subclass may set its
    usual `placeholder`."""

    placeholder: ClassVar[str | None] = None

    def __init__(
        self,
        key: K,
        options: Iterable[discord.SelectOption] = (),
        *,
        placeholder: str | None = None,
        min_values: int = 1,
        max_values: int = 1,
        disabled: bool = False,
        row: int | None = None,
    ) -> None:
        select: ui.Select[Any] = ui.Select(
            custom_id=key.encode(),
            placeholder=placeholder or type(self).placeholder,
            # Rebuilt from a click, a select has no options of its own: never sent so.
            options=list(options) or [discord.SelectOption(label="-", value="0")],
            min_values=min_values,
            max_values=max_values,
            disabled=disabled,
        )
        super().__init__(select, row=row)
        self.key = key

    @property
    def values(self) -> list[str]:
        return list(self.item.values)

    @property
    def value(self) -> str:
        """The first value picked, or "" (a select answers with at least one)."""
        return next(iter(self.item.values), "")


def button_type(key_type: type[K]) -> type[Button[K]]:
    """The persistent button of a key that needs nothing more, named after it:
    ``StepOutButton = button_type(StepOutKey)`` makes the class ``StepOutButton``."""
    name = f"{key_type.__name__.removesuffix('Key')}Button"
    return type(name, (Button,), {"key_type": key_type, "__module__": key_type.__module__})


# -- forms: modals routed by their typed id, so that one opened before a restart still works ----


@dataclass(frozen=True)
class Submitted(Generic[K]):
    """A form's submit: its typed key, and what each input carried by custom id."""

    key: K
    texts: dict[str, str]
    choices: dict[str, list[str]]

    def text(self, name: str) -> str:
        return self.texts.get(name, "")

    def typed(self, name: str) -> str:
        """What was typed in `name`, trimmed; "" when it shows nothing (spaces, zero-width or
        bidi marks only), so that an invisible answer counts as an empty one."""
        return visible(self.text(name))

    def choice(self, name: str) -> str | None:
        picked = self.choices.get(name) or []
        return picked[0] if picked else None

    def values(self) -> dict[str, str]:
        """Every input by custom id; a select gives its first value, or "" if none."""
        return self.texts | {name: (picked or [""])[0] for name, picked in self.choices.items()}


def _leaves(components: Iterable[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    for component in components:
        if "custom_id" in component and ("value" in component or "values" in component):
            yield component
        inner = component.get("component")
        if isinstance(inner, Mapping):
            yield from _leaves([typing.cast("Mapping[str, Any]", inner)])
        yield from _leaves(component.get("components") or [])


def submitted_values(
    data: Mapping[str, Any],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The text inputs and selects of a modal submit payload, by custom id."""
    texts: dict[str, str] = {}
    choices: dict[str, list[str]] = {}
    for leaf in _leaves(data.get("components") or []):
        if "values" in leaf:
            choices[str(leaf["custom_id"])] = [str(v) for v in leaf["values"]]
        else:
            # a lone surrogate would fail every write and send: shown as U+FFFD instead
            texts[str(leaf["custom_id"])] = whole_characters(str(leaf["value"]))
    return texts, choices


def one_time_id() -> str:
    """A new form's one-time id, made when the form is shown and carried in its custom id:
    whatever its submit creates keeps it (unique), so the same form submitted twice, after
    Discord lost the first answer, is stored once. 16 characters a key's `str` field takes."""
    return secrets.token_urlsafe(12)


def form(key: Key, title: str, *items: ui.Item[Any]) -> ui.Modal:
    """A modal whose submit reaches the handler bound to `type(key)`, even after a restart."""
    modal = ui.Modal(title=title[:45], custom_id=key.encode(), timeout=None)
    for item in items:
        modal.add_item(item)
    modal.stop()  # never held in memory: the submit is routed by its custom id
    return modal


def long_text(
    name: str,
    label: str,
    *,
    limit: int,
    default: str | None = None,
    hint: str | None = None,
    required: bool = True,
) -> ui.Label[Any]:
    """A labelled paragraph input for a form, prefilled with at most `limit` characters."""
    return ui.Label(
        text=label,
        description=hint,
        component=ui.TextInput(
            custom_id=name,
            style=discord.TextStyle.paragraph,
            default=(default or "")[:limit] or None,
            max_length=limit,
            required=required,
        ),
    )


async def route_form(bot: SparkleBot, interaction: Interaction) -> bool:
    """Hand a modal submit to the handler bound to its key type (one that none takes is not
    available, with what it carried shown back). False if it is not a form."""
    if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
        return False
    custom_id = str(interaction.data.get("custom_id", ""))
    texts, choices = submitted_values(typing.cast("Mapping[str, Any]", interaction.data))
    for key_type, handler in list(bot.handlers.items()):
        if not (isinstance(key_type, type) and issubclass(key_type, Key)):
            continue
        key = key_type.parse(custom_id)
        if key is None:
            continue
        token = _FORM_TYPED.set(texts)
        try:
            async with answering(interaction, texts):
                if key.fits():
                    await handler(interaction, Submitted(key, texts, choices))
                else:
                    await not_available(interaction)
        finally:
            _FORM_TYPED.reset(token)
        return True
    token = _FORM_TYPED.set(texts)
    try:
        async with answering(interaction, texts):
            await not_available(interaction)
    finally:
        _FORM_TYPED.reset(token)
    return True


def taken_by_a_component(bot: SparkleBot, custom_id: str) -> bool:
    """Whether a bound persistent component takes `custom_id` (every component the bot sends
    is one)."""
    return any(
        isinstance(kind, type)
        and issubclass(kind, ui.DynamicItem)
        and kind.__discord_ui_compiled_template__.fullmatch(custom_id) is not None  # pyright: ignore[reportAttributeAccessIssue]
        for kind in list(bot.handlers)
    )


async def answer_untaken_component(bot: SparkleBot, interaction: Interaction) -> bool:
    """Answer a click or choice whose custom id no component takes (a tampered client's, or a
    button of a long-gone version) as not available, rather than leave it to fail. False if
    it is not one."""
    if interaction.type is not discord.InteractionType.component or not interaction.data:
        return False
    if taken_by_a_component(bot, str(interaction.data.get("custom_id", ""))):
        return False
    async with answering(interaction):
        await not_available(interaction)
    return True


# -- binding ---------------------------------------------------------------------------------


def bind(bot: SparkleBot, handlers: Mapping[type, Handler]) -> None:
    """Register persistent components (and form keys) with the handlers that answer them."""
    components = [t for t in handlers if issubclass(t, ui.DynamicItem)]
    if components:
        bot.add_dynamic_items(*components)
    bot.handlers.update(handlers)


def unbind(bot: SparkleBot, types: Iterable[type]) -> None:
    types = list(types)
    components = [t for t in types if issubclass(t, ui.DynamicItem)]
    if components:
        bot.remove_dynamic_items(*components)
    for kind in types:
        bot.handlers.pop(kind, None)


class BoundCog(commands.Cog):
    """A cog whose `handlers()` are bound while it is loaded, and which offers itself as the
    services (protocols, see `cogs._services`) named in `offers` meanwhile."""

    offers: ClassVar[tuple[type, ...]] = ()

    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    def handlers(self) -> Mapping[type, Handler]:
        return {}

    async def cog_load(self) -> None:
        bind(self.bot, self.handlers())
        self.bot.services.update(dict.fromkeys(self.offers, self))

    async def cog_unload(self) -> None:
        for kind in self.offers:
            self.bot.services.pop(kind, None)
        unbind(self.bot, self.handlers())


# Discord's "Cannot send messages to this user": the only answer that means closed DMs.
CANNOT_DM = 50007


def view(*items: ui.Item[Any]) -> ui.View:
    """A view of persistent items: no timeout, so nothing waits in memory for it."""
    result = ui.View(timeout=None)
    for item in items:
        result.add_item(item)
    return result
