"""The engines of the usage agreement check, each loading the corpus in its layout and running
printed SQL: SQLite (Python's sqlite3), DuckDB and ClickHouse (chdb) with the store's table
`events(event_key, ts, company, body)`, PostgreSQL with the store's table and with the
`usage.source.postgres` layout of the agreement config (timestamptz, jsonb, and an id column
with duplicate deliveries that must count once).

Every engine's `run(sql)` returns rows of (meter, company, window_start, value).
"""
import csv
import io
import json
import os
import shutil
import socket
import subprocess
import tempfile
from datetime import datetime, timezone

# Sources/TariffUsage/Events/EventTableLayout.swift: EventStoreSchema.createSQL.
STORE_DDL = """CREATE TABLE events (
  event_key TEXT PRIMARY KEY,
  ts INTEGER NOT NULL,
  company TEXT NOT NULL,
  body TEXT NOT NULL
)"""


class SQLiteEngine:
    name = "sqlite"

    def __init__(self, events):
        import sqlite3

        self.connection = sqlite3.connect(":memory:")
        self.connection.execute(STORE_DDL)
        self.connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", events)

    def run(self, sql):
        return [tuple(row) for row in self.connection.execute(sql)]

    def close(self):
        self.connection.close()


class DuckDBEngine:
    name = "duckdb"

    def __init__(self, events, workdir):
        import duckdb

        path = os.path.join(workdir, "duckdb-events.ndjson")
        write_store_ndjson(events, path)
        self.connection = duckdb.connect()
        self.connection.execute("CREATE TABLE events (event_key VARCHAR PRIMARY KEY, ts BIGINT NOT NULL, "
                                "company VARCHAR NOT NULL, body VARCHAR NOT NULL)")
        self.connection.execute(
            "INSERT INTO events SELECT event_key, ts, company, body FROM read_json(?, format = 'newline_delimited', "
            "columns = {event_key: 'VARCHAR', ts: 'BIGINT', company: 'VARCHAR', body: 'VARCHAR'})", [path])

    def run(self, sql):
        return [tuple(row) for row in self.connection.execute(sql).fetchall()]

    def close(self):
        self.connection.close()


class ClickHouseEngine:
    name = "clickhouse"

    def __init__(self, events, workdir):
        from chdb import session

        path = os.path.join(workdir, "clickhouse-events.ndjson")
        write_store_ndjson(events, path)
        self.session = session.Session(os.path.join(workdir, "chdb"))
        self.session.query("CREATE TABLE events (event_key String, ts Int64, company String, body String) "
                           "ENGINE = MergeTree ORDER BY ts")
        self.session.query(f"INSERT INTO events SELECT * FROM file('{path}', 'JSONEachRow', "
                           "'event_key String, ts Int64, company String, body String')")

    def run(self, sql):
        result = self.session.query(sql, "JSONCompactEachRow")
        text = result.bytes().decode("utf-8") if hasattr(result, "bytes") else str(result)
        return [tuple(json.loads(line)) for line in text.splitlines() if line.strip()]

    def close(self):
        self.session.close()


class PostgresServer:
    """A throwaway PostgreSQL on 127.0.0.1, or the one TARIFF_TEST_POSTGRES_URL names."""

    def __init__(self):
        self.directory = None
        self.url = os.environ.get("TARIFF_TEST_POSTGRES_URL")
        if self.url:
            return
        bindir = find_postgres_bindir()
        self.directory = tempfile.mkdtemp(prefix="tariff-pg-")
        data = os.path.join(self.directory, "data")
        port = free_port()
        as_owner = []
        if os.geteuid() == 0:  # initdb refuses root: run the cluster as the postgres user
            shutil.chown(self.directory, "postgres")
            as_owner = ["runuser", "-u", "postgres", "--"]
        self.as_owner = as_owner
        subprocess.run(as_owner + [f"{bindir}/initdb", "-D", data, "-U", "tariff", "--auth=trust", "-E", "UTF8",
                                   "--locale=C"], check=True, stdout=subprocess.DEVNULL)
        self.pg_ctl = f"{bindir}/pg_ctl"
        self.data = data
        options = f"-p {port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(as_owner + [self.pg_ctl, "-D", data, "-o", options, "-l", os.path.join(self.directory, "log"),
                                   "-w", "start"], check=True, stdout=subprocess.DEVNULL)
        self.url = f"postgresql://tariff@127.0.0.1:{port}/postgres"

    def stop(self):
        if self.directory:
            subprocess.run(self.as_owner + [self.pg_ctl, "-D", self.data, "-m", "fast", "-w", "stop"],
                           stdout=subprocess.DEVNULL, check=False)
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None


class PostgresEngine:
    name = "postgres"

    def __init__(self, events, workdir, url):
        self.url = url
        store = os.path.join(workdir, "pg-store.csv")
        source = os.path.join(workdir, "pg-source.csv")
        with open(store, "w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(events)
        with open(source, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            for index, (key, ms, company, body) in enumerate(events):
                moment = datetime.fromtimestamp(ms // 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
                row = [f"{moment}.{ms % 1000:03d}+00", company, key, body]
                writer.writerow(row)
                if index % 50 == 0:  # a duplicate delivery, a second later: counted once by its id
                    later = datetime.fromtimestamp(ms // 1000 + 1, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
                    writer.writerow([f"{later}.{ms % 1000:03d}+00", company, key, body])
        os.chmod(workdir, 0o755)
        for path in (store, source):
            os.chmod(path, 0o644)
        self.psql(
            "DROP TABLE IF EXISTS events; DROP SCHEMA IF EXISTS agreement CASCADE;\n"
            + STORE_DDL.replace("INTEGER", "BIGINT") + ";\n"
            + "CREATE SCHEMA agreement;\n"
            + "CREATE TABLE agreement.api_events (created_at timestamptz NOT NULL, team text NOT NULL, "
            + "event_id text NOT NULL, payload jsonb NOT NULL);\n"
            + f"\\copy events FROM '{store}' WITH (FORMAT csv)\n"
            + f"\\copy agreement.api_events FROM '{source}' WITH (FORMAT csv)\n")

    def psql(self, script):
        result = subprocess.run(["psql", self.url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "--csv", "-f", "-"],
                                input=script, capture_output=True, text=True, env={**os.environ, "PGTZ": "UTC"})
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip())
        return result.stdout

    def run(self, sql):
        output = self.psql(sql)
        rows = list(csv.reader(io.StringIO(output)))
        return [(meter, company, int(start), int(value)) for meter, company, start, value in rows[1:]]

    def close(self):
        self.psql("DROP TABLE IF EXISTS events; DROP SCHEMA IF EXISTS agreement CASCADE;")


def write_store_ndjson(events, path):
    with open(path, "w", encoding="utf-8") as out:
        for key, ms, company, body in events:
            out.write(json.dumps({"event_key": key, "ts": ms, "company": company, "body": body}, ensure_ascii=False))
            out.write("\n")


def find_postgres_bindir():
    for version in ("15", "16", "17", "14"):
        path = f"/usr/lib/postgresql/{version}/bin"
        if os.path.exists(f"{path}/initdb"):
            return path
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    raise RuntimeError("PostgreSQL's initdb was not found; run scripts/bootstrap (it installs postgresql-15)")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
