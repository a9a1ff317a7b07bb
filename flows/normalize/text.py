"""Text normalisation: Unicode NFC, consistent whitespace, boilerplate lines removed.

``clean`` works line by line and returns the kept lines, so that later steps (byline
detection, title split) can drop whole lines too; ``join`` makes the final text. Nothing
here is lossy for the lake: the adapter's text is kept as ``raw_text``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy

from flows.normalize.dates import LABEL_RE, header_match, parse_date

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# A line that is only one of these is boilerplate (matched case-insensitively, whole line).
BOILERPLATE = [
    r"add (a )?new comment", r"leave a (comment|reply)", r"post a comment", r"comments?( \(\d+\))?",
    r"this question is for testing whether or not you are a human visitor.*",
    r"enter the characters shown in the image\.?", r".*\bcaptcha\b.*",
    r"subscribe\b.*", r"sign up (for|to)\b.*", r"follow us\b.*", r"most (popular|read|viewed|shared)",
    r"you may also like.*", r"(also|read) (read|also|more)\s*:.*", r"related (articles?|posts?|stories|news)\b.*",
    r"image source\s*:.*", r"imagen principal\s*:?.*", r"(photo|image|picture)s? (credit|courtesy|source)\s*:.*",
    r"(share|tweet|email|print|whatsapp)( (this|on \w+|article|story|via \w+))*\s*:?",
    r"facebook comments", r"\* indicates required",
    r"the views and opinions expressed in this article are those of the author.*",
    r"advertisement", r"click here\b.*", r"(©|copyright)\s.*", r"all rights reserved\.?", r"loading\.\.\.",
    r"skip to (main )?content", r"(next|previous) (article|post|story)\b.*",
]
_BOILERPLATE = re.compile(r"^(?:" + "|".join(BOILERPLATE) + r")$", re.I)
# Widgets a flattened page left inside a line of text: DW's share bar ("Send Facebook Twitter Google+ ... Permalink
# http://dw.com/p/2Wx5C"), the BBC's video notice
INLINE_BOILERPLATE = re.compile(
    r"\bSend Facebook Twitter Google\+ (?:[\w+]+ ){0,12}?Permalink(?: https?://\S+)?"
    r"|\bMedia playback is not supported on this device\b")
# A line that starts a block of comments or teasers: it and all after it go, when it
# stands in the second half of the text.
_TERMINAL = re.compile(
    r"^(?:add (a )?new comment|leave a (comment|reply)|post a comment|comments? \(\d+\)|facebook comments"
    r"|you may also like.*|related (articles?|posts?|stories)\b.*)$",
    re.I,
)


#: labels ("Fecha de publicación:") are read and removed only in the first lines
LABEL_LINES = 15


@dataclass
class Cleaned:
    lines: list[str]  # kept lines; "" marks a paragraph break
    removed: int  # boilerplate lines removed


def repair_mojibake(value: str | None) -> tuple[str | None, bool]:
    """Text that was UTF-8 read as cp1252/latin-1 somewhere upstream ("DÃ\xadaz-Canel",
    "itâ€™s") repaired by ftfy's encoding fix - only that: quotes, dashes and the rest stay
    as written. Returns (text, whether it changed)."""
    if not value:
        return value, False
    fixed = ftfy.fix_encoding(value)
    return fixed, fixed != value


def normalise_chars(text: str) -> str:
    """NFC, one kind of newline, no invisible or control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


#: a longer line is content, whatever it starts with (one-line articles exist)
BOILERPLATE_MAX_LEN = 200


def is_boilerplate(line: str) -> bool:
    return len(line) <= BOILERPLATE_MAX_LEN and bool(_BOILERPLATE.match(line))


def clean(text: str) -> Cleaned:
    """Normalise characters and whitespace and drop boilerplate lines."""
    raw_lines = normalise_chars(text).split("\n")
    lines: list[str] = []
    for raw in raw_lines:
        indented = raw[:1] in (" ", "\t") and bool(raw.strip())
        line = _SPACES.sub(" ", raw).strip()
        if indented and lines and lines[-1]:  # an indented line opens a paragraph (wire copy)
            lines.append("")
        lines.append(line)
    removed = 0
    out: list[str] = []
    nonblank = [i for i, ln in enumerate(lines) if ln]
    half = nonblank[len(nonblank) // 2] if nonblank else 0
    skip_date_line = False
    for i, line in enumerate(lines):
        if not line:
            out.append("")
            continue
        if skip_date_line:
            skip_date_line = False
            if parse_date(line):
                removed += 1
                continue
        if i >= half and len(line) <= BOILERPLATE_MAX_LEN and _TERMINAL.match(line):
            removed += sum(1 for ln in lines[i:] if ln)
            break
        if not any(out):  # the first line: a header line gives up its date prefix
            m = header_match(line)
            if m:
                line = line[m.end():].strip()
                removed += 1
                if not line:
                    continue
        label = LABEL_RE.match(line) if len([x for x in out if x]) < LABEL_LINES else None
        if label:
            removed += 1
            skip_date_line = not label.group("value").strip()
            continue
        if is_boilerplate(line):
            removed += 1
            continue
        line, widgets = INLINE_BOILERPLATE.subn("", line)
        if widgets:
            removed += widgets
            line = _SPACES.sub(" ", line).strip()
            if not line:
                continue
        out.append(line)
    out, dropped = _drop_breadcrumb_and_repeats(out)
    return Cleaned(squeeze(out), removed + dropped)


def _drop_breadcrumb_and_repeats(lines: list[str]) -> tuple[list[str], int]:
    """Drop a leading breadcrumb ("HomeNewsDiplomatic NewsTitle" before "Title") and a
    non-blank line that repeats the previous non-blank line."""
    out: list[str] = []
    dropped = 0
    nonblank = [ln for ln in lines if ln]
    if len(nonblank) >= 2 and nonblank[0].lower().startswith("home") and nonblank[0] != nonblank[1] \
            and nonblank[0].endswith(nonblank[1]):
        lines = lines[lines.index(nonblank[0]) + 1:]
        dropped += 1
    previous = None
    for line in lines:
        if line and line == previous:
            dropped += 1
            continue
        if line:
            previous = line
        out.append(line)
    return out, dropped


def squeeze(lines: list[str]) -> list[str]:
    """At most one blank line in a row, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def split_title(lines: list[str], max_len: int = 300) -> tuple[str | None, list[str]]:
    """The first line as title (if it is short enough to be one) and the remaining lines."""
    if not lines or len(lines[0]) > max_len:
        return None, lines
    return lines[0], squeeze(lines[1:])


def join(lines: list[str]) -> str:
    return "\n".join(lines)
