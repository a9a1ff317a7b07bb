-- Reporting: how many articles are about each country, per month of publication.
CREATE VIEW country_coverage AS
SELECT
    c.country_code,
    ac.name                                              AS country_name,
    CAST(date_trunc('month', a.published_date) AS DATE) AS month,
    count(*) FILTER (WHERE c.is_focus)                   AS articles_about,
    count(*)                                             AS articles_naming,
    count(DISTINCT a.source_id) FILTER (WHERE c.is_focus) AS sources_about
FROM article_countries AS c
JOIN actors AS ac ON ac.actor_id = c.country_code
JOIN articles AS a USING (article_id)
GROUP BY ALL
ORDER BY month NULLS LAST, articles_about DESC;

COMMENT ON VIEW country_coverage IS 'Articles about (article_countries.is_focus) and naming each country, per month of publication (month NULL for undated articles).';
COMMENT ON COLUMN country_coverage.country_code IS 'The country (ISO 3166 alpha-3 or CAMEO code of a former state).';
COMMENT ON COLUMN country_coverage.country_name IS 'Canonical name of the country.';
COMMENT ON COLUMN country_coverage.month IS 'First day of the month of publication; NULL for undated articles.';
COMMENT ON COLUMN country_coverage.articles_about IS 'Articles whose subject includes the country (is_focus).';
COMMENT ON COLUMN country_coverage.articles_naming IS 'Articles naming the country at all.';
COMMENT ON COLUMN country_coverage.sources_about IS 'Distinct known publishers of the articles about the country.';
