-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.request.route'), '(?s)^/v1/.*$')) AND ((COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'GET')) OR (COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'POST'))) AND COALESCE((CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.status') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.status') AS DOUBLE) END >= 200) AND (CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.status') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.status') AS DOUBLE) END < 300), FALSE) AND (NOT COALESCE(json_type("body", '$.request.headers."x-internal-call"'), 'NULL') <> 'NULL'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: data_transfer
SELECT 'data_transfer' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) // 1000000) ELSE -((-raw) // 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND starts_with(json_extract_string("body", '$.request.route'), '/v1/export')) OR (COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.route') = '/v1/search'))) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: stored_gb
SELECT 'stored_gb' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000) // 2000000) ELSE -((-2 * raw + 1000000) // 2000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.storage.gb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.storage.gb') AS DOUBLE) WHEN COALESCE(json_type("body", '$.storage.gb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.storage.gb'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.storage.gb') AS DOUBLE) END * 1000000) AS BIGINT) AS v
        FROM "events"
        WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.storage.gb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.storage.gb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.storage.gb'), '^-?[0-9]+([.][0-9]+)?$')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start
