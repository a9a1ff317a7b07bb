"""Polite HTTP fetching for feeds and article pages.

* timeouts, at most ``max_redirects`` redirects, a size cap per response (read in chunks,
  never more than ``max_bytes`` + 1 held);
* retries with exponential backoff on 5xx, 429 and timeouts — never on other 4xx;
* conditional GET: the ETag / Last-Modified of the last 200 are sent again, and a 304
  costs one small response and no work;
* robots.txt respected (per host, fetched once; read with protego: ``*`` and ``$`` in paths,
  ``Crawl-delay``), a minimum interval between requests to one host (the longer of the
  configured one and the host's Crawl-delay), a configurable User-Agent;
* only http(s), and never private, loopback or link-local addresses unless allowed
  (tests allow loopback);
* no secrets written anywhere: a URL's password and query parameters that look like
  credentials (token, key, secret, password, signature...) are masked by ``redact`` in
  everything Dateline stores or logs - rejects, articles, runs, the HTTP cache, error
  messages. The request itself uses the URL as given.
"""
from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
from protego import Protego

from flows.options import DEFAULT_USER_AGENT

#: a robots.txt Crawl-delay longer than this is taken as this (seconds)
MAX_CRAWL_DELAY = 60.0
SECRET_PARAM = re.compile(r"token|key|secret|passw|pwd|auth|sig|session|credential", re.I)
MASK = "REDACTED"


def redact(url: str) -> str:
    """The URL with its password and credential-like query parameters masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    netloc = parts.netloc
    if parts.password is not None:
        netloc = netloc.replace(f":{parts.password}@", f":{MASK}@", 1)
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(SECRET_PARAM.search(k) for k, _ in pairs):
            query = urlencode([(k, MASK if SECRET_PARAM.search(k) else v) for k, v in pairs], safe="/:")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_text(text: str, url: str) -> str:
    """An error message with any copy of the URL (or its secrets) masked."""
    safe = redact(url)
    if safe == url:
        return text
    out = text.replace(url, safe)
    parts = urlsplit(url)
    secrets = [parts.password] if parts.password else []
    secrets += [v for k, v in parse_qsl(parts.query, keep_blank_values=True) if SECRET_PARAM.search(k) and v]
    for s in secrets:
        out = out.replace(s, MASK)
    return out


@dataclass
class Response:
    url: str
    status: int  # 200, 304, or the error status; 0 when no response
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None


@dataclass
class Fetcher:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    min_interval: float = 1.0  # seconds between two requests to one host
    allow_private: bool = False
    #: url -> (etag, last_modified) of its last 200, sent back as conditional headers
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, Protego | None] = field(default_factory=dict)
    _delay: dict[str, float] = field(default_factory=dict)  # host -> robots.txt's Crawl-delay

    def get(self, url: str) -> Response:
        problem = self._refuse(url)
        if problem:
            return Response(url, 0, error=problem)
        if not self._robots_allow(url):
            return Response(url, 0, error="disallowed by robots.txt")
        headers = {"User-Agent": self.user_agent}
        etag, modified = self.validators.get(redact(url), (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        attempt = 0
        while True:
            resp = self._once(url, headers)
            retry = resp.status >= 500 or resp.status == 429 or (resp.status == 0 and "timed out" in (resp.error or ""))
            if not retry or attempt >= self.retries:
                if resp.error:
                    resp.error = redact_text(resp.error, url)
                return resp
            attempt += 1
            time.sleep(self.backoff * 2 ** (attempt - 1))

    def _once(self, url: str, headers: dict) -> Response:
        current = url
        for _ in range(self.max_redirects + 1):
            problem = self._refuse(current)
            if problem:
                return Response(url, 0, error=problem)
            self._pace(current)
            self.requests += 1
            try:
                with httpx.stream("GET", current, headers=headers, timeout=self.timeout,
                                  follow_redirects=False) as r:
                    if r.status_code == 304:  # (httpx counts 304 among redirects)
                        return Response(url, 304)
                    if r.status_code in (301, 302, 303, 307, 308) and "location" in r.headers:
                        current = urljoin(current, r.headers["location"])
                        continue
                    if r.status_code != 200:
                        return Response(url, r.status_code, error=f"HTTP {r.status_code}")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            return Response(url, 200, error=f"larger than {self.max_bytes} bytes")
                    return Response(url, 200, bytes(body), r.headers.get("content-type", ""),
                                    r.headers.get("etag"), r.headers.get("last-modified"))
            except httpx.TimeoutException:
                return Response(url, 0, error="timed out")
            except httpx.HTTPError as e:
                return Response(url, 0, error=f"{type(e).__name__}: {e}")
        return Response(url, 0, error=f"more than {self.max_redirects} redirects")

    def _refuse(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"scheme {parts.scheme!r} not allowed (http and https only)"
        if self.allow_private:
            return None
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError):
            return f"cannot resolve {parts.hostname}"
        for info in infos:
            ip = ipaddress.ip_address(info[4][0])
            if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
                return f"address {ip} of {parts.hostname} is not public"
        return None

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0) + max(self.min_interval, self._delay.get(host, 0.0)) - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            resp = self._once(f"{root}/robots.txt", {"User-Agent": self.user_agent})
            if resp.ok:  # (protego: "*" and "$" in paths, Crawl-delay, the longest match wins)
                parser = Protego.parse(resp.body.decode("utf-8", "replace"))
                self._robots[root] = parser
                delay = parser.crawl_delay(self.user_agent)
                if delay:
                    self._delay[parts.netloc] = min(float(delay), MAX_CRAWL_DELAY)
            else:
                self._robots[root] = None  # no robots.txt: everything allowed
        parser = self._robots[root]
        return parser is None or parser.can_fetch(url, self.user_agent)
