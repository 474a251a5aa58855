"""Running ``app_driver.py`` (the real window, scripted) in its own process, and reading it."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "app_driver.py"
LINE_TIMEOUT_S = 60.0  # generous: only a hung app ever waits this long


@dataclass
class Driver:
    """One running copy of the app; ``lines`` holds what it has said so far."""

    process: subprocess.Popen[str]
    stderr_path: Path
    lines: list[str] = field(default_factory=list)
    _queue: queue.Queue[str | None] = field(default_factory=queue.Queue)
    _ended: bool = False

    @classmethod
    def start(
        cls,
        data_dir: Path,
        settings_dir: Path,
        *,
        mode: str = "crash",
        seed: int = 0,
        run: int = 0,
        prefix: list[str] | None = None,
        extra: list[str] | None = None,
    ) -> Driver:
        """Start the app; ``prefix`` runs it inside another command (e.g. ``unshare``)."""
        stderr_path = settings_dir.parent / f"driver-{run}.stderr"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        command = [
            *(prefix or []),
            sys.executable,
            str(SCRIPT),
            "--data-dir",
            str(data_dir),
            "--settings-dir",
            str(settings_dir),
            "--mode",
            mode,
            "--seed",
            str(seed),
            "--run",
            str(run),
            *(extra or []),
        ]
        with stderr_path.open("w") as stderr:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                env=env,
                cwd=ROOT,
            )
        driver = cls(process, stderr_path)
        threading.Thread(target=driver._read, daemon=True).start()
        return driver

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: never finished, so never said
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, prefix: str, timeout: float = LINE_TIMEOUT_S) -> str:
        """Read lines until one starts with ``prefix``; returns it."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {prefix!r} line; got {self.lines[-5:]}\n{self.stderr()}")
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                self._ended = True
                raise AssertionError(f"the app ended before {prefix!r}:\n{self.stderr()}")
            self.lines.append(line)
            if line.startswith(prefix):
                return line

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def kill(self) -> float:
        """SIGKILL the app, wait for it to be gone; returns the moment of the kill."""
        moment = time.monotonic()
        self.process.kill()
        self.process.wait()
        self.drain()
        return moment

    def finish(self, timeout: float = LINE_TIMEOUT_S) -> int:
        status = self.process.wait(timeout=timeout)
        self.drain()
        return status

    def drain(self) -> None:
        """Collect every line the app said before it ended."""
        while not self._ended:
            line = self._queue.get(timeout=LINE_TIMEOUT_S)
            if line is None:
                self._ended = True
            else:
                self.lines.append(line)

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-3000:]
