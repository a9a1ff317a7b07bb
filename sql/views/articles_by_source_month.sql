-- Reporting: articles per publisher and month of publication.
CREATE VIEW articles_by_source_month AS
SELECT
    a.source_id,
    coalesce(s.name, '(unknown)')                          AS source_name,
    CAST(date_trunc('month', a.published_date) AS DATE)   AS month,
    count(*)                                               AS articles,
    count(*) FILTER (WHERE a.published_precision = 'day') AS articles_dated_to_day,
    count(*) FILTER (WHERE len(a.cited_sources) > 0)      AS articles_citing_wires,
    sum(a.word_count)                                      AS words,
    min(a.published_date)                                  AS first_published,
    max(a.published_date)                                  AS last_published
FROM articles AS a
LEFT JOIN sources AS s USING (source_id)
GROUP BY ALL
ORDER BY month NULLS LAST, source_name;

COMMENT ON VIEW articles_by_source_month IS 'Articles per publisher and calendar month of publication; undated articles in the row with month NULL, unknown publishers as (unknown).';
COMMENT ON COLUMN articles_by_source_month.source_id IS 'Publisher (sources.source_id); NULL when unknown.';
COMMENT ON COLUMN articles_by_source_month.source_name IS 'Publisher name, (unknown) when not identified.';
COMMENT ON COLUMN articles_by_source_month.month IS 'First day of the month of publication; NULL for undated articles.';
COMMENT ON COLUMN articles_by_source_month.articles IS 'Number of articles.';
COMMENT ON COLUMN articles_by_source_month.articles_dated_to_day IS 'Articles whose publication date is known to the day.';
COMMENT ON COLUMN articles_by_source_month.articles_citing_wires IS 'Articles that credit at least one wire service.';
COMMENT ON COLUMN articles_by_source_month.words IS 'Total words of those articles.';
COMMENT ON COLUMN articles_by_source_month.first_published IS 'Earliest publication date in the group.';
COMMENT ON COLUMN articles_by_source_month.last_published IS 'Latest publication date in the group.';
