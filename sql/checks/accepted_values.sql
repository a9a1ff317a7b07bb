-- severity: error
-- Columns with a closed set of values hold only those values.
SELECT 'articles.published_precision' AS col, published_precision AS value FROM articles
WHERE published_precision IS NOT NULL AND published_precision NOT IN ('day', 'month', 'year')
UNION ALL
SELECT 'articles.published_from', published_from FROM articles
WHERE published_from NOT IN ('metadata', 'header', 'label', 'dateline', 'none')
UNION ALL
SELECT 'events.date_precision', date_precision FROM events
WHERE date_precision NOT IN ('day', 'week', 'month', 'year', 'publication', 'unknown')
UNION ALL
SELECT 'events.category', category FROM events WHERE category NOT IN (SELECT plover_category FROM event_types)
UNION ALL
SELECT 'events.quad_class', CAST(quad_class AS VARCHAR) FROM events WHERE quad_class NOT BETWEEN 1 AND 4
UNION ALL
SELECT 'rejects.stage', stage FROM rejects WHERE stage NOT IN ('read', 'decode', 'parse', 'normalise', 'enrich')
UNION ALL
SELECT 'rejects.sub_stage', sub_stage FROM rejects
WHERE sub_stage NOT IN ('actors', 'article_countries', 'events') OR (sub_stage IS NULL) <> (stage <> 'enrich')
UNION ALL
SELECT 'mentions.resolved_by', resolved_by FROM mentions
WHERE resolved_by NOT IN ('alias', 'context', 'coreference', 'dateline', 'discovered', 'agent');
