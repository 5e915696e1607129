-- Channel-switch matrix: moves between consecutive touchpoints, by channel pair.
WITH mapped AS ({{mapped}}),
moves AS (
  SELECT lag(channel) OVER (PARTITION BY customer_id ORDER BY ts, seq) AS from_channel,
    channel AS to_channel FROM mapped)
SELECT from_channel, to_channel, count(*) AS n FROM moves WHERE from_channel IS NOT NULL
GROUP BY from_channel, to_channel
