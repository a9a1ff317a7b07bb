-- severity: warn
-- Most articles should have a publication date; a sudden rise points at a broken date reader.
SELECT count(*) AS articles, avg(CASE WHEN published_date IS NULL THEN 1 ELSE 0 END) AS share_undated
FROM articles
HAVING count(*) >= 20 AND avg(CASE WHEN published_date IS NULL THEN 1 ELSE 0 END) > 0.5;
