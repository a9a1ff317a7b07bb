-- Report chart: the actor pairs with most events (direction ignored).
SELECT least(a.name, r.name) || ' – ' || greatest(a.name, r.name) AS dyad, count(*) AS events,
       round(avg(e.goldstein), 1) AS mean_goldstein
FROM events AS e
JOIN actors AS a ON a.actor_id = e.actor_id
JOIN actors AS r ON r.actor_id = e.recipient_id
GROUP BY ALL
ORDER BY events DESC, dyad
LIMIT 12;
