"""Persistence: the only package that talks to the database.

The rule for storage access:

1. Code outside `storage/` reaches the database only through `storage.repos.Repositories`:
   the cogs and `bot.app` (domain code in `bot/` never). The one exception is operations on
   the whole store, the command line's (`bot/cli.py`: health, migrations, key rotation,
   backup) and the command-sync fingerprint in `bot.app`, which call their `storage/` module
   with a `Database`. Nothing SQLAlchemy leaves `storage/`: methods take plain values and
   return plain values or `bot.models` records.
2. One repository method is one transaction. Reads use `Database.read()`, writes
   `Database.write()`; a method on the hot path (several statements per click, such as saving
   a page or opening an entry) runs its whole transaction as one call with `run_write()` /
   `run_read()` instead.
3. A query about a user's data names its author in SQL (`author_id == ...`), never filters
   afterwards.
4. Answers, their flag lists and their excerpts are encrypted under their author's key when
   written and opened only by `storage.answers` (`open_answers`, `open_excerpts`); the only
   other readers of an answer's ciphertext are the key check (`storage.migrate`) and the
   migration that moved answers to per-user keys. `tests/unit/test_storage_rule.py` holds
   this.
"""
