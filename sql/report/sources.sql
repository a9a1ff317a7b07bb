-- Report chart: articles per publisher.
SELECT source_name, articles, share_undated FROM source_coverage ORDER BY articles DESC, source_name LIMIT 12;
