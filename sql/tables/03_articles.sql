-- Normalised articles, from the lake (lake/articles/year=YYYY/month=MM/*.parquet).
INSERT INTO articles
SELECT
    article_id, external_id, input_path, record_no, url, source_id, source_name, cited_sources, author, title, text,
    CAST(len(regexp_extract_all(text, '\S+')) AS INTEGER),
    text_encoding, coalesce(text_repaired, false), boilerplate_lines, published_date, published_precision, published_from, published_raw,
    CAST(extra AS JSON), run_id, ingested_at
FROM lake_articles
ORDER BY published_date NULLS LAST, article_id;
