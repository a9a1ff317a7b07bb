"""Fault injection for the crash tests: with ``DATELINE_FAILPOINT=<name>`` (or ``<name>:<n>``
for its n-th passage) the process kills itself with SIGKILL when it reaches that point -
no cleanup, no ``finally``, as a power cut or the OOM killer would. Unset, a point costs one
dictionary lookup.

Points: ``extract`` (after reading an input file), ``parquet-write`` (a lake file written
under its temporary name, not yet renamed), ``duckdb-build`` (warehouse tables built, checks
not yet run), ``swap`` (the new warehouse complete, just before it replaces the live one).
"""
from __future__ import annotations

import os
import signal
from collections import Counter

ENV = "DATELINE_FAILPOINT"
_passed: Counter = Counter()


def reach(name: str) -> None:
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _passed[name] += 1
    if _passed[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
