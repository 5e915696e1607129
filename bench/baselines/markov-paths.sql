-- Attribution paths as ChannelAttribution takes them: each customer's channels up to each
-- conversion form a converting path; the channels after the last conversion a null path.
WITH journey_events AS ({{journeyEvents}}),
numbered AS (
  SELECT customer_id, ts, seq, channel, is_conversion, value,
    coalesce(sum(is_conversion::INTEGER) OVER (PARTITION BY customer_id ORDER BY ts, seq
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS journey
  FROM journey_events),
journeys AS (
  SELECT customer_id, journey,
    string_agg(channel::VARCHAR, '>' ORDER BY ts, seq) FILTER (WHERE NOT is_conversion) AS path,
    max(is_conversion::INTEGER) AS converted,
    coalesce(sum(value) FILTER (WHERE is_conversion), 0) AS value
  FROM numbered GROUP BY customer_id, journey)
SELECT path, sum(converted) AS conversions, sum(value) AS value, sum(1 - converted) AS nulls
FROM journeys WHERE path IS NOT NULL GROUP BY path
