-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.request.route'), '(?s)^/v1/.*$')) AND ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'GET')) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.verb'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.verb') = 'POST'))) AND COALESCE((CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.status'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) END >= 200) AND (CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.status'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.status'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.status'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.status') AS FLOAT64) END < 300), FALSE) AND (NOT COALESCE(JSON_QUERY(`body`, '$.request.headers."x-internal-call"'), 'null') <> 'null'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: data_transfer
SELECT 'data_transfer' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(raw + 999999, 1000000) ELSE -DIV(-raw, 1000000) END AS INT64) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT `company` AS company, (DIV(`ts`, 3600000) * 3600) AS window_start, CAST(ROUND(CASE WHEN COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) THEN CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) WHEN COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$') THEN SAFE_CAST(JSON_VALUE(`body`, '$.response.body_kb') AS FLOAT64) END * 1000000) AS INT64) AS v
    FROM `events`
    WHERE (`ts` >= 1793145600000 AND `ts` < 1793750400000) AND ((COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND STARTS_WITH(JSON_VALUE(`body`, '$.request.route'), '/v1/export')) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.request.route'), '"'), FALSE) AND (JSON_VALUE(`body`, '$.request.route') = '/v1/search'))) AND (COALESCE(REGEXP_CONTAINS(JSON_QUERY(`body`, '$.response.body_kb'), '^-?[0-9]'), FALSE) OR (COALESCE(STARTS_WITH(JSON_QUERY(`body`, '$.response.body_kb'), '"'), FALSE) AND REGEXP_CONTAINS(JSON_VALUE(`body`, '$.response.body_kb'), '^-?[0-9]+([.][0-9]+)?$')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(raw AS INT64) AS value
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

-- meter: stored_gb
SELECT 'stored_gb' AS meter, company, CAST(window_start AS INT64) AS window_start, CAST(CASE WHEN raw >= 0 THEN DIV(2 * raw + 1000000, 2000000) ELSE -DIV(-2 * raw + 1000000, 2000000) END AS INT64) AS value
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
