-- meter: calls_all
SELECT 'calls_all' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
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

-- meter: calls_get_ok
SELECT 'calls_get_ok' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'GET')) AND COALESCE((CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.status') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.status') AS DOUBLE) END >= 200) AND (CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.status') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.status') AS DOUBLE) END < 300), FALSE))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_number
SELECT 'status_number' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE(CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.status') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.status') AS DOUBLE) END = 200, FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_string
SELECT 'status_string' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND (json_extract_string("body", '$.response.status') = '200'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: not_post
SELECT 'not_post' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT (COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'POST')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: plan_mixed
SELECT 'plan_mixed' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.plan'), '') = 'VARCHAR' AND (json_extract_string("body", '$.plan') = 'pro')) OR COALESCE(CASE WHEN COALESCE(json_type("body", '$.plan'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.plan') AS DOUBLE) WHEN COALESCE(json_type("body", '$.plan'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.plan'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.plan') AS DOUBLE) END = 3, FALSE) OR (COALESCE(json_type("body", '$.plan'), '') = 'BOOLEAN' AND json_extract_string("body", '$.plan') = 'true'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: region_not_in
SELECT 'region_not_in' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT ((COALESCE(json_type("body", '$.region'), '') = 'VARCHAR' AND (json_extract_string("body", '$.region') = 'eu')) OR (COALESCE(json_type("body", '$.region'), '') = 'VARCHAR' AND (json_extract_string("body", '$.region') = 'us'))))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: internal
SELECT 'internal' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE(json_type("body", '$.request.headers."x-internal-call"'), 'NULL') <> 'NULL'
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: external
SELECT 'external' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT COALESCE(json_type("body", '$.request.headers."x-internal-call"'), 'NULL') <> 'NULL')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: flagged_false
SELECT 'flagged_false' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.flag'), '') = 'BOOLEAN' AND json_extract_string("body", '$.flag') = 'false')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: export_prefix
SELECT 'export_prefix' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND starts_with(json_extract_string("body", '$.request.route'), '/v1/export'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: v1_star
SELECT 'v1_star' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.request.route'), '(?s)^/v1/.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: version_search
SELECT 'version_search' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.request.route'), '(?s)^/v./s.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: literal_brackets
SELECT 'literal_brackets' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.request.route'), '(?s)^/files/\[id\]\..*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unicode_glob
SELECT 'unicode_glob' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.request.route'), '(?s)^/caf./.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: lowercase_get
SELECT 'lowercase_get' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'get')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: nested
SELECT 'nested' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((((COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'GET')) OR (COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'POST'))) AND (NOT COALESCE(CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.status') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.status'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.status') AS DOUBLE) END >= 400, FALSE))) OR (NOT ((COALESCE(json_type("body", '$.region'), '') = 'VARCHAR' AND (json_extract_string("body", '$.region') = 'eu')) OR COALESCE(json_type("body", '$.plan'), 'NULL') <> 'NULL')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: slow_calls
SELECT 'slow_calls' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE((CASE WHEN COALESCE(json_type("body", '$.response.time_ms'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.time_ms') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.time_ms'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.time_ms'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.time_ms') AS DOUBLE) END > 0.5) AND (CASE WHEN COALESCE(json_type("body", '$.response.time_ms'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.time_ms') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.time_ms'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.time_ms'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.time_ms') AS DOUBLE) END <= 100.25), FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_up
SELECT 'kb_up' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) // 1000000) ELSE -((-raw) // 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: bytes_down
SELECT 'bytes_down' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN (raw * 16) >= 0 THEN (((raw * 16)) // 15625) ELSE -((-(raw * 16) + 15624) // 15625) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: mb_nearest
SELECT 'mb_nearest' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000000) // 2000000000) ELSE -((-2 * raw + 1000000000) // 2000000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_default
SELECT 'kb_default' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000) // 2000000) ELSE -((-2 * raw + 1000000) // 2000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.response.body_kb') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta
SELECT 'credits_delta' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw) // 100000) ELSE -((-raw + 99999) // 100000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.credits.delta'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.credits.delta') AS DOUBLE) WHEN COALESCE(json_type("body", '$.credits.delta'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.credits.delta') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT (COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'DELETE'))) AND (COALESCE(json_type("body", '$.credits.delta'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.credits.delta'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta_up
SELECT 'credits_delta_up' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) // 1000000) ELSE -((-raw) // 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.credits.delta'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.credits.delta') AS DOUBLE) WHEN COALESCE(json_type("body", '$.credits.delta'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.credits.delta') AS DOUBLE) END * 1000000) AS BIGINT) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.credits.delta'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.credits.delta'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unique_users
SELECT 'unique_users' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
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
            SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CASE WHEN COALESCE(json_type("body", '$.user_id'), '') = 'VARCHAR' THEN json_extract_string("body", '$.user_id') WHEN COALESCE(json_type("body", '$.user_id'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(CAST(CAST(json_extract_string("body", '$.user_id') AS DOUBLE) AS BIGINT) AS VARCHAR) END AS v
            FROM "events"
            WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.user_id'), '') = 'VARCHAR' OR (COALESCE(json_type("body", '$.user_id'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') AND (CAST(json_extract_string("body", '$.user_id') AS DOUBLE) = floor(CAST(json_extract_string("body", '$.user_id') AS DOUBLE))) AND (CAST(json_extract_string("body", '$.user_id') AS DOUBLE) < 9007199254740992) AND (CAST(json_extract_string("body", '$.user_id') AS DOUBLE) > -9007199254740992)))
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
SELECT 'unique_get_users' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
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
            SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CASE WHEN COALESCE(json_type("body", '$.user_id'), '') = 'VARCHAR' THEN json_extract_string("body", '$.user_id') WHEN COALESCE(json_type("body", '$.user_id'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(CAST(CAST(json_extract_string("body", '$.user_id') AS DOUBLE) AS BIGINT) AS VARCHAR) END AS v
            FROM "events"
            WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.verb'), '') = 'VARCHAR' AND (json_extract_string("body", '$.request.verb') = 'GET')) AND (COALESCE(json_type("body", '$.user_id'), '') = 'VARCHAR' OR (COALESCE(json_type("body", '$.user_id'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') AND (CAST(json_extract_string("body", '$.user_id') AS DOUBLE) = floor(CAST(json_extract_string("body", '$.user_id') AS DOUBLE))) AND (CAST(json_extract_string("body", '$.user_id') AS DOUBLE) < 9007199254740992) AND (CAST(json_extract_string("body", '$.user_id') AS DOUBLE) > -9007199254740992)))
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
SELECT 'peak_storage' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) // 1000000) ELSE -((-raw) // 1000000) END AS BIGINT) AS value
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

