-- Reporting: how much each actor is mentioned, per month of publication.
CREATE VIEW actor_activity AS
SELECT
    m.actor_id,
    ac.name                                              AS actor_name,
    ac.actor_type,
    ac.country_code,
    CAST(date_trunc('month', a.published_date) AS DATE) AS month,
    count(*)                                             AS mentions,
    count(DISTINCT m.article_id)                         AS articles,
    count(DISTINCT a.source_id)                          AS sources
FROM mentions AS m
JOIN actors AS ac USING (actor_id)
JOIN articles AS a USING (article_id)
GROUP BY ALL
ORDER BY month NULLS LAST, mentions DESC;

COMMENT ON VIEW actor_activity IS 'Mentions and articles per actor and month of publication (month NULL for undated articles).';
COMMENT ON COLUMN actor_activity.actor_id IS 'The actor (actors.actor_id).';
COMMENT ON COLUMN actor_activity.actor_name IS 'Canonical name of the actor.';
COMMENT ON COLUMN actor_activity.actor_type IS 'person, organization, country or region.';
COMMENT ON COLUMN actor_activity.country_code IS 'Country of the actor (ISO alpha-3).';
COMMENT ON COLUMN actor_activity.month IS 'First day of the month of publication; NULL for undated articles.';
COMMENT ON COLUMN actor_activity.mentions IS 'Number of mentions.';
COMMENT ON COLUMN actor_activity.articles IS 'Number of articles mentioning the actor.';
COMMENT ON COLUMN actor_activity.sources IS 'Number of distinct known publishers of those articles.';
