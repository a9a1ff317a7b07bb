from flows.normalize.sources import find_author

from conftest import normalised, write


def test_seed_sources(seed_rows):
    got = {k[:3]: (r["source_id"], r["cited_sources"], r["author"]) for k, r in seed_rows.items()}
    assert got["002"] == ("tdi", [], "Natasha Matloob")
    assert got["003"] == (None, ["tass"], None)  # TASS is cited, it did not publish the article
    assert got["004"] == ("kootneeti", [], None)
    assert got["000"] == (None, [], None) and got["001"] == (None, [], None)


def test_author_box_is_removed_from_text(seed_rows):
    text = seed_rows["002_b24654867b3ccb80"]["text"]
    assert "Natasha Matloob" not in text and "The writer is pursuing" not in text


def test_byline():
    author, drop = find_author(["By Jane Doe, Moscow correspondent", "", "Body."])
    assert author == "Jane Doe" and drop == {0}


def test_wire_credits(registry):
    assert registry.cited_in("MOSCOW, Feb 7. /TASS/. Talks, according to Reuters, went well (AFP).") == \
        ["afp", "reuters", "tass"]
    assert registry.cited_in("The Tasman Sea and a reuters-like word") == []


def test_publisher_by_url_source_field_and_credit(registry, tmp_path):
    info = registry.detect(url="https://www.aljazeera.com/news/1", source_field=None, dateline_credit="TASS",
                           raw_text="x", author=None)
    assert (info.source_id, info.cited_sources) == ("aljazeera", ["tass"])
    info = registry.detect(url=None, source_field="Deutsche Welle", dateline_credit=None, raw_text="x", author=None)
    assert info.source_id == "dw"
    info = registry.detect(url=None, source_field="Some Blog", dateline_credit=None, raw_text="x", author=None)
    assert info.source_id is None  # unknown stays unknown


def test_wire_as_publisher_on_its_own_site(registry, tmp_path):
    path = write(tmp_path / "t.jsonl", '{"url": "https://tass.com/world/1", "text": "MOSCOW, Feb 7. /TASS/. Body."}')
    (row,) = normalised(path, registry)
    assert (row["source_id"], row["cited_sources"]) == ("tass", [])
