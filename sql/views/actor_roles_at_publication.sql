-- Reporting: the role each mentioned actor held on the day the article was published.
CREATE VIEW actor_roles_at_publication AS
SELECT
    m.article_id,
    a.published_date,
    m.actor_id,
    ac.name          AS actor_name,
    m.surface,
    m.start_char,
    m.sentence_no,
    r.role,
    r.organization,
    r.country        AS role_country,
    r.valid_from,
    r.valid_to
FROM mentions AS m
JOIN articles AS a USING (article_id)
JOIN actors AS ac USING (actor_id)
JOIN actor_roles AS r
  ON r.actor_id = m.actor_id
 AND (r.valid_from IS NOT NULL OR r.valid_to IS NOT NULL)
 AND a.published_date BETWEEN coalesce(r.valid_from, DATE '0001-01-01') AND coalesce(r.valid_to, DATE '9999-12-31');

COMMENT ON VIEW actor_roles_at_publication IS 'For each mention in a dated article, the dated roles its actor held on the publication date (one row per mention and role; undated roles and undated articles are left out).';
COMMENT ON COLUMN actor_roles_at_publication.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN actor_roles_at_publication.published_date IS 'Publication date of the article.';
COMMENT ON COLUMN actor_roles_at_publication.actor_id IS 'The actor mentioned (actors.actor_id).';
COMMENT ON COLUMN actor_roles_at_publication.actor_name IS 'Canonical name of the actor.';
COMMENT ON COLUMN actor_roles_at_publication.surface IS 'The mention as written.';
COMMENT ON COLUMN actor_roles_at_publication.start_char IS 'Offset of the mention in articles.text.';
COMMENT ON COLUMN actor_roles_at_publication.sentence_no IS 'Sentence of the mention, from 1.';
COMMENT ON COLUMN actor_roles_at_publication.role IS 'Role held on the publication date, e.g. President of Cuba.';
COMMENT ON COLUMN actor_roles_at_publication.organization IS 'Organisation of the role.';
COMMENT ON COLUMN actor_roles_at_publication.role_country IS 'Country of the role (ISO alpha-3).';
COMMENT ON COLUMN actor_roles_at_publication.valid_from IS 'Start of the role.';
COMMENT ON COLUMN actor_roles_at_publication.valid_to IS 'End of the role; NULL if still held.';
