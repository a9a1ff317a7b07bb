-- Every place in an article text where an actor is named.
CREATE TABLE mentions (
    article_id  VARCHAR NOT NULL,
    actor_id    VARCHAR NOT NULL,
    surface     VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    sentence_no INTEGER NOT NULL,
    resolved_by VARCHAR NOT NULL,
    PRIMARY KEY (article_id, start_char, end_char)
);

INSERT INTO mentions
SELECT article_id, actor_id, surface, start_char, end_char, sentence_no, resolved_by
FROM lake_mentions
WHERE article_id IN (SELECT article_id FROM articles)
ORDER BY article_id, start_char;

COMMENT ON TABLE mentions IS 'Actor mentions: the span of articles.text that names an actor, resolved to its canonical identity.';
COMMENT ON COLUMN mentions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN mentions.actor_id IS 'The actor named (actors.actor_id).';
COMMENT ON COLUMN mentions.surface IS 'The text as written, = substr(articles.text, start_char + 1, end_char - start_char).';
COMMENT ON COLUMN mentions.start_char IS 'Offset of the first character in articles.text (0-based, in characters).';
COMMENT ON COLUMN mentions.end_char IS 'Offset just past the last character (exclusive).';
COMMENT ON COLUMN mentions.sentence_no IS 'Sentence of articles.text the mention is in, from 1.';
COMMENT ON COLUMN mentions.resolved_by IS 'How the mention was resolved: alias (a dictionary alias of one actor), context (an alias of several, decided by the article and its date), coreference (a surname or first name of a person named earlier in the article), dateline (the place of the dateline, via the gazetteer), discovered (a new actor found by rules), agent (a group named by what it is: Iraqi police, rebels; flows/actors/agents.py).';
