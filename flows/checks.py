"""Data-quality checks (sql/checks/, one query per file, dbt-style: a check returns the
offending rows and passes when it returns none).

The first lines of a file say its severity: ``-- severity: error`` (the default) fails the
run and keeps the previous warehouse live; ``-- severity: warn`` is reported only. They run
on every build, before the new warehouse is swapped in, and on demand with ``dateline check``.
One more check, ``accepted_values``, is built from the columns' accepted values declared in
``sql/schema.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from flows import SQL_DIR, schema

CHECKS_DIR = SQL_DIR / "checks"


@dataclass(frozen=True)
class Result:
    name: str
    severity: str
    failures: int
    sample: list[tuple]

    @property
    def passed(self) -> bool:
        return self.failures == 0


class CheckFailed(RuntimeError):
    def __init__(self, results: list[Result]):
        self.results = results
        failed = ", ".join(f"{r.name} ({r.failures} rows)" for r in results)
        super().__init__(f"data-quality checks failed: {failed}")


def checks(directory: Path = CHECKS_DIR) -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(directory.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        m = re.search(r"^--\s*severity:\s*(error|warn)\s*$", sql, re.M | re.I)
        out.append((path.stem, (m.group(1).lower() if m else "error"), sql))
    return [("accepted_values", "error", schema.accepted_values_sql()), *out]


def run(con) -> list[Result]:
    results = []
    for name, severity, sql in checks():
        rows = con.execute(f"SELECT * FROM ({sql.strip().rstrip(';')}) LIMIT 6").fetchall()
        count = len(rows) if len(rows) < 6 else con.execute(
            f"SELECT count(*) FROM ({sql.strip().rstrip(';')})").fetchone()[0]
        results.append(Result(name, severity, count, rows[:5]))
    return results


def enforce(results: list[Result]) -> list[Result]:
    """Raise CheckFailed for failed error checks; return the failed warnings."""
    errors = [r for r in results if not r.passed and r.severity == "error"]
    if errors:
        raise CheckFailed(errors)
    return [r for r in results if not r.passed]
