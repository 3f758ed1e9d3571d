-- meter: api_calls
SELECT 'api_calls' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((JSONType("body", 'request', 'route') = 'String' AND match(JSONExtractString("body", 'request', 'route'), '(?s)^/v1/.*$')) AND ((JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'GET')) OR (JSONType("body", 'request', 'verb') = 'String' AND (JSONExtractString("body", 'request', 'verb') = 'POST'))) AND COALESCE((CASE WHEN JSONType("body", 'response', 'status') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'status') WHEN JSONType("body", 'response', 'status') = 'String' AND match(JSONExtractString("body", 'response', 'status'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'status')) END >= 200) AND (CASE WHEN JSONType("body", 'response', 'status') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'status') WHEN JSONType("body", 'response', 'status') = 'String' AND match(JSONExtractString("body", 'response', 'status'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'status')) END < 300), FALSE) AND (NOT JSONType("body", 'request', 'headers', 'x-internal-call') <> 'Null'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: data_transfer
SELECT 'data_transfer' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(raw + 999999, 1000000) ELSE -intDiv(-raw, 1000000) END) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (intDiv("ts", 3600000) * 3600) AS window_start, toInt64(sign(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) * floor(abs(CASE WHEN JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') THEN JSONExtractFloat("body", 'response', 'body_kb') WHEN JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN toFloat64OrZero(JSONExtractString("body", 'response', 'body_kb')) END * 1000000) + 0.5)) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((JSONType("body", 'request', 'route') = 'String' AND startsWith(JSONExtractString("body", 'request', 'route'), '/v1/export')) OR (JSONType("body", 'request', 'route') = 'String' AND (JSONExtractString("body", 'request', 'route') = '/v1/search'))) AND (JSONType("body", 'response', 'body_kb') IN ('Int64', 'UInt64', 'Double') OR (JSONType("body", 'response', 'body_kb') = 'String' AND match(JSONExtractString("body", 'response', 'body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: api_calls
SELECT 'api_calls' AS meter, company, toInt64(window_start) AS window_start, toInt64(raw) AS value
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

-- meter: stored_gb
SELECT 'stored_gb' AS meter, company, toInt64(window_start) AS window_start, toInt64(CASE WHEN raw >= 0 THEN intDiv(2 * raw + 1000000, 2000000) ELSE -intDiv(-2 * raw + 1000000, 2000000) END) AS value
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
