"""Bad input never stops a run and is never silently dropped."""
import gzip
import json
import os

import duckdb
import pytest

from flows.ingest import IngestOptions
from flows.records import RawArticle, Reject
from flows.warehouse import db_path

from conftest import build, read_all, write

GOOD = "Lavrov met Rodriguez in Havana on Monday.\n\nThey signed an agreement."


def make_broken_dir(root):
    write(root / "empty.txt", "")
    write(root / "blank.txt", "   \n\t\n")
    write(root / "binary.txt", os.urandom(2048) + b"\x00\x01")
    write(root / "cp1252.txt", "Caf\xe9 talks\n\nD\xedaz-Canel met Lavrov \u2013 and signed a deal.".encode("cp1252"))
    write(root / "mixed.jsonl", "\n".join([
        json.dumps({"id": "ok1", "title": "Fine", "text": GOOD}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "notext", "title": "No text field"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok2", "title": "Fine too", "text": GOOD + " Again."}),
    ]))
    write(root / "notext.csv", "id,title\n1,Only a title\n")
    write(root / "ragged.csv", f"id,title,text\n1,Good row,\"{GOOD}\"\n2,too,many,fields\n3,Also good,Short body.\n")
    write(root / "huge.txt", "x" * 5000)
    write(root / "truncated.txt.gz", gzip.compress(("Title\n\n" + GOOD * 50).encode())[:-30])
    write(root / "only_boilerplate.txt", "Follow us\nSubscribe to our newsletter\nMost Popular\n")
    return root


def test_each_bad_case_is_a_reject_with_a_reason(tmp_path):
    root = make_broken_dir(tmp_path / "in")
    options = IngestOptions(max_bytes=4096)
    reasons = {}
    for name in ["empty.txt", "blank.txt", "binary.txt", "notext.csv", "huge.txt", "truncated.txt.gz"]:
        (rec,) = read_all(root / name, options)
        assert isinstance(rec, Reject), name
        reasons[name] = rec.reason
    assert reasons["empty.txt"] == "empty input" and reasons["blank.txt"] == "empty input"
    assert "binary" in reasons["binary.txt"]
    assert "no text column" in reasons["notext.csv"]
    assert "size limit" in reasons["huge.txt"]
    assert "gzip" in reasons["truncated.txt.gz"]


def test_invalid_utf8_is_decoded_and_noted(tmp_path):
    (rec,) = read_all(write(tmp_path / "cp.txt", "D\xedaz-Canel \u2013 Lavrov".encode("cp1252")))
    assert isinstance(rec, RawArticle)
    assert rec.text == "Díaz-Canel – Lavrov" and rec.text_encoding == "cp1252"


RUSSIAN = ("Лавров провел переговоры в Гаване\n\nМинистр иностранных дел России Сергей Лавров провел в понедельник "
           "переговоры с кубинским коллегой в Гаване. Стороны обсудили торгово-экономическое сотрудничество.")
JAPANESE = "岸田首相がマニラを訪問\n\n岸田文雄首相は東京でフィリピンのマルコス大統領と会談し、海洋安全保障について協議した。"


@pytest.mark.parametrize("text, encoding, recorded", [
    (RUSSIAN, "cp1251", "cp1251"), (RUSSIAN, "koi8_r", "koi8-r"), (RUSSIAN, "utf-16", "utf-16"),
    (JAPANESE, "shift_jis", "shift_jis")])
def test_other_encodings_are_detected_and_noted(tmp_path, text, encoding, recorded):
    (rec,) = read_all(write(tmp_path / "a.txt", text.encode(encoding)))
    assert isinstance(rec, RawArticle)
    assert rec.text.startswith(text.split("\n")[0]) and rec.text_encoding == recorded


def test_an_html_page_is_decoded_with_its_meta_charset(tmp_path):
    title, body = RUSSIAN.split("\n\n")
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title>{title}</title>'
            f"</head><body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>")
    (rec,) = read_all(write(tmp_path / "a.html", page.encode("koi8_r")))
    assert rec.title == title and rec.text_encoding == "koi8-r"


def test_malformed_json_line_rejects_only_that_line(tmp_path):
    recs = read_all(make_broken_dir(tmp_path / "in") / "mixed.jsonl")
    good = [r.external_id for r in recs if isinstance(r, RawArticle)]
    bad = {r.record_no: r.reason for r in recs if isinstance(r, Reject)}
    assert good == ["ok1", "ok2"]
    assert set(bad) == {2, 3, 4}
    assert "malformed JSON" in bad[2] and "no text field" in bad[3] and "not an object" in bad[4]


def test_directory_of_broken_files_loads_good_records_and_lists_the_rest(tmp_path):
    root = make_broken_dir(tmp_path / "in")
    wh = tmp_path / "wh"
    loaded = build([root], wh, options=IngestOptions(max_bytes=4096))
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    articles = {r[0] for r in con.sql("select external_id from articles").fetchall()}
    assert articles == {"ok1", "ok2", "1", "3", "cp1252"}
    rejects = con.sql("select input_path, record_no, stage, reason, raw_size from rejects").fetchall()
    rejected_files = {os.path.basename(r[0]) for r in rejects}
    assert rejected_files == {"empty.txt", "blank.txt", "binary.txt", "notext.csv", "huge.txt", "truncated.txt.gz",
                              "only_boilerplate.txt", "mixed.jsonl", "ragged.csv"}
    assert all(r[3] for r in rejects) and all(r[4] > 0 or r[3] == "empty input" for r in rejects)
    ragged = [r for r in rejects if r[0].endswith("ragged.csv")]
    assert [(r[1], "wrong column count" in r[3]) for r in ragged] == [(2, True)]
    # every input record is accounted for: loaded or rejected
    assert loaded.added + loaded.rejects == 5 + len(rejects) and loaded.rejects == len(rejects)
    encoding = con.execute("select text_encoding from articles where external_id = 'cp1252'").fetchone()[0]
    assert encoding == "cp1252"
