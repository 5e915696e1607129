-- Directly-follows graph of touchpoints: arcs with their counts.
WITH mapped AS ({{mapped}}),
follows AS (
  SELECT lag(item) OVER (PARTITION BY customer_id ORDER BY ts, seq) AS previous, item FROM mapped)
SELECT previous, item, count(*) AS n FROM follows WHERE previous IS NOT NULL
GROUP BY previous, item ORDER BY n DESC
