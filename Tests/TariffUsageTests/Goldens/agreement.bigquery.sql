-- meter: calls_all
SELECT 'calls_all' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: calls_get_ok
SELECT 'calls_get_ok' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'GET')) AND COALESCE((CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.status'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) END >= 200) AND (CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.status'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) END < 300), FALSE))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_number
SELECT 'status_number' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND COALESCE(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.status'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) END = 200, FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_string
SELECT 'status_string' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.response.status') = '200'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: not_post
SELECT 'not_post' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (NOT (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'POST')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: plan_mixed
SELECT 'plan_mixed' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.plan'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.plan') = 'pro')) OR COALESCE(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.plan'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.plan') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.plan'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.plan'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.plan') AS FLOAT64) END = 3, FALSE) OR COALESCE(JSON_QUERY(`body`, '$.plan') = 'true', FALSE))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: region_not_in
SELECT 'region_not_in' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (NOT ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.region'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.region') = 'eu')) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.region'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.region') = 'us'))))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: internal
SELECT 'internal' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND COALESCE(JSON_QUERY(`body`, '$.request.headers."x-internal-call"'), 'null') <> 'null'
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: external
SELECT 'external' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (NOT COALESCE(JSON_QUERY(`body`, '$.request.headers."x-internal-call"'), 'null') <> 'null')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: flagged_false
SELECT 'flagged_false' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND COALESCE(JSON_QUERY(`body`, '$.flag') = 'false', FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: export_prefix
SELECT 'export_prefix' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND STARTS_WITH(JSON_VALUE(`body`, '$.request.route'), '/v1/export'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: v1_star
SELECT 'v1_star' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.request.route'), '(?s)^/v1/.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: version_search
SELECT 'version_search' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.request.route'), '(?s)^/v./s.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: literal_brackets
SELECT 'literal_brackets' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.request.route'), '(?s)^/files/\\[id\\]\\..*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unicode_glob
SELECT 'unicode_glob' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.request.route'), '(?s)^/caf./.*$'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: lowercase_get
SELECT 'lowercase_get' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'get')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: nested
SELECT 'nested' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND ((((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'GET')) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'POST'))) AND (NOT COALESCE(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.status'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) END >= 400, FALSE))) OR (NOT ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.region'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.region') = 'eu')) OR COALESCE(JSON_QUERY(`body`, '$.plan'), 'null') <> 'null')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: slow_calls
SELECT 'slow_calls' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND COALESCE((CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.time_ms'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.time_ms') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.time_ms'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.time_ms'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.time_ms') AS FLOAT64) END > 0.5) AND (CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.time_ms'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.time_ms') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.time_ms'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.time_ms'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.time_ms') AS FLOAT64) END <= 100.25), FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_up
SELECT 'kb_up' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(raw + 999999, 1000000) ELSE -DIV(-raw, 1000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: bytes_down
SELECT 'bytes_down' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN (raw * 16) >= 0 THEN DIV((raw * 16), 15625) ELSE -DIV(-(raw * 16) + 15624, 15625) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: mb_nearest
SELECT 'mb_nearest' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(2 * raw + 1000000000, 2000000000) ELSE -DIV(-2 * raw + 1000000000, 2000000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_default
SELECT 'kb_default' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(2 * raw + 1000000, 2000000) ELSE -DIV(-2 * raw + 1000000, 2000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta
SELECT 'credits_delta' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(raw, 100000) ELSE -DIV(-raw + 99999, 100000) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.credits.delta'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.credits.delta') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.credits.delta'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.credits.delta') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (NOT (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'DELETE'))) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.credits.delta'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.credits.delta'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta_up
SELECT 'credits_delta_up' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(raw + 999999, 1000000) ELSE -DIV(-raw, 1000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.credits.delta'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.credits.delta') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.credits.delta'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.credits.delta') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.credits.delta'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.credits.delta'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.credits.delta'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unique_users
SELECT 'unique_users' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
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
            SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CASE WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.user_id'), '"'), FALSE) THEN JSON_VALUE(`body`, '$.user_id') WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.user_id'), '^-?[0-9]'), FALSE) THEN CAST(CAST(CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) AS INT64) AS STRING) END AS v
            FROM `events`
            WHERE (`ts` >= 1790812800000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.user_id'), '"'), FALSE) OR (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.user_id'), '^-?[0-9]'), FALSE) AND (CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) = FLOOR(CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64))) AND (CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) < 9007199254740992) AND (CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) > -9007199254740992)))
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
SELECT 'unique_get_users' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
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
            SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CASE WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.user_id'), '"'), FALSE) THEN JSON_VALUE(`body`, '$.user_id') WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.user_id'), '^-?[0-9]'), FALSE) THEN CAST(CAST(CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) AS INT64) AS STRING) END AS v
            FROM `events`
            WHERE (`ts` >= 1790812800000 AND `ts` < 1793750400000) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'GET')) AND (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.user_id'), '"'), FALSE) OR (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.user_id'), '^-?[0-9]'), FALSE) AND (CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) = FLOOR(CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64))) AND (CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) < 9007199254740992) AND (CAST(JSON_VALUE(`body`, '$.user_id') AS FLOAT64) > -9007199254740992)))
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
SELECT 'peak_storage' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(raw + 999999, 1000000) ELSE -DIV(-raw, 1000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.storage.gb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.storage.gb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.storage.gb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.storage.gb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.storage.gb') AS FLOAT64) END * 1000000) AS INT64) AS v
        FROM `events`
        WHERE (`ts` >= 1790812800000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.storage.gb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.storage.gb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.storage.gb'), '^-?[0-9]+([.][0-9]+)?$')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: peak_storage_mb
SELECT 'peak_storage_mb' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(2 * raw + 1000, 2000) ELSE -DIV(-2 * raw + 1000, 2000) END AS INT64) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.storage.gb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.storage.gb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.storage.gb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.storage.gb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.storage.gb') AS FLOAT64) END * 1000000) AS INT64) AS v
        FROM `events`
        WHERE (`ts` >= 1790812800000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.storage.gb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.storage.gb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.storage.gb'), '^-?[0-9]+([.][0-9]+)?$')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: quota_last
SELECT 'quota_last' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(2 * raw + 1000000, 2000000) ELSE -DIV(-2 * raw + 1000000, 2000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.quota.remaining'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.quota.remaining') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.quota.remaining'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.quota.remaining') AS FLOAT64) END * 1000000) AS INT64) AS v, `ts` AS event_ms
      FROM `events`
      WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.quota.remaining'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.quota.remaining'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start

-- meter: quota_last_tenths
SELECT 'quota_last_tenths' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(raw, 100000) ELSE -DIV(-raw + 99999, 100000) END AS INT64) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.quota.remaining'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.quota.remaining') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.quota.remaining'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.quota.remaining') AS FLOAT64) END * 1000000) AS INT64) AS v, `ts` AS event_ms
      FROM `events`
      WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.quota.remaining'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.quota.remaining'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.quota.remaining'), '^-?[0-9]+([.][0-9]+)?$')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start
