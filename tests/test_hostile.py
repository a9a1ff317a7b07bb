"""Hostile input, generated here: a directory of nasty files runs to completion and every
input is accounted for - loaded, or in ``rejects`` with a reason."""
import codecs
import json
import os

import duckdb
import pytest

from flows.ingest import iter_inputs
from flows.records import RawArticle, Reject
from flows.warehouse import db_path

from conftest import build, read_all, write

BODY = "Díaz-Canel met Lavrov in Havana.\n\nThey signed an agreement on Monday and praised the talks."


def make_hostile_dir(root):
    """name -> how many records it holds (every one must end up loaded or rejected)."""
    files = {}

    def put(name, content, records=1):
        write(root / name, content)
        files[name] = records

    put("empty.txt", "")
    put("whitespace.txt", " \n\t \r\n")
    put("random.bin.txt", os.urandom(4096))
    put("utf16 bom.txt", codecs.BOM_UTF16_LE + ("UTF-16 title\n\n" + BODY).encode("utf-16-le"))
    put("utf8 bom.txt", codecs.BOM_UTF8 + ("BOM title\n\n" + BODY + " With a BOM.").encode())
    # UTF-8 read as cp1252 somewhere upstream, then saved as UTF-8 again
    put("mojibake.txt", ("Mojibake title\n\n" + BODY + " Twice encoded.").encode().decode("cp1252", "replace").encode())
    put("mixed encodings.txt", "Mixed\n\nCafé talks: ".encode() + "Díaz-Canel – Lavrov".encode("cp1252"))
    put("one long line.txt", "Long\n\n" + "Lavrov met Rodriguez in Moscow and they talked at length. " * 18000)
    put("deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "after-deep", "text": BODY}), 2)
    put("deep.json", '{"a":' * 50_000 + "1" + "}" * 50_000)
    put("embedded.csv", 'id,title,text\n1,"A ""quoted"" title","First line, with a comma\nsecond ""quoted"" line\n\n'
        + BODY + '"\n2,too,many,columns,here\n3,"Unclosed,"oops\n', 3)
    put("page.html", "<html><head><title>Script page</title><script>var s='SCRIPT-TEXT';</script>"
        "<style>p{color:red}</style></head><body><iframe src='http://example.invalid/'>IFRAME-TEXT</iframe>"
        f"<article><h1>Talks</h1><p>{BODY}</p><p>{BODY} Again.</p></article>"
        "<script>document.write('MORE-SCRIPT')</script></body></html>")
    put("far future.txt", "Future\n\ndate 9999-12-31\n\n" + BODY + " Future.")
    put("far past.txt", "Past\n\ndate 0001-01-01\n\n" + BODY + " Past.")
    put("impossible.txt", "Impossible\n\nHavana, 31 February 2024 (TDI): " + BODY)
    put("boilerplate only.txt", "Add new comment\nSubscribe to our newsletter\nFollow us\nShare this\n")
    put("ünïcödé dir/with space/a b ç.txt", "Unicode path\n\n" + BODY + " Unicode.")
    put("notes.docx", b"PK\x03\x04 not really a document")
    write(root.parent / "outside.txt", "Secret\n\nOUTSIDE-SECRET " + BODY)
    os.symlink(os.path.join("..", "outside.txt"), root / "escape.txt")
    files["escape.txt"] = 1
    os.symlink("/", root / "rootlink")
    files["rootlink"] = 1
    return files


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    root = tmp / "in"
    root.mkdir()
    files = make_hostile_dir(root)
    wh = tmp / "wh"
    loaded = build([root], wh)
    con = duckdb.connect(str(db_path(wh)), read_only=True)
    yield root, files, loaded, con
    con.close()


def by_file(con, root, sql):
    return {os.path.relpath(r[0], root): r[1:] for r in con.execute(sql).fetchall()}


def test_every_hostile_input_is_accounted_for(hostile):
    root, files, loaded, con = hostile
    listed = {os.path.relpath(p, root) for p in iter_inputs([str(root)])}
    assert listed == set(files)
    articles = con.execute("select input_path, count(*) from articles group by 1").fetchall()
    rejects = con.execute("select input_path, count(*) from rejects group by 1").fetchall()
    seen: dict[str, int] = {}
    for path, n in articles + rejects:
        rel = os.path.relpath(path, root)
        seen[rel] = seen.get(rel, 0) + n
    assert seen == files  # every record of every file: loaded or rejected, none twice
    assert con.execute("select count(*) from rejects where reason is null or reason = ''").fetchone()[0] == 0


def test_what_hostile_inputs_become(hostile):
    root, _, _, con = hostile
    reasons = by_file(con, root, "select input_path, reason from rejects")
    assert reasons["empty.txt"] == ("empty input",) and reasons["whitespace.txt"] == ("empty input",)
    assert "binary" in reasons["random.bin.txt"][0]
    assert "recursion" in reasons["deep.json"][0]
    assert "only boilerplate" in reasons["boilerplate only.txt"][0]
    assert "unsupported file type" in reasons["notes.docx"][0]
    assert "outside its directory" in reasons["escape.txt"][0] and "directory" in reasons["rootlink"][0]
    arts = by_file(con, root, "select input_path, text_encoding, text_repaired, published_date, text from articles "
                               "where record_no = 1 or input_path like '%.jsonl'")
    assert arts["utf16 bom.txt"][:2] == ("utf-16", False) and "Díaz-Canel" in arts["utf16 bom.txt"][3]
    assert arts["utf8 bom.txt"][0] == "utf-8" and not arts["utf8 bom.txt"][3].startswith("\ufeff")
    assert arts["mojibake.txt"][1] is True and "Díaz-Canel" in arts["mojibake.txt"][3]
    # mixed bytes: whichever Western or Central European code page the detector picks, the cp1252 part reads right
    assert arts["mixed encodings.txt"][0] in ("cp1252", "cp1250") and "Díaz-Canel – Lavrov" in arts["mixed encodings.txt"][3]
    assert len(arts["one long line.txt"][3]) > 1_000_000
    assert arts["deep.jsonl"][3] == BODY  # the good line after the too-deep one
    for name in ("far future.txt", "far past.txt", "impossible.txt"):
        assert arts[name][2] is None, name  # no date rather than a wrong one
    text = arts["page.html"][3]
    assert "Díaz-Canel" in text and not any(s in text for s in ("SCRIPT-TEXT", "IFRAME-TEXT", "MORE-SCRIPT", "color"))
    assert "a b ç.txt" in " ".join(r[0] for r in con.execute("select input_path from articles").fetchall())
    assert con.execute("select count(*) from articles where text like '%OUTSIDE-SECRET%'").fetchone()[0] == 0


def test_csv_with_embedded_newlines_quotes_and_bad_rows(hostile):
    root, _, _, con = hostile
    text = con.execute("select text from articles where input_path like '%embedded.csv'").fetchone()[0]
    assert text.startswith('First line, with a comma\nsecond "quoted" line')
    rejected = {r[0] for r in con.execute("select record_no from rejects where input_path like '%embedded.csv'").fetchall()}
    assert rejected == {2, 3}


def test_a_hundred_thousand_tiny_records_are_all_read(tmp_path):
    path = write(tmp_path / "tiny.jsonl", "".join(json.dumps({"id": str(i), "text": f"Item {i}."}) + "\n"
                                                 for i in range(100_000)) + "{broken\n")
    recs = read_all(path)
    assert len(recs) == 100_001
    assert sum(isinstance(r, RawArticle) for r in recs) == 100_000 and isinstance(recs[-1], Reject)
    assert [r.record_no for r in recs[:3]] == [1, 2, 3]
