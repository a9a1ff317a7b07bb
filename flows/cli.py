"""The ``dateline`` command.

    dateline run [--input PATH]... [--warehouse DIR] [--map FIELD=COLUMN]... [--max-bytes N]
                 [--full-refresh] [--since DAY] [--until DAY] [--lock-timeout SECONDS]
                 [--user-agent UA] [--allow-private] [--lake URI]
                 [--task-runner process|serial|dask] [--workers N] [--dask-address ADDR]
                 [--chunk-articles N]
    dateline query "SQL" [--warehouse DIR] [--format table|csv|json]
    dateline docs [--warehouse DIR] [--out FILE]
    dateline report [--warehouse DIR] [--out FILE]
    dateline serve [--cron EXPR] [--timezone TZ] [--name NAME] [run options, as for run]
    dateline status [--warehouse DIR] [--runs N]
    dateline check [--warehouse DIR]

Exit status 0 on success; otherwise non-zero with a one-line reason on stderr.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys

from flows.options import DEFAULT_WAREHOUSE


class UsageError(Exception):
    """Nothing could run; the message is the one-line reason."""


def cmd_run(args) -> int:
    from flows.options import from_args
    from flows.stages import list_inputs

    options = from_args(args)
    try:
        list_inputs(options.inputs)  # fail fast, before Prefect starts, on a missing path
    except FileNotFoundError as e:
        raise UsageError(f"input not found: {e.args[0]}") from None
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.lock import Locked, writer_lock

    try:
        with writer_lock(options.warehouse_dir, options.lock_timeout):
            from flows.etl import MissingExtra, etl, shared_api, task_runner

            try:
                runner = task_runner(args.task_runner, args.workers, args.dask_address)
            except MissingExtra as e:
                raise UsageError(str(e)) from None
            flow = etl.with_options(task_runner=runner)
            with shared_api():
                summary = flow(options=options, take_lock=False)
    except Locked as e:
        raise UsageError(str(e)) from None
    print(
        f"dateline: inputs {summary['inputs_new']} new, {summary['inputs_changed']} changed, "
        f"{summary['inputs_unchanged']} unchanged; {summary['articles_added']} articles added, "
        f"{summary['duplicates']} duplicates, {summary['rejects']} rejects, {summary['events_added']} new events, "
        f"{summary['actors_added']} new actors -> {summary['warehouse']}"
    )
    if summary.get("enrich_failures"):
        print(f"dateline: warning: enrichment failed on {summary['enrich_failures']} articles, loaded without the "
              "failed part (see rejects where stage = 'enrich')", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _warehouse(args):
    """A read-only connection to the warehouse, or a UsageError when there is none."""
    from flows.warehouse import connect_read_only

    try:
        con = connect_read_only(args.warehouse)
    except FileNotFoundError as e:
        raise UsageError(str(e)) from None
    try:
        yield con
    finally:
        con.close()


def cmd_query(args) -> int:
    import duckdb

    with _warehouse(args) as con:
        try:
            cur = con.execute(args.sql)
            if cur.description is None:
                return 0
            columns = [d[0] for d in cur.description]
            rows = cur.fetchall()
        except duckdb.Error as e:
            raise UsageError(str(e).splitlines()[0]) from None
    if args.format == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        w.writerows(rows)
    elif args.format == "json":
        json.dump([dict(zip(columns, r)) for r in rows], sys.stdout, default=str, ensure_ascii=False, indent=1)
        print()
    else:
        print(_table(columns, rows))
    return 0


def cmd_write(args) -> int:
    """dateline docs / dateline report: render a file from the warehouse."""
    import importlib

    module = importlib.import_module(f"flows.{args.command}")
    try:
        path = module.write(args.warehouse, args.out)
    except FileNotFoundError as e:
        raise UsageError(str(e)) from None
    print(f"dateline: wrote {path}")
    return 0


def cmd_serve(args) -> int:
    """Serve the flow on a cron schedule (needs a Prefect server: PREFECT_API_URL)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.schedules import Cron

    from flows.etl import etl

    from flows.options import from_args

    etl.serve(
        name=args.name,
        schedules=[Cron(args.cron, timezone=args.timezone)],
        parameters={"options": from_args(args).model_dump(mode="json")},
        description="Dateline ETL on a schedule (dateline serve)",
        limit=1,
    )
    return 0


