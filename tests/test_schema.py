"""One declaration of the tables (sql/schema.toml): the lake, the warehouse and the checks follow it."""
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from flows import SQL_DIR, checks, lake, schema, stages, warehouse
from flows.warehouse import db_path



def test_the_built_warehouse_is_what_is_declared(seeds_warehouse):
    con = duckdb.connect(str(db_path(seeds_warehouse)), read_only=True)
    tables = {n: t for n, t in schema.load().items() if t.in_warehouse}
    actual = dict(con.execute("select table_name, comment from duckdb_tables() "
                              "where database_name = current_database() and not temporary").fetchall())
    assert actual == {n: t.comment for n, t in tables.items()}
    for name, table in tables.items():
        cols = con.execute("select column_name, data_type, not is_nullable, comment from duckdb_columns() "
                           "where database_name = current_database() and table_name = ? order by column_index",
                           [name]).fetchall()
        declared = [(c.name, c.type, c.not_null, c.comment) for c in table.warehouse_columns()]
        assert cols == [(n, t.replace("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"), nn, c)
                        for n, t, nn, c in declared], name
        pk = con.execute("select constraint_column_names from duckdb_constraints() "
                         "where table_name = ? and constraint_type = 'PRIMARY KEY'", [name]).fetchall()
        not_null = {c.name for c in table.warehouse_columns() if c.not_null}
        expected = [(list(table.key),)] if table.key and set(table.key) <= not_null else []
        assert pk == expected, name


def test_the_lake_files_have_the_declared_columns(seeds_warehouse):
    lake_path = stages.lake_dir(seeds_warehouse)
    written = set()
    for name, arrow in lake.SCHEMAS.items():
        for path in lake.files(lake_path, name):
            assert pq.read_schema(path).remove_metadata() == arrow, path
            written.add(name)
    assert {"articles", "mentions", "event_reports", "events", "event_mentions", "runs", "inputs"} <= written
    raw_text = [c for c in schema.load()["articles"].columns if c.name == "raw_text"]
    assert raw_text[0].stored == "lake" and "raw_text" in lake.SCHEMAS["articles"].names


def test_every_table_file_loads_one_declared_table():
    files = {warehouse.table_of(p) for p in warehouse.sql_files() if warehouse.table_of(p)}
    assert files == {n for n, t in schema.load().items() if t.in_warehouse}
    for path in sorted((SQL_DIR / "tables").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        assert "COMMENT ON" not in text and "CREATE TABLE" not in text.replace("CREATE TEMP TABLE", ""), path


def test_the_lake_refuses_a_row_that_does_not_match_the_declaration(tmp_path):
    row = {c: None for c in lake.SCHEMAS["http_cache"].names} | {"url": "https://example.org/feed"}
    lake.upsert(tmp_path, "http_cache", [row])
    with pytest.raises(ValueError, match="undeclared etagg"):
        lake.upsert(tmp_path, "http_cache", [{**row, "etagg": "x"}])
    with pytest.raises(ValueError, match="missing run_id"):
        lake.upsert(tmp_path, "http_cache", [{k: v for k, v in row.items() if k != "run_id"}])


def test_every_declared_accepted_value_set_is_checked(seeds_warehouse, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db_path(seeds_warehouse), copy)
    con = duckdb.connect(str(copy))
    assert con.execute(schema.accepted_values_sql()).fetchall() == []
    restricted = [(t.name, c) for t in schema.load().values() if t.in_warehouse
                  for c in t.warehouse_columns() if c.values or c.values_from]
    assert len(restricted) >= 10
    spoiled = set()
    for table, col in restricted:
        if con.execute(f"select count(*) from {table}").fetchone()[0] == 0:
            continue
        bad = "99" if col.type == "INTEGER" else "'not-a-declared-value'"
        con.execute(f"update {table} set {col.name} = {bad} where rowid = (select min(rowid) from {table})")
        spoiled.add(f"{table}.{col.name}")
    found = {c for c, _ in con.execute(schema.accepted_values_sql()).fetchall()}
    assert found == spoiled and len(spoiled) >= 8
    assert [n for n, _, _ in checks.checks()].count("accepted_values") == 1


@pytest.mark.parametrize("column, error", [
    ('type = "TEXTISH"\ncomment = "x"', "type TEXTISH is not one of"),
    ('type = "VARCHAR"', "has no comment"),
    ('type = "VARCHAR"\ncomment = "x"\nnullable = true', "unknown field"),
])
def test_a_malformed_declaration_is_refused(tmp_path, column, error):
    path = tmp_path / "schema.toml"
    path.write_text(f'[t]\ncomment = "a table"\nkey = ["a"]\n\n[t.columns.a]\n{column}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        schema.load(path)
