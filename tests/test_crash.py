"""Crash safety: a run killed with SIGKILL at any point leaves the live warehouse as it was,
no partial Parquet file where readers look, and the next run ends exactly where the same
history without the crash ends (flows/failpoints.py makes the process kill itself at a
named point). Event ids depend on the order articles were loaded (an event keeps the id of
its first-loaded report), so "a clean run" here is the same runs without the kill."""
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows import lake
from flows.failpoints import ENV

from conftest import SEED_ARTICLES, build, write
from test_incremental import snapshot

TESTS = Path(__file__).parent
CHILD = """
import datetime as dt, sys
from flows import stages
from flows.ingest import IngestOptions
from flows.normalize import RunContext
run = RunContext("killed", dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))  # after every test run
stages.run_pipeline(sys.argv[1:-1], sys.argv[-1], IngestOptions(), run)
"""
NEW = ("Rodriguez met Lavrov\n\nFecha de publicación: 28 February 2024\n\n"
       "Foreign Minister Bruno Rodriguez held talks with Sergei Lavrov in Moscow on Monday.")


def killed_run(inputs, wh, point):
    env = {**os.environ, ENV: point}
    proc = subprocess.run([sys.executable, "-c", CHILD, *map(str, inputs), str(wh)], env=env, capture_output=True,
                          text=True, timeout=300)
    return proc


def lake_files_readable(wh):
    for path in (wh / "lake").rglob("*.parquet"):
        pq.read_table(path)  # a partial file would not parse
    return True


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    src = root / "in"
    shutil.copytree(SEED_ARTICLES, src)
    return src


@pytest.mark.parametrize("point", ["extract:2", "parquet-write:1", "parquet-write:4", "duckdb-build", "swap"])
def test_sigkill_leaves_the_previous_warehouse_and_the_next_run_is_clean(inputs, tmp_path, point):
    src = tmp_path / "in"
    shutil.copytree(inputs, src)
    wh = tmp_path / "wh"
    build([src], wh, run_id="before")
    before = snapshot(wh)
    reference = tmp_path / "reference"  # the same history, without the crash
    write(src / "005_new.txt", NEW)
    (src / "001_3ac60a42ae60264f.txt").write_text((src / "001_3ac60a42ae60264f.txt").read_text() + "\n\nUpdated.")

    shutil.copytree(wh, reference)
    proc = killed_run([src], wh, point)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    assert snapshot(wh) == before  # the live warehouse is the previous one, intact
    assert lake_files_readable(wh)  # temp files never end in .parquet: readers cannot see them
    if point.startswith("parquet-write"):
        assert list((wh / "lake").rglob(f"*{lake.TMP_SUFFIX}"))  # the half-done write is there, unseen

    build([src], wh, run_id="after")  # the next run
    assert not list((wh / "lake").rglob(f"*{lake.TMP_SUFFIX}"))
    build([src], reference, run_id="after")
    assert snapshot(wh) == snapshot(reference)  # same row sets, same ids


def test_killed_cli_run_releases_the_lock_and_the_next_run_succeeds(inputs, tmp_path):
    from test_cli import DATELINE, dateline

    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    wh = tmp_path / "wh"
    with open(tmp_path / "killed.log", "w") as log:
        # its own session: Prefect's ephemeral server outlives a SIGKILLed parent; kill the group after
        proc = subprocess.Popen([DATELINE, "run", "--input", str(inputs), "--warehouse", str(wh)], stdout=log,
                                stderr=subprocess.STDOUT, env={**env, ENV: "duckdb-build"}, start_new_session=True)
        try:
            assert proc.wait(timeout=300) == -signal.SIGKILL
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert not (wh / "dateline.duckdb").exists()  # there was no warehouse before, and none half-built is live
    again = dateline("run", "--input", str(inputs), "--warehouse", str(wh), env=env)
    assert again.returncode == 0 and "Traceback" not in again.stdout + again.stderr, again.stderr[-2000:]
    # the killed run had loaded the lake and recorded its inputs: the next run reads nothing and
    # builds the warehouse from the lake
    assert "inputs 0 new, 0 changed, 5 unchanged" in again.stdout
    count = dateline("query", "select count(*) from articles", "-w", str(wh), "-f", "csv")
    assert count.stdout.split() == ["count_star()", "5"]