def cmd_check(args) -> int:
    """Run the data-quality checks on the live warehouse; exit 1 when an error check fails."""
    from flows import checks

    with _warehouse(args) as con:
        results = checks.run(con)
    print(_table(["check", "severity", "result", "failing rows", "example"],
                 [(r.name, r.severity, "pass" if r.passed else "FAIL", r.failures, r.sample[0] if r.sample else "")
                  for r in results]))
    return 1 if any(not r.passed and r.severity == "error" for r in results) else 0


def cmd_status(args) -> int:
    """The last runs and the warehouse's freshness."""
    from flows import SQL_DIR

    with _warehouse(args) as con:
        for name, params in (("status_runs", [args.runs]), ("status_freshness", [])):
            cur = con.execute((SQL_DIR / "report" / f"{name}.sql").read_text(encoding="utf-8"), params)
            print(_table([d[0] for d in cur.description], cur.fetchall()))
            print()
    return 0


def _table(columns: list[str], rows: list[tuple], width: int = 60) -> str:
    def cell(v):
        s = "NULL" if v is None else str(v).replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    line = lambda vals: " | ".join(v.ljust(widths[i]) for i, v in enumerate(vals))  # noqa: E731
    out = [line(columns), "-+-".join("-" * w for w in widths)] + [line(r) for r in body]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def parser() -> argparse.ArgumentParser:
    from flows.options import add_arguments

    p = argparse.ArgumentParser(prog="dateline", description="News articles -> Parquet lake -> DuckDB warehouse.")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the ETL flow once")
    add_arguments(run)
    run.add_argument("--task-runner", choices=["process", "serial", "dask"], default="process",
                     help="where the actor and event stages run: Prefect's process pool (default), one thread, "
                          "or Dask (prefect-dask)")
    run.add_argument("--workers", type=int, metavar="N", help="worker processes (default: one per core)")
    run.add_argument("--dask-address", metavar="ADDR",
                     help="scheduler of an existing Dask cluster (default with --task-runner dask: a local cluster)")
    run.set_defaults(func=cmd_run)

    query = sub.add_parser("query", help="run read-only SQL against the warehouse")
    query.add_argument("sql")
    query.add_argument("--warehouse", "-w", default=DEFAULT_WAREHOUSE, metavar="DIR")
    query.add_argument("--format", "-f", choices=["table", "csv", "json"], default="table")
    query.set_defaults(func=cmd_query)

    docs = sub.add_parser("docs", help="write the data dictionary (DATA_DICTIONARY.md) from the warehouse comments")
    docs.add_argument("--warehouse", "-w", default=DEFAULT_WAREHOUSE, metavar="DIR")
    docs.add_argument("--out", "-o", metavar="FILE", help="default: <warehouse>/DATA_DICTIONARY.md")
    docs.set_defaults(func=cmd_write)

    report = sub.add_parser("report", help="write the HTML report (report.html) with charts")
    report.add_argument("--warehouse", "-w", default=DEFAULT_WAREHOUSE, metavar="DIR")
    report.add_argument("--out", "-o", metavar="FILE", help="default: <warehouse>/report.html")
    report.set_defaults(func=cmd_write)

    serve = sub.add_parser("serve", help="run the flow on a cron schedule (needs `prefect server start`)")
    add_arguments(serve, lock_timeout=600.0)  # every run option, for every scheduled run
    serve.add_argument("--cron", default="0 * * * *", help="cron expression (default: hourly)")
    serve.add_argument("--timezone", default="UTC")
    serve.add_argument("--name", default="dateline-hourly", help="deployment name")
    serve.set_defaults(func=cmd_serve)

    check = sub.add_parser("check", help="run the data-quality checks (sql/checks) on the warehouse")
    check.add_argument("--warehouse", "-w", default=DEFAULT_WAREHOUSE, metavar="DIR")
    check.set_defaults(func=cmd_check)

    status = sub.add_parser("status", help="the last runs and how fresh the warehouse is")
    status.add_argument("--warehouse", "-w", default=DEFAULT_WAREHOUSE, metavar="DIR")
    status.add_argument("--runs", type=int, default=10, help="how many runs to list")
    status.set_defaults(func=cmd_status)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as e:
        print(f"dateline: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the flow failed; Prefect has logged the details
        print(f"dateline: {args.command} failed: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
