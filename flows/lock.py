"""One writer at a time: an exclusive lock file in the warehouse directory.

A second ``dateline run`` on the same warehouse waits up to ``timeout`` seconds for the
first to finish, then gives up with a clear message; readers never take the lock.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path

LOCK_FILE = ".dateline.lock"


class Locked(RuntimeError):
    pass


@contextlib.contextmanager
def writer_lock(warehouse_dir: Path | str, timeout: float = 0.0):
    path = Path(warehouse_dir) / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                    raise Locked(f"another run (pid {holder}) is writing {warehouse_dir}; "
                                 f"waited {timeout:g}s") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock
