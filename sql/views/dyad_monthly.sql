-- Reporting: actor -> recipient timeline by month.
CREATE VIEW dyad_monthly AS
SELECT
    e.actor_id,
    a.name                                                AS actor_name,
    e.recipient_id,
    r.name                                                AS recipient_name,
    CAST(date_trunc('month', e.event_date) AS DATE)      AS month,
    count(*)                                              AS events,
    round(avg(e.goldstein), 2)                            AS mean_goldstein,
    count(*) FILTER (WHERE e.quad_class IN (1, 2)) - count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS net_cooperation
FROM events AS e
JOIN actors AS a ON a.actor_id = e.actor_id
JOIN actors AS r ON r.actor_id = e.recipient_id
WHERE e.event_date IS NOT NULL AND NOT e.is_future
GROUP BY ALL
ORDER BY month, events DESC;

COMMENT ON VIEW dyad_monthly IS 'Directed actor pairs (initiator -> recipient) per month: events, mean Goldstein and cooperation minus conflict. Undated and intended events, and events of an actor alone (no recipient), are left out.';
COMMENT ON COLUMN dyad_monthly.actor_id IS 'Initiator (actors.actor_id).';
COMMENT ON COLUMN dyad_monthly.actor_name IS 'Name of the initiator.';
COMMENT ON COLUMN dyad_monthly.recipient_id IS 'Recipient (actors.actor_id).';
COMMENT ON COLUMN dyad_monthly.recipient_name IS 'Name of the recipient.';
COMMENT ON COLUMN dyad_monthly.month IS 'First day of the month of the events.';
COMMENT ON COLUMN dyad_monthly.events IS 'Number of events.';
COMMENT ON COLUMN dyad_monthly.mean_goldstein IS 'Mean Goldstein score.';
COMMENT ON COLUMN dyad_monthly.net_cooperation IS 'Cooperative events (QuadClass 1-2) minus conflictual ones (3-4).';
