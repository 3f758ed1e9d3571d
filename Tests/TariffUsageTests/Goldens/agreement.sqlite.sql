-- meter: calls_all
SELECT 'calls_all' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
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

-- meter: calls_get_ok
SELECT 'calls_get_ok' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'GET')) AND COALESCE((CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.status') WHEN COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.status') GLOB '*[0-9]*' AND json_extract("body", '$.response.status') NOT GLOB '?*-*' AND json_extract("body", '$.response.status') NOT GLOB '*.*.*' AND json_extract("body", '$.response.status') NOT GLOB '.*' AND json_extract("body", '$.response.status') NOT GLOB '-.*' AND json_extract("body", '$.response.status') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.status') AS REAL) END >= 200) AND (CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.status') WHEN COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.status') GLOB '*[0-9]*' AND json_extract("body", '$.response.status') NOT GLOB '?*-*' AND json_extract("body", '$.response.status') NOT GLOB '*.*.*' AND json_extract("body", '$.response.status') NOT GLOB '.*' AND json_extract("body", '$.response.status') NOT GLOB '-.*' AND json_extract("body", '$.response.status') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.status') AS REAL) END < 300), FALSE))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_number
SELECT 'status_number' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE(CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.status') WHEN COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.status') GLOB '*[0-9]*' AND json_extract("body", '$.response.status') NOT GLOB '?*-*' AND json_extract("body", '$.response.status') NOT GLOB '*.*.*' AND json_extract("body", '$.response.status') NOT GLOB '.*' AND json_extract("body", '$.response.status') NOT GLOB '-.*' AND json_extract("body", '$.response.status') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.status') AS REAL) END = 200, FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_string
SELECT 'status_string' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') = '200'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: not_post
SELECT 'not_post' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT (COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'POST')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: plan_mixed
SELECT 'plan_mixed' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.plan'), '') = 'text' AND (json_extract("body", '$.plan') = 'pro')) OR COALESCE(CASE WHEN COALESCE(json_type("body", '$.plan'), '') IN ('integer', 'real') THEN json_extract("body", '$.plan') WHEN COALESCE(json_type("body", '$.plan'), '') = 'text' AND (json_extract("body", '$.plan') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.plan') GLOB '*[0-9]*' AND json_extract("body", '$.plan') NOT GLOB '?*-*' AND json_extract("body", '$.plan') NOT GLOB '*.*.*' AND json_extract("body", '$.plan') NOT GLOB '.*' AND json_extract("body", '$.plan') NOT GLOB '-.*' AND json_extract("body", '$.plan') NOT GLOB '*.') THEN CAST(json_extract("body", '$.plan') AS REAL) END = 3, FALSE) OR COALESCE(json_type("body", '$.plan'), '') = 'true')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: region_not_in
SELECT 'region_not_in' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT ((COALESCE(json_type("body", '$.region'), '') = 'text' AND (json_extract("body", '$.region') = 'eu')) OR (COALESCE(json_type("body", '$.region'), '') = 'text' AND (json_extract("body", '$.region') = 'us'))))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: internal
SELECT 'internal' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE(json_type("body", '$.request.headers."x-internal-call"'), 'null') <> 'null'
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: external
SELECT 'external' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT COALESCE(json_type("body", '$.request.headers."x-internal-call"'), 'null') <> 'null')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: flagged_false
SELECT 'flagged_false' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE(json_type("body", '$.flag'), '') = 'false'
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: export_prefix
SELECT 'export_prefix' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'text' AND substr(json_extract("body", '$.request.route'), 1, 10) = '/v1/export')
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: v1_star
SELECT 'v1_star' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'text' AND (json_extract("body", '$.request.route') GLOB '/v1/*'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: version_search
SELECT 'version_search' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'text' AND (json_extract("body", '$.request.route') GLOB '/v?/s*'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: literal_brackets
SELECT 'literal_brackets' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'text' AND (json_extract("body", '$.request.route') GLOB '/files/[[]id].*'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unicode_glob
SELECT 'unicode_glob' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.route'), '') = 'text' AND (json_extract("body", '$.request.route') GLOB '/caf?/*'))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: lowercase_get
SELECT 'lowercase_get' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'get')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: nested
SELECT 'nested' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND ((((COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'GET')) OR (COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'POST'))) AND (NOT COALESCE(CASE WHEN COALESCE(json_type("body", '$.response.status'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.status') WHEN COALESCE(json_type("body", '$.response.status'), '') = 'text' AND (json_extract("body", '$.response.status') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.status') GLOB '*[0-9]*' AND json_extract("body", '$.response.status') NOT GLOB '?*-*' AND json_extract("body", '$.response.status') NOT GLOB '*.*.*' AND json_extract("body", '$.response.status') NOT GLOB '.*' AND json_extract("body", '$.response.status') NOT GLOB '-.*' AND json_extract("body", '$.response.status') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.status') AS REAL) END >= 400, FALSE))) OR (NOT ((COALESCE(json_type("body", '$.region'), '') = 'text' AND (json_extract("body", '$.region') = 'eu')) OR COALESCE(json_type("body", '$.plan'), 'null') <> 'null')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: slow_calls
SELECT 'slow_calls' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND COALESCE((CASE WHEN COALESCE(json_type("body", '$.response.time_ms'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.time_ms') WHEN COALESCE(json_type("body", '$.response.time_ms'), '') = 'text' AND (json_extract("body", '$.response.time_ms') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.time_ms') GLOB '*[0-9]*' AND json_extract("body", '$.response.time_ms') NOT GLOB '?*-*' AND json_extract("body", '$.response.time_ms') NOT GLOB '*.*.*' AND json_extract("body", '$.response.time_ms') NOT GLOB '.*' AND json_extract("body", '$.response.time_ms') NOT GLOB '-.*' AND json_extract("body", '$.response.time_ms') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.time_ms') AS REAL) END > 0.5) AND (CASE WHEN COALESCE(json_type("body", '$.response.time_ms'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.time_ms') WHEN COALESCE(json_type("body", '$.response.time_ms'), '') = 'text' AND (json_extract("body", '$.response.time_ms') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.time_ms') GLOB '*[0-9]*' AND json_extract("body", '$.response.time_ms') NOT GLOB '?*-*' AND json_extract("body", '$.response.time_ms') NOT GLOB '*.*.*' AND json_extract("body", '$.response.time_ms') NOT GLOB '.*' AND json_extract("body", '$.response.time_ms') NOT GLOB '-.*' AND json_extract("body", '$.response.time_ms') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.time_ms') AS REAL) END <= 100.25), FALSE)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_up
SELECT 'kb_up' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) / 1000000) ELSE -((-raw) / 1000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.body_kb') WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.body_kb') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: bytes_down
SELECT 'bytes_down' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN (raw * 16) >= 0 THEN (((raw * 16)) / 15625) ELSE -((-(raw * 16) + 15624) / 15625) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.body_kb') WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.body_kb') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: mb_nearest
SELECT 'mb_nearest' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000000) / 2000000000) ELSE -((-2 * raw + 1000000000) / 2000000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.body_kb') WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.body_kb') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_default
SELECT 'kb_default' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000) / 2000000) ELSE -((-2 * raw + 1000000) / 2000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') THEN json_extract("body", '$.response.body_kb') WHEN COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.') THEN CAST(json_extract("body", '$.response.body_kb') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.response.body_kb'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.response.body_kb'), '') = 'text' AND (json_extract("body", '$.response.body_kb') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.response.body_kb') GLOB '*[0-9]*' AND json_extract("body", '$.response.body_kb') NOT GLOB '?*-*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.*.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '-.*' AND json_extract("body", '$.response.body_kb') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta
SELECT 'credits_delta' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw) / 100000) ELSE -((-raw + 99999) / 100000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.credits.delta'), '') IN ('integer', 'real') THEN json_extract("body", '$.credits.delta') WHEN COALESCE(json_type("body", '$.credits.delta'), '') = 'text' AND (json_extract("body", '$.credits.delta') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.credits.delta') GLOB '*[0-9]*' AND json_extract("body", '$.credits.delta') NOT GLOB '?*-*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.*.*' AND json_extract("body", '$.credits.delta') NOT GLOB '.*' AND json_extract("body", '$.credits.delta') NOT GLOB '-.*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.') THEN CAST(json_extract("body", '$.credits.delta') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (NOT (COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'DELETE'))) AND (COALESCE(json_type("body", '$.credits.delta'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.credits.delta'), '') = 'text' AND (json_extract("body", '$.credits.delta') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.credits.delta') GLOB '*[0-9]*' AND json_extract("body", '$.credits.delta') NOT GLOB '?*-*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.*.*' AND json_extract("body", '$.credits.delta') NOT GLOB '.*' AND json_extract("body", '$.credits.delta') NOT GLOB '-.*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta_up
SELECT 'credits_delta_up' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) / 1000000) ELSE -((-raw) / 1000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.credits.delta'), '') IN ('integer', 'real') THEN json_extract("body", '$.credits.delta') WHEN COALESCE(json_type("body", '$.credits.delta'), '') = 'text' AND (json_extract("body", '$.credits.delta') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.credits.delta') GLOB '*[0-9]*' AND json_extract("body", '$.credits.delta') NOT GLOB '?*-*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.*.*' AND json_extract("body", '$.credits.delta') NOT GLOB '.*' AND json_extract("body", '$.credits.delta') NOT GLOB '-.*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.') THEN CAST(json_extract("body", '$.credits.delta') AS REAL) END * 1000000) AS INTEGER) AS v
    FROM "events"
    WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.credits.delta'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.credits.delta'), '') = 'text' AND (json_extract("body", '$.credits.delta') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.credits.delta') GLOB '*[0-9]*' AND json_extract("body", '$.credits.delta') NOT GLOB '?*-*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.*.*' AND json_extract("body", '$.credits.delta') NOT GLOB '.*' AND json_extract("body", '$.credits.delta') NOT GLOB '-.*' AND json_extract("body", '$.credits.delta') NOT GLOB '*.')))
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unique_users
SELECT 'unique_users' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
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
            SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CASE WHEN COALESCE(json_type("body", '$.user_id'), '') = 'text' THEN json_extract("body", '$.user_id') WHEN COALESCE(json_type("body", '$.user_id'), '') IN ('integer', 'real') THEN CAST(CAST(json_extract("body", '$.user_id') AS INTEGER) AS TEXT) END AS v
            FROM "events"
            WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.user_id'), '') = 'text' OR (COALESCE(json_type("body", '$.user_id'), '') IN ('integer', 'real') AND (json_extract("body", '$.user_id') = CAST(json_extract("body", '$.user_id') AS INTEGER)) AND (json_extract("body", '$.user_id') < 9007199254740992) AND (json_extract("body", '$.user_id') > -9007199254740992)))
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
SELECT 'unique_get_users' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(raw AS INTEGER) AS value
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
            SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CASE WHEN COALESCE(json_type("body", '$.user_id'), '') = 'text' THEN json_extract("body", '$.user_id') WHEN COALESCE(json_type("body", '$.user_id'), '') IN ('integer', 'real') THEN CAST(CAST(json_extract("body", '$.user_id') AS INTEGER) AS TEXT) END AS v
            FROM "events"
            WHERE ("ts" >= 1790812800000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.request.verb'), '') = 'text' AND (json_extract("body", '$.request.verb') = 'GET')) AND (COALESCE(json_type("body", '$.user_id'), '') = 'text' OR (COALESCE(json_type("body", '$.user_id'), '') IN ('integer', 'real') AND (json_extract("body", '$.user_id') = CAST(json_extract("body", '$.user_id') AS INTEGER)) AND (json_extract("body", '$.user_id') < 9007199254740992) AND (json_extract("body", '$.user_id') > -9007199254740992)))
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
SELECT 'peak_storage' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw + 999999) / 1000000) ELSE -((-raw) / 1000000) END AS INTEGER) AS value
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

-- meter: peak_storage_mb
SELECT 'peak_storage_mb' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000) / 2000) ELSE -((-2 * raw + 1000) / 2000) END AS INTEGER) AS value
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

-- meter: quota_last
SELECT 'quota_last' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((2 * raw + 1000000) / 2000000) ELSE -((-2 * raw + 1000000) / 2000000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.quota.remaining'), '') IN ('integer', 'real') THEN json_extract("body", '$.quota.remaining') WHEN COALESCE(json_type("body", '$.quota.remaining'), '') = 'text' AND (json_extract("body", '$.quota.remaining') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.quota.remaining') GLOB '*[0-9]*' AND json_extract("body", '$.quota.remaining') NOT GLOB '?*-*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.*.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '-.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.') THEN CAST(json_extract("body", '$.quota.remaining') AS REAL) END * 1000000) AS INTEGER) AS v, "ts" AS event_ms
      FROM "events"
      WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.quota.remaining'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.quota.remaining'), '') = 'text' AND (json_extract("body", '$.quota.remaining') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.quota.remaining') GLOB '*[0-9]*' AND json_extract("body", '$.quota.remaining') NOT GLOB '?*-*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.*.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '-.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start

-- meter: quota_last_tenths
SELECT 'quota_last_tenths' AS meter, company, CAST(window_start AS INTEGER) AS window_start, CAST(CASE WHEN raw >= 0 THEN ((raw) / 100000) ELSE -((-raw + 99999) / 100000) END AS INTEGER) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT "company" AS company, ((("ts") / 3600000) * 3600) AS window_start, CAST(round(CASE WHEN COALESCE(json_type("body", '$.quota.remaining'), '') IN ('integer', 'real') THEN json_extract("body", '$.quota.remaining') WHEN COALESCE(json_type("body", '$.quota.remaining'), '') = 'text' AND (json_extract("body", '$.quota.remaining') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.quota.remaining') GLOB '*[0-9]*' AND json_extract("body", '$.quota.remaining') NOT GLOB '?*-*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.*.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '-.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.') THEN CAST(json_extract("body", '$.quota.remaining') AS REAL) END * 1000000) AS INTEGER) AS v, "ts" AS event_ms
      FROM "events"
      WHERE ("ts" >= 1793145600000 AND "ts" < 1793750400000) AND (COALESCE(json_type("body", '$.quota.remaining'), '') IN ('integer', 'real') OR (COALESCE(json_type("body", '$.quota.remaining'), '') = 'text' AND (json_extract("body", '$.quota.remaining') NOT GLOB '*[^0-9.-]*' AND json_extract("body", '$.quota.remaining') GLOB '*[0-9]*' AND json_extract("body", '$.quota.remaining') NOT GLOB '?*-*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.*.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '-.*' AND json_extract("body", '$.quota.remaining') NOT GLOB '*.')))
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start
