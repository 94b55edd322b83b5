#!/usr/bin/env bash
# The server store's figures (issue 11 §2), side by side on the same machine and CSV: the roster import into a server
# database against psql's \copy of the same CSV into a bare table (goal: within 3×), and the GUI's start on that
# database to the roster's rows (goal: under 2 s). Prints figures; asserts nothing. Runs its own throwaway server.
# Usage: bash tests/benchmarks/run_server.sh [UNITS] [REPEATS]   (after a build in build/)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
units=${1:-100000}
repeats=${2:-3}
cli=$top/build/app/campaigndesk-cli
gui=$top/build/app/campaigndesk
work=$(mktemp -d)
chmod 755 "$work" # the server runs as the postgres user
port=$(( 40000 + RANDOM % 20000 ))
admin=$(bash "$top/tests/server/pgserver.sh" start "$work/pg" "$port")
trap 'bash "$top/tests/server/pgserver.sh" stop "$work/pg"; rm -rf "$work"' EXIT
export CAMPAIGNDESK_LANG=en PGPASSWORD=$(cat "$work/pg/pw.txt")
sql() { psql -X -q -At -h 127.0.0.1 -p "$port" -U cdadmin -d "$@"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {printf "%.2f\n", e - s}'; }

"$cli" --db "$work/demo.db" demo --units "$units" --seed 1 >/dev/null
sqlite3 -csv -header "$work/demo.db" "SELECT u.name AS 单位名称, coalesce(r.code, r.full_name) AS 所属地区, t.name AS 单位类别,
  u.credit_code AS 统一社会信用代码, u.address AS 地址, u.leader AS 负责人, u.phone AS 联系电话, u.staff_count AS 职工人数,
  u.note AS 备注 FROM units u JOIN regions r ON r.id = u.region_id JOIN unit_types t ON t.id = u.type_id" > "$work/roster.csv"
echo "CampaignDesk on a server: $units units, median of $repeats runs, $(nproc) cores, PostgreSQL $(sql postgres -c 'SHOW server_version')"

for i in $(seq "$repeats"); do
  sql postgres -c "DROP DATABASE IF EXISTS bare" -c "CREATE DATABASE bare"
  sql bare -c "CREATE TABLE roster (name text, region text, type text, credit text, address text, leader text, phone text, staff text, note text)"
  seconds sql bare -c "\\copy roster FROM '$work/roster.csv' WITH (FORMAT csv, HEADER true)"
done > "$work/copy.txt"
for i in $(seq "$repeats"); do
  sql postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
  "$cli" --db "${admin}bench" server init >/dev/null
  seconds "$cli" --db "${admin}bench" units import "$work/roster.csv"
done > "$work/import.txt"
# The same rows into the same live table by psql: \copy into a temporary table, then one INSERT … SELECT into `units`
# that looks up each region and type, under the table's foreign keys, unique indexes, row-level security and change
# trigger. No row is checked as the program checks it; this is the work the server's import cannot avoid.
for i in $(seq "$repeats"); do
  sql postgres -c "DROP DATABASE IF EXISTS same" -c "CREATE DATABASE same"
  "$cli" --db "${admin}same" server init >/dev/null
  cat > "$work/same.sql" <<SQL
BEGIN;
CREATE TEMP TABLE staging (name text, region text, type text, credit text, address text, leader text, phone text, staff text, note text);
\\copy staging FROM '$work/roster.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO units (name, region_id, type_id, credit_code, address, leader, phone, staff_count, note)
  SELECT s.name, g.id, t.id, nullif(s.credit, ''), coalesce(s.address, ''), coalesce(s.leader, ''), coalesce(s.phone, ''),
         nullif(s.staff, '')::int, coalesce(s.note, '')
  FROM staging s
  JOIN (SELECT code AS k, id FROM regions WHERE code IS NOT NULL UNION ALL SELECT full_name, id FROM regions WHERE code IS NULL) g
    ON g.k = s.region
  JOIN unit_types t ON t.name = s.type;
COMMIT;
SQL
  seconds sql same -f "$work/same.sql"
done > "$work/same.txt"
copy=$(median < "$work/copy.txt"); ours=$(median < "$work/import.txt"); same=$(median < "$work/same.txt")
echo "psql \\copy into a bare table:  $copy s"
echo "units import into the server:  $ours s"
echo "ratio import / \\copy:          $(awk -v a="$ours" -v b="$copy" 'BEGIN {printf "%.2f", a / b}')"
echo "psql, same rows into units:    $same s (\\copy into a temporary table, one INSERT … SELECT)"
echo "ratio import / same in psql:   $(awk -v a="$ours" -v b="$same" 'BEGIN {printf "%.2f", a / b}')"

if [ -x "$gui" ]; then
  "$cli" --db "${admin}bench" server add-clerk --login province --region 220000 --password pw-province >/dev/null
  for i in $(seq "$repeats"); do
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen \
      "$gui" --db "postgresql://province:pw-province@127.0.0.1:$port/bench" --startup-time "$work/startup" >/dev/null 2>&1
    echo "$(sed -n 1p "$work/startup") $(sed -n 2p "$work/startup")"
  done > "$work/gui.txt"
  echo "GUI start on the server:       $(cut -d' ' -f1 "$work/gui.txt" | median) ms to the window, $(cut -d' ' -f2 "$work/gui.txt" | median) ms to the roster's rows"
fi
