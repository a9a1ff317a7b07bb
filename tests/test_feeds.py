"""Feeds over HTTP against a local server on 127.0.0.1: slow page, 500 then 200, 404,
redirect loop, oversized page, non-HTML response, robots.txt, and conditional GET."""
import datetime as dt
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flows import stages
from flows.ingest import IngestOptions
from flows.ingest.http import Fetcher
from flows.normalize import RunContext

ARTICLE = """<html><head><title>Lavrov in Havana</title><meta name="author" content="A. Writer">
<meta property="article:published_time" content="2024-02-20T09:00:00Z"></head><body><article>
<h1>Lavrov in Havana</h1><p>Russian Foreign Minister Sergey Lavrov held talks with Bruno Rodriguez Parrilla
in Havana on Monday. Both ministers condemned unilateral sanctions.</p>
<p>They agreed to hold the next meeting of the intergovernmental commission soon.</p></article></body></html>"""


RU_TITLE = "Лавров провел переговоры в Гаване"
RU_PAGE = (f"<html><head><title>{RU_TITLE}</title></head><body><article><h1>{RU_TITLE}</h1>"
           "<p>Министр иностранных дел России Сергей Лавров провел в понедельник переговоры с кубинским коллегой "
           "Бруно Родригесом в Гаване. Стороны обсудили торгово-экономическое сотрудничество.</p>"
           "<p>Министры договорились провести следующее заседание межправительственной комиссии в Москве.</p>"
           "</article></body></html>")


def rss(base, links):
    items = "".join(f"<item><title>Item {i}</title><link>{base}{link}</link>"
                    f"<pubDate>Tue, 20 Feb 2024 10:00:00 GMT</pubDate><guid>{link}</guid></item>"
                    for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>{items}</channel></rss>'


LINKS = ["/a1.html", "/slow.html", "/flaky.html", "/missing.html", "/loop1", "/big.html", "/data.json",
         "/private/secret.html"]


def billion_laughs(base):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&lol9;</title>'
            f'<item><title>&lol9;</title><link>{base}/a1.html</link><description>&lol9;</description></item>'
            '</channel></rss>')


def external_entity(base, secret_file):
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret_file}">'
            f'<!ENTITY web SYSTEM "{base}/secret-entity">]><rss version="2.0"><channel><title>t</title>'
            f'<item><title>Lavrov &xxe; &web;</title><link>{base}/a1.html</link><description>&xxe;</description>'
            '</item></channel></rss>')


class Handler(BaseHTTPRequestHandler):
    hits = Counter()
    full_feed_downloads = 0
    secret_file = "/nonexistent"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.hits[self.path] += 1
        base = f"http://{self.headers['Host']}"
        if self.path == "/robots.txt":
            return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if self.path.split("?")[0] == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                return self.send(304)
            Handler.full_feed_downloads += 1
            return self.send(200, rss(base, LINKS).encode(), "application/rss+xml", {"ETag": '"v1"'})
        if self.path == "/bomb.xml":
            return self.send(200, billion_laughs(base).encode(), "application/rss+xml")
        if self.path == "/xxe.xml":
            return self.send(200, external_entity(base, Handler.secret_file).encode(), "application/rss+xml")
        if self.path == "/a1.html":
            if self.headers.get("If-None-Match") == '"a1"':
                return self.send(304)
            return self.send(200, ARTICLE.encode(), headers={"ETag": '"a1"'})
        if self.path == "/slow.html":
            time.sleep(1.5)
            return self.send(200, ARTICLE.encode())
        if self.path == "/flaky.html":
            if Handler.hits[self.path] == 1:
                return self.send(500, b"oops")
            return self.send(200, ARTICLE.replace("Monday", "Tuesday").encode())
        if self.path in ("/loop1", "/loop2"):
            return self.send(302, headers={"Location": "/loop2" if self.path == "/loop1" else "/loop1"})
        if self.path == "/big.html":
            return self.send(200, b"<html><body>" + b"x" * (6 * 1024 * 1024) + b"</body></html>")
        if self.path == "/ru-feed.xml":
            return self.send(200, rss(base, ["/ru.html"]).encode(), "application/rss+xml")
        if self.path == "/ru.html":  # cp1251 declared only in the HTTP header, as a TASS page may be
            return self.send(200, RU_PAGE.encode("cp1251"), "text/html; charset=windows-1251")
        if self.path == "/data.json":
            return self.send(200, b'{"not": "html"}', "application/json")
        return self.send(404, b"not found")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client gave up on the slow page: expected


@pytest.fixture
def server():
    Handler.hits = Counter()
    Handler.full_feed_downloads = 0
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def options(**kw):
    return IngestOptions(allow_private=True, min_interval=0.0, **kw)


