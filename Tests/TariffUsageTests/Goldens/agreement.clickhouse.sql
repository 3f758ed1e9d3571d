-- meter: calls_all
SELECT 'calls_all' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: calls_get_ok
SELECT 'calls_get_ok' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'GET')) AND COALESCE((CASE WHEN JSONType("body", 'response', 'status') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'status') WHEN JSONType("body", 'response', 'status') = 'String' AND match(JSONExtractString("body", 'response', 'status'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'status')) END >= 200) AND (CASE WHEN JSONType("body", 'response', 'status') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'status') WHEN JSONType("body", 'response', 'status') = 'String' AND match(JSONExtractString("body", 'response', 'status'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'status')) END < 300), FALSE))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_number
SELECT 'status_number' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE(CASE WHEN JSONType("body", 'response', 'status') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'status') WHEN JSONType("body", 'response', 'status') = 'String' AND match(JSONExtractString("body", 'response', 'status'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'status')) END = 200, FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_string
SELECT 'status_string' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'response', 'status') = 'String' AND (JSONExtractString("body", 'response', 'status') = '200'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: not_post
SELECT 'not_post' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT (JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'POST')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: plan_mixed
SELECT 'plan_mixed' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((JSONType("body", 'plan') = 'String' AND (JSONExtractString("body", 'plan') = 'pro')) OR COALESCE(CASE WHEN JSONType("body", 'plan') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'plan') WHEN JSONType("body", 'plan') = 'String' AND match(JSONExtractString("body", 'plan'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'plan')) END = 3, FALSE) OR (JSONType("body", 'plan') = 'Bool' AND JSONExtractBool("body", 'plan')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: region_not_in
SELECT 'region_not_in' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT ((JSONType("body", 'region') = 'String' AND (JSONExtractString("body", 'region') = 'eu')) OR (JSONType("body", 'region') = 'String' AND (JSONExtractString("body", 'region') = 'us'))))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: internal
SELECT 'internal' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND JSONType("body", 'request', 'headers', 'x-internal-call') <> 'Null'
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: external
SELECT 'external' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT JSONType("body", 'request', 'headers', 'x-internal-call') <> 'Null')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: flagged_false
SELECT 'flagged_false' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'flag') = 'Bool' AND NOT JSONExtractBool("body", 'flag'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: export_prefix
SELECT 'export_prefix' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'request', 'route') = 'String' AND startsWith(JSONExtractString("body", 'request', 'route'), '/v1/export'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: v1_star
SELECT 'v1_star' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'request', 'route') = 'String' AND match(JSONExtractString("body", 'request', 'route'), '(?s)^/v1/.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: version_search
SELECT 'version_search' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'request', 'route') = 'String' AND match(JSONExtractString("body", 'request', 'route'), '(?s)^/v./s.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: literal_brackets
SELECT 'literal_brackets' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'request', 'route') = 'String' AND match(JSONExtractString("body", 'request', 'route'), '(?s)^/files/\\[id\\]\\..*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unicode_glob
SELECT 'unicode_glob' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'request', 'route') = 'String' AND match(JSONExtractString("body", 'request', 'route'), '(?s)^/caf./.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: lowercase_get
SELECT 'lowercase_get' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'get')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: nested
SELECT 'nested' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((((JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'GET')) OR (JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'POST'))) AND (NOT COALESCE(CASE WHEN JSONType("body", 'response', 'status') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'status') WHEN JSONType("body", 'response', 'status') = 'String' AND match(JSONExtractString("body", 'response', 'status'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'status')) END >= 400, FALSE))) OR (NOT ((JSONType("body", 'region') = 'String' AND (JSONExtractString("body", 'region') = 'eu')) OR JSONType("body", 'plan') <> 'Null')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: slow_calls
SELECT 'slow_calls' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE((CASE WHEN JSONType("body", 'response', 'time_ms') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'time_ms') WHEN JSONType("body", 'response', 'time_ms') = 'String' AND match(JSONExtractString("body", 'response', 'time_ms'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'time_ms')) END > 0.5) AND (CASE WHEN JSONType("body", 'response', 'time_ms') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'time_ms') WHEN JSONType("body", 'response', 'time_ms') = 'String' AND match(JSONExtractString("body", 'response', 'time_ms'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'time_ms')) END <= 100.25), FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_up
SELECT 'kb_up' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(raw + 999999, 1000000) ELSE -intDiv(-raw, 1000000) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: bytes_down
SELECT 'bytes_down' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN (raw * 16) >= 0 THEN intDiv((raw * 16), 15625) ELSE -intDiv(-(raw * 16) + 15624, 15625) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: mb_nearest
SELECT 'mb_nearest' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(2 * raw + 1000000000, 2000000000) ELSE -intDiv(-2 * raw + 1000000000, 2000000000) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_default
SELECT 'kb_default' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(2 * raw + 1000000, 2000000) ELSE -intDiv(-2 * raw + 1000000, 2000000) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta
SELECT 'credits_delta' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(raw, 100000) ELSE -intDiv(-raw + 99999, 100000) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'credits', 'delta') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'credits', 'delta') WHEN JSONType("body", 'credits', 'delta') = 'String' AND match(JSONExtractString("body", 'credits', 'delta'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'credits', 'delta')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'credits', 'delta') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'credits', 'delta') WHEN JSONType("body", 'credits', 'delta') = 'String' AND match(JSONExtractString("body", 'credits', 'delta'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'credits', 'delta')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT (JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'DELETE'))) AND (JSONType("body", 'credits', 'delta') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'credits', 'delta') = 'String' AND match(JSONExtractString("body", 'credits', 'delta'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta_up
SELECT 'credits_delta_up' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(raw + 999999, 1000000) ELSE -intDiv(-raw, 1000000) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'credits', 'delta') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'credits', 'delta') WHEN JSONType("body", 'credits', 'delta') = 'String' AND match(JSONExtractString("body", 'credits', 'delta'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'credits', 'delta')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'credits', 'delta') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'credits', 'delta') WHEN JSONType("body", 'credits', 'delta') = 'String' AND match(JSONExtractString("body", 'credits', 'delta'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'credits', 'delta')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'credits', 'delta') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'credits', 'delta') = 'String' AND match(JSONExtractString("body", 'credits', 'delta'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unique_users
SELECT 'unique_users' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, SUM(new_keys) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, SUM(CASE WHEN window_start = first_window THEN 1 ELSE 0 END) AS new_keys
    FROM (
      SELECT company, period_start, window_start, v, MIN(window_start) OVER (PARTITION BY company, period_start, v) AS first_window
      FROM (
        SELECT DISTINCT company, period_start, window_start, v
        FROM (
          SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
          FROM (
            SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, CASE WHEN JSONType("body", 'user_id') = 'String' THEN JSONExtractString("body", 'user_id') WHEN JSONType("body", 'user_id') IN ('Int64', 'UInt64', 'Double') THEN toString(toInt64(JSONExtractFloat("body", 'user_id'))) END AS v
            FROM "events"
            WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (JSONType("body", 'user_id') = 'String' OR (JSONType("body", 'user_id') IN ('Int64', 'UInt64', 'Double') AND (JSONExtractFloat("body", 'user_id') = floor(JSONExtractFloat("body", 'user_id'))) AND (JSONExtractFloat("body", 'user_id') < 9007199254740992) AND (JSONExtractFloat("body", 'user_id') > -9007199254740992)))
          ) AS counted
        ) AS matched
      ) AS seen
    ) AS firsts
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: unique_get_users
SELECT 'unique_get_users' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, SUM(new_keys) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, SUM(CASE WHEN window_start = first_window THEN 1 ELSE 0 END) AS new_keys
    FROM (
      SELECT company, period_start, window_start, v, MIN(window_start) OVER (PARTITION BY company, period_start, v) AS first_window
      FROM (
        SELECT DISTINCT company, period_start, window_start, v
        FROM (
          SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
          FROM (
            SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, CASE WHEN JSONType("body", 'user_id') = 'String' THEN JSONExtractString("body", 'user_id') WHEN JSONType("body", 'user_id') IN ('Int64', 'UInt64', 'Double') THEN toString(toInt64(JSONExtractFloat("body", 'user_id'))) END AS v
            FROM "events"
            WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'GET')) AND (JSONType("body", 'user_id') = 'String' OR (JSONType("body", 'user_id') IN ('Int64', 'UInt64', 'Double') AND (JSONExtractFloat("body", 'user_id') = floor(JSONExtractFloat("body", 'user_id'))) AND (JSONExtractFloat("body", 'user_id') < 9007199254740992) AND (JSONExtractFloat("body", 'user_id') > -9007199254740992)))
          ) AS counted
        ) AS matched
      ) AS seen
    ) AS firsts
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: peak_storage
SELECT 'peak_storage' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(raw + 999999, 1000000) ELSE -intDiv(-raw, 1000000) END) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'storage', 'gb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'storage', 'gb') WHEN JSONType("body", 'storage', 'gb') = 'String' AND match(JSONExtractString("body", 'storage', 'gb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'storage', 'gb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'storage', 'gb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'storage', 'gb') WHEN JSONType("body", 'storage', 'gb') = 'String' AND match(JSONExtractString("body", 'storage', 'gb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'storage', 'gb')) END * 1000000) + 0.5)) AS v
        FROM "events"
        WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (JSONType("body", 'storage', 'gb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'storage', 'gb') = 'String' AND match(JSONExtractString("body", 'storage', 'gb'), '^-?[0-9]+([.][0-9]+)?$')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: peak_storage_mb
SELECT 'peak_storage_mb' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(2 * raw + 1000, 2000) ELSE -intDiv(-2 * raw + 1000, 2000) END) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'storage', 'gb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'storage', 'gb') WHEN JSONType("body", 'storage', 'gb') = 'String' AND match(JSONExtractString("body", 'storage', 'gb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'storage', 'gb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'storage', 'gb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'storage', 'gb') WHEN JSONType("body", 'storage', 'gb') = 'String' AND match(JSONExtractString("body", 'storage', 'gb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'storage', 'gb')) END * 1000000) + 0.5)) AS v
        FROM "events"
        WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (JSONType("body", 'storage', 'gb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'storage', 'gb') = 'String' AND match(JSONExtractString("body", 'storage', 'gb'), '^-?[0-9]+([.][0-9]+)?$')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: quota_last
SELECT 'quota_last' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(2 * raw + 1000000, 2000000) ELSE -intDiv(-2 * raw + 1000000, 2000000) END) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'quota', 'remaining') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'quota', 'remaining') WHEN JSONType("body", 'quota', 'remaining') = 'String' AND match(JSONExtractString("body", 'quota', 'remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'quota', 'remaining')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'quota', 'remaining') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'quota', 'remaining') WHEN JSONType("body", 'quota', 'remaining') = 'String' AND match(JSONExtractString("body", 'quota', 'remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'quota', 'remaining')) END * 1000000) + 0.5)) AS v, "ts" AS event_ms
      FROM "events"
      WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'quota', 'remaining') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'quota', 'remaining') = 'String' AND match(JSONExtractString("body", 'quota', 'remaining'), '^-?[0-9]+([.][0-9]+)?$')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start

-- meter: quota_last_tenths
SELECT 'quota_last_tenths' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(raw, 100000) ELSE -intDiv(-raw + 99999, 100000) END) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'quota', 'remaining') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'quota', 'remaining') WHEN JSONType("body", 'quota', 'remaining') = 'String' AND match(JSONExtractString("body", 'quota', 'remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'quota', 'remaining')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'quota', 'remaining') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'quota', 'remaining') WHEN JSONType("body", 'quota', 'remaining') = 'String' AND match(JSONExtractString("body", 'quota', 'remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'quota', 'remaining')) END * 1000000) + 0.5)) AS v, "ts" AS event_ms
      FROM "events"
      WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (JSONType("body", 'quota', 'remaining') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'quota', 'remaining') = 'String' AND match(JSONExtractString("body", 'quota', 'remaining'), '^-?[0-9]+([.][0-9]+)?$')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start
