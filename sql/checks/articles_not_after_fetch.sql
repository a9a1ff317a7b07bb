-- severity: error
-- No article is dated after it was fetched (a day's slack for time zones).
SELECT article_id, published_date, ingested_at FROM articles
WHERE published_date > CAST(ingested_at AS DATE) + INTERVAL 1 DAY;
