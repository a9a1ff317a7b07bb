import json

import pytest

from flows.ingest import IngestOptions, iter_inputs
from flows.records import RawArticle, Reject

from conftest import SEED_ARTICLES, normalised, read_all, write

BODY = "Moscow and Havana signed an agreement on Tuesday.\n\nThe ministers met in Havana."


def test_txt_first_line_is_title(tmp_path, registry):
    (row,) = normalised(write(tmp_path / "a1.txt", f"Russia and Cuba sign deal\n\n{BODY}\n"), registry)
    assert row["title"] == "Russia and Cuba sign deal"
    assert row["text"] == BODY
    assert (row["external_id"], row["record_no"], row["input_path"]) == ("a1", 1, str(tmp_path / "a1.txt"))


def test_txt_header_line_is_not_a_title(registry):
    (row,) = normalised(SEED_ARTICLES / "000_4d33609d97ef1bc3.txt", registry)
    assert row["title"] is None
    assert row["text"].startswith("During a significant visit by Nikolay Patrushev")
    assert "date 2024-02-27" in row["raw_text"]


def test_gzip_is_transparent(tmp_path, registry):
    plain = normalised(write(tmp_path / "p" / "a.txt", f"Title\n\n{BODY}"), registry)[0]
    gz = normalised(write(tmp_path / "g" / "a.txt.gz", f"Title\n\n{BODY}", gz=True), registry)[0]
    assert gz["external_id"] == "a"
    assert gz["article_id"] == plain["article_id"]


def test_html_main_text_and_metadata(tmp_path, registry):
    page = """<html><head><title>Ignored site title</title>
    <meta property="og:title" content="Lavrov visits Havana">
    <meta name="author" content="Jane Doe">
    <meta property="og:site_name" content="The Diplomatic Insight">
    <meta property="article:published_time" content="2024-02-20T10:00:00Z">
    <link rel="canonical" href="https://thediplomaticinsight.com/lavrov-havana/"></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <article><h1>Lavrov visits Havana</h1>
    <p>Russian Foreign Minister Sergey Lavrov held talks in Havana with his Cuban counterpart on Monday.</p>
    <p>Both sides condemned unilateral sanctions and agreed to expand economic cooperation.</p></article>
    <script>document.write('INJECTED')</script><footer>Follow us</footer></body></html>"""
    (row,) = normalised(write(tmp_path / "page.html", page), registry)
    assert row["title"] == "Lavrov visits Havana"
    assert row["author"] == "Jane Doe"
    assert row["source_id"] == "tdi"
    assert row["url"] == "https://thediplomaticinsight.com/lavrov-havana/"
    assert (str(row["published_date"]), row["published_from"]) == ("2024-02-20", "metadata")
    assert "Sergey Lavrov held talks" in row["text"]
    assert "INJECTED" not in row["text"] and "Home" not in row["text"]


def test_jsonl_alias_fields_and_extra(tmp_path, registry):
    lines = [
        {"article_id": "x1", "headline": "One", "body": BODY, "publish_date": "2017/2/7",
         "link": "https://tass.com/politics/1", "subtitle": "kept"},
        {"guid": "x2", "title": "Two", "content": BODY + " Again.", "published_at": "2024-02-20"},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(x) for x in lines))
    rows = normalised(path, registry)
    assert [r["external_id"] for r in rows] == ["x1", "x2"]
    assert [r["record_no"] for r in rows] == [1, 2]
    assert rows[0]["source_id"] == "tass" and rows[0]["title"] == "One"
    assert str(rows[0]["published_date"]) == "2017-02-07"
    assert json.loads(rows[0]["extra"]) == {"subtitle": "kept"}


def test_json_document_list_and_map_override(tmp_path, registry):
    doc = {"articles": [{"id": 7, "story": BODY, "when": "2024-02-27", "date": "1999-01-01"}]}
    path = write(tmp_path / "b.json", json.dumps(doc))
    (default,) = normalised(path, registry)
    assert str(default["published_date"]) == "1999-01-01"
    (mapped,) = list(read_all(path, IngestOptions(field_map={"published": "when"})))
    assert isinstance(mapped, RawArticle) and mapped.published == "2024-02-27" and mapped.external_id == "7"


def test_csv_alias_columns_like_the_2017_corpus(tmp_path, registry):
    csv_text = (
        'article_id,publish_date,article_source_link,title,subtitle,text\n'
        '1,2017/2/7,http://www.aljazeera.com/news/x.html,"A, quoted title",,"Line one.\nLine ""two""."\n'
        '2,2017/2/8,http://www.dw.com/en/y,Second,,Another body.\n'
    )
    rows = normalised(write(tmp_path / "c.csv.gz", csv_text, gz=True), registry)
    assert [(r["external_id"], r["source_id"], str(r["published_date"])) for r in rows] == [
        ("1", "aljazeera", "2017-02-07"), ("2", "dw", "2017-02-08")]
    assert rows[0]["title"] == "A, quoted title"
    assert rows[0]["text"] == 'Line one.\nLine "two".'


def test_directory_walked_recursively_in_stable_order(tmp_path):
    write(tmp_path / "b" / "deep" / "x.txt", "t\n\nbody")
    write(tmp_path / "a.jsonl", "{}")
    write(tmp_path / ".hidden" / "y.txt", "t\n\nbody")
    assert list(iter_inputs([str(tmp_path)])) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b/deep/x.txt")]
    with pytest.raises(FileNotFoundError):
        list(iter_inputs([str(tmp_path / "missing")]))


def test_unsupported_extension_is_rejected(tmp_path):
    (rec,) = read_all(write(tmp_path / "notes.docx", b"PK\x03\x04"))
    assert isinstance(rec, Reject) and "unsupported file type" in rec.reason
