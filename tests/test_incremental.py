"""Incremental and idempotent runs; one writer at a time."""
import shutil

import duckdb
import pytest

from flows.lock import Locked, writer_lock
from flows.warehouse import db_path

from conftest import SEED_ARTICLES, build, write

ROWS = ["articles", "mentions", "events", "event_mentions", "actors", "rejects", "article_duplicates"]


def snapshot(wh):
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    try:
        # run ids and load times are time-dependent by design (see README)
        drop = {"articles": " exclude (run_id, ingested_at)", "rejects": " exclude (run_id)",
                "article_duplicates": " exclude (run_id)"}
        return {t: sorted(map(repr, con.execute(f"select *{drop.get(t, '')} from {t}").fetchall())) for t in ROWS}
    finally:
        con.close()


@pytest.fixture
def seeds_copy(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEED_ARTICLES, src)
    return src


def test_unchanged_rerun_reads_nothing_and_changes_no_row(seeds_copy, tmp_path):
    wh = tmp_path / "wh"
    build([seeds_copy], wh)
    before = snapshot(wh)
    again = build([seeds_copy], wh, run_id="r2")
    assert (again.added, again.unchanged, again.duplicates, again.rejects) == (0, 0, 0, 0)
    assert snapshot(wh) == before
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    assert con.execute("select inputs_new, inputs_changed, inputs_unchanged, files_read from runs where run_id = 'r2'"
                       ).fetchone() == (0, 0, 5, 0)


def test_new_article_is_the_only_one_read_and_joins_an_existing_event(seeds_copy, tmp_path):
    wh = tmp_path / "wh"
    build([seeds_copy], wh)
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    before = con.execute("""select event_id, num_articles from events where category = 'CONSULT'
        and least(actor_id, recipient_id) = 'dmitry_medvedev' and greatest(actor_id, recipient_id) = 'raul_castro'
        """).fetchone()
    con.close()
    write(seeds_copy / "005_new.txt", "date 2024-06-04\n\n"
          "Dmitry Medvedev spoke by phone with Raul Castro on Monday, TASS reported.")
    loaded = build([seeds_copy], wh, run_id="r2")
    assert loaded.added == 1
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    assert con.execute("select files_read, inputs_new from runs where run_id = 'r2'").fetchone() == (1, 1)
    after = con.execute("select num_articles, cast(event_date as varchar) from events where event_id = ?",
                        [before[0]]).fetchone()
    assert after == (before[1] + 1, "2024-06-03")  # the undated report joins the new, dated one; same id


def test_changed_article_replaces_its_old_version(seeds_copy, tmp_path):
    wh = tmp_path / "wh"
    build([seeds_copy], wh)
    path = seeds_copy / "004_7f346a03866ca5fc.txt"
    path.write_text(path.read_text().replace("Jen Psaki", "Karine Jean-Pierre").replace(
        "Russian President Vladimir Putin called", "Russian President Vladimir Putin criticized"))
    build([seeds_copy], wh, run_id="r2")
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 5
    assert con.execute("select count(*) from articles where text like '%Psaki%'").fetchone()[0] == 0
    assert con.execute("select count(*) from mentions where actor_id = 'd_jen_psaki'").fetchone()[0] == 0
    phone = con.execute("""select count(*) from events where mode = 'phone'
                           and 'vladimir_putin' in (actor_id, recipient_id)""").fetchone()[0]
    assert phone == 0  # no stale event from the old version
    assert con.execute("select inputs_changed from runs where run_id = 'r2'").fetchone() == (1,)
    orphans = con.execute("select count(*) from mentions where article_id not in (select article_id from articles)")
    assert orphans.fetchone()[0] == 0


def test_full_refresh_reads_everything_and_gives_the_same_rows(seeds_copy, tmp_path):
    wh = tmp_path / "wh"
    build([seeds_copy], wh)
    before = snapshot(wh)
    loaded = build([seeds_copy], wh, run_id="r2", full_refresh=True)
    assert loaded.added == 5
    assert snapshot(wh) == before


def test_second_writer_waits_then_gives_up(tmp_path):
    with writer_lock(tmp_path):
        with pytest.raises(Locked, match="another run"):
            with writer_lock(tmp_path, timeout=0.5):
                pass
    with writer_lock(tmp_path, timeout=0.5):  # released: the next run gets it
        pass


