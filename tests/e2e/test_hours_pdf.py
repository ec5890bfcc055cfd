"""The printable hours report, printed to PDF by a real headless browser (Debian's chromium).

CI installs chromium and poppler-utils (.ci/run); elsewhere the test is skipped, with the
reason, when either is missing, and it fails in CI rather than skip.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import World
from tests.e2e.test_hours import TYPED, add

BROWSER = shutil.which("chromium")
PDFTOTEXT = shutil.which("pdftotext")
if (BROWSER is None or PDFTOTEXT is None) and not os.environ.get("CI"):
    pytest.skip(
        "needs Debian's chromium and poppler-utils (apt-get install chromium poppler-utils); "
        "CI installs them",
        allow_module_level=True,
    )


def print_to_pdf(page: Path, out: Path, profile: Path) -> str:
    """Print `page` with headless chromium and return the PDF's text."""
    assert BROWSER is not None and PDFTOTEXT is not None, "CI must install chromium and pdftotext"
    subprocess.run(  # noqa: S603 - the system browser, on a file we wrote
        [
            BROWSER,
            "--headless",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(profile)},
    )
    assert out.read_bytes().startswith(b"%PDF")
    return subprocess.run(  # noqa: S603 - poppler, on the PDF just printed
        [PDFTOTEXT, "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout


async def test_the_printable_report_prints_to_pdf_with_its_totals(
    world: World, tmp_path: Path
) -> None:
    w = world
    for when, kind, fmt, role in (
        ("2026-01-05 14:00-15:30", "peer_group", "video", "presenter"),
        ("2026-01-12 45", "supervision_individual", "in_person", "participant"),
        ("2026-02-02 2h", "peer_group", "phone", "participant"),
    ):
        await add(w.alice, w.channel, {**TYPED, "when": when}, type=kind, format=fmt, role=role)
    result = await w.alice.slash(w.channel, "hours report", period="2026")
    assert result.response is not None
    (page,) = [a for a in result.response.attachments if a.filename.endswith(".html")]
    html = tmp_path / page.filename
    html.write_bytes(await page.read())

    text = await asyncio.to_thread(
        print_to_pdf, html, tmp_path / "report.pdf", tmp_path / "profile"
    )
    # pdftotext spaces words by their position on the page: compare without whitespace.
    flat = "".join(text.split())
    for phrase in (
        "2026-01-01 to 2026-12-31",
        "Total 4.25 h 255 min",
        "On my own practice 1.5 h 90 min",
        "Sessions 3",
        "Peer consultation group 3.5 h 210 min",
        "Supervision (individual) 0.75 h 45 min",
        "In person 0.75 h 45 min",
        "Phone 2 h 120 min",
        "Video 1.5 h 90 min",
        "Presented my own case 1.5 h 90 min",
        "Took part 2.75 h 165 min",
    ):
        assert "".join(phrase.split()) in flat, (phrase, text)
