"""Fault injection for the crash tests: with ``DATELINE_FAILPOINT=<name>`` (or ``<name>:<n>``
for its n-th passage) the process kills itself with SIGKILL when it reaches that point -
no cleanup, no ``finally``, as a power cut or the OOM killer would. Unset, a point costs one
dictionary lookup.

Points: ``extract`` (after reading an input file), ``parquet-write`` (a lake file written
under its temporary name, not yet renamed), ``duckdb-build`` (warehouse tables built, checks
not yet run), ``swap`` (the new warehouse complete, just before it replaces the live one).

``DATELINE_FAULT=<part>:<text>`` makes a part of enrichment (``actors``,
``article_countries``, ``events``) raise :class:`InjectedFault` on every article whose text
contains ``<text>``: an extraction bug on demand, for the tests of per-article isolation.
"""
from __future__ import annotations

import os
import signal
from collections import Counter

ENV = "DATELINE_FAILPOINT"
FAULT_ENV = "DATELINE_FAULT"
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


class InjectedFault(RuntimeError):
    """The error DATELINE_FAULT raises."""


def fault(part: str, articles: list[dict]) -> None:
    """Raise InjectedFault when DATELINE_FAULT names ``part`` and a text of one of the articles."""
    wanted = os.environ.get(FAULT_ENV)
    if not wanted:
        return
    point, _, text = wanted.partition(":")
    if point == part and any(text in a["text"] for a in articles):
        raise InjectedFault(f"fault injected into {part}")
