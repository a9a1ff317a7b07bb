-- The countries each article names, and the ones it is about (flows/actors/salience.py).
INSERT INTO article_countries
SELECT article_id, country_code, mentions, strong_mentions, first_sentence_no, first_strong_sentence_no,
       in_title, in_dateline, is_focus
FROM lake_article_countries
WHERE article_id IN (SELECT article_id FROM articles)
ORDER BY article_id, country_code;
