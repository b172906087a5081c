#!/usr/bin/env bash
# Checks that two builds of the host create the same database: migrates a fresh database with each (`dotnet <dll> migrate`)
# and compares `pg_dump --schema-only` of both, and the rows the migrations write (seed rows, Hangfire's schema version),
# leaving out only the rows of the EF migrations history tables (and the data steps' progress rows, which carry the time
# they ran). Used when migrations are squashed (docs/operations.md).
#
#   scripts/compare-migrations.sh <old Huzhou.Credit.Web.dll> <new Huzhou.Credit.Web.dll> [<server connection string>]
#
# The server defaults to the development cluster (Host=127.0.0.1;Port=55440;Username=postgres). Two databases
# cmp_old_<pid> and cmp_new_<pid> are created there and dropped at the end; the application role is cmp_app_<pid>, dropped
# too. Exit code 0 and "same schema" when the dumps are identical; otherwise the diff and exit code 1.
# Build the old set once with e.g. `git worktree add /tmp/wt-old main && dotnet build /tmp/wt-old/src/Huzhou.Credit.Web -c Release`.
set -euo pipefail
cd "$(dirname "$0")/.."
old_dll="${1:?old Huzhou.Credit.Web.dll}"
new_dll="${2:?new Huzhou.Credit.Web.dll}"
server="${3:-Host=127.0.0.1;Port=55440;Username=postgres}"
bindir="$(bash scripts/pg-cluster.sh bindir)"
host=$(sed -nE 's/.*Host=([^;]+).*/\1/p' <<<"$server"); port=$(sed -nE 's/.*Port=([^;]+).*/\1/p' <<<"$server")
user=$(sed -nE 's/.*Username=([^;]+).*/\1/p' <<<"$server")
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$host" -p "${port:-5432}" -U "${user:-postgres}")
suffix=$$
role="cmp_app_$suffix"
work=$(mktemp -d)
cleanup() {
  for side in old new; do "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS cmp_${side}_$suffix WITH (FORCE)" || true; done
  "${psql[@]}" -d postgres -c "DROP ROLE IF EXISTS $role" || true
  rm -rf "$work"
}
trap cleanup EXIT

normalise() {
  # pg_dump 15.14+ brackets a dump with \restrict <random key>; the key differs on every run.
  grep -vE '^\\(un)?restrict ' "$1"
}

for side in old new; do
  db="cmp_${side}_$suffix"
  dll=$old_dll; [ "$side" = new ] && dll=$new_dll
  "${psql[@]}" -d postgres -c "CREATE DATABASE $db"
  echo "migrating $db with $dll" >&2
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Credit="$server;Database=$db;Username=$role" \
    ConnectionStrings__CreditOwner="$server;Database=$db" \
    dotnet "$(basename "$dll")" migrate > "$work/$side.log" 2>&1) || { cat "$work/$side.log"; exit 2; }
  "$bindir/pg_dump" -h "$host" -p "${port:-5432}" -U "${user:-postgres}" -d "$db" --schema-only > "$work/$side.schema.sql"
  "$bindir/pg_dump" -h "$host" -p "${port:-5432}" -U "${user:-postgres}" -d "$db" --data-only \
    --exclude-table-data='credit.__ef_migrations_*' --exclude-table-data=credit.record_data_migrations > "$work/$side.data.sql"
done

status=0
diff -u <(normalise "$work/old.schema.sql") <(normalise "$work/new.schema.sql") || status=1
diff -u <(normalise "$work/old.data.sql") <(normalise "$work/new.data.sql") || status=1
if [ "$status" = 0 ]; then
  echo "same schema ($(normalise "$work/new.schema.sql" | wc -l) lines of pg_dump --schema-only) and the same rows"
fi
exit $status
