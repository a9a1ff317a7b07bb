"""Parallel enrichment: Prefect's process pool and a Dask cluster (prefect-dask, local
cluster) give exactly the warehouse a serial run gives."""
import os

import pytest

from conftest import SEED_ARTICLES, build
from test_cli import dateline
from test_incremental import snapshot


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    wh = tmp_path_factory.mktemp("serial") / "wh"
    build([SEED_ARTICLES], wh)
    return snapshot(wh)


@pytest.mark.parametrize("runner", ["process", "dask"])
def test_parallel_runs_equal_the_serial_run(serial, tmp_path, runner):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    wh = tmp_path / "wh"
    # two articles a task: the five seeds become three tasks spread over two workers
    out = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), "--task-runner", runner,
                   "--workers", "2", "--chunk-articles", "2", env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Traceback" not in out.stdout + out.stderr
    assert out.stdout.count("enrich-chunk") >= 3 or "enrich-chunk" in out.stderr
    assert snapshot(wh) == serial


def test_dask_without_its_extra_fails_with_a_one_line_hint(tmp_path, monkeypatch, capsys):
    from flows import cli

    monkeypatch.setitem(__import__("sys").modules, "prefect_dask", None)  # as if 'dateline[dask]' were not installed
    code = cli.main(["run", "--input", str(SEED_ARTICLES), "--warehouse", str(tmp_path / "wh"), "--task-runner", "dask"])
    err = capsys.readouterr().err
    assert code == 2 and err.strip().count("\n") == 0
    assert "pip install 'dateline[dask]'" in err
    assert not (tmp_path / "wh" / "dateline.duckdb").exists()
