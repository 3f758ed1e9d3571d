-- meter: calls_all
SELECT 'calls_all' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: calls_get_ok
SELECT 'calls_get_ok' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND ((COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'GET')) AND COALESCE((CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'status'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'string' AND (("payload" #>> ARRAY['response', 'status']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'status']) AS double precision) END >= CAST(200 AS double precision)) AND (CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'status'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'string' AND (("payload" #>> ARRAY['response', 'status']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'status']) AS double precision) END < CAST(300 AS double precision)), FALSE)) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_number
SELECT 'status_number' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND COALESCE(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'status'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'string' AND (("payload" #>> ARRAY['response', 'status']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'status']) AS double precision) END = CAST(200 AS double precision), FALSE) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: status_string
SELECT 'status_string' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'string' AND (("payload" #>> ARRAY['response', 'status']) = '200')) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: not_post
SELECT 'not_post' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (NOT (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'POST'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: plan_mixed
SELECT 'plan_mixed' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND ((COALESCE(jsonb_typeof("payload" #> ARRAY['plan']), '') = 'string' AND (("payload" #>> ARRAY['plan']) = 'pro')) OR COALESCE(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['plan']), '') = 'number' THEN CAST("payload" #>> ARRAY['plan'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['plan']), '') = 'string' AND (("payload" #>> ARRAY['plan']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['plan']) AS double precision) END = CAST(3 AS double precision), FALSE) OR COALESCE("payload" #> ARRAY['plan'] = 'true'::jsonb, FALSE)) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: region_not_in
SELECT 'region_not_in' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (NOT ((COALESCE(jsonb_typeof("payload" #> ARRAY['region']), '') = 'string' AND (("payload" #>> ARRAY['region']) = 'eu')) OR (COALESCE(jsonb_typeof("payload" #> ARRAY['region']), '') = 'string' AND (("payload" #>> ARRAY['region']) = 'us')))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: internal
SELECT 'internal' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'headers', 'x-internal-call']), 'null') <> 'null' AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: external
SELECT 'external' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (NOT COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'headers', 'x-internal-call']), 'null') <> 'null') AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: flagged_false
SELECT 'flagged_false' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND COALESCE("payload" #> ARRAY['flag'] = 'false'::jsonb, FALSE) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: export_prefix
SELECT 'export_prefix' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'route']), '') = 'string' AND starts_with(("payload" #>> ARRAY['request', 'route']), '/v1/export')) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: v1_star
SELECT 'v1_star' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'route']), '') = 'string' AND (("payload" #>> ARRAY['request', 'route']) ~ '(?s)^/v1/.*$')) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: version_search
SELECT 'version_search' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'route']), '') = 'string' AND (("payload" #>> ARRAY['request', 'route']) ~ '(?s)^/v./s.*$')) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: literal_brackets
SELECT 'literal_brackets' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'route']), '') = 'string' AND (("payload" #>> ARRAY['request', 'route']) ~ '(?s)^/files/\[id\]\..*$')) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: unicode_glob
SELECT 'unicode_glob' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'route']), '') = 'string' AND (("payload" #>> ARRAY['request', 'route']) ~ '(?s)^/caf./.*$')) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: lowercase_get
SELECT 'lowercase_get' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND ((COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'get'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: nested
SELECT 'nested' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND ((((COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'GET')) OR (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'POST'))) AND (NOT COALESCE(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'status'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'status']), '') = 'string' AND (("payload" #>> ARRAY['response', 'status']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'status']) AS double precision) END >= CAST(400 AS double precision), FALSE))) OR (NOT ((COALESCE(jsonb_typeof("payload" #> ARRAY['region']), '') = 'string' AND (("payload" #>> ARRAY['region']) = 'eu')) OR COALESCE(jsonb_typeof("payload" #> ARRAY['plan']), 'null') <> 'null'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: slow_calls
SELECT 'slow_calls' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(raw AS BIGINT) AS value
FROM (
  SELECT company, window_start, COUNT(*) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND COALESCE((CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'time_ms']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'time_ms'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'time_ms']), '') = 'string' AND (("payload" #>> ARRAY['response', 'time_ms']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'time_ms']) AS double precision) END > CAST(0.5 AS double precision)) AND (CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'time_ms']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'time_ms'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'time_ms']), '') = 'string' AND (("payload" #>> ARRAY['response', 'time_ms']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'time_ms']) AS double precision) END <= CAST(100.25 AS double precision)), FALSE) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_up
SELECT 'kb_up' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(raw + 999999, 1000000) ELSE -div(-raw, 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'body_kb'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'body_kb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: bytes_down
SELECT 'bytes_down' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN (raw * 16) >= 0 THEN div((raw * 16), 15625) ELSE -div(-(raw * 16) + 15624, 15625) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'body_kb'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'body_kb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: mb_nearest
SELECT 'mb_nearest' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(2 * raw + 1000000000, 2000000000) ELSE -div(-2 * raw + 1000000000, 2000000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'body_kb'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'body_kb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: kb_default
SELECT 'kb_default' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(2 * raw + 1000000, 2000000) ELSE -div(-2 * raw + 1000000, 2000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' THEN CAST("payload" #>> ARRAY['response', 'body_kb'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['response', 'body_kb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['response', 'body_kb']), '') = 'string' AND (("payload" #>> ARRAY['response', 'body_kb']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta
SELECT 'credits_delta' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(raw, 100000) ELSE -div(-raw + 99999, 100000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'number' THEN CAST("payload" #>> ARRAY['credits', 'delta'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'string' AND (("payload" #>> ARRAY['credits', 'delta']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['credits', 'delta']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (NOT (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'DELETE'))) AND (COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'string' AND (("payload" #>> ARRAY['credits', 'delta']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
  ) AS matched
  GROUP BY company, window_start
) AS totals
ORDER BY company, window_start

-- meter: credits_delta_up
SELECT 'credits_delta_up' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(raw + 999999, 1000000) ELSE -div(-raw, 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, SUM(v) AS raw
  FROM (
    SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'number' THEN CAST("payload" #>> ARRAY['credits', 'delta'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'string' AND (("payload" #>> ARRAY['credits', 'delta']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['credits', 'delta']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
    FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
      FROM "agreement"."api_events"
      WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
    ) AS numbered
    WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['credits', 'delta']), '') = 'string' AND (("payload" #>> ARRAY['credits', 'delta']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
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
            SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'string' THEN ("payload" #>> ARRAY['user_id']) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'number' THEN CAST(CAST(CAST("payload" #>> ARRAY['user_id'] AS double precision) AS BIGINT) AS TEXT) END AS v
            FROM (
              SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
              FROM "agreement"."api_events"
              WHERE "created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
            ) AS numbered
            WHERE ("created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'string' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'number' AND (CAST("payload" #>> ARRAY['user_id'] AS double precision) = floor(CAST("payload" #>> ARRAY['user_id'] AS double precision))) AND (CAST("payload" #>> ARRAY['user_id'] AS double precision) < CAST(9007199254740992 AS double precision)) AND (CAST("payload" #>> ARRAY['user_id'] AS double precision) > CAST(-9007199254740992 AS double precision)))) AND (tariff_copy = 1)
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
            SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'string' THEN ("payload" #>> ARRAY['user_id']) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'number' THEN CAST(CAST(CAST("payload" #>> ARRAY['user_id'] AS double precision) AS BIGINT) AS TEXT) END AS v
            FROM (
              SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
              FROM "agreement"."api_events"
              WHERE "created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
            ) AS numbered
            WHERE ("created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['request', 'verb']), '') = 'string' AND (("payload" #>> ARRAY['request', 'verb']) = 'GET')) AND (COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'string' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['user_id']), '') = 'number' AND (CAST("payload" #>> ARRAY['user_id'] AS double precision) = floor(CAST("payload" #>> ARRAY['user_id'] AS double precision))) AND (CAST("payload" #>> ARRAY['user_id'] AS double precision) < CAST(9007199254740992 AS double precision)) AND (CAST("payload" #>> ARRAY['user_id'] AS double precision) > CAST(-9007199254740992 AS double precision)))) AND (tariff_copy = 1)
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
SELECT 'peak_storage' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(raw + 999999, 1000000) ELSE -div(-raw, 1000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'number' THEN CAST("payload" #>> ARRAY['storage', 'gb'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'string' AND (("payload" #>> ARRAY['storage', 'gb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['storage', 'gb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
        FROM (
          SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
          FROM "agreement"."api_events"
          WHERE "created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
        ) AS numbered
        WHERE ("created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'string' AND (("payload" #>> ARRAY['storage', 'gb']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: peak_storage_mb
SELECT 'peak_storage_mb' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(2 * raw + 1000, 2000) ELSE -div(-2 * raw + 1000, 2000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, MAX(window_max) OVER (PARTITION BY company, period_start ORDER BY window_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS raw
  FROM (
    SELECT company, period_start, window_start, MAX(v) AS window_max
    FROM (
      SELECT company, window_start, v, CASE WHEN (company = 'co_01') AND (window_start >= 1792751415) AND (window_start < 1795343415) THEN 1792751415 WHEN (company = 'co_02') AND (window_start >= 1793320200) AND (window_start < 1795912200) THEN 1793320200 ELSE CASE WHEN window_start < 1793491200 THEN 1790812800 ELSE 1793491200 END END AS period_start
      FROM (
        SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'number' THEN CAST("payload" #>> ARRAY['storage', 'gb'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'string' AND (("payload" #>> ARRAY['storage', 'gb']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['storage', 'gb']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v
        FROM (
          SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
          FROM "agreement"."api_events"
          WHERE "created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
        ) AS numbered
        WHERE ("created_at" >= TIMESTAMPTZ '2026-10-01 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['storage', 'gb']), '') = 'string' AND (("payload" #>> ARRAY['storage', 'gb']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
      ) AS counted
    ) AS matched
    GROUP BY company, period_start, window_start
  ) AS windows
) AS totals
WHERE window_start >= 1793145600
ORDER BY company, window_start

-- meter: quota_last
SELECT 'quota_last' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(2 * raw + 1000000, 2000000) ELSE -div(-2 * raw + 1000000, 2000000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'number' THEN CAST("payload" #>> ARRAY['quota', 'remaining'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'string' AND (("payload" #>> ARRAY['quota', 'remaining']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['quota', 'remaining']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v, CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT) AS event_ms
      FROM (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
        FROM "agreement"."api_events"
        WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
      ) AS numbered
      WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'string' AND (("payload" #>> ARRAY['quota', 'remaining']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start

-- meter: quota_last_tenths
SELECT 'quota_last_tenths' AS meter, company, CAST(window_start AS BIGINT) AS window_start, CAST(CASE WHEN raw >= 0 THEN div(raw, 100000) ELSE -div(-raw + 99999, 100000) END AS BIGINT) AS value
FROM (
  SELECT company, window_start, v AS raw
  FROM (
    SELECT company, window_start, v, ROW_NUMBER() OVER (PARTITION BY company, window_start ORDER BY event_ms DESC, v DESC) AS recency
    FROM (
      SELECT CAST("team" AS TEXT) AS company, (div(CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT), 3600000) * 3600) AS window_start, CAST(round(CAST(CASE WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'number' THEN CAST("payload" #>> ARRAY['quota', 'remaining'] AS double precision) WHEN COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'string' AND (("payload" #>> ARRAY['quota', 'remaining']) ~ '^-?[0-9]+([.][0-9]+)?$') THEN CAST(("payload" #>> ARRAY['quota', 'remaining']) AS double precision) END * CAST(1000000 AS double precision) AS NUMERIC)) AS BIGINT) AS v, CAST(floor(EXTRACT(EPOCH FROM "created_at") * 1000) AS BIGINT) AS event_ms
      FROM (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY "event_id" ORDER BY "created_at") AS tariff_copy
        FROM "agreement"."api_events"
        WHERE "created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00'
      ) AS numbered
      WHERE ("created_at" >= TIMESTAMPTZ '2026-10-28 00:00:00+00' AND "created_at" < TIMESTAMPTZ '2026-11-04 00:00:00+00') AND (COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'number' OR (COALESCE(jsonb_typeof("payload" #> ARRAY['quota', 'remaining']), '') = 'string' AND (("payload" #>> ARRAY['quota', 'remaining']) ~ '^-?[0-9]+([.][0-9]+)?$'))) AND (tariff_copy = 1)
    ) AS matched
  ) AS ranked
  WHERE recency = 1
) AS totals
ORDER BY company, window_start