-- meter: peak_storage_mb
SELECT 'peak_storage_mb' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000) // 2000) ELSE -((-2 * raw + 1000) // 2000) END AS BIGINT) AS value
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

-- meter: quota_last
SELECT 'quota_last' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000) // 2000000) ELSE -((-2 * raw + 1000000) // 2000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.quota.remaining'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.quota.remaining') AS DOUBLE) WHEN COALESCE(json_type("body", '$.quota.remaining'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.quota.remaining') AS DOUBLE) END * 1000000) AS BIGINT) AS v, "ts" AS event_ms
      FROM "events"
      WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.quota.remaining'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.quota.remaining'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start

-- meter: quota_last_tenths
SELECT 'quota_last_tenths' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw) // 100000) ELSE -((-raw + 99999) // 100000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT "company" AS company, ((("ts") // 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.quota.remaining'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string("body", '$.quota.remaining') AS DOUBLE) WHEN COALESCE(json_type("body", '$.quota.remaining'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN TRY_CAST(json_extract_string("body", '$.quota.remaining') AS DOUBLE) END * 1000000) AS BIGINT) AS v, "ts" AS event_ms
      FROM "events"
      WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.quota.remaining'), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE') OR (COALESCE(json_type("body", '$.quota.remaining'), '') = 'VARCHAR' AND regexp_matches(json_extract_string("body", '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start
