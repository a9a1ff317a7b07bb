"""End to end: the `dateline` console script, with Prefect's ephemeral server."""
import csv
import io
import json
import os
import subprocess
import time
import sys
from pathlib import Path

import pytest

from conftest import SEED_ARTICLES

# the console script installed beside this interpreter (pip install -e .)
DATELINE = str(Path(sys.executable).with_name("dateline"))


def dateline(*args, env=None, cwd=None):
    return subprocess.run([DATELINE, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    wh = tmp / "wh"
    first = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), env=env)
    return tmp, wh, env, first


class TestEndToEnd:
    def test_run_builds_the_warehouse_without_tracebacks(self, built):
        _, wh, _, first = built
        assert first.returncode == 0, first.stderr[-2000:]
        assert "Traceback" not in first.stdout + first.stderr
        assert "inputs 5 new" in first.stdout and "5 articles added" in first.stdout
        assert (wh / "DATA_DICTIONARY.md").exists() and (wh / "report.html").exists()
        assert (wh / "dateline.duckdb").exists()

    def test_query_formats(self, built):
        _, wh, _, _ = built
        sql = "select external_id, published_date, published_from from articles order by external_id"
        rows = list(csv.DictReader(io.StringIO(dateline("query", sql, "-w", str(wh), "--format", "csv").stdout)))
        assert [(r["published_date"], r["published_from"]) for r in rows] == [
            ("2024-02-27", "header"), ("2024-02-28", "label"), ("2024-02-20", "dateline"), ("", "none"), ("", "none")]
        as_json = json.loads(dateline("query", sql, "-w", str(wh), "--format", "json").stdout)
        assert as_json[2] == {"external_id": "002_b24654867b3ccb80", "published_date": "2024-02-20",
                              "published_from": "dateline"}
        table = dateline("query", "select count(*) as n from articles", "-w", str(wh)).stdout
        assert table.splitlines()[0].strip() == "n" and "(1 row)" in table

    def test_query_is_read_only(self, built):
        _, wh, _, _ = built
        out = dateline("query", "delete from articles", "-w", str(wh))
        assert out.returncode != 0 and "read-only" in out.stderr.lower()
        target = wh.parent / "leak.csv"
        for sql in (f"copy articles to '{target}'", "install httpfs", "load httpfs",
                    "select * from read_csv('/etc/passwd')", f"attach '{wh.parent / 'x.duckdb'}' as x",
                    "set enable_external_access = true", "select * from read_parquet('https://example.com/x.parquet')"):
            out = dateline("query", sql, "-w", str(wh))
            assert out.returncode == 2 and out.stderr.startswith("dateline: "), sql
        assert not target.exists() and not (wh.parent / "x.duckdb").exists()

    def test_second_run_changes_no_row_counts(self, built):
        _, wh, env, _ = built
        sql = "select (select count(*) from articles), (select count(*) from rejects), (select count(*) from sources)"
        before = dateline("query", sql, "-w", str(wh), "-f", "csv").stdout
        again = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), env=env)
        assert again.returncode == 0 and "inputs 0 new, 0 changed, 5 unchanged; 0 articles added" in again.stdout
        assert dateline("query", sql, "-w", str(wh), "-f", "csv").stdout == before
        runs = dateline("query", "select count(*) from runs where status = 'succeeded'", "-w", str(wh), "-f", "csv")
        assert runs.stdout.splitlines()[1] == "2"

    def test_backfill_window_through_the_flow(self, built):
        tmp, _, env, _ = built
        wh = tmp / "backfill"
        out = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), "--since", "2024-02-21",
                       "--until", "2024-02-28", env=env)
        assert out.returncode == 0, out.stderr[-2000:]
        assert "Traceback" not in out.stdout + out.stderr
        dates = dateline("query", "select published_date from articles order by 1", "-w", str(wh), "-f", "csv")
        assert dates.stdout.split() == ["published_date", "2024-02-27", "2024-02-28"]
        bad = dateline("run", "--since", "last week", "--warehouse", str(wh), env=env)
        assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr

    def test_failures_exit_non_zero_with_one_line(self, built):
        tmp, wh, env, _ = built
        missing = dateline("run", "--input", str(tmp / "nope"), "--warehouse", str(wh), env=env)
        assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0
        assert "input not found" in missing.stderr
        no_wh = dateline("query", "select 1", "-w", str(tmp / "empty"))
        assert no_wh.returncode == 2 and "no warehouse" in no_wh.stderr
        bad_map = dateline("run", "--map", "nonsense", "--input", str(SEED_ARTICLES), env=env)
        assert bad_map.returncode == 2 and "--map" in bad_map.stderr


def test_two_runs_at_once_never_both_write(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    wh = tmp_path / "wh"
    first = subprocess.Popen([DATELINE, "run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = wh / ".dateline.lock"
    deadline = time.time() + 60
    while time.time() < deadline and not (lock.exists() and lock.read_text().strip()):
        time.sleep(0.1)
    second = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), env=env)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err[-2000:]
    assert second.returncode == 2 and "another run" in second.stderr
    check = dateline("check", "--warehouse", str(wh))
    assert check.returncode == 0  # the warehouse the first run built is whole
