"""Scheduled runs the Prefect way: a real Prefect server on a loopback port, `dateline serve`
with a cron schedule, a run triggered through the API, the warehouse built, all shut down."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import SEED_ARTICLES

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float, step: float = 0.5) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(step)
    return False


def healthy(url: str) -> bool:
    try:
        return urllib.request.urlopen(f"{url}/health", timeout=2).read() == b"true"
    except OSError:
        return False


def test_served_deployment_runs_on_demand(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    wh = tmp_path / "wh"
    procs = []
    try:
        procs.append(subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port",
                                       str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      start_new_session=True))
        assert wait_for(lambda: healthy(api), 120), "Prefect server did not come up"
        serve_log = open(tmp_path / "serve.log", "w")
        procs.append(subprocess.Popen([str(BIN / "dateline"), "serve", "--input", str(SEED_ARTICLES), "--warehouse",
                                       str(wh), "--cron", "0 3 * * *", "--max-bytes", "7654321",
                                       "--chunk-articles", "3"], env=env, stdout=serve_log,
                                      stderr=subprocess.STDOUT, start_new_session=True))

        def deployed():
            out = subprocess.run([str(BIN / "prefect"), "deployment", "ls"], env=env, capture_output=True, text=True)
            return "dateline-etl/dateline-hourly" in out.stdout

        assert wait_for(deployed, 90, 2), (tmp_path / "serve.log").read_text()[-2000:]
        run = subprocess.run([str(BIN / "prefect"), "deployment", "run", "dateline-etl/dateline-hourly"], env=env,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert wait_for(lambda: (wh / "report.html").exists(), 180, 1), (tmp_path / "serve.log").read_text()[-3000:]
        status = subprocess.run([str(BIN / "dateline"), "status", "--warehouse", str(wh)], capture_output=True,
                                text=True, env=env)
        assert status.returncode == 0 and "succeeded" in status.stdout
        # the run options given to `dateline serve` reached the flow run
        import httpx

        runs = httpx.post(f"{api}/flow_runs/filter", json={}, timeout=30).json()
        options = [r["parameters"]["options"] for r in runs if "options" in (r.get("parameters") or {})]
        assert any(o["max_bytes"] == 7654321 and o["chunk_articles"] == 3 for o in options), runs
        # the run held the warehouse's one-slot global concurrency limit on the server
        from flows.lock import slot_name

        limits = subprocess.run([str(BIN / "prefect"), "gcl", "inspect", slot_name(wh), "--output", "json"],
                                env=env, capture_output=True, text=True, timeout=60)
        assert limits.returncode == 0, limits.stdout + limits.stderr
        assert '"limit": 1' in limits.stdout and '"active_slots": 0' in limits.stdout
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(p.pid, signal.SIGKILL)
