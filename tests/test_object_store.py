"""The lake on S3-compatible object storage: a local S3 endpoint (moto's server mode on
127.0.0.1) holds the Parquet lake, and the warehouse built from it equals a local build."""
import os
import socket

import pyarrow.fs as pafs
import pytest

from flows import lake

from conftest import SEED_ARTICLES, build
from test_cli import dateline
from test_incremental import snapshot

moto_server = pytest.importorskip("moto.server")


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    keys = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}
    old = {k: os.environ.get(k) for k in keys}
    os.environ.update(keys)
    fs = pafs.S3FileSystem(endpoint_override=f"127.0.0.1:{port}", scheme="http", region="us-east-1",
                           allow_bucket_creation=True)
    fs.create_dir("dateline-lake")
    try:
        yield f"s3://dateline-lake/prefix?endpoint_override=127.0.0.1:{port}&scheme=http&region=us-east-1", fs
    finally:
        server.stop()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def test_lake_on_object_storage_builds_the_same_warehouse(s3, tmp_path):
    uri, fs = s3
    local = tmp_path / "local"
    build([SEED_ARTICLES], local)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    wh = tmp_path / "wh"
    out = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), "--lake", uri, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Traceback" not in out.stdout + out.stderr
    assert not (wh / "lake").exists()  # nothing of the lake on local disk ...
    objects = [i.path for i in fs.get_file_info(pafs.FileSelector("dateline-lake/prefix", recursive=True))]
    assert "dateline-lake/prefix/articles/year=2024/month=02/data.parquet" in objects  # ... it is in the bucket
    assert not [o for o in objects if o.endswith(lake.TMP_SUFFIX)]
    assert snapshot(wh) == snapshot(local)
    again = dateline("run", "--input", str(SEED_ARTICLES), "--warehouse", str(wh), "--lake", uri, env=env)
    assert again.returncode == 0 and "inputs 0 new, 0 changed, 5 unchanged" in again.stdout
    assert snapshot(wh) == snapshot(local)
