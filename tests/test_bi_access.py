"""BI access: SQLAlchemy (duckdb-engine) read-only, the data dictionary, and atomic refresh
with readers in other processes."""
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest
import sqlalchemy as sa

from flows import docs
from flows.warehouse import db_path

from conftest import SEED_ARTICLES, build, write


def test_every_view_runs_through_sqlalchemy_read_only(seeds_warehouse):
    url = f"duckdb:///{db_path(seeds_warehouse)}?access_mode=read_only"  # the URL the README gives
    engine = sa.create_engine(url)
    with engine.connect() as con:
        views = sa.inspect(con).get_view_names()
        assert {"event_timeline", "dyad_monthly", "events_daily", "event_counts", "source_coverage",
                "data_freshness", "rejects_summary", "actor_activity"} <= set(views)
        for view in views:
            con.execute(sa.text(f"select * from {view} limit 5")).fetchall()
        assert con.execute(sa.text("select count(*) from event_timeline")).scalar() > 0
        with pytest.raises(sa.exc.DBAPIError, match="read-only|Cannot execute statement"):
            con.execute(sa.text("delete from articles"))
    engine.dispose()


def test_data_dictionary_lists_every_column(seeds_warehouse, tmp_path):
    out = docs.write(seeds_warehouse, tmp_path / "DD.md")
    text = out.read_text()
    con = duckdb.connect(str(db_path(seeds_warehouse)), read_only=True)
    cols = con.execute("select table_name, column_name, data_type from duckdb_columns() "
                       "where database_name = current_database()").fetchall()
    for table, column, _ in cols:
        assert f"## {table}" in text
    section = text.split("## events\n", 1)[1].split("\n## ", 1)[0]
    assert "| `event_date` | `DATE` | When the event happened" in section
    assert sum(1 for line in text.splitlines() if line.startswith("| `")) == len(cols)
    con.close()


READER = textwrap.dedent("""
    import duckdb, sys, time
    path, mode = sys.argv[1], sys.argv[2]
    if mode == "hold":
        con = duckdb.connect(path, read_only=True)
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
        sys.stdin.readline()
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
    else:
        end = time.time() + float(mode)
        while time.time() < end:
            try:
                con = duckdb.connect(path, read_only=True)
                n = con.execute("select count(*) from articles").fetchone()[0]
                con.execute("select count(*) from event_timeline").fetchone()
                con.close()
                print(n, flush=True)
            except Exception as e:
                print("ERROR", type(e).__name__, str(e).splitlines()[0], flush=True)
            time.sleep(0.02)
""")


def test_refresh_is_atomic_for_readers_in_other_processes(tmp_path):
    wh = tmp_path / "wh"
    build([SEED_ARTICLES], wh)
    path = str(db_path(wh))
    holder = subprocess.Popen([sys.executable, "-c", READER, path, "hold"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "5"
    poller = subprocess.Popen([sys.executable, "-c", READER, path, "12"], stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)
    more = write(tmp_path / "more" / "new.txt", "New article\n\nPutin called Diaz-Canel on Tuesday.")
    build([SEED_ARTICLES, more.parent], wh, run_id="r2")  # succeeds while readers hold the file
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "5"  # the open reader keeps answering from its snapshot
    holder.wait(timeout=30)
    seen = poller.communicate(timeout=60)[0].split("\n")
    answers = [line for line in seen if line]
    assert answers and not [a for a in answers if a.startswith("ERROR")], answers[:5]
    assert set(answers) <= {"5", "6"} and "6" in answers  # never a half-built warehouse


def test_committed_data_dictionary_is_current(seeds_warehouse, tmp_path):
    from flows import PROJECT_ROOT

    fresh = docs.write(seeds_warehouse, tmp_path / "DD.md").read_text()
    assert (PROJECT_ROOT / "DATA_DICTIONARY.md").read_text() == fresh, "run: dateline docs --out DATA_DICTIONARY.md"


def test_timeline_names_countries_and_cited_wires_and_freshness_counts_actors_found(seeds_warehouse):
    con = duckdb.connect(str(db_path(seeds_warehouse)), read_only=True)
    try:
        rows = con.execute("select actor, actor_country, recipient, recipient_country, sources from event_timeline").fetchall()
        assert ("Nikolai Patrushev", "RUS", "Raúl Castro", "CUB") in {r[:4] for r in rows}
        # seed 003 names no outlet but credits TASS: the wire, not "(unknown)" alone
        assert any("TASS (cited)" in r[4] for r in rows)
        found, dictionary = con.execute("select (select actors from data_freshness), (select count(*) from actors)").fetchone()
        assert found == con.execute("select count(distinct actor_id) from mentions").fetchone()[0]
        assert 0 < found < dictionary
    finally:
        con.close()