def test_two_clean_builds_are_identical(seeds_copy, tmp_path):
    """Determinism: same inputs, same rows and ids (run ids and load times aside)."""
    build([seeds_copy], tmp_path / "a", run_id="ra")
    build([seeds_copy], tmp_path / "b", run_id="rb")
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_backfill_loads_only_its_window_and_leaves_state_alone(seeds_copy, tmp_path):
    import datetime as dt

    from flows.ingest import IngestOptions

    wh = tmp_path / "wh"
    window = IngestOptions(since=dt.date(2024, 2, 27), until=dt.date(2024, 2, 28))
    loaded = build([seeds_copy], wh, run_id="backfill", options=window)
    assert loaded.added == 2
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    dates = sorted(str(r[0]) for r in con.execute("select published_date from articles").fetchall())
    assert dates == ["2024-02-27", "2024-02-28"]
    assert con.execute("select count(*) from inputs").fetchone()[0] == 0
    con.close()
    rest = build([seeds_copy], wh, run_id="normal")
    assert rest.added == 3  # the normal run still reads everything it has not recorded


def test_failed_runs_leave_the_warehouse_and_retry_what_they_did_not_finish(seeds_copy, tmp_path):
    import dataclasses
    import datetime as dt

    from flows import lake, stages
    from flows.ingest import IngestOptions
    from flows.normalize import RunContext

    wh = tmp_path / "wh"
    build([seeds_copy], wh)
    before = snapshot(wh)
    new = write(seeds_copy / "005_new.txt", "Lavrov met Rodriguez\n\nLavrov held talks with Bruno Rodriguez in Moscow.")

    def broken(*_):
        raise RuntimeError("boom")

    started = dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc)
    for step, run_id in (("extract", "fails-extracting"), ("build", "fails-building")):
        with pytest.raises(RuntimeError, match="boom"):
            stages.run_pipeline([str(seeds_copy)], wh, IngestOptions(), RunContext(run_id, started),
                                steps=dataclasses.replace(stages.Steps(), **{step: broken}))
        assert snapshot(wh) == before  # the previous warehouse is still the live one
    runs = {r["run_id"]: r for r in lake.read(stages.lake_dir(wh), "runs").to_pylist()}
    assert "fails-extracting" not in runs  # it recorded nothing, not even its inputs ...
    assert runs["fails-building"]["status"] == "failed"
    assert runs["fails-building"]["inputs_new"] == 1  # ... so the next run read the new file again
    # the build failed after the lake load: the article is in the lake and the next run publishes it
    recovered = build([seeds_copy], wh, run_id="r3")
    assert recovered.added == 0
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    assert con.execute("select count(*) from articles where input_path = ?", [str(new)]).fetchone()[0] == 1


def test_changed_reference_data_enriches_loaded_files_again(seeds_copy, tmp_path, monkeypatch):
    from flows import state

    wh = tmp_path / "wh"
    build([seeds_copy], wh)
    before = snapshot(wh)
    # an updated actor dictionary (seeds) applies to what is already loaded, not only to new files
    monkeypatch.setattr(state, "reference_fingerprint", lambda seeds_dir=None: "other seeds")
    plan = state.plan([str(p) for p in sorted(seeds_copy.iterdir())], wh / "lake")
    assert len(plan.changed) == len(plan.reference_changed) == len(list(seeds_copy.iterdir())) and not plan.unchanged
    build([seeds_copy], wh, run_id="r2")
    assert snapshot(wh) == before  # same seeds in fact: the same rows
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    try:
        assert con.execute("select distinct reference_sha256 from inputs").fetchall() == [("other seeds",)]
    finally:
        con.close()
    assert not state.plan([str(p) for p in sorted(seeds_copy.iterdir())], wh / "lake").changed


def test_the_fingerprint_covers_the_seeds_and_the_extraction_code(tmp_path, monkeypatch):
    from pathlib import Path

    from flows import SEEDS_DIR, state

    def fingerprint(seeds):
        state.reference_fingerprint.cache_clear()
        return state.reference_fingerprint(seeds)

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds, ignore=shutil.ignore_patterns("articles"))
    first = fingerprint(seeds)
    (seeds / "places.csv").write_text((seeds / "places.csv").read_text() + "Nowhere,CUB,city,1,test\n")
    assert fingerprint(seeds) != first
    # a new release of the detector re-extracts what is loaded: its source is part of the fingerprint
    code = tmp_path / "flows"
    shutil.copytree(Path(state.__file__).parent, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(state, "__file__", str(code / "state.py"))
    same = fingerprint(seeds)
    assert same == fingerprint(seeds)
    (code / "events" / "coder.py").write_text((code / "events" / "coder.py").read_text() + "\n# a new rule\n")
    assert fingerprint(seeds) != same
    state.reference_fingerprint.cache_clear()
