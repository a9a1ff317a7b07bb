-- Reporting: what each publisher contributes.
CREATE VIEW source_coverage AS
WITH per_article AS (
    SELECT a.article_id, a.source_id, a.published_date,
           (SELECT count(DISTINCT m.event_id) FROM event_mentions AS m WHERE m.article_id = a.article_id) AS events
    FROM articles AS a
)
SELECT
    p.source_id,
    coalesce(s.name, '(unknown)')                                   AS source_name,
    s.kind,
    count(*)                                                        AS articles,
    sum(p.events)                                                   AS event_reports,
    min(p.published_date)                                           AS first_published,
    max(p.published_date)                                           AS last_published,
    round(avg(CASE WHEN p.published_date IS NULL THEN 1.0 ELSE 0.0 END), 3) AS share_undated
FROM per_article AS p
LEFT JOIN sources AS s USING (source_id)
GROUP BY ALL
ORDER BY articles DESC;

COMMENT ON VIEW source_coverage IS 'Per publisher (NULL = not identified): articles, events reported, first and last publication and the share of undated articles.';
COMMENT ON COLUMN source_coverage.source_id IS 'Publisher (sources.source_id); NULL for articles whose publisher is unknown.';
COMMENT ON COLUMN source_coverage.source_name IS 'Publisher name, (unknown) when not identified.';
COMMENT ON COLUMN source_coverage.kind IS 'outlet or wire.';
COMMENT ON COLUMN source_coverage.articles IS 'Number of articles.';
COMMENT ON COLUMN source_coverage.event_reports IS 'Number of (article, event) pairs: events its articles report.';
COMMENT ON COLUMN source_coverage.first_published IS 'Earliest publication date.';
COMMENT ON COLUMN source_coverage.last_published IS 'Latest publication date.';
COMMENT ON COLUMN source_coverage.share_undated IS 'Share of its articles with no publication date (0-1).';
