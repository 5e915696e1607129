-- Top 20 variants: each customer's touchpoints in order as a string, grouped.
WITH mapped AS ({{mapped}}),
traces AS (
  SELECT customer_id, string_agg(item::VARCHAR, '>' ORDER BY ts, seq) AS path
  FROM mapped GROUP BY customer_id)
SELECT path, count(*) AS customers FROM traces GROUP BY path ORDER BY customers DESC LIMIT 20
