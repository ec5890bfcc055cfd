"""A practitioner's data as files: versioned JSON (every answer verbatim) and readable Markdown."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from bot.conversation.script import Script, library
from bot.inert import as_typed

SCHEMA_ID = "https://sparkle.invalid/schemas/export-v1.json"
FORMAT_VERSION = 1
# Discord refuses uploads over 10 MiB for bots in most servers; keep clear of it.
ATTACHMENT_BUDGET = 9 * 1024 * 1024


def _default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def export_document(data: dict[str, Any], *, user_id: int, exported_at: datetime) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_ID,
        "format": "sparkle-export",
        "version": FORMAT_VERSION,
        "exported_at": exported_at,
        "user_id": str(user_id),
        "settings": data.get("settings"),
        "entries": data.get("entries", []),
        "shares": data.get("shares", []),
        "hours": data.get("hours", []),
        "meeting_prompts": data.get("meeting_prompts", []),
        "meeting_prompts_sent": data.get("meeting_prompts_sent", []),
        **({"round": data["round"]} if "round" in data else {}),
    }


def to_json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, default=_default, ensure_ascii=False, indent=2).encode("utf-8")


def to_markdown(document: dict[str, Any], scripts: Mapping[int, Script] | None = None) -> str:
    """The readable file. `scripts` holds, by entry id, the script each entry was written with
    (a server's uploaded version, say): its name and labels are shown as in the entry's card,
    inert, since a server's admins typed them; the member's own answers are as typed."""
    shipped = library()
    written_with = scripts or {}
    lines = [
        "# Your Sparkle data",
        "",
        f"Exported {document['exported_at']:%d %B %Y, %H:%M} UTC. "
        f"{len(document['entries'])} entries, {len(document['shares'])} shares.",
        "The JSON file beside this one holds the same answers exactly as typed.",
    ]
    for entry in document["entries"]:
        script = written_with.get(entry["id"]) or shipped.get(entry["kind"])
        name = as_typed(script.name if script else entry["kind"])
        lines += [
            "",
            f"## {name} #{entry['id']} ({entry['status']})",
            f"Started {entry['created_at']:%d %B %Y}.",
        ]
        questions = script.questions() if script else []
        order = [q.id for q in questions] + sorted(
            set(entry["answers"]) - {q.id for q in questions}
        )
        labels = {q.id: q.label for q in questions}
        for qid in order:
            if qid in entry["answers"]:
                label = as_typed(labels.get(qid, qid))
                lines += ["", f"**{label}**", "", entry["answers"][qid]]
        shown = entry.get("excerpts") or {}
        if shown:
            state = {"approved": "approved for quoting", "pending": "shown, not yet approved"}
            lines += ["", f"**Weekly summary excerpts ({state.get(entry['quote_status'], '')})**"]
            lines += [f"> {shown[qid]}" for qid in sorted(shown, key=_order(order))]
    if document.get("hours"):
        lines += ["", "## Consultation hours", ""]
        lines += [_hours_line(h) for h in document["hours"]]
    lines += _round_markdown(document.get("round"))
    return "\n".join(lines) + "\n"


def _hours_line(h: dict[str, Any]) -> str:
    texts = " · ".join(v for v in h["texts"].values() if v)
    line = f"- {h['date']}: {h['minutes']} min, {h['type']}, {h['format']}, {h['role']}"
    line += f" ({h['attestation']}" + (f" by {h['attested_by']})" if h["attested_by"] else ")")
    return line + (f": {texts}" if texts else "")


def _round_markdown(written: dict[str, Any] | None) -> list[str]:
    """What the user wrote in consultation rounds, for the readable file."""
    if not written:
        return []
    lines: list[str] = []
    for item in written["affirmations_and_closings"]:
        lines += ["", f"## Your {item['kind']} ({item['state']})", "", item["text"]]
    for presented in written["rounds_presented"]:
        lines += ["", f"## A round you presented ({presented['phase']})"]
        if presented["key_question"]:
            lines += ["", f"**Key question:** {presented['key_question']}"]
        if presented["closing"]:
            lines += ["", f"**Closing:** {presented['closing']}"]
    for kept in written.get("affirmations_kept", []):
        lines += ["", f"## Affirmation from the group (entry #{kept['entry_id']})", ""]
        lines += [f"**{kept['title']}:** {kept['text']}"]
    return lines


def _order(order: list[str]) -> Any:
    return lambda qid: (order.index(qid) if qid in order else len(order), qid)


def package(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files as they are, or one zip of them when together they are too big to attach."""
    if sum(len(b) for b in files.values()) <= ATTACHMENT_BUDGET:
        return files
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return {"sparkle-export.zip": buffer.getvalue()}
