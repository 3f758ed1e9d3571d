-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.route'), '') = 'text' AND (json_extract("body", '$.request.route') GLOB '/v1/*')) AND ((COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'GET')) OR (COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'POST'))) AND COALESCE((CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.status') WHEN COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.status') GLOB '*[0-9]*' AND json_extract("body", '$.response.status') NOT GLOB '?*-*' AND json_extract("body", '$.response.status') NOT GLOB '*.*.*' AND json_extract("body", '$.response.status') NOT GLOB '.*' AND json_extract("body", '$.response.status') NOT GLOB '-.*' AND json_extract("body", '$.response.status') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.status') AS REAL) END >= 200) AND (CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.status') WHEN COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.status') GLOB '*[0-9]*' AND json_extract("body", '$.response.status') NOT GLOB '?*-*' AND json_extract("body", '$.response.status') NOT GLOB '*.*.*' AND json_extract("body", '$.response.status') NOT GLOB '.*' AND json_extract("body", '$.response.status') NOT GLOB '-.*' AND json_extract("body", '$.response.status') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.status') AS REAL) END < 300), FALSE) AND (NOT COALESCE(json_type("body", '$.request.headers."x-internal-call"'), 'null') <> 'null'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: data_transfer
SELECT 'data_transfer' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) / 1000000) ELSE -((-raw) / 1000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.body_kb') WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.body_kb') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.route'), '') = 'text' AND substr(json_extract("body", '$.request.route'), 1, 10) = '/v1/export') OR (COALESCE(json_type("body", '$.request.route'), '') = 'text' AND (json_extract("body", '$.request.route') = '/v1/search'))) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: api_calls
SELECT 'api_calls' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: stored_gb
SELECT 'stored_gb' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000) / 2000000) ELSE -((-2 * raw + 1000000) / 2000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.storage.gb'), '') IN ('integer', 'real') THEN json_extract("body", '$.storage.gb') WHEN COALESCE(json_type("body", '$.storage.gb'), '') = 'text' AND (json_extract("body", '$.storage.gb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.storage.gb') GLOB '*[0-9]*' AND json_extract("body", '$.storage.gb') NOT GLOB '?*-*' AND json_extract("body", '$.storage.gb') NOT GLOB '*.*.*' AND json_extract("body", '$.storage.gb') NOT GLOB '.*' AND json_extract("body", '$.storage.gb') NOT GLOB '-.*' AND json_extract("body", '$.storage.gb') NOT GLOB '*.') THEN CAST(json_extract("body", '$.storage.gb') AS REAL) END * 1000000) AS INTEGER) AS v
        FROM "events"
        WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.storage.gb'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.storage.gb'), '') = 'text' AND (json_extract("body", '$.storage.gb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.storage.gb') GLOB '*[0-9]*' AND json_extract("body", '$.storage.gb') NOT GLOB '?*-*' AND json_extract("body", '$.storage.gb') NOT GLOB '*.*.*' AND json_extract("body", '$.storage.gb') NOT GLOB '.*' AND json_extract("body", '$.storage.gb') NOT GLOB '-.*' AND json_extract("body", '$.storage.gb') NOT GLOB '*.')))
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start
