"""Which countries an article is about (flows/actors/salience.py) and dateline places."""
from __future__ import annotations

import datetime as dt

import pytest

from flows.actors import ArticleMatcher, article_countries
from flows.actors.dictionary import default_index
from flows.actors.salience import weak_reason
from flows.normalize.dates import DATELINE_RE


@pytest.fixture(scope="module")
def index():
    return default_index()


def countries(index, text, title=None):
    matcher = ArticleMatcher(index)
    found, _ = matcher.match(text, dt.date(1987, 3, 2))
    mentions = [{"article_id": "a", "actor_id": m.actor_id, "surface": m.surface, "start_char": m.start_char,
                 "end_char": m.end_char, "sentence_no": m.sentence_no, "resolved_by": m.resolved_by} for m in found]
    article = {"article_id": "a", "text": text, "title": title, "published_date": dt.date(1987, 3, 2)}
    return {r["country_code"]: r for r in article_countries([article], mentions, index)}


@pytest.mark.parametrize("text, word, reason", [
    ("It bought a stake in Paris-based Alsthom.", "Paris", "based"),
    ("The issue of 100 mln Canadian dlrs is due 1992.", "Canadian", "currency"),
    ("A well offshore in the Gulf of Mexico was dry.", "Mexico", "geography"),
    ("Crops in New South Wales suffered.", "Wales", "geography"),
    ("The Industrial Bank of Japan Ltd said it would lend.", "Japan", "organisation"),
    ("Shares of British Petroleum Co PLC rose.", "British", "organisation"),
    ("Japan and the United States agreed on chips.", "Japan", None),
    ("Mexico said it would pay its debt.", "Mexico", None),
])
def test_weak_mentions_are_those_that_only_qualify_something_else(text, word, reason):
    start = text.index(word)
    assert weak_reason(text, start, start + len(word)) == reason


@pytest.mark.parametrize("line, place", [
    ("ALBANY, N.Y., Feb 26 - Shr profit", "ALBANY, N.Y."),
    ("OAKLAND , N.J., March 2 - Diagnostic", "OAKLAND , N.J."),
    ("WASHINGTON, D.C., March 3 - The", "WASHINGTON, D.C."),
    ("Havana, 20 February 2024 (TDI): The", "Havana"),
])
def test_dateline_place_with_dotted_region(line, place):
    assert DATELINE_RE.match(line).group("place") == place


def test_a_region_in_the_dateline_decides_the_country_of_the_city(index):
    got = countries(index, "BIRMINGHAM, Ala., Feb 26 - Torchmark Corp said its board authorized a buyback.")
    assert set(got) == {"USA"} and got["USA"]["in_dateline"] and got["USA"]["is_focus"]
    got = countries(index, "Scarborough, Ontario, Feb 26 - Net profit rose.")
    assert set(got) == {"CAN"}
    got = countries(index, "BIRMINGHAM, March 2 - The city council met.")
    assert set(got) == {"GBR"}


def test_focus_countries_of_a_bond_story(index):
    text = ("LONDON, March 6 - La Caisse Centrale Desjardins Du Quebec is issuing a 100 mln Canadian dlr bond "
            "due 1992, lead manager Banque Nationale de Paris said. The issue was priced at 101.\n\n"
            "Dealers said demand came from Swiss francs holders. Fees total two pct. The bond is listed. "
            "Canada's economy grew last year. Pay date is April 9.")
    got = countries(index, text, title="CANADIAN BOND ISSUED IN LONDON")
    assert got["GBR"]["is_focus"] and got["GBR"]["in_dateline"]
    assert got["CAN"]["is_focus"] and got["CAN"]["in_title"]
    assert not got["FRA"]["is_focus"] and got["FRA"]["strong_mentions"] == 0  # only inside a bank's name
    assert not got["CHE"]["is_focus"]  # only a currency
    assert got["CAN"]["mentions"] == 2


def test_a_country_named_once_late_in_passing_is_named_not_focus(index):
    text = ("Cuba and Russia signed a trade accord on Monday. Officials praised it. Talks lasted two days. "
            "Both sides will meet again. A Ukrainian delegation was not present.")
    got = countries(index, text)
    assert got["CUB"]["is_focus"] and got["RUS"]["is_focus"]
    assert got["UKR"]["mentions"] == 1 and not got["UKR"]["is_focus"]
