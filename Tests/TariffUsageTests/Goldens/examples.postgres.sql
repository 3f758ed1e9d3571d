-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (div("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['request', 'route']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['request', 'route']) ~ '(?s)^/v1/.*$')) AND ((COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['request', 'verb']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['request', 'verb']) = 'GET')) OR (COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['request', 'verb']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['request', 'verb']) = 'POST'))) AND COALESCE((CASE WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'status']), '') = 'number' THEN CAST(CAST("body" AS jsonb) #>> ARRAY['response', 'status'] AS double precision) WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'status']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['response', 'status']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST((CAST("body" AS jsonb) #>> ARRAY['response', 'status']) AS double precision) END >= CAST(200 AS double precision)) AND (CASE WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'status']), '') = 'number' THEN CAST(CAST("body" AS jsonb) #>> ARRAY['response', 'status'] AS double precision) WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'status']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['response', 'status']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST((CAST("body" AS jsonb) #>> ARRAY['response', 'status']) AS double precision) END < CAST(300 AS double precision)), FALSE) AND (NOT COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['request', 'headers', 'x-internal-call']), 'null') <> 'null'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: data_transfer
SELECT 'data_transfer' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(raw + 999999, 1000000) ELSE -div(-raw, 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, (div("ts", 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'body_kb']), '') = 'number' THEN CAST(CAST("body" AS jsonb) #>> ARRAY['response', 'body_kb'] AS double precision) WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'body_kb']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST((CAST("body" AS jsonb) #>> ARRAY['response', 'body_kb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['request', 'route']), '') = 'string' AND starts_with((CAST("body" AS jsonb) #>> ARRAY['request', 'route']), '/v1/export')) OR (COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['request', 'route']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['request', 'route']) = '/v1/search'))) AND (COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'body_kb']), '') = 'number' OR (COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['response', 'body_kb']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, (div("ts", 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: stored_gb
SELECT 'stored_gb' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(2 * raw + 1000000, 2000000) ELSE -div(-2 * raw + 1000000, 2000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT "company" AS company, (div("ts", 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['storage', 'gb']), '') = 'number' THEN CAST(CAST("body" AS jsonb) #>> ARRAY['storage', 'gb'] AS double precision) WHEN COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['storage', 'gb']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['storage', 'gb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST((CAST("body" AS jsonb) #>> ARRAY['storage', 'gb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
        FROM "events"
        WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['storage', 'gb']), '') = 'number' OR (COALESCE(jsonb_typeof(CAST("body" AS jsonb) #> ARRAY['storage', 'gb']), '') = 'string' AND ((CAST("body" AS jsonb) #>> ARRAY['storage', 'gb']) ~ '^-?[0-9]+([.][0-9]+)?$')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start
