-- severity: error
-- Every event has one non-null id.
SELECT event_id, count(*) AS n FROM events GROUP BY event_id HAVING event_id IS NULL OR count(*) > 1;
