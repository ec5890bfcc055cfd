"""Typed SQLAlchemy models: the database schema, and nothing else."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
IdType = BigInteger().with_variant(Integer(), "sqlite")
# A form's one-time id (`form_token`): made when the form is shown, carried in its custom id.
FORM_TOKEN_LENGTH = 24


class TZDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Practitioner(Base):
    """One row per Discord user who has used the bot: their per-user settings."""

    __tablename__ = "practitioners"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    notice_seen_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    # Weekly reminder DM: local day (0 = Monday) and "HH:MM" in the user's time zone.
    remind_day: Mapped[int | None] = mapped_column(Integer, default=None)
    remind_time: Mapped[str | None] = mapped_column(String(5), default=None)
    remind_tz: Mapped[str | None] = mapped_column(String(64), default=None)
    remind_next_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None, index=True)
    remind_failed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    # The server whose time zone the reminder follows (set there without a zone of her own):
    # /setup timezone moves it to the same day and local time in the new zone. None: her own.
    remind_follows_guild: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # The month (1-12) a practitioner's CPD year starts in, for /hours report.
    cpd_start_month: Mapped[int | None] = mapped_column(Integer, default=None)


class Entry(Base):
    """A reflection or debrief: who wrote it, where, how far it got."""

    __tablename__ = "entries"
    __table_args__ = (
        Index("ix_entries_author_created", "author_id", "created_at"),
        Index("ix_entries_form_token", "form_token", unique=True),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(BigInteger)
    guild_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    next_page: Mapped[int] = mapped_column(Integer, default=0)
    consent_summary: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    updated_at: Mapped[datetime] = mapped_column(TZDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    # Whether the author approved the excerpts the weekly summary may quote (`QuoteStatus`).
    quote_status: Mapped[str] = mapped_column(String(16), server_default="unasked")

    # The version of the server's script (`server_scripts`) or of the shipped one it was
    # written with: it is always shown, shared and rendered with that version's questions.
    script_version: Mapped[int] = mapped_column(Integer, server_default="1")
    # The one-time id of the form whose submit created it (migration 0010): the same form
    # submitted again, after its answer was lost, finds this entry instead of making another.
    form_token: Mapped[str | None] = mapped_column(String(FORM_TOKEN_LENGTH), default=None)
    # The author's entry whose next step this entry's step review answers: the one its page
    # named (migration 0022). None: no step named, or written before it (paired by time).
    reviewed_step_id: Mapped[int | None] = mapped_column(BigInteger, default=None)


class Excerpt(Base):
    """An anonymized excerpt of one answer, as shown to its author; encrypted like answers.

    Quoted in a weekly summary only while its entry's `quote_status` is "approved".
    """

    __tablename__ = "excerpts"

    entry_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    # The one-time id of the Edit form whose submit stored it (migration 0015), or None when
    # proposed by the bot: a form opened before another change does not overwrite it.
    form_token: Mapped[str | None] = mapped_column(String(FORM_TOKEN_LENGTH), default=None)


class Answer(Base):
    """One answer, encrypted under its author's data key; `flagged` is the encrypted,
    comma-separated list of identifier kinds the privacy guard saw in it."""

    __tablename__ = "answers"

    entry_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    flagged: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class Server(Base):
    """A server's settings, chosen by its admins with /setup."""

    __tablename__ = "servers"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    consultation_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    summary_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    facilitator_role_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    summary_day: Mapped[int | None] = mapped_column(Integer, default=None)
    summary_time: Mapped[str | None] = mapped_column(String(5), default=None)
    min_contributors: Mapped[int] = mapped_column(Integer, default=3)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime())
    # When the weekly schedule itself (day, time, time zone, on/off) was last set (migration
    # 0019): a week whose moment came before it is skipped, whatever else changed since.
    schedule_set_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)


class ServerScript(Base):
    """One version of a script a server uploaded (or reset to the default), as TOML text.

    Versions are never changed or deleted: entries written with one keep being shown with it.
    The newest version of a (server, script) is the one new entries use. Who uploaded it is
    kept in the audit trail only, so that erasing that admin leaves the server's script.
    """

    __tablename__ = "server_scripts"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    script_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())


class Share(Base):
    """A message the bot posted for an author, so that it can be deleted on request."""

    __tablename__ = "shares"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    entry_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("entries.id", ondelete="SET NULL"), default=None
    )
    author_id: Mapped[int] = mapped_column(BigInteger, index=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    thread_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())


class SummaryPost(Base):
    """One weekly summary per server and week; the key makes a second post impossible."""

    __tablename__ = "summary_posts"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    week_start: Mapped[date] = mapped_column(Date, primary_key=True)
    claimed_at: Mapped[datetime] = mapped_column(TZDateTime())
    channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)


