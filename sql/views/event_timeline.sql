-- Reporting: one readable row per event.
CREATE VIEW event_timeline AS
WITH first_mention AS (
    SELECT m.event_id, m.sentence, m.article_id, a.url, a.title,
           row_number() OVER (PARTITION BY m.event_id
                              ORDER BY a.published_date NULLS LAST, m.article_id, m.sentence_no) AS rn
    FROM event_mentions AS m JOIN articles AS a USING (article_id)
),
article_source AS (
    -- the publisher; else the wires the text credits ("TASS (cited)"); else (unknown)
    SELECT a.article_id,
           coalesce(s.name,
                    (SELECT string_agg(w.name, ', ' ORDER BY w.name) FROM sources AS w
                     WHERE list_contains(a.cited_sources, w.source_id)) || ' (cited)',
                    '(unknown)') AS source
    FROM articles AS a LEFT JOIN sources AS s USING (source_id)
),
sources AS (
    SELECT m.event_id, string_agg(DISTINCT src.source, ', ' ORDER BY src.source) AS sources
    FROM event_mentions AS m JOIN article_source AS src USING (article_id)
    GROUP BY m.event_id
)
SELECT
    e.event_date,
    e.date_precision,
    ac.name                     AS actor,
    e.actor_country,
    lower(coalesce(e.cameo_name, e.category)) AS verb,
    rc.name                     AS recipient,
    e.recipient_country,
    e.category,
    e.mode,
    e.cameo_code,
    e.quad_class,
    e.goldstein,
    e.is_future,
    e.num_mentions,
    e.num_articles,
    src.sources,
    fm.sentence                 AS first_sentence,
    fm.article_id               AS first_article_id,
    fm.url                      AS first_url,
    e.event_id
FROM events AS e
JOIN actors AS ac ON ac.actor_id = e.actor_id
LEFT JOIN actors AS rc ON rc.actor_id = e.recipient_id
JOIN first_mention AS fm ON fm.event_id = e.event_id AND fm.rn = 1
JOIN sources AS src ON src.event_id = e.event_id
ORDER BY e.event_date NULLS LAST, e.num_articles DESC, e.event_id;

COMMENT ON VIEW event_timeline IS 'One readable row per event: when, who, what, to whom, how many reports and from which outlets, with the first reporting sentence.';
COMMENT ON COLUMN event_timeline.event_date IS 'Date of the event (events.event_date).';
COMMENT ON COLUMN event_timeline.date_precision IS 'Precision of the date.';
COMMENT ON COLUMN event_timeline.actor IS 'Name of the initiator.';
COMMENT ON COLUMN event_timeline.actor_country IS 'Country the initiator acted for (events.actor_country, ISO alpha-3).';
COMMENT ON COLUMN event_timeline.recipient_country IS 'Country the recipient acted for (events.recipient_country); NULL when none.';
COMMENT ON COLUMN event_timeline.verb IS 'What happened: the CAMEO name of the event type, e.g. discuss by telephone.';
COMMENT ON COLUMN event_timeline.recipient IS 'Name of the recipient; NULL when none.';
COMMENT ON COLUMN event_timeline.category IS 'PLOVER category.';
COMMENT ON COLUMN event_timeline.mode IS 'PLOVER mode.';
COMMENT ON COLUMN event_timeline.cameo_code IS 'CAMEO code.';
COMMENT ON COLUMN event_timeline.quad_class IS 'QuadClass 1-4.';
COMMENT ON COLUMN event_timeline.goldstein IS 'Goldstein score.';
COMMENT ON COLUMN event_timeline.is_future IS 'Intended, not (yet) happened.';
COMMENT ON COLUMN event_timeline.num_mentions IS 'Reports of the event.';
COMMENT ON COLUMN event_timeline.num_articles IS 'Articles reporting it.';
COMMENT ON COLUMN event_timeline.sources IS 'Publishers of those articles; where the publisher is unknown, the wires the text credits, e.g. TASS (cited); else (unknown).';
COMMENT ON COLUMN event_timeline.first_sentence IS 'The sentence of the earliest report.';
COMMENT ON COLUMN event_timeline.first_article_id IS 'Article of the earliest report (articles.article_id).';
COMMENT ON COLUMN event_timeline.first_url IS 'URL of that article, when known.';
COMMENT ON COLUMN event_timeline.event_id IS 'The event (events.event_id).';
