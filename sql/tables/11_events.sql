-- Events: one row per interaction, deduplicated across the articles that report it.
-- The country each side acted for on the event's day (the event date, else its first report): none while a
-- person held a dated office of an international organisation - a role with an organisation and no country,
-- as Guterres's as UN Secretary-General - else the actor's own (flows/actors/dictionary.py acting_country).
CREATE TEMP TABLE international_offices AS
SELECT r.actor_id, r.valid_from, coalesce(r.valid_to, DATE '9999-12-31') AS valid_to
FROM actor_roles AS r JOIN actors AS a USING (actor_id)
WHERE r.organization IS NOT NULL AND r.country IS NULL AND r.valid_from IS NOT NULL AND a.actor_type = 'person';

CREATE TEMP MACRO acted_for(who, country, day) AS
    CASE WHEN NOT EXISTS (SELECT 1 FROM international_offices AS o
                          WHERE o.actor_id = who AND day BETWEEN o.valid_from AND o.valid_to) THEN country END;

INSERT INTO events
SELECT e.event_id, e.event_date, e.date_precision, e.date_from, e.category, e.mode, e.context, e.cameo_code,
       e.cameo_name, e.goldstein, e.quad_class, e.actor_id, e.recipient_id,
       acted_for(e.actor_id, ac.country_code, coalesce(e.event_date, e.first_reported)),
       acted_for(e.recipient_id, rc.country_code, coalesce(e.event_date, e.first_reported)),
       e.is_future, e.num_mentions, e.num_articles, e.num_sources, e.first_reported
FROM lake_events AS e
LEFT JOIN actors AS ac ON ac.actor_id = e.actor_id
LEFT JOIN actors AS rc ON rc.actor_id = e.recipient_id
ORDER BY e.event_date NULLS LAST, e.event_id;

DROP MACRO acted_for;
DROP TABLE international_offices;
