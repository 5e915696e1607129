-- Ordered funnel over the first five stages, 30-day window from the first step-1 event.
WITH mapped AS ({{mapped}}),
s AS (SELECT customer_id, ts, stage FROM mapped WHERE stage < 5),
f1 AS (SELECT customer_id, min(ts) AS t1 FROM s WHERE stage = 0 GROUP BY customer_id),
f2 AS (
  SELECT s.customer_id, any_value(f1.t1) AS t1, min(s.ts) AS t FROM s JOIN f1 USING (customer_id)
  WHERE s.stage = 1 AND s.ts >= f1.t1 AND s.ts <= f1.t1 + INTERVAL 30 DAY GROUP BY s.customer_id),
f3 AS (
  SELECT s.customer_id, any_value(f2.t1) AS t1, min(s.ts) AS t FROM s JOIN f2 USING (customer_id)
  WHERE s.stage = 2 AND s.ts >= f2.t AND s.ts <= f2.t1 + INTERVAL 30 DAY GROUP BY s.customer_id),
f4 AS (
  SELECT s.customer_id, any_value(f3.t1) AS t1, min(s.ts) AS t FROM s JOIN f3 USING (customer_id)
  WHERE s.stage = 3 AND s.ts >= f3.t AND s.ts <= f3.t1 + INTERVAL 30 DAY GROUP BY s.customer_id),
f5 AS (
  SELECT s.customer_id, min(s.ts) AS t FROM s JOIN f4 USING (customer_id)
  WHERE s.stage = 4 AND s.ts >= f4.t AND s.ts <= f4.t1 + INTERVAL 30 DAY GROUP BY s.customer_id)
SELECT (SELECT count(*) FROM f1), (SELECT count(*) FROM f2), (SELECT count(*) FROM f3),
  (SELECT count(*) FROM f4), (SELECT count(*) FROM f5)
