"""The README is for users: short, and every query and snippet in it and in docs/ runs as written on
the seeds warehouse with the pinned DuckDB."""
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import PROJECT_ROOT
from flows.warehouse import db_path

from conftest import SEED_ARTICLES, build

DOCS = [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md"))]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    wh = tmp_path_factory.mktemp("docs") / "warehouse"
    build([SEED_ARTICLES], wh)
    return wh


def blocks(path: Path, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def statements(sql: str) -> list[str]:
    out = []
    for stmt in sql.split(";"):
        code = "\n".join(line for line in stmt.splitlines() if not line.strip().startswith("--")).strip()
        if code:
            out.append(code)
    return out


def test_the_readme_is_short():
    assert len((PROJECT_ROOT / "README.md").read_bytes()) <= 25 * 1024


SQL = [(p.name, q) for p in DOCS for b in blocks(p, "sql") for q in statements(b)]
# the queries of `dateline query "..."` lines in shell snippets
SQL += [(p.name, q) for p in DOCS for b in blocks(p, "sh") for q in re.findall(r'dateline query (?:-w \S+ )?"([^"]+)"', b)
        if re.match(r"(?i)\s*(select|with)\b", q)]


@pytest.mark.parametrize("doc, query", SQL, ids=[f"{d}: {q[:50]}" for d, q in SQL])
def test_every_query_in_the_docs_runs(warehouse, doc, query):
    con = duckdb.connect(str(db_path(warehouse)), read_only=True)
    try:
        con.execute(query).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("doc, code", [(p.name, b) for p in DOCS for b in blocks(p, "python")])
def test_every_python_snippet_in_the_docs_runs(warehouse, tmp_path, doc, code):
    # run where the README's relative path warehouse/dateline.duckdb is the seeds warehouse
    out = subprocess.run([sys.executable, "-c", code], cwd=warehouse.parent, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]


def test_there_are_snippets_to_run():
    assert len(SQL) >= 5 and any(blocks(PROJECT_ROOT / "README.md", "python"))
