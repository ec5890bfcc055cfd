"""A practitioner's data as files: versioned JSON (every answer verbatim) and readable Markdown."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from bot.conversation.blank import is_blank
from bot.conversation.script import NO_ANSWER, Script, answer_as_read, library
from bot.hours.model import FORMAT_LABELS, KIND_LABELS, PART_LABELS, STATE_LABELS
from bot.inert import as_typed
from bot.round.phases import Phase, phase_title
from bot.wording import counted

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
        "meeting_prompts_off": data.get("meeting_prompts_off", []),
        "meeting_prompts_sent": data.get("meeting_prompts_sent", []),
        "hours_answer_dms": data.get("hours_answer_dms", []),
        **({"round": data["round"]} if "round" in data else {}),
    }


def to_json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, default=_default, ensure_ascii=False, indent=2).encode("utf-8")


def to_markdown(
    document: dict[str, Any],
    scripts: Mapping[int, Script] | None = None,
    zone: tzinfo | None = None,
) -> str:
    """The readable file: each entry as its recap showed it (begun on her day, in `zone`), with
    the questions of the script
    version it was written with (`scripts`, by entry id; the default script otherwise). A
    server's uploaded name and labels are shown inert, since its admins typed them; the member's
    own answers are as typed."""
    defaults = library()
    lines = [
        "# Your Sparkle data",
        "",
        f"Exported {document['exported_at']:%d %B %Y, %H:%M} UTC. "
        f"{counted(len(document['entries']), 'entry', 'entries')}, "
        f"{counted(len(document['shares']), 'share')}.",
        "The JSON file beside this one holds the same answers exactly as typed.",
    ]
    for entry in document["entries"]:
        script = (scripts or {}).get(entry["id"]) or defaults.get(entry["kind"])
        name = as_typed(script.name if script else entry["kind"])
        lines += [
            "",
            f"## {name} #{entry['id']} ({entry['status']})",
            f"Started {_local(entry['created_at'], zone):%d %B %Y}.",
        ]
        questions = script.questions() if script else []
        order = [q.id for q in questions] + sorted(
            set(entry["answers"]) - {q.id for q in questions}
        )
        by_id = {q.id: q for q in questions}
        for qid in order:
            if qid in entry["answers"]:
                answer = entry["answers"][qid]
                question = by_id.get(qid)
                label = as_typed(question.label if question else qid)
                # as the recap reads it; one that shows nothing is a dash, its characters kept
                # after it (this file carries every answer as stored)
                if question is not None and not is_blank(answer):
                    shown = answer_as_read(question, answer)
                else:
                    shown = readable(answer)
                lines += ["", f"**{label}**", "", shown]
        shown = entry.get("excerpts") or {}
        if shown:
            state = {"approved": "approved for quoting", "pending": "shown, not yet approved"}
            lines += ["", f"**Weekly summary excerpts ({state.get(entry['quote_status'], '')})**"]
            lines += [f"> {readable(shown[qid])}" for qid in sorted(shown, key=_order(order))]
    if document.get("hours"):
        lines += ["", "## Consultation hours", ""]
        lines += [_hours_line(h) for h in document["hours"]]
    lines += _round_markdown(document.get("round"))
    return "\n".join(lines) + "\n"


def _hours_line(h: dict[str, Any]) -> str:
    texts = " · ".join(v for v in h["texts"].values() if v)
    kind = _label(KIND_LABELS, h["type"])
    line = f"- {h['date']}: {h['minutes']} min, {kind}, {_label(FORMAT_LABELS, h['format'])}, "
    line += _label(PART_LABELS, h["role"])
    line += f" ({_label(STATE_LABELS, h['attestation'])}"
    line += f" by {h['attested_by']})" if h["attested_by"] else ")"
    return line + (f": {texts}" if texts else "")


def _round_markdown(written: dict[str, Any] | None) -> list[str]:
    """What the user wrote in consultation rounds, for the readable file."""
    if not written:
        return []
    lines: list[str] = []
    for item in written["affirmations_and_closings"]:
        lines += ["", f"## Your {item['kind']} ({item['state']})", "", readable(item["text"])]
    for presented in written["rounds_presented"]:
        phase = presented["phase"]
        shown = phase_title(Phase(phase)) if phase in set(Phase) else phase
        lines += ["", f"## A round you presented ({shown})"]
        if presented["key_question"]:
            lines += ["", f"**Key question:** {readable(presented['key_question'])}"]
        if presented["closing"]:
            lines += ["", f"**Closing:** {readable(presented['closing'])}"]
    for kept in written.get("affirmations_kept", []):
        lines += ["", f"## Affirmation from the group (entry #{kept['entry_id']})", ""]
        lines += [f"**{kept['title']}:** {readable(kept['text'])}"]
    return lines


def readable(text: str) -> str:
    """A stored text for the readable file: as stored, after a dash when it shows nothing (so
    that no label stands over an empty line, and the file still carries every character)."""
    return f"{NO_ANSWER}{text}" if is_blank(text) else text


def _label(labels: Mapping[Any, str], value: str) -> str:
    """The words for a stored value (labels keyed by a StrEnum match its plain value)."""
    return labels.get(value, value)


def _order(order: list[str]) -> Any:
    return lambda qid: (order.index(qid) if qid in order else len(order), qid)


def package(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files as they are, or one zip of them when together they are too big to attach."""
    if sum(len(b) for b in files.values()) <= ATTACHMENT_BUDGET:
        return files
    return {"sparkle-export.zip": _zipped(files)}


