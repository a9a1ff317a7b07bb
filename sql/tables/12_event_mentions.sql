-- Each sentence-level report of an event, traceable to its article, sentence and offsets.
CREATE TABLE event_mentions (
    event_id           VARCHAR NOT NULL,
    article_id         VARCHAR NOT NULL,
    sentence_no        INTEGER NOT NULL,
    sentence           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    trigger            VARCHAR NOT NULL,
    trigger_start      INTEGER NOT NULL,
    trigger_end        INTEGER NOT NULL,
    trigger_lemma      VARCHAR NOT NULL,
    rule_id            VARCHAR NOT NULL,
    cameo_code         VARCHAR NOT NULL,
    actor_id           VARCHAR NOT NULL,
    recipient_id       VARCHAR,
    actor_found_by     VARCHAR NOT NULL,
    recipient_found_by VARCHAR,
    is_future          BOOLEAN NOT NULL,
    report_date        DATE,
    date_precision     VARCHAR NOT NULL,
    date_from          VARCHAR NOT NULL,
    date_expression    VARCHAR
);

INSERT INTO event_mentions
SELECT * FROM lake_event_mentions
WHERE article_id IN (SELECT article_id FROM articles)
ORDER BY event_id, article_id, sentence_no, trigger_start;

COMMENT ON TABLE event_mentions IS 'One row per report of an event: the sentence it came from and how actor, recipient and date were read.';
COMMENT ON COLUMN event_mentions.event_id IS 'The event (events.event_id).';
COMMENT ON COLUMN event_mentions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN event_mentions.sentence_no IS 'Sentence of articles.text, from 1.';
COMMENT ON COLUMN event_mentions.sentence IS 'The sentence text.';
COMMENT ON COLUMN event_mentions.start_char IS 'Offset of the sentence in articles.text (0-based).';
COMMENT ON COLUMN event_mentions.end_char IS 'Offset just past the sentence (exclusive).';
COMMENT ON COLUMN event_mentions.trigger IS 'The predicate that typed the event, e.g. held talks, was received by.';
COMMENT ON COLUMN event_mentions.trigger_start IS 'Offset of the predicate in articles.text.';
COMMENT ON COLUMN event_mentions.trigger_end IS 'Offset just past the predicate.';
COMMENT ON COLUMN event_mentions.cameo_code IS 'CAMEO code of this report.';
COMMENT ON COLUMN event_mentions.actor_id IS 'Initiator as this report gives it (actors.actor_id).';
COMMENT ON COLUMN event_mentions.recipient_id IS 'Recipient as this report gives it; NULL when none.';
COMMENT ON COLUMN event_mentions.actor_found_by IS 'How the actor was found: subject (before the predicate), pair (X and Y ...), between (talks between X and Y), by (visit by X), object (Y welcomed X: X visited), possessor (X''s visit to Y), pronoun (He ...: the last person acting), context (a meeting with Y: the last person acting), speaker (a quotation''s speaker, or a speaker who says another party did something hostile or calls a claim false), agent (passive by-phrase), claimant (X said Y did it: X accuses Y), the_two (the two leaders/sides, both sides, They before a mutual act: the parties of the article''s last event), participle (a participle after the main clause takes its subject: Both sides reiterated ..., condemning ...), coordinated (the subject of the first of two predicates joined by and: Ankara suspended relations ... and blocked ...), clause_subject (the subject after a leading clause: Speaking after talks with Y, X said), location (an arrest or deportation in the passive without its agent, or a protest by an unnamed crowd: the country where it happened, X were detained in Moscow, protesters rallied outside the US embassy in Seoul).';
COMMENT ON COLUMN event_mentions.recipient_found_by IS 'How the recipient was found: object (after the predicate), pair, between, subject, agent, after, before (sanctions against X were imposed by Y: X), pronoun (... arrested him), claimed and accused (the one said to have done it), denied (the party a claim called false concerns), the_two (the two leaders/sides), domestic (force, words or protest aimed at an unnamed group or institution of the actor''s own country: that country); NULL when none.';
COMMENT ON COLUMN event_mentions.is_future IS 'The report states an intent or plan, not a past event.';
COMMENT ON COLUMN event_mentions.report_date IS 'Date this report gives the event.';
COMMENT ON COLUMN event_mentions.date_precision IS 'Precision of report_date: day, week, month, year, publication or unknown.';
COMMENT ON COLUMN event_mentions.date_from IS 'text, context, publication or unresolved (see events.date_from).';
COMMENT ON COLUMN event_mentions.date_expression IS 'The time expression read ("Monday", "last week", "Earlier in the year"); NULL when none.';
