"""The repository API: the only door from cogs to the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage.crypto import Cipher
from storage.db import DEFAULT_BUSY_TIMEOUT_MS, Clock, Database
from storage.keys import Keyring
from storage.migrate import upgrade
from storage.repos.audit import AuditRepository
from storage.repos.entries import EntryRepository
from storage.repos.hours import HoursRepository
from storage.repos.meetings import MeetingRepository
from storage.repos.notices import NoticeRepository
from storage.repos.outbox import OutboxRepository
from storage.repos.practice import PracticeRepository
from storage.repos.practitioners import PractitionerRepository
from storage.repos.round import RoundRepository
from storage.repos.scripts import ScriptRepository
from storage.repos.servers import ServerRepository
from storage.repos.shares import ShareRepository
from storage.repos.summaries import SummaryRepository
from storage.repos.userdata import UserDataRepository

__all__ = [
    "AuditRepository",
    "EntryRepository",
    "HoursRepository",
    "MeetingRepository",
    "OutboxRepository",
    "PracticeRepository",
    "PractitionerRepository",
    "Repositories",
    "RoundRepository",
    "ScriptRepository",
    "ServerRepository",
    "ShareRepository",
    "SummaryRepository",
    "UserDataRepository",
]


@dataclass
class Repositories:
    db: Database
    cipher: Cipher  # the installation key: it only wraps users' data keys
    keys: Keyring
    entries: EntryRepository
    practitioners: PractitionerRepository
    servers: ServerRepository
    shares: ShareRepository
    audit: AuditRepository
    userdata: UserDataRepository
    summaries: SummaryRepository
    outbox: OutboxRepository
    scripts: ScriptRepository
    hours: HoursRepository
    practice: PracticeRepository
    meetings: MeetingRepository
    notices: NoticeRepository
    round: RoundRepository

    @classmethod
    def open(
        cls,
        url: str,
        key: bytes,
        *,
        clock: Clock,
        old_keys: tuple[bytes, ...] = (),
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        erasure_record: Path | None = None,
    ) -> Repositories:
        db = Database(url, clock=clock, busy_timeout_ms=busy_timeout_ms)
        cipher = Cipher(key, old_keys)
        keys = Keyring(cipher)
        outbox = OutboxRepository(db, keys, key, old_keys)
        round_ = RoundRepository(db, keys, outbox)
        return cls(
            db=db,
            cipher=cipher,
            keys=keys,
            entries=EntryRepository(db, keys),
            practitioners=PractitionerRepository(db),
            servers=ServerRepository(db),
            shares=ShareRepository(db),
            audit=AuditRepository(db),
            userdata=UserDataRepository(db, keys, outbox, round_, erasure_record=erasure_record),
            summaries=SummaryRepository(db, keys),
            outbox=outbox,
            scripts=ScriptRepository(db),
            hours=HoursRepository(db, keys),
            practice=PracticeRepository(db, keys),
            meetings=MeetingRepository(db),
            notices=NoticeRepository(db),
            round=round_,
        )

    async def migrate(self) -> None:
        """Apply migrations and verify the data key against the stored check value."""
        await upgrade(self.db, self.cipher)

    async def close(self) -> None:
        await self.db.dispose()
