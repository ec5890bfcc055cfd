"""Draft progress-note skeletons built from client-exception debriefs."""

from bot.notes.render import NoteFormat, render_note

__all__ = ["NoteFormat", "render_note"]
