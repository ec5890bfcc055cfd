"""First-run prompts on a terminal: Ctrl-C and Ctrl-D end cleanly; a bad token is asked again."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

from bot.cli import EXIT_DISCORD, EXIT_INTERRUPTED
from tests.conftest import FAKE_TOKEN
from tests.unit.cli_process import UNREACHABLE, child_code, clean_env


class Terminal:
    """The CLI in a fresh session whose controlling terminal is a pseudo-terminal."""

    def __init__(self, cwd: Path, env: dict[str, str]) -> None:
        self.master, slave = os.openpty()

        def take_terminal() -> None:
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)
            # As a shell starting a program in the foreground: Ctrl-C and Ctrl-\ act again,
            # even when the tests run as a background job, which ignores them.
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGQUIT, signal.SIG_DFL)

        self.proc = subprocess.Popen(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", child_code([], discord_api=UNREACHABLE)],
            stdin=slave,
            stdout=slave,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
            text=True,
            start_new_session=True,
            preexec_fn=take_terminal,  # runs after setsid, before exec
        )
        os.close(slave)
        self.screen = ""

    def wait_for(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen:
            assert time.monotonic() < deadline, f"never saw {text!r} in {self.screen!r}"
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.screen += os.read(self.master, 4096).decode(errors="replace")
                except OSError:  # the child closed the terminal
                    break

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def interrupt(self, timeout: float = 30) -> None:
        """Press Ctrl-C once the CLI waits for input, as a person does.

        A signal that lands after the prompt is shown but before the read begins is noted by
        Python and then slept through by the read (a CPython race, not the CLI's), so the
        test waits until the kernel reports the CLI asleep in its read."""
        wchan = Path(f"/proc/{self.proc.pid}/wchan")
        deadline = time.monotonic() + timeout
        while wchan.exists() and wchan.read_text() not in ("wait_woken", "n_tty_read"):
            assert time.monotonic() < deadline, "the CLI never waited for input"
            time.sleep(0.05)
        self.type("\x03")

    def finish(self) -> tuple[int, list[str]]:
        try:
            _, err = self.proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # say where the CLI hangs: faulthandler prints it
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
            masks = [line for line in status.splitlines() if line.startswith("Sig")]
            self.proc.send_signal(signal.SIGABRT)
            _, err = self.proc.communicate(timeout=10)
            raise AssertionError(
                f"the CLI did not exit ({masks}):\n{err}\nscreen: {self.screen!r}"
            ) from None
        finally:
            os.close(self.master)
        return self.proc.returncode, [line for line in err.splitlines() if line.strip()]


def _asked_to_set_up(home: Path) -> Terminal:
    """`sparkle-bot` on a terminal with no settings, at its first question."""
    term = Terminal(home, clean_env(home, PYTHONFAULTHANDLER="1"))
    term.wait_for("Set Sparkle up now")
    return term


def _assert_interrupted(term: Terminal) -> None:
    status, err = term.finish()
    assert status == EXIT_INTERRUPTED
    assert err == ["sparkle-bot: interrupted; nothing more was done"]


def test_ctrl_d_at_the_first_question_ends_with_one_line(tmp_path: Path) -> None:
    term = _asked_to_set_up(tmp_path)
    assert str(tmp_path / "config" / "sparkle" / ".env") in term.screen  # says where it looked
    term.type("\x04")
    _assert_interrupted(term)
    assert not (tmp_path / "config" / "sparkle" / ".env").exists()


def test_ctrl_c_at_the_token_prompt_ends_with_one_line(tmp_path: Path) -> None:
    term = _asked_to_set_up(tmp_path)
    term.type("y\n")
    term.wait_for("Discord bot token")
    term.interrupt()
    _assert_interrupted(term)
    assert not (tmp_path / "config" / "sparkle").exists()


def test_a_malformed_token_is_asked_again(tmp_path: Path) -> None:
    term = _asked_to_set_up(tmp_path)
    term.type("\n")
    term.wait_for("Discord bot token")
    term.type("oops-not-a-token\n")
    term.wait_for("Discord bot token", timeout=30)
    term.screen = term.screen.split("Discord bot token", 1)[1]
    term.wait_for("Discord bot token")  # the second time
    term.type(FAKE_TOKEN + "\n")
    status, err = term.finish()
    settings = tmp_path / "config" / "sparkle" / ".env"
    assert f"DISCORD_TOKEN={FAKE_TOKEN}" in settings.read_text()
    assert settings.stat().st_mode & 0o777 == 0o600
    assert any("does not look like a Discord bot token" in line for line in err)
    assert status == EXIT_DISCORD  # set up, then started: this test has no Discord to reach
    assert "oops-not-a-token" not in "\n".join(err) and FAKE_TOKEN not in "\n".join(err)
