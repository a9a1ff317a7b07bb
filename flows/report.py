"""The HTML report: one self-contained file (inline SVG, no script, no CDN) with charts of
events over time by QuadClass, top dyads, top actors and sources, and the newest events
with links to their articles.

    dateline report [--warehouse DIR] [--out FILE]

Queries live in sql/report/ (one per chart); this module only draws.
"""
from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

from flows import SQL_DIR
from flows.warehouse import write_rendered

REPORT_FILE = "report.html"
QUAD_COLOURS = {1: "#4c78a8", 2: "#72b7b2", 3: "#f58518", 4: "#e45756"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
e = html.escape


def _query(con, name: str) -> list[dict]:
    cur = con.execute((SQL_DIR / "report" / f"{name}.sql").read_text(encoding="utf-8"))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def stacked_bars(rows: list[dict], width=760, height=260) -> str:
    months = sorted({r["month"] for r in rows})
    if not months:
        return '<p class="empty">No dated events yet.</p>'
    totals = {m: sum(r["events"] for r in rows if r["month"] == m) for m in months}
    top = max(totals.values())
    left, plot_h = 40, height - 50
    bar_w = max(4, min(60, (width - left - 10) / len(months) * 0.8))
    step = (width - left - 10) / len(months)
    parts = [f'<svg class="chart" role="img" aria-label="Events per month by QuadClass" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left}" y1="{10 + plot_h}" x2="{width - 5}" y2="{10 + plot_h}" stroke="#999"/>',
             f'<text x="{left - 6}" y="14" text-anchor="end" class="axis">{top}</text>',
             f'<text x="{left - 6}" y="{10 + plot_h}" text-anchor="end" class="axis">0</text>']
    for i, m in enumerate(months):
        x = left + i * step + (step - bar_w) / 2
        y = 10 + plot_h
        for q in (1, 2, 3, 4):
            n = sum(r["events"] for r in rows if r["month"] == m and r["quad_class"] == q)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{QUAD_COLOURS[q]}">'
                         f'<title>{e(str(m)[:7])}: {n} {QUAD_NAMES[q]}</title></rect>')
        if len(months) <= 24 or i % max(1, len(months) // 12) == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle" class="axis">'
                         f'{e(str(m)[:7])}</text>')
    parts.append("</svg>")
    legend = "".join(f'<span class="key"><i style="background:{c}"></i>{e(QUAD_NAMES[q])}</span>'
                     for q, c in QUAD_COLOURS.items())
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def hbars(rows: list[dict], label: str, value: str, title: str, width=760, row_h=22) -> str:
    if not rows:
        return '<p class="empty">Nothing yet.</p>'
    top = max(r[value] for r in rows) or 1
    label_w, height = 300, row_h * len(rows) + 10
    parts = [f'<svg class="chart" role="img" aria-label="{e(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, r in enumerate(rows):
        y = 5 + i * row_h
        w = r[value] / top * (width - label_w - 60)
        name = str(r[label])
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" class="label">'
                     f'{e(name if len(name) <= 42 else name[:41] + "…")}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row_h - 6}" fill="#4c78a8">'
                     f'<title>{e(name)}: {r[value]}</title></rect>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" class="value">{r[value]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _link(row: dict) -> str:
    if row["first_url"]:
        return row["first_url"]
    return Path(os.path.abspath(row["first_input_path"])).as_uri()


def older(rows: list[dict]) -> str:
    """The events dated before the articles' first month: listed under the chart, not plotted."""
    if not rows:
        return ""
    items = "".join(f"<li>{e(str(r['event_date']))} ({e(r['date_precision'])}): {e(r['actor'])} {e(r['verb'])} "
                    f"{e(r['recipient'] or '')}</li>" for r in rows)
    return f'<details class="older"><summary>{len(rows)} events dated before the articles\' months</summary><ul>{items}</ul></details>'


def render(con) -> str:
    summary = (_query(con, "summary") or [{}])[0]
    events = _query(con, "newest_events")
    table = "".join(
        f"<tr><td>{e(str(r['event_date'] or 'undated'))}</td><td>{e(r['actor'])}</td><td>{e(r['verb'])}</td>"
        f"<td>{e(r['recipient'] or '')}</td><td>{r['num_articles']}</td><td>{e(r['sources'])}</td>"
        f"<td><a href=\"{e(_link(r))}\">{e(r['first_title'] or 'article')}</a><br><small>{e(r['first_sentence'][:220])}"
        f"</small></td></tr>" for r in events)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dateline report</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }}
h1 {{ margin-bottom: 0; }} .meta {{ color: #666; }} section {{ margin: 2em 0; }}
.axis, .label, .value {{ font-size: 11px; fill: #444; }} .legend .key {{ margin-right: 1.5em; }}
.legend i {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-bottom: 1px solid #ddd; padding: 4px 6px;
vertical-align: top; text-align: left; }} small {{ color: #666; }} .empty {{ color: #999; }}
</style></head><body>
<h1>Dateline</h1>
<p class="meta">{summary.get('articles', 0)} articles · {summary.get('events', 0)} events · {summary.get('actors', 0)} actors found
· newest article {e(str(summary.get('newest_published_date') or '—'))} · last run {e(str(summary.get('last_run_finished_at') or '—'))[:19]}
· generated {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC</p>
<section><h2>Events over time by QuadClass</h2>{stacked_bars(_query(con, "events_over_time"))}{older(_query(con, "older_events"))}</section>
<section><h2>Top dyads</h2>{hbars(_query(con, "top_dyads"), "dyad", "events", "Top dyads by events")}</section>
<section><h2>Top actors</h2>{hbars(_query(con, "top_actors"), "actor", "mentions", "Top actors by mentions")}</section>
<section><h2>Sources</h2>{hbars(_query(con, "sources"), "source_name", "articles", "Articles per source")}</section>
<section><h2>Newest events</h2><table><thead><tr><th>date</th><th>actor</th><th>what</th><th>recipient</th>
<th>articles</th><th>sources</th><th>first report</th></tr></thead><tbody>{table}</tbody></table></section>
</body></html>
"""


def write(warehouse_dir: Path, out: Path | None = None) -> Path:
    return write_rendered(warehouse_dir, render, out or Path(warehouse_dir) / REPORT_FILE)