class AuditEvent(Base):
    """Who did what, never with free text: summary pulls, exports, erasures."""

    __tablename__ = "audit_events"
    # migration 0026: whether an event is on record (`AuditRepository.recorded`)
    __table_args__ = (Index("ix_audit_events_subject", "kind", "guild_id", "subject"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)
    guild_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    subject: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    # Set when the actor erased their data: the event stays, their identity goes.
    actor_erased: Mapped[bool] = mapped_column(Boolean, default=False)


class Meta(Base):
    """Installation-wide values, such as the encryption key check."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


# -- The outbox: every post the bot makes, recorded before it is sent --------------------------


class Post(Base):
    """One post the bot makes (a share or a weekly summary), from intent to deletion.

    A row is written before anything is sent and updated with the ids after, so a post whose
    recording failed can be found again (by its `ref`, printed in its footer) instead of sent
    twice. `slot` is unique: one preview, or one server's week, can only ever hold one post.
    A deletion is the same row in state ``deleting``, retried with back-off until the post and
    its thread are gone. Shares name their author only by `author_key`, a keyed HMAC.
    """

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    slot: Mapped[str] = mapped_column(String(96), unique=True)
    ref: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), index=True)
    author_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, index=True)
    entry_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("entries.id", ondelete="SET NULL"), default=None
    )
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    thread_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    body: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None, index=True)
    problem: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    updated_at: Mapped[datetime] = mapped_column(TZDateTime())
    # Migration 0013: the token of the claim a send holds (only its holder may end the send),
    # and whether the post was deleted during its send (the message that lands is deleted).
    claim: Mapped[str | None] = mapped_column(String(32), default=None)
    delete_after_send: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Migration 0014: a summary being sent when a member erased her data or deleted a quoted
    # entry: recording its message makes it a rebuild job instead of a finished post.
    refresh_after_send: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


# -- erasure and keys (migration 0003) --------------------------------------------------------


class UserKey(Base):
    """A practitioner's data key, wrapped by the installation key; deleting it shreds their text.

    `key_id` is the data key's own id (the one its ciphertexts carry), so a reader can find
    which wrapped key opens a blob without knowing whose it is.
    """

    __tablename__ = "user_keys"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    key_id: Mapped[bytes] = mapped_column(LargeBinary(4), index=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())


# -- my practice (migration 0007) ---------------------------------------------------------------


class HoursLog(Base):
    """One consultation session a practitioner logged, with its attestation.

    Its free text (group, topic, learning goal, reflection) is one encrypted JSON object under
    the author's data key, and so is what the attester typed (their name and credential as
    they wanted them shown, or a reason to decline): erasing the author shreds both.
    `attester_id` is only who clicked; it is cleared if that facilitator erases their data.
    """

    __tablename__ = "hours_log"
    __table_args__ = (
        Index("ix_hours_log_author_day", "author_id", "day"),
        Index("ix_hours_log_attest", "attest_guild_id", "state"),
        Index("ix_hours_log_guild", "guild_id"),  # migration 0026: each meeting's prompts
        Index("ix_hours_log_form_token", "form_token", unique=True),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(BigInteger)
    guild_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5), default=None)
    end_time: Mapped[str | None] = mapped_column(String(5), default=None)
    minutes: Mapped[int] = mapped_column(Integer)
    own_minutes: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    part: Mapped[str] = mapped_column(String(16))
    texts: Mapped[bytes] = mapped_column(LargeBinary)
    flagged: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    reflection_id: Mapped[int | None] = mapped_column(IdType, default=None)
    state: Mapped[str] = mapped_column(String(16), server_default="none")
    attest_guild_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    attester_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    attested_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    attest_text: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    updated_at: Mapped[datetime] = mapped_column(TZDateTime())
    # The one-time id of the form that logged it (migration 0010), as on `entries`.
    form_token: Mapped[str | None] = mapped_column(String(FORM_TOKEN_LENGTH), default=None)
    # The one-time id of the Edit form whose submit stored it last (migration 0016), cleared
    # by any other change: an Edit form opened before a newer change does not overwrite it.
    edit_token: Mapped[str | None] = mapped_column(String(FORM_TOKEN_LENGTH), default=None)


class Meeting(Base):
    """A server's weekly group meeting, set by a facilitator, local to the server's time zone.

    `next_end_at` is when the next meeting ends: the group's members (`MeetingPrompt`) are then
    prompted, once, to log it. It holds no one's data (who set it is in the audit trail).
    """

    __tablename__ = "meetings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    day: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    minutes: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(16))
    next_end_at: Mapped[datetime] = mapped_column(TZDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime())


class MeetingPrompt(Base):
    """A member's own choice (`/hours prompts`) of the one-click prompt to log a server's
    meetings: `wanted` on or off (migration 0024). Without a row, a member of the group (who
    accepted its agreement or logged hours there) gets it; anyone else does not."""

    __tablename__ = "meeting_prompts"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    wanted: Mapped[bool] = mapped_column(Boolean, server_default=true())


class MeetingSend(Base):
    """One member's "Log it" prompt for one meeting (migration 0012): stored, with its one-time
    id, in the same transaction that moves the meeting on, and marked sent only after Discord
    took the DM, so a restart mid-send loses none and a resent one logs the meeting once.

    `state` is ``pending`` (to send at `next_try_at`), ``sent``, ``closed`` (the member's DMs
    refused it: final) or ``failed`` (Discord kept failing; tried a bounded number of times).
    """

    __tablename__ = "meeting_sends"
    __table_args__ = (
        Index("ix_meeting_sends_member", "guild_id", "ended_at", "user_id", unique=True),
        Index("ix_meeting_sends_once", "once"),  # migration 0026: a click on a prompt
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    ended_at: Mapped[datetime] = mapped_column(TZDateTime())
    user_id: Mapped[int] = mapped_column(BigInteger)
    once: Mapped[str] = mapped_column(String(FORM_TOKEN_LENGTH))
    state: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None, index=True)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())


class HoursNotice(Base):
    """The short DM telling a member that a facilitator attested, declined or reopened her
    hours entry (migration 0017): stored in the same transaction as the facilitator's answer
    and its audit record, marked sent only after Discord took it, so a restart or a Discord
    error between the answer and the DM loses none. `state` is as for `MeetingSend`; `answer`
    is the entry's state the answer moved it to. It holds nothing typed: the DM names the entry
    by its number, date and length, read from the entry when it is sent.
    """

    __tablename__ = "hours_notices"
    # migration 0026: the notice a facilitator's answer just stored
    __table_args__ = (Index("ix_hours_notices_hours", "hours_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    # not `entry_id`: that names a journal entry (an erasure deletes rows by it)
    hours_id: Mapped[int] = mapped_column(IdType)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    answer: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None, index=True)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())


# -- the consultation round (migration 0008) ---------------------------------------------------


class Round(Base):
    """The round held in a share's thread, one per share (its outbox row).

    The presenter is the share's author (`posts.author_key`); nothing here names them. The key
    question and the closing are sealed under the presenter's own data key. Affirmations are
    outbox rows of kind ``affirmation`` (slot ``aff:<post>:<tag>``): drafts until the reveal.
    `keep_offer_owed` (migration 0018): the presenter's offer to keep the revealed affirmations
    is being sent by DM, or her DMs refused it; it waits for her next click or /entries.
    """

    __tablename__ = "rounds"
    # migration 0026: a member's rounds, after each of her commands and in /whatworks
    __table_args__ = (Index("ix_rounds_entry", "entry_id"),)

    post_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    entry_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("entries.id", ondelete="SET NULL"), default=None
    )
    guild_id: Mapped[int] = mapped_column(BigInteger)
    phase: Mapped[str] = mapped_column(String(16))
    key_question: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    closing: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # migration 0025: when the closing was last written (None: no closing), the date of the
    # next step it saves to the entry
    closing_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    phase_since: Mapped[datetime] = mapped_column(TZDateTime())
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
    keep_offer_owed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # migration 0020: when the owed offer was claimed for sending (None: not claimed); a claim
    # older than `OWED_CLAIM_HOLD` counts as not taken (its process stopped before the send)
    keep_offer_claimed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)
    # migration 0023: the message in the round's thread that shows its status and controls,
    # when its share's post no longer does (a moderator deleted it); None: the share's post
    controls_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    controls_message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # and whether its presenter is still to be told it ended because its post and thread
    # were both deleted (her DMs refused the notice): told at her next command
    ended_untold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RoundStepOut(Base):
    """A member who may know the client: only a keyed tag, to count each member once, and
    whether the presenter was told (migration 0011): a notice her closed DMs refused waits
    here for her next click on the round."""

    __tablename__ = "round_stepouts"

    post_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    member_key: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    told: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # migration 0020: when the notice was claimed for sending (None: not claimed); a claim
    # older than `OWED_CLAIM_HOLD` counts as not taken (its process stopped before the send)
    claimed_at: Mapped[datetime | None] = mapped_column(TZDateTime(), default=None)


class RoundSettings(Base):
    """A server's group agreement (None: the default) and suggested minutes per phase."""

    __tablename__ = "round_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    agreement: Mapped[str | None] = mapped_column(Text, default=None)
    minutes: Mapped[str | None] = mapped_column(String(200), default=None)  # JSON: phase → min
    updated_at: Mapped[datetime] = mapped_column(TZDateTime())


class AgreementAcceptance(Base):
    """That a member accepted a server's agreement, and which wording."""

    __tablename__ = "agreement_acceptances"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    version: Mapped[str] = mapped_column(String(16))
    accepted_at: Mapped[datetime] = mapped_column(TZDateTime())


class KeptAffirmations(Base):
    """The revealed affirmations of one round, kept by its presenter with their entry.

    One row per round (`post_id`, not a foreign key: the copy outlives the share and its
    thread). `body` is a JSON list of the posted, already anonymized affirmations, sealed
    under the presenter's own data key, so their `/forget` shreds it with everything else;
    each affirmation in it names its writer's tag, so that her `/forget` takes hers out.
    """

    __tablename__ = "kept_affirmations"

    post_id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=False)
    entry_id: Mapped[int] = mapped_column(IdType, ForeignKey("entries.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(BigInteger, index=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(TZDateTime())
