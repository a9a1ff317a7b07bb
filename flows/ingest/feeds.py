"""RSS/Atom feeds over HTTP, and ``.urls`` files that list feed URLs (one a line).

The feed is parsed with feedparser (which does not expand external entities); each entry's
link is fetched and its page read like an HTML file (trafilatura: main text, title, author,
site name, date). The page's own date wins; the feed entry's date stands in when the page
has none, and the in-text dateline rules apply as for files. Every failure - feed or page
- is a reject with the URL and the reason; a 304 (unchanged since the last run) is no work.
"""
from __future__ import annotations

import time

import feedparser

from flows.ingest.decode import charset_of, decode, decode_or_reject
from flows.ingest.html import from_html
from flows.ingest.http import Fetcher, redact
from flows.records import RawArticle, Reject


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def read(path: str, data: bytes, options, fetcher: Fetcher | None = None):
    """A ``.urls`` file: every non-empty, non-comment line is a feed URL."""
    fetcher = fetcher or Fetcher()
    decoded = decode_or_reject(path, data)
    if isinstance(decoded, Reject):
        yield decoded
        return
    urls = [u.strip() for u in decoded[0].splitlines() if u.strip() and not u.strip().startswith("#")]
    if not urls:
        yield Reject(path, None, "parse", "no feed URLs in the file", data)
    for url in urls:
        yield from read_feed(url, fetcher)


def read_feed(url: str, fetcher: Fetcher):
    """The articles a feed links to; every path and URL stored is redacted (http.redact)."""
    resp = fetcher.get(url)
    feed_url = redact(url)
    if resp.status == 304:
        return
    if not resp.ok:
        yield Reject(feed_url, None, "read", f"feed: {resp.error}", resp.body[:4096])
        return
    _remember(fetcher, resp)
    feed = feedparser.parse(resp.body)
    if not feed.entries:
        reason = f"not a feed or no entries ({type(feed.bozo_exception).__name__})" if feed.bozo else "feed has no entries"
        yield Reject(feed_url, None, "parse", reason, resp.body[:4096])
        return
    feed_title = feed.feed.get("title")
    for record_no, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        if not link:
            yield Reject(feed_url, record_no, "parse", "feed entry without a link", repr(entry)[:4096].encode())
            continue
        page = fetcher.get(link)
        safe_link = redact(link)
        if page.status == 304:
            continue
        if not page.ok:
            yield Reject(safe_link, None, "read", f"page: {page.error}", page.body[:4096])
            continue
        if "html" not in page.content_type.lower():
            yield Reject(safe_link, None, "read", f"not an HTML page ({page.content_type or 'no content type'})",
                         page.body[:4096])
            continue
        _remember(fetcher, page)
        decoded = decode(page.body, charset_of(page.content_type), html=True)
        if decoded is None:
            yield Reject(safe_link, None, "decode", "binary content, not text", page.body[:4096])
            continue
        for article in from_html(safe_link, 1, redact(entry.get("id") or link), decoded[0], decoded[1], url=safe_link):
            if isinstance(article, RawArticle):
                article.published = article.published or _entry_date(entry)
                article.title = article.title or entry.get("title")
                article.source = article.source or feed_title
                article.extra = {**article.extra, "feed": feed_url}
            yield article


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _remember(fetcher: Fetcher, resp) -> None:
    if resp.etag or resp.last_modified:
        fetcher.validators[redact(resp.url)] = (resp.etag, resp.last_modified)
