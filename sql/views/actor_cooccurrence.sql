-- Reporting: pairs of actors named in the same sentence.
CREATE VIEW actor_cooccurrence AS
WITH per_sentence AS (
    SELECT DISTINCT article_id, sentence_no, actor_id FROM mentions
)
SELECT
    x.actor_id                    AS actor_id_1,
    a1.name                       AS actor_name_1,
    y.actor_id                    AS actor_id_2,
    a2.name                       AS actor_name_2,
    count(*)                      AS sentences,
    count(DISTINCT x.article_id)  AS articles
FROM per_sentence AS x
JOIN per_sentence AS y
  ON x.article_id = y.article_id AND x.sentence_no = y.sentence_no AND x.actor_id < y.actor_id
JOIN actors AS a1 ON a1.actor_id = x.actor_id
JOIN actors AS a2 ON a2.actor_id = y.actor_id
GROUP BY ALL
ORDER BY sentences DESC, actor_id_1, actor_id_2;

COMMENT ON VIEW actor_cooccurrence IS 'Unordered pairs of actors mentioned in the same sentence (actor_id_1 < actor_id_2), with how often.';
COMMENT ON COLUMN actor_cooccurrence.actor_id_1 IS 'First actor of the pair (the smaller actor_id).';
COMMENT ON COLUMN actor_cooccurrence.actor_name_1 IS 'Name of the first actor.';
COMMENT ON COLUMN actor_cooccurrence.actor_id_2 IS 'Second actor of the pair.';
COMMENT ON COLUMN actor_cooccurrence.actor_name_2 IS 'Name of the second actor.';
COMMENT ON COLUMN actor_cooccurrence.sentences IS 'Number of sentences naming both.';
COMMENT ON COLUMN actor_cooccurrence.articles IS 'Number of articles with such a sentence.';
