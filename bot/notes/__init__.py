"""Draft progress notes built from client-exception debriefs."""

from bot.notes.render import NoteFormat, fit_message, render_both, render_note

__all__ = ["NoteFormat", "fit_message", "render_both", "render_note"]
