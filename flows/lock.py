"""One writer at a time: an exclusive lock file in the warehouse directory and, when a
Prefect server is configured (``PREFECT_API_URL``), a Prefect global concurrency limit of
one slot per warehouse (``dateline-writer-<hash of its path>``, created on first use and
visible under Concurrency in the Prefect UI), so runs of a deployment queue up in Prefect
before they touch the file.

A second ``dateline run`` on the same warehouse waits up to ``timeout`` seconds for the
first to finish, then gives up with a clear message; readers never take the lock.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
from pathlib import Path

LOCK_FILE = ".dateline.lock"
#: set while a run uses a temporary Prefect server of its own (flows.etl.shared_api)
EPHEMERAL_ENV = "DATELINE_EPHEMERAL_API"


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


def slot_name(warehouse_dir: Path | str) -> str:
    digest = hashlib.sha256(str(Path(warehouse_dir).resolve()).encode()).hexdigest()[:12]
    return f"dateline-writer-{digest}"


@contextlib.contextmanager
def server_slot(warehouse_dir: Path | str, timeout: float = 0.0):
    """Hold the warehouse's one-slot global concurrency limit on the configured Prefect
    server; nothing when there is none (an ephemeral run: the lock file is enough)."""
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value() or os.environ.get(EPHEMERAL_ENV):
        yield
        return
    from prefect.client.orchestration import get_client
    from prefect.concurrency.sync import concurrency

    name = slot_name(warehouse_dir)
    with get_client(sync_client=True) as client:
        client.upsert_global_concurrency_limit_by_name(name, 1)
    with contextlib.ExitStack() as stack:
        try:
            # a killed holder's slot frees itself when its lease (renewed while held) runs out
            stack.enter_context(concurrency(name, occupy=1, timeout_seconds=max(timeout, 1.0), strict=True,
                                            lease_duration=60))
        except TimeoutError:
            raise Locked(f"another run holds the Prefect concurrency limit {name} for {warehouse_dir}; "
                         f"waited {max(timeout, 1.0):g}s") from None
        yield
