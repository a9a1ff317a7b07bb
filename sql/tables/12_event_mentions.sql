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
COMMENT ON COLUMN event_mentions.trigger IS 'The word that typed the event: the verb or event noun as written (held, talks, received).';
COMMENT ON COLUMN event_mentions.trigger_start IS 'Offset of the predicate in articles.text.';
COMMENT ON COLUMN event_mentions.trigger_end IS 'Offset just past the predicate.';
COMMENT ON COLUMN event_mentions.cameo_code IS 'CAMEO code of this report.';
COMMENT ON COLUMN event_mentions.actor_id IS 'Initiator as this report gives it (actors.actor_id).';
COMMENT ON COLUMN event_mentions.recipient_id IS 'Recipient as this report gives it; NULL when none.';
COMMENT ON COLUMN event_mentions.trigger_lemma IS 'The lemma of the verb or event noun that typed the event (meet, talks, receive).';
COMMENT ON COLUMN event_mentions.rule_id IS 'The pattern that coded the report: a row of seeds/verb_patterns.csv (CAMEO.2.0:<line of PETRARCH 2''s CAMEO.2.0.txt>) or of seeds/curated/verb_patterns.csv (curated:<name>); see docs/events.md to trace and fix a report.';
COMMENT ON COLUMN event_mentions.actor_found_by IS 'How the actor was found in the parse: subject, passive_agent (the by-agent of a passive), coordinated (X and Y ...: the first of a pair), pair (talks between X and Y), relative_head (the noun a relative or participial clause hangs on), governor_subject / conjunct_subject / clause_subject (the subject of the verb it depends on), controller_object (urged Y to ...), verb_subject (an event noun: the subject of its verb), possessor / qualifier (X''s visit, US sanctions), prep:by, speaker (X said Y must ...), author; a suffix tells how the noun was resolved: _pronoun (the last fitting actor named before), _apposition, _qualifier (a national adjective: Iraqi officials), _possessor, _of (the government of Syria).';
COMMENT ON COLUMN event_mentions.recipient_found_by IS 'How the recipient was found: object, prep:<word> (met with Y, sanctions on Y, the pattern''s own preposition), passive_subject, coordinated / pair, complement_... (refused to meet Y), obliged_subject (X said Y must ...), with the same suffixes as actor_found_by; NULL when the act has none.';
COMMENT ON COLUMN event_mentions.is_future IS 'The report states an intent or plan, not a past event.';
COMMENT ON COLUMN event_mentions.report_date IS 'Date this report gives the event.';
COMMENT ON COLUMN event_mentions.date_precision IS 'Precision of report_date: day, week, month, year, publication or unknown.';
COMMENT ON COLUMN event_mentions.date_from IS 'text, context, publication or unresolved (see events.date_from).';
COMMENT ON COLUMN event_mentions.date_expression IS 'The time expression read ("Monday", "last week", "Earlier in the year"); NULL when none.';
