"""Data-quality checks: they pass on good data, and a failing one keeps the old warehouse live."""
import duckdb
import pyarrow.parquet as pq
import pytest

from flows import checks, lake, stages, warehouse
from flows.warehouse import db_path

from conftest import SEED_ARTICLES, build


def test_checks_pass_on_the_seeds(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    results = checks.run(con)
    assert len(results) >= 8 and all(r.passed for r in results), [r for r in results if not r.passed]
    assert {r.severity for r in results} == {"error", "warn"}


def test_failing_check_keeps_the_previous_warehouse(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    before = db_path(wh).read_bytes()
    lake_path = stages.lake_dir(wh)
    part = next((lake_path / "articles").rglob("*.parquet"))
    rows = pq.read_table(part).to_pylist()
    rows[0] = {**rows[0], "published_from": "guesswork"}  # a value no reader produces
    lake.write_atomic(pq.read_table(part).from_pylist(rows, schema=pq.read_table(part).schema), part)
    with pytest.raises(checks.CheckFailed, match="accepted_values"):
        warehouse.build(wh, lake_path)
    assert db_path(wh).read_bytes() == before
    assert not list(wh.glob(".*building*"))
