"""One article's extraction error never fails a run: the article loads with what its other
parts found and gets a rejects row (stage enrich); the rest of its chunk is untouched."""
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import SEEDS_DIR, failpoints, stages
from flows.sentences import split
from flows.warehouse import db_path

from conftest import build, write

#: the fewest sentences of the synthetic 100k benchmark's article syn-1494 that crashed the event
#: coder (IndexError in flows/events/detect.py: a pronoun's pair with no participant in the sentence)
CRASHED = [
    ("Al Jazeera's Mohamed Al Jazaeri, reporting from near Damascus, said at least 15 civilians had been killed "
     "after government forces shelled-residential neighborhoods in Eastern Ghouta. "
     "They receive an average 910 million annual visits nationwide, it said."),
    # the same crash in article syn-3322
    ('The first Republican President, Abraham Lincoln, warned that the "abandonment of the protective policy by the '
     'American Government [will] produce want and ruin among our people." They want more independence and more '
     "freedom Ruhi Hamid, Filmmaker In two weeks I travelled hundreds of miles along dusty roads visiting numerous "
     "stations and meeting countless female officers."),
]
GOOD = "Russia and Cuba signed an agreement in Havana on Monday."
MARKER = "shelled-residential"  # a word of the first crashing text only
DATELINE = str(Path(sys.executable).with_name("dateline"))


def article(text: str, n: int = 1) -> dict:
    return {"article_id": f"a{n}", "input_path": "in.jsonl", "record_no": n, "run_id": "r", "text": text,
            "title": None, "author": None, "published_date": dt.date(2017, 3, 1), "published_precision": "day"}


@pytest.mark.parametrize("text", CRASHED)
def test_the_sentences_that_crashed_the_event_coder_are_coded(text):
    out = stages.enrich([article(text)])
    assert out.failures == []


def two_records(tmp_path):
    return write(tmp_path / "in" / "two.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "crashed", "title": "Syria", "published": "2017-03-01", "text": CRASHED[0]},
        {"id": "good", "title": "Deal", "published": "2017-03-02", "text": GOOD}]))


def dateline_run(tmp_path, inputs, env=None):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           **(env or {})}
    return subprocess.run([DATELINE, "run", "--input", str(inputs), "--warehouse", str(tmp_path / "wh")],
                          capture_output=True, text=True, env=env, timeout=300)


