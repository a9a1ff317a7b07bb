import datetime as dt

import pytest

from flows.normalize import dates
from flows.normalize.dates import extract_published, find_dateline, parse_date

D = dt.date


@pytest.mark.parametrize("raw, expected, precision", [
    ("2017/2/7", D(2017, 2, 7), "day"),
    (" 2-MAR-1987 07:39:01.67", D(1987, 3, 2), "day"),
    ("27-MAR-1987 00:03:35.68&#5;&#5;&#5;F", D(1987, 3, 27), "day"),
    ("2024-02-20T10:15:00+03:00", D(2024, 2, 20), "day"),
    ("Tue, 20 Feb 2024 10:00:00 GMT", D(2024, 2, 20), "day"),
    ("February 28, 2024", D(2024, 2, 28), "day"),
    ("28.02.2024", D(2024, 2, 28), "day"),
    ("March 2024", D(2024, 3, 1), "month"),
    ("2023", D(2023, 1, 1), "year"),
])
def test_metadata_forms_fast_path(raw, expected, precision):
    calls = dates.Stats.dateparser_calls
    p = extract_published(raw, "no date in this text")
    assert (p.date, p.precision, p.source) == (expected, precision, "metadata")
    assert dates.Stats.dateparser_calls == calls, "common forms must not need dateparser"


def test_hard_forms_use_dateparser_once_and_are_cached():
    dates._dateparser.cache_clear()
    before = dates.Stats.dateparser_calls
    assert parse_date("le 3 mars 2021") == dates.ParsedDate(D(2021, 3, 3), "day")
    assert parse_date("le 3 mars 2021") == dates.ParsedDate(D(2021, 3, 3), "day")
    assert dates.Stats.dateparser_calls == before + 1


@pytest.mark.parametrize("raw", ["yesterday", "2 days ago", "31 February 2024", "", None, "not a date", "April 8"])
def test_never_invents_a_date(raw):
    # relative dates would resolve against the load time; a date without a year would take this year
    assert extract_published(raw, "nothing here").source == "none"


def test_header_line():
    p = extract_published(None, " date 2024-02-27 During a significant visit by ...")
    assert (p.date, p.precision, p.source) == (D(2024, 2, 27), "day", "header")


def test_foreign_label_with_date_on_next_line():
    text = "Title\n\nTitle\nFecha de publicación: \n28 February 2024\nImagen principal: \n\n Body text."
    p = extract_published(None, text)
    assert (p.date, p.source) == (D(2024, 2, 28), "label")


def test_dateline_with_credit():
    p = extract_published(None, "Headline\n\nHavana, 20 February 2024 (TDI): On Monday, talks were held.")
    assert (p.date, p.source) == (D(2024, 2, 20), "dateline")
    assert find_dateline("Havana, 20 February 2024 (TDI): On Monday").credit == "TDI"


def test_dateline_without_year_takes_the_metadata_year():
    text = "HONG KONG, April 8 - The Hang Seng index rose."
    p = extract_published("1987", text)
    assert (p.date, p.precision, p.source) == (D(1987, 4, 8), "day", "dateline")
    assert extract_published(None, text).source == "none"


def test_day_precise_metadata_beats_text():
    p = extract_published("26-FEB-1987 15:01:01.79", "SALVADOR, Feb 25 - Showers continued")
    assert (p.date, p.source) == (D(1987, 2, 26), "metadata")


def test_date_after_fetch_is_not_a_publication_date():
    p = extract_published("2999-01-01", "x", not_after=D(2026, 11, 2))
    assert p.source == "none"


def test_seed_dates(seed_rows):
    got = {k[:3]: (r["published_date"], r["published_from"]) for k, r in seed_rows.items()}
    assert got == {
        "000": (D(2024, 2, 27), "header"),
        "001": (D(2024, 2, 28), "label"),
        "002": (D(2024, 2, 20), "dateline"),
        "003": (None, "none"),
        "004": (None, "none"),
    }