def test_feed_articles_and_every_failure_as_a_reject(server):
    run = RunContext("feed", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    out = stages.extract([f"{server}/feed.xml"], options(http_timeout=0.5), run)
    urls = {a["url"] for a in out.articles}
    assert urls == {f"{server}/a1.html", f"{server}/flaky.html"}  # the 500 was retried, then 200
    a1 = next(a for a in out.articles if a["url"].endswith("/a1.html"))
    assert (str(a1["published_date"]), a1["published_from"], a1["title"]) == ("2024-02-20", "metadata", "Lavrov in Havana")
    reasons = {r["input_path"].removeprefix(server): r["reason"] for r in out.rejects}
    assert "timed out" in reasons["/slow.html"]
    assert reasons["/missing.html"] == "page: HTTP 404" and Handler.hits["/missing.html"] == 1  # 4xx: no retry
    assert "redirects" in reasons["/loop1"]
    assert "larger than" in reasons["/big.html"]
    assert "not an HTML page" in reasons["/data.json"]
    assert "robots.txt" in reasons["/private/secret.html"] and Handler.hits["/private/secret.html"] == 0
    assert {e["actor_id"] for e in out.event_reports} >= {"sergey_lavrov"}


def test_unchanged_feed_costs_one_304(server):
    run = RunContext("feed", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    first = stages.extract([f"{server}/feed.xml"], options(http_timeout=0.5), run)
    assert Handler.full_feed_downloads == 1 and Handler.hits["/feed.xml"] == 1
    again = stages.extract([f"{server}/feed.xml"], options(http_validators=first.http_validators), run)
    assert Handler.full_feed_downloads == 1 and Handler.hits["/feed.xml"] == 2
    assert again.articles == [] and again.rejects == []


def test_private_addresses_and_other_schemes_are_refused():
    f = Fetcher()
    assert "not public" in f.get("http://127.0.0.1:9/feed.xml").error
    assert "scheme" in f.get("file:///etc/passwd").error


def test_entity_expansion_and_external_entities_in_a_feed_go_nowhere(server, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("XXE-SECRET-4f9c2a")
    Handler.secret_file = str(secret)
    run = RunContext("feed", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    started = time.perf_counter()
    out = stages.extract([f"{server}/bomb.xml", f"{server}/xxe.xml"], options(), run)
    assert time.perf_counter() - started < 10  # a billion laughs would take minutes and gigabytes
    assert Handler.hits["/secret-entity"] == 0  # no external entity fetched ...
    for row in out.articles + out.rejects:
        blob = json.dumps(row, default=str)
        assert "lollollollollollollollollollollol" not in blob and "XXE-SECRET" not in blob  # ... or read
    # the entries still lead to their pages (or to a reject with a reason): nothing is silently dropped
    assert {a["url"] for a in out.articles} <= {f"{server}/a1.html"}
    assert all(r["reason"] for r in out.rejects)


def test_no_secret_of_a_feed_url_is_stored(server):
    host = server.removeprefix("http://")
    feed = f"http://reader:PASSWORD-1@{host}/feed.xml?token=SECRET-2&page=1"
    run = RunContext("feed", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    out = stages.extract([feed, f"{server}/missing.xml?api_key=SECRET-3"], options(http_timeout=0.5), run)
    assert out.articles and out.rejects
    row = stages.run_row(run, [feed], [out], stages.Loaded(), [], "succeeded")
    blob = json.dumps([out.articles, out.rejects, out.http_validators, row], default=str)
    assert not any(s in blob for s in ("PASSWORD-1", "SECRET-2", "SECRET-3"))
    assert "token=REDACTED&page=1" in blob and "reader:REDACTED@" in blob


def test_a_page_is_decoded_with_the_charset_its_header_declares(server):
    run = RunContext("feed", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    out = stages.extract([f"{server}/ru-feed.xml"], options(), run)
    (article,) = out.articles
    assert article["title"] == RU_TITLE and article["text_encoding"] == "cp1251"
    assert "Лавров" in article["text"]


class RobotsHandler(BaseHTTPRequestHandler):
    """A host whose robots.txt uses a wildcard, an end anchor and a Crawl-delay."""
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/robots.txt":
            body, ctype = b"User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nCrawl-delay: 0.6\n", "text/plain"
        else:
            body, ctype = ARTICLE.encode(), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_robots_wildcards_and_crawl_delay_are_honoured():
    httpd = QuietServer(("127.0.0.1", 0), RobotsHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        fetcher = Fetcher(allow_private=True, min_interval=0.0)
        assert fetcher.get(f"{base}/report.pdf").error == "disallowed by robots.txt"
        assert fetcher.get(f"{base}/a.html?print=1").error == "disallowed by robots.txt"
        assert fetcher.get(f"{base}/report.pdf.html").ok  # "$": only what ends in .pdf
        start = time.monotonic()
        assert fetcher.get(f"{base}/a.html").ok and fetcher.get(f"{base}/b.html").ok
        assert time.monotonic() - start >= 1.0  # two requests, each at least 0.6 s after the one before
    finally:
        httpd.shutdown()
