"""Property-based tests: whatever the input, the normalisers and adapters never raise, and
every input comes out as articles or rejects with a reason."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.ingest import ADAPTERS, read_input
from flows.normalize import RunContext, normalise
from flows.normalize.dates import extract_published, parse_date
from flows.records import RawArticle, Reject

RUN = RunContext("prop", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
SETTINGS = settings(max_examples=int(__import__("os").environ.get("DATELINE_HYPOTHESIS_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
date_like = st.one_of(
    st.text(max_size=60),
    st.from_regex(r"\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}", fullmatch=True),
    st.from_regex(r"\d{1,2} (Jan|Feb|March|Sept|Dec)[a-z]* \d{2,5}", fullmatch=True),
    st.builds(lambda d: d.isoformat(), st.dates()),
)


@SETTINGS
@given(date_like)
def test_parse_date_never_raises_and_stays_plausible(value):
    parsed = parse_date(value)
    assert parsed is None or (parsed.date.year >= 1800 and parsed.precision in ("day", "month", "year"))


@SETTINGS
@given(st.one_of(st.none(), date_like), st.text(max_size=400))
def test_publication_date_never_raises(metadata, text):
    p = extract_published(metadata, text, dt.date(2026, 11, 2))
    assert p.source in ("metadata", "header", "label", "dateline", "none")
    assert p.date is None or p.date <= dt.date(2026, 11, 2)


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(sorted(ADAPTERS)), st.booleans())
def test_adapters_account_for_every_input(tmp_path_factory, data, ext, gz):
    import gzip

    from flows.normalize.sources import SourceRegistry

    path = tmp_path_factory.mktemp("prop") / f"input{ext}{'.gz' if gz else ''}"
    path.write_bytes(gzip.compress(data) if gz else data)
    records = list(read_input(str(path)))
    assert records, "an input must yield at least an article or a reject"
    reg = SourceRegistry.load()
    for rec in records:
        assert isinstance(rec, (RawArticle, Reject))
        if isinstance(rec, Reject):
            assert rec.reason and rec.stage in ("read", "decode", "parse", "normalise")
        else:
            row = normalise(rec, reg, RUN)
            assert isinstance(row, Reject) or row["article_id"]


@SETTINGS
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=40)), st.one_of(st.none(), st.text(max_size=60)))
def test_source_detection_never_raises(text, source, url):
    from flows.normalize.sources import SourceRegistry

    info = SourceRegistry.load().detect(url=url, source_field=source, dateline_credit=None, raw_text=text, author=None)
    assert info.source_id is None or isinstance(info.source_id, str)
