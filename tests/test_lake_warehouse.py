import shutil
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq
import pytest

from flows import lake
from flows.warehouse import db_path

from conftest import SEED_ARTICLES, build, write

TABLES = {"articles", "sources", "rejects", "runs", "article_duplicates", "actors", "actor_aliases", "actor_roles",
          "mentions", "event_types", "events", "event_mentions", "inputs"}


def counts(wh):
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_seeds_build_and_rerun_is_idempotent(tmp_path):
    wh = tmp_path / "wh"
    first = build([SEED_ARTICLES], wh, run_id="r1")
    assert (first.added, first.unchanged) == (5, 0)
    before = counts(wh)
    lake_files = {p: p.read_bytes() for p in (wh / "lake" / "articles").rglob("*.parquet")}
    second = build([SEED_ARTICLES], wh, run_id="r2")
    assert (second.added, second.unchanged, second.duplicates) == (0, 0, 0)  # unchanged inputs are not read
    after = counts(wh)
    assert after == {**before, "runs": before["runs"] + 1}
    assert {p: p.read_bytes() for p in (wh / "lake" / "articles").rglob("*.parquet")} == lake_files


def test_exact_duplicate_under_another_name(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEED_ARTICLES, src)
    shutil.copy(src / "002_b24654867b3ccb80.txt", src / "zz_copy_of_002.txt")
    wh = tmp_path / "wh"
    loaded = build([src], wh)
    assert (loaded.added, loaded.duplicates) == (5, 1)
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    dup = con.sql("select external_id, duplicate_of from article_duplicates").fetchall()
    original = con.execute("select article_id from articles where external_id = '002_b24654867b3ccb80'").fetchone()[0]
    assert dup == [("zz_copy_of_002", original)]
    assert build([src], wh, run_id="r2").duplicates == 0  # seen before: unchanged, not a new duplicate


def test_lake_is_partitioned_by_publication_month(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    parts = sorted(str(p.relative_to(wh / "lake")) for p in (wh / "lake").rglob("*.parquet"))
    assert [p for p in parts if p.startswith("articles/")] == [
        "articles/year=2024/month=02/data.parquet", "articles/year=undated/data.parquet"]
    assert "runs/data.parquet" in parts and "discovered_actors/data.parquet" in parts
    assert all(p.startswith("mentions/bucket=") for p in parts if p.startswith("mentions/"))
    undated = pq.read_table(wh / "lake/articles/year=undated/data.parquet")
    assert undated.column("published_date").null_count == undated.num_rows == 2
    assert "raw_text" in undated.column_names
    assert not list((wh / "lake").rglob(f"*{lake.TMP_SUFFIX}"))


def test_every_table_view_and_column_has_a_comment(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    relations = con.sql("""
        select table_name, comment from duckdb_tables() where database_name = current_database()
        union all select view_name, comment from duckdb_views() where not internal and database_name = current_database()
    """).fetchall()
    assert {r[0] for r in relations} >= TABLES | {"articles_by_source_month", "actor_roles_at_publication",
                                                  "actor_activity", "actor_cooccurrence", "events_daily",
                                                  "dyad_monthly", "event_timeline"}
    assert [r[0] for r in relations if not r[1]] == []
    missing = con.sql("""select table_name || '.' || column_name from duckdb_columns()
                         where database_name = current_database() and (comment is null or comment = '')""").fetchall()
    assert missing == []


def test_articles_by_source_month(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    rows = con.sql("select source_id, cast(month as varchar), articles from articles_by_source_month "
                   "order by all").fetchall()
    assert rows == [("kootneeti", None, 1), ("tdi", "2024-02-01", 1), (None, "2024-02-01", 2), (None, None, 1)]


def test_readers_see_the_old_warehouse_until_the_swap(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    reader = duckdb.connect(str(db_path(wh)), read_only=True)
    write(tmp_path / "more" / "new.txt", "New article\n\nPutin called Diaz-Canel on Tuesday.")
    build([SEED_ARTICLES, tmp_path / "more"], wh, run_id="r2")  # never fails because a reader holds the file
    assert reader.execute("select count(*) from articles").fetchone()[0] == 5
    reader.close()  # DuckDB shares one open instance per file within a process
    assert counts(wh)["articles"] == 6
    assert not list(wh.glob(".*building*"))


@pytest.mark.skipif(shutil.which("python3") is None, reason="needs python3 to make a venv")
def test_opens_read_only_in_duckdb_1_4(tmp_path):
    """BI drivers bundle DuckDB 1.x: the file must open there. Installs duckdb 1.4 in a throwaway venv."""
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    venv = tmp_path / "venv14"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin/pip"), "install", "-q", "duckdb==1.4.4"], capture_output=True, text=True)
    if pip.returncode != 0:
        pytest.skip(f"could not install duckdb 1.4.4: {pip.stderr[-300:]}")
    code = ("import duckdb,sys; c=duckdb.connect(sys.argv[1], read_only=True); "
            "print(duckdb.__version__, c.execute('select count(*) from articles').fetchone()[0], "
            "c.execute('select count(*) from articles_by_source_month').fetchone()[0])")
    out = subprocess.run([str(venv / "bin/python"), "-c", code, str(db_path(wh))], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1.4.4", "5", "4"]