def test_a_run_with_a_failing_article_loads_both_and_rejects_the_failed_part(tmp_path):
    done = dateline_run(tmp_path, two_records(tmp_path), {failpoints.FAULT_ENV: f"events:{MARKER}"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "enrichment failed on 1 articles" in done.stderr
    con = duckdb.connect(str(db_path(tmp_path / "wh")), read_only=True)
    try:
        assert sorted(r[0] for r in con.sql("select external_id from articles").fetchall()) == ["crashed", "good"]
        rejects = con.sql("select r.stage, r.sub_stage, r.reason, a.external_id, r.code_version from rejects r "
                          "join articles a using (article_id)").fetchall()
        assert [r[:4] for r in rejects] == [("enrich", "events", "InjectedFault: fault injected into events", "crashed")]
        assert len(rejects[0][4]) == 16
        # the failing article keeps its actors; the good one its event
        assert con.sql("select count(*) from mentions join articles using (article_id) "
                       "where external_id = 'crashed'").fetchall()[0][0] > 0
        assert con.sql("select category, actor_id, recipient_id from events").fetchall() == [
            ("AGREE", "RUS", "CUB")]
        assert con.sql("select enrich_failures, warnings[1] from runs").fetchall()[0][0] == 1
    finally:
        con.close()


def test_the_crashing_article_now_loads_with_no_reject(tmp_path):
    done = dateline_run(tmp_path, two_records(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    con = duckdb.connect(str(db_path(tmp_path / "wh")), read_only=True)
    try:
        assert con.sql("select count(*) from articles").fetchall()[0][0] == 2
        assert con.sql("select count(*) from rejects").fetchall()[0][0] == 0
        assert con.sql("select enrich_failures from runs").fetchall()[0][0] == 0
    finally:
        con.close()


@pytest.fixture(scope="module")
def seed_chunk(registry):
    from conftest import normalised

    return [r for p in sorted((SEEDS_DIR / "articles").glob("*.txt")) for r in normalised(p, registry)]


@pytest.mark.parametrize("part", ["actors", "article_countries", "events"])
def test_one_failing_article_leaves_the_rest_of_its_chunk_as_it_was(seed_chunk, monkeypatch, part):
    clean = stages.enrich(seed_chunk)
    victim = seed_chunk[2]
    monkeypatch.setenv(failpoints.FAULT_ENV, f"{part}:{victim['text'][:60]}")
    hit = stages.enrich(seed_chunk)
    assert [(f["article_id"], f["stage"], f["sub_stage"]) for f in hit.failures] == [(victim["article_id"], "enrich", part)]
    others = {a["article_id"] for a in seed_chunk} - {victim["article_id"]}
    for table in ("mentions", "article_countries", "event_reports"):
        assert [r for r in getattr(hit, table) if r["article_id"] in others] == \
            [r for r in getattr(clean, table) if r["article_id"] in others], table
    victims = {t: [r for r in getattr(hit, t) if r["article_id"] == victim["article_id"]]
               for t in ("mentions", "article_countries", "event_reports")}
    # the parts before the failing one are kept; after a failed actors part there is nothing to go on
    assert bool(victims["mentions"]) == (part != "actors")
    clean_reports = [r for r in clean.event_reports if r["article_id"] == victim["article_id"]]
    assert clean_reports, "the victim must have events for this test to tell"
    assert victims["event_reports"] == ([] if part in ("actors", "events") else clean_reports)


def test_a_failure_in_the_pipeline_is_counted_and_loaded(tmp_path, monkeypatch):
    src = write(tmp_path / "in" / "two.jsonl", two_records(tmp_path).read_text())
    monkeypatch.setenv(failpoints.FAULT_ENV, f"actors:{MARKER}")
    loaded = build([src], tmp_path / "wh")
    assert loaded.added == 2 and loaded.enrich_failures == 1 and loaded.rejects == 0


# --- property: whatever the text, enrichment never raises (the next crash, found before users do)


def _paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SEEDS_DIR / "articles").glob("*.txt"))]
    fixtures = Path(__file__).parent / "fixtures"
    for path in sorted(fixtures.glob("event_gold*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for t in texts:
        sentences = [t[a:b] for a, b in split(t)]
        out += [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    return out


PARAGRAPHS = _paragraphs()
pieces = st.one_of(
    st.sampled_from(PARAGRAPHS),
    st.text(max_size=200),  # any unicode
    st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=40).map(  # one very long sentence
        lambda ps: " , and ".join(p.rstrip(".!?\"") for p in ps) + "."),
    st.sampled_from(["He", "They", "She said", "It", '"', "(", "Mr.", "U.S.", "-", "said.", "\u200b", "\n\n"]),
)
SETTINGS = settings(max_examples=int(os.environ.get("DATELINE_HYPOTHESIS_EXAMPLES", "150")), deadline=None,
                    derandomize=not os.environ.get("DATELINE_HYPOTHESIS_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(st.lists(st.lists(pieces, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4))
def test_enrichment_never_raises_on_recombined_paragraphs(texts):
    articles = [article(t, i) for i, t in enumerate(texts)]
    out = stages.Enriched()
    stages._enrich_all(articles, out)  # without the safety net: a crash here is a bug to fix
    assert {r["article_id"] for r in out.event_reports} <= {a["article_id"] for a in articles}
    netted = stages.enrich(articles)
    assert netted.failures == [] and netted.event_reports == out.event_reports
