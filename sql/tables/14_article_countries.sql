-- The countries each article names, and the ones it is about (flows/actors/salience.py).
CREATE TABLE article_countries (
    article_id               VARCHAR NOT NULL,
    country_code             VARCHAR NOT NULL,
    mentions                 INTEGER NOT NULL,
    strong_mentions          INTEGER NOT NULL,
    first_sentence_no        INTEGER NOT NULL,
    first_strong_sentence_no INTEGER,
    in_title                 BOOLEAN NOT NULL,
    in_dateline              BOOLEAN NOT NULL,
    is_focus                 BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, country_code)
);

INSERT INTO article_countries
SELECT article_id, country_code, mentions, strong_mentions, first_sentence_no, first_strong_sentence_no,
       in_title, in_dateline, is_focus
FROM lake_article_countries
WHERE article_id IN (SELECT article_id FROM articles)
ORDER BY article_id, country_code;

COMMENT ON TABLE article_countries IS 'One row per article and country it names (by name, demonym, capital or dateline), with is_focus marking the countries the article is about. Filter on is_focus for "articles about Cuba"; use mentions for "articles naming Cuba".';
COMMENT ON COLUMN article_countries.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_countries.country_code IS 'The country (actors.actor_id of a country: ISO 3166 alpha-3, or a CAMEO code for a former state such as SUN).';
COMMENT ON COLUMN article_countries.mentions IS 'Mentions of the country in the text (rows of mentions).';
COMMENT ON COLUMN article_countries.strong_mentions IS 'Mentions that name the country itself, not just qualify something else: not part of an organisation''s name ("Industrial Bank of Japan Ltd"), not "-based", not a currency ("Canadian dlrs"), not a geographic feature ("Gulf of Mexico").';
COMMENT ON COLUMN article_countries.first_sentence_no IS 'First sentence naming the country, from 1.';
COMMENT ON COLUMN article_countries.first_strong_sentence_no IS 'First sentence with a strong mention; NULL when there is none.';
COMMENT ON COLUMN article_countries.in_title IS 'The title names the country.';
COMMENT ON COLUMN article_countries.in_dateline IS 'The dateline''s place is in the country ("BIRMINGHAM, Ala., March 3 -" is the USA).';
COMMENT ON COLUMN article_countries.is_focus IS 'The article is about the country: named in the title or dateline, or strongly in its first two sentences, or strongly at least twice. Measured against Reuters-21578 gold PLACES by python -m flows.evaluate.';