def _zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment


def _files(
    document: dict[str, Any], scripts: Mapping[int, Script], stem: str, zone: tzinfo | None
) -> dict[str, bytes]:
    return {
        f"{stem}.json": to_json(document),
        f"{stem}.md": to_markdown(document, scripts, zone).encode("utf-8"),
    }


def export_parts(
    document: dict[str, Any], scripts: Mapping[int, Script], zone: tzinfo | None = None
) -> list[dict[str, bytes]]:
    """The export as the files of one message, or of several when even zipped it is more
    than one message may carry (Discord refuses the whole upload then): each part a whole
    export document with some of the entries, the first also with everything else, so that
    together they hold everything once. Part `i` of `n` is `sparkle-export-i-of-n.zip`, its
    files named alike, so that the parts unzip side by side."""
    packed = package(_files(document, scripts, "sparkle-export", zone))
    zipped = packed.get("sparkle-export.zip")
    if zipped is None or len(zipped) <= ATTACHMENT_BUDGET:
        return [packed]
    rest: dict[str, Any] = {key: [] for key, value in document.items() if isinstance(value, list)}
    if "round" in document:
        rest["round"] = {key: [] for key in document["round"]}
    entries = list(document["entries"])
    weights = [len(json.dumps(e, default=_default, ensure_ascii=False)) for e in entries]
    # as many parts as the zip is big, with a tenth to spare; one more while a part is over
    count = max(2, -(-len(zipped) * 10 // (ATTACHMENT_BUDGET * 9)))
    while True:
        chunks = _balanced(entries, weights, min(count, max(1, len(entries))))
        parts: list[dict[str, bytes]] = []
        for number, chunk in enumerate(chunks, start=1):
            stem = f"sparkle-export-{number}-of-{len(chunks)}"
            part = {**document, **({} if number == 1 else rest), "entries": chunk}
            parts.append({f"{stem}.zip": _zipped(_files(part, scripts, stem, zone))})
        fits = all(len(b) <= ATTACHMENT_BUDGET for p in parts for b in p.values())
        if fits or len(chunks) >= len(entries):
            return parts
        count = len(chunks) + 1


def _balanced(items: list[Any], weights: list[int], count: int) -> list[list[Any]]:
    """`items` in `count` runs in order, of about equal weight, none empty."""
    total = sum(weights) or 1
    runs: list[list[Any]] = [[]]
    done = 0
    for i, (item, weight) in enumerate(zip(items, weights, strict=True)):
        left = len(items) - i  # this one included
        if (
            runs[-1]
            and len(runs) < count
            and (done >= total * len(runs) / count or left == count - len(runs))
        ):
            runs.append([])
        runs[-1].append(item)
        done += weight
    return runs
