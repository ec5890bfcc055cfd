"""A light start: heavy modules stay unimported until used, and the head revision is right."""

from __future__ import annotations

import json
import subprocess
import sys

from storage.migrate import _alembic_head, head_revision
from tests.unit.cli_process import ROOT


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert head_revision() == _alembic_head()


def test_importing_the_bot_loads_no_migration_chart_or_template_machinery() -> None:
    code = (
        "import json, sys, importlib, bot.app, bot.cli; "
        "[importlib.import_module(name) for name in bot.app.EXTENSIONS]; "
        "print(json.dumps(sorted(m for m in ('alembic', 'mako', 'matplotlib', 'numpy', 'PIL', "
        "'jinja2') if m in sys.modules)))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == []
