"""The tables' columns, declared once in ``sql/schema.toml``, and what is derived from them:
the lake's Arrow schemas and keys, the warehouse's DDL and ``COMMENT ON`` statements, and the
accepted-values check.

Each column has a name, a DuckDB type, whether it may be NULL, a description and, for a closed
set, its accepted values (the file's header explains the format). The lake keeps Arrow columns
nullable: NOT NULL is enforced where the warehouse loads them.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from flows import SQL_DIR

SCHEMA_FILE = SQL_DIR / "schema.toml"
STORED = ("both", "lake", "warehouse")

#: DuckDB type of a declaration -> the Arrow type the lake stores it as
ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),  # a JSON text in the lake, cast to JSON by the warehouse
    "BIGINT": pa.int64(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMPTZ": pa.timestamp("us", tz="UTC"),
    "BLOB": pa.binary(),
    "VARCHAR[]": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    comment: str
    not_null: bool = False
    stored: str = "both"
    values: tuple = ()
    values_from: str | None = None

    @property
    def arrow_type(self) -> pa.DataType:
        return ARROW_TYPES[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    comment: str
    stored: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()

    @property
    def in_lake(self) -> bool:
        return self.stored in ("both", "lake")

    @property
    def in_warehouse(self) -> bool:
        return self.stored in ("both", "warehouse")

    def lake_columns(self) -> list[Column]:
        return [c for c in self.columns if c.stored in ("both", "lake")]

    def warehouse_columns(self) -> list[Column]:
        return [c for c in self.columns if c.stored in ("both", "warehouse")]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(c.name, c.arrow_type) for c in self.lake_columns()])

    def ddl(self) -> str:
        """CREATE TABLE of the warehouse table; the key is its PRIMARY KEY when no key column may be NULL."""
        cols = self.warehouse_columns()
        width = max(len(c.name) for c in cols)
        lines = [f"    {c.name.ljust(width)} {c.type}{' NOT NULL' if c.not_null else ''}" for c in cols]
        not_null = {c.name for c in cols if c.not_null}
        if self.key and set(self.key) <= not_null:
            lines.append(f"    PRIMARY KEY ({', '.join(self.key)})")
        return f"CREATE TABLE {self.name} (\n" + ",\n".join(lines) + "\n);"

    def comments(self) -> str:
        out = [f"COMMENT ON TABLE {self.name} IS {_literal(self.comment)};"]
        out += [f"COMMENT ON COLUMN {self.name}.{c.name} IS {_literal(c.comment)};" for c in self.warehouse_columns()]
        return "\n".join(out)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column(name: str, spec: dict, table: str) -> Column:
    unknown = set(spec) - {"type", "comment", "not_null", "stored", "values", "values_from"}
    if unknown:
        raise ValueError(f"{SCHEMA_FILE.name}: {table}.{name}: unknown field(s) {sorted(unknown)}")
    if spec["type"] not in ARROW_TYPES:
        raise ValueError(f"{SCHEMA_FILE.name}: {table}.{name}: type {spec['type']} is not one of {sorted(ARROW_TYPES)}")
    if not spec.get("comment"):
        raise ValueError(f"{SCHEMA_FILE.name}: {table}.{name} has no comment")
    if spec.get("stored", "both") not in STORED:
        raise ValueError(f"{SCHEMA_FILE.name}: {table}.{name}: stored must be one of {STORED}")
    return Column(name, spec["type"], spec["comment"], bool(spec.get("not_null")), spec.get("stored", "both"),
                  tuple(spec.get("values", ())), spec.get("values_from"))


@functools.lru_cache(maxsize=4)
def load(path: Path = SCHEMA_FILE) -> dict[str, Table]:
    """Table name -> its declaration, in the file's order."""
    with open(path, "rb") as f:
        raw = tomllib.load(f)
    own = {name: [_column(c, spec, name) for c, spec in t.get("columns", {}).items()] for name, t in raw.items()}
    tables = {}
    for name, t in raw.items():
        columns = own[name] + (own[t["columns_from"]] if "columns_from" in t else [])
        if t.get("stored", "both") not in STORED:
            raise ValueError(f"{path.name}: {name}: stored must be one of {STORED}")
        table = Table(name, t["comment"], t.get("stored", "both"), tuple(columns), tuple(t.get("key", ())))
        missing = set(table.key) - {c.name for c in table.lake_columns() + table.warehouse_columns()}
        if missing:
            raise ValueError(f"{path.name}: {name}: key column(s) {sorted(missing)} are not declared")
        tables[name] = table
    return tables


def lake_tables() -> dict[str, pa.Schema]:
    """Lake table -> Arrow schema."""
    return {n: t.arrow_schema() for n, t in load().items() if t.in_lake}


def lake_keys() -> dict[str, tuple[str, ...]]:
    return {n: t.key for n, t in load().items() if t.in_lake}


def warehouse_table(name: str) -> Table:
    table = load().get(name)
    if table is None or not table.in_warehouse:
        raise KeyError(f"{name} is not a warehouse table of {SCHEMA_FILE.name}")
    return table


def accepted_values_sql() -> str:
    """One query returning (col, value) for every value outside a column's accepted set."""
    parts = []
    for table in load().values():
        if not table.in_warehouse:
            continue
        for c in table.warehouse_columns():
            if not (c.values or c.values_from):
                continue
            label = _literal(f"{table.name}.{c.name}")
            if c.values:
                allowed = ", ".join(_literal(v) if isinstance(v, str) else str(v) for v in c.values)
            else:
                ref_table, ref_col = c.values_from.split(".")
                allowed = f"SELECT {ref_col} FROM {ref_table}"
            parts.append(f"SELECT {label} AS col, CAST({c.name} AS VARCHAR) AS value FROM {table.name} "
                         f"WHERE {c.name} NOT IN ({allowed})")
    return "\nUNION ALL\n".join(parts)
