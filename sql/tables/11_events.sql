-- Events: one row per interaction, deduplicated across the articles that report it.
CREATE TABLE events (
    event_id       VARCHAR PRIMARY KEY,
    event_date     DATE,
    date_precision VARCHAR NOT NULL,
    date_from      VARCHAR NOT NULL,
    category       VARCHAR NOT NULL,
    mode           VARCHAR,
    context        VARCHAR,
    cameo_code     VARCHAR NOT NULL,
    cameo_name     VARCHAR,
    goldstein      DOUBLE,
    quad_class     INTEGER NOT NULL,
    actor_id       VARCHAR NOT NULL,
    recipient_id   VARCHAR,
    actor_country  VARCHAR,
    recipient_country VARCHAR,
    is_future      BOOLEAN NOT NULL,
    num_mentions   INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL,
    first_reported DATE
);

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

COMMENT ON TABLE events IS 'Who did what to whom, when: one row per event, however many articles report it (see event_mentions for each report).';
COMMENT ON COLUMN events.event_id IS 'Stable id: hash of category, actor pair and the event''s first report (earliest published). Unchanged by reruns and by later reports.';
COMMENT ON COLUMN events.event_date IS 'When the event happened, from the text of its most precise report; NULL when it cannot be told (relative expression in an undated article). Never the load date, never after its newest report.';
COMMENT ON COLUMN events.date_precision IS 'day, week, month, year; publication when the text gives no time and the publication date stands in; unknown when event_date is NULL.';
COMMENT ON COLUMN events.date_from IS 'text (a time expression of the sentence), context (the last day named earlier in the article), publication (no expression: the publication date) or unresolved.';
COMMENT ON COLUMN events.category IS 'PLOVER category (event_types.plover_category).';
COMMENT ON COLUMN events.mode IS 'PLOVER mode, e.g. visit, phone.';
COMMENT ON COLUMN events.context IS 'PLOVER context, e.g. diplomatic.';
COMMENT ON COLUMN events.cameo_code IS 'CAMEO code (event_types.cameo_code), the most common among its reports.';
COMMENT ON COLUMN events.cameo_name IS 'CAMEO name of the code.';
COMMENT ON COLUMN events.goldstein IS 'Goldstein score of the CAMEO code (-10 conflict ... +10 cooperation).';
COMMENT ON COLUMN events.quad_class IS '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (from the CAMEO root code).';
COMMENT ON COLUMN events.actor_id IS 'Initiator (actors.actor_id); for visits the visitor, as PLOVER codes them.';
COMMENT ON COLUMN events.recipient_id IS 'Target (actors.actor_id); for visits the host; NULL when the text names none. A report naming only a country (''his Cuban counterpart'') joins the event of the one person or body of that country named for the same act and date; event_mentions keeps what each report named.';
COMMENT ON COLUMN events.actor_country IS 'Country the initiator acted for on the event''s day (ISO alpha-3): the actor''s country, except none while a person held a dated office of an international organisation (actor_roles with an organisation and no country, e.g. UN Secretary-General); NULL also for international organisations.';
COMMENT ON COLUMN events.recipient_country IS 'Country the recipient acted for on the event''s day, as actor_country; NULL when there is no recipient.';
COMMENT ON COLUMN events.is_future IS 'An intended or announced event ("will hold the next meeting"), typed as PLOVER does (AGREE, CAMEO 036/030) and dated when the intent was stated.';
COMMENT ON COLUMN events.num_mentions IS 'Number of sentence-level reports of the event.';
COMMENT ON COLUMN events.num_articles IS 'Number of distinct articles reporting it.';
COMMENT ON COLUMN events.num_sources IS 'Number of distinct known publishers (articles.source_id) reporting it; articles of unknown publishers are not counted.';
COMMENT ON COLUMN events.first_reported IS 'Earliest publication date among its reports; NULL when all are undated.';
