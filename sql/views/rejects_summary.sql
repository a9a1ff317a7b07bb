-- Reporting: what could not be loaded, grouped by why.
CREATE VIEW rejects_summary AS
SELECT
    stage,
    regexp_replace(regexp_replace(reason, '\s*\(.*$', ''), '[0-9]+', 'N', 'g') AS reason,
    count(*)                              AS rejects,
    count(DISTINCT input_path)            AS input_files,
    sum(raw_size)                         AS bytes,
    min(input_path)                       AS example_input
FROM rejects
GROUP BY ALL
ORDER BY rejects DESC;

COMMENT ON VIEW rejects_summary IS 'Rejected inputs per stage and kind of reason (bracketed details dropped, numbers as N), with an example input; see rejects for every row.';
COMMENT ON COLUMN rejects_summary.stage IS 'read, decode, parse, normalise or enrich.';
COMMENT ON COLUMN rejects_summary.reason IS 'The reason without its details, e.g. page: HTTP N.';
COMMENT ON COLUMN rejects_summary.rejects IS 'Number of rejected files or records.';
COMMENT ON COLUMN rejects_summary.input_files IS 'Number of input files concerned.';
COMMENT ON COLUMN rejects_summary.bytes IS 'Total size of the rejected bytes.';
COMMENT ON COLUMN rejects_summary.example_input IS 'One input file concerned (the first by name).';
