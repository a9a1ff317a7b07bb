-- Normalised articles, from the lake (lake/articles/year=YYYY/month=MM/*.parquet).
CREATE TABLE articles (
    article_id          VARCHAR PRIMARY KEY,
    external_id         VARCHAR NOT NULL,
    input_path          VARCHAR NOT NULL,
    record_no           BIGINT NOT NULL,
    url                 VARCHAR,
    source_id           VARCHAR,
    source_name         VARCHAR,
    cited_sources       VARCHAR[],
    author              VARCHAR,
    title               VARCHAR,
    text                VARCHAR NOT NULL,
    word_count          INTEGER NOT NULL,
    text_encoding       VARCHAR NOT NULL,
    text_repaired       BOOLEAN NOT NULL,
    boilerplate_lines   INTEGER NOT NULL,
    published_date      DATE,
    published_precision VARCHAR,
    published_from      VARCHAR NOT NULL,
    published_raw       VARCHAR,
    extra               JSON,
    run_id              VARCHAR NOT NULL,
    ingested_at         TIMESTAMPTZ NOT NULL
);

INSERT INTO articles
SELECT
    article_id, external_id, input_path, record_no, url, source_id, source_name, cited_sources, author, title, text,
    CAST(len(regexp_extract_all(text, '\S+')) AS INTEGER),
    text_encoding, coalesce(text_repaired, false), boilerplate_lines, published_date, published_precision, published_from, published_raw,
    CAST(extra AS JSON), run_id, ingested_at
FROM lake_articles
ORDER BY published_date NULLS LAST, article_id;

COMMENT ON TABLE articles IS 'One row per distinct news article (same content from the same publisher = one article). The unnormalised text is kept in the lake as raw_text.';
COMMENT ON COLUMN articles.article_id IS 'Stable id: hash of the normalised title, text and publisher. The same article loaded again, under any file name, gets the same id.';
COMMENT ON COLUMN articles.external_id IS 'The id the article came with: its record id, or the file name without extension.';
COMMENT ON COLUMN articles.input_path IS 'Input file the article was first read from.';
COMMENT ON COLUMN articles.record_no IS 'Position of the article in its input file, from 1 (line of a JSON Lines file, data row of a CSV; 1 for one-article files).';
COMMENT ON COLUMN articles.url IS 'URL of the article, when the input gives one.';
COMMENT ON COLUMN articles.source_id IS 'Outlet that published the article (sources.source_id): from the URL domain, the source field, an outlet credit in the dateline or a brand line. NULL when unknown.';
COMMENT ON COLUMN articles.source_name IS 'The source as the input named it, before matching against the registry.';
COMMENT ON COLUMN articles.cited_sources IS 'Wire services the text credits, e.g. [tass] for "(TASS)" (sources.source_id values). Not the publisher.';
COMMENT ON COLUMN articles.author IS 'Author from a byline, an author box or the input''s author field; never an actor.';
COMMENT ON COLUMN articles.title IS 'Headline: the input''s title field, or the first line of a text file unless it is a header line.';
COMMENT ON COLUMN articles.text IS 'Normalised body text: Unicode NFC, consistent whitespace, boilerplate lines (comment boxes, captcha, subscribe/follow/share lines, "Also Read", image credits), bylines and date header/label lines removed. Paragraphs are separated by a blank line.';
COMMENT ON COLUMN articles.word_count IS 'Number of whitespace-separated words in text.';
COMMENT ON COLUMN articles.text_encoding IS 'Encoding the input was decoded with: utf-8, utf-16, utf-32, or cp1252/latin-1 when the bytes were not valid UTF-8.';
COMMENT ON COLUMN articles.text_repaired IS 'Mojibake (UTF-8 read as cp1252 or latin-1 before it reached Dateline: "DÃ­az-Canel") was repaired in the text or title (ftfy''s encoding fix; quotes and dashes left as written). raw_text in the lake keeps the input as read.';
COMMENT ON COLUMN articles.boilerplate_lines IS 'Number of boilerplate lines (and share widgets inside a line) removed from the original text by normalisation.';
COMMENT ON COLUMN articles.published_date IS 'Publication date. NULL when neither metadata nor text gives one - never the load date.';
COMMENT ON COLUMN articles.published_precision IS 'Precision of published_date: day, month or year (the date is the first day of the period). NULL when undated.';
COMMENT ON COLUMN articles.published_from IS 'Where published_date came from: metadata (input field), header (first line such as "date 2024-02-27"), label (e.g. "Fecha de publicación:"), dateline ("Havana, 20 February 2024 (TDI):") or none.';
COMMENT ON COLUMN articles.published_raw IS 'The text published_date was read from.';
COMMENT ON COLUMN articles.extra IS 'Input fields that map to no column (e.g. subtitle), kept verbatim as a JSON object.';
COMMENT ON COLUMN articles.run_id IS 'Run that first loaded the article (runs.run_id).';
COMMENT ON COLUMN articles.ingested_at IS 'When the article was first loaded (UTC), the start of that run. Time-dependent by nature.';
