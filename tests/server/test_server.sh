#!/usr/bin/env bash
# The server store (issue 11) against a real PostgreSQL 15 started here and removed at the end: `server init`, a login
# per clerk, and the role matrix {南关区 clerk, 朝阳区 clerk, their 长春市 clerk, the province's clerk} ×
# {read, insert own, insert other region, update other, delete other}, through the program and through a raw psql
# connection with each clerk's own login and password. Every forbidden action fails and changes nothing; every
# allowed one works. Usage: test_server.sh CLI WORKDIR
set -euo pipefail
cli=$1; work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"; mkdir -p "$work"; cd "$work"
export CAMPAIGNDESK_LANG=en QT_QPA_PLATFORM=offscreen
port=$(( 40000 + RANDOM % 20000 ))
admin=$(bash "$here/pgserver.sh" start "$work/pg" "$port")
trap 'bash "$here/pgserver.sh" stop "$work/pg"' EXIT
pw=$(cat "$work/pg/pw.txt")
host=127.0.0.1:$port
PGPASSWORD=$pw psql -X -q -h 127.0.0.1 -p "$port" -U cdadmin -d postgres -c "CREATE DATABASE office"
db=${admin}office
fail() { echo "FAIL: $*"; cat "$work/out" "$work/err" 2>/dev/null; exit 1; }
expect() { local want=$1 who=$2; shift 2; set +e; "$cli" --db "$who" "$@" >"$work/out" 2>"$work/err"; local rc=$?; set -e
           [ "$rc" = "$want" ] || fail "'$*' as ${who%%:*} exited $rc, expected $want"; }
json() { python3 -c "import json,sys; d=json.load(open('$work/out', encoding='utf-8')); print($1)"; }
as() { echo "postgresql://$1:pw-$1@$host/office"; }   # a clerk's address, with her password
# Raw SQL with a clerk's own login: prints psql's output and error as they come, never fails the script itself.
raw() { local who=$1; shift; PGPASSWORD=pw-$who psql -X -At -h 127.0.0.1 -p "$port" -U "$who" -d office -c "$*" 2>&1 || true; }
adminsql() { PGPASSWORD=$pw psql -X -At -h 127.0.0.1 -p "$port" -U cdadmin -d office -c "$*"; }
adminsql_on() { local d=$1; shift; PGPASSWORD=$pw psql -X -At -h 127.0.0.1 -p "$port" -U cdadmin -d "$d" -c "$*"; }

# Set-up: the schema, then one login per clerk.
expect 0 "$db" --json server init
[ "$(json 'd["schema_version"]')" -ge 5 ] && [ "$(json 'd["regions"]')" -gt 50 ] || fail "server init"
expect 2 "$db" server init   # a second init changes nothing
grep -q "set up already" "$work/err" || fail "a second init is not refused by name"
for c in nanguan:220102 chaoyang:220104 changchun:220100 jilin:220000; do
  expect 0 "$db" server add-clerk --login "${c%%:*}" --region "${c##*:}" --password "pw-${c%%:*}"
done
expect 0 "$db" --json server add-clerk --login spare --region 220102
[ "$(json 'len(d["password"])')" = 16 ] || fail "a made password is shown once"
expect 0 "$db" --json server list-clerks
[ "$(json '",".join(c["login"] + "/" + c["level"] for c in d["clerks"])')" = "jilin/province,changchun/city,nanguan/county,spare/county,chaoyang/county" ] \
  || fail "list-clerks: $(cat "$work/out")"
expect 0 "$db" server remove-clerk --login spare
[ "$(adminsql "SELECT count(*) FROM pg_roles WHERE rolname = 'spare'")" = 0 ] || fail "remove-clerk left the login"
expect 2 "$db" server remove-clerk --login spare
expect 3 "postgresql://nanguan:wrong@$host/office" units list
grep -q "refused the login" "$work/err" || fail "a wrong password is not said so"
expect 0 "$(as nanguan)" --json check
[ "$(json 'd["ok"]')" = True ] || fail "check on the server"

# Each county registers a unit of its own through the program; a unit of the other county is refused by name.
printf '单位名称,所属地区,单位类别\n南关区光荣院,220102,光荣院\n' > 南关.csv
printf '单位名称,所属地区,单位类别\n朝阳区军休站,220104,军休站\n' > 朝阳.csv
printf '单位名称,所属地区,单位类别\n吉林市军供站,220200,军供站\n' > 吉林市.csv
expect 0 "$(as nanguan)" units import 南关.csv
expect 0 "$(as chaoyang)" units import 朝阳.csv
expect 2 "$(as nanguan)" units import 朝阳.csv
grep -q "220104 is outside" "$work/err" || fail "the program does not name the other region"
expect 2 "$(as changchun)" units import 吉林市.csv
expect 0 "$(as jilin)" units import 吉林市.csv
ng=$(adminsql "SELECT id FROM units WHERE name = '南关区光荣院'")
cy=$(adminsql "SELECT id FROM units WHERE name = '朝阳区军休站'")
jl=$(adminsql "SELECT id FROM units WHERE name = '吉林市军供站'")
rid() { adminsql "SELECT id FROM regions WHERE code = '$1'"; }

# Read, through the program and raw: each sees its region's units and no other.
for c in nanguan:南关区光荣院 chaoyang:朝阳区军休站 changchun:南关区光荣院,朝阳区军休站 jilin:南关区光荣院,吉林市军供站,朝阳区军休站; do
  who=${c%%:*}; want=${c##*:}
  expect 0 "$(as "$who")" --json units list
  [ "$(json '",".join(sorted(u["name"] for u in d["units"]))')" = "$want" ] || fail "$who reads $(cat "$work/out") through the program"
  [ "$(raw "$who" "SELECT string_agg(name, ',' ORDER BY name) FROM units")" = "$want" ] || fail "$who reads other units raw"
done

# Records follow their unit: a veto on the other county's unit is refused; the own one is kept.
expect 0 "$(as nanguan)" veto add --unit "$ng" --kind 群体访 --date 2014-05-01
expect 2 "$(as nanguan)" veto add --unit "$cy" --kind 群体访 --date 2014-05-01
expect 0 "$(as chaoyang)" veto add --unit "$cy" --kind 进京访 --date 2014-06-01
expect 0 "$(as changchun)" --json veto list
[ "$(json 'd["count"]')" = 2 ] || fail "the city does not read both counties' vetoes"
expect 0 "$(as nanguan)" --json veto list
[ "$(grep -o '进京访' "$work/out" | wc -l)" = 0 ] || fail "南关区 reads 朝阳区's veto"

# Evidence files are kept in the database (attachment_blobs) and read by whoever may read the record that names them:
# 南关区 attaches a photo from one computer; 长春市 opens the unit's dossier on another (an empty cache) and gets it.
printf 'photo of the 2014 speech contest' > 演讲.jpg
sha=$(sha256sum 演讲.jpg | cut -c1-64)
XDG_CACHE_HOME=$work/cache-nanguan expect 0 "$(as nanguan)" activity add --unit "$ng" --date 2014-05-20 --kind 演讲比赛 --file 演讲.jpg
[ "$(adminsql "SELECT count(*) FROM attachment_blobs WHERE sha256 = '$sha'")" = 1 ] || fail "the file did not reach the server"
[ "$(raw chaoyang "SELECT count(*) FROM attachment_blobs")" = 0 ] || fail "朝阳区 reads 南关区's evidence"
[ "$(raw changchun "SELECT count(*) FROM attachment_blobs")" = 1 ] || fail "长春市 cannot read its county's evidence"
XDG_CACHE_HOME=$work/cache-changchun expect 0 "$(as changchun)" report unit-dossier --unit "$ng" --out 档案.pdf
[ -n "$(find "$work/cache-changchun" -name "$sha")" ] || fail "the dossier on another computer did not fetch the file"
[ "$(sha256sum "$(find "$work/cache-changchun" -name "$sha")" | cut -c1-64)" = "$sha" ] || fail "the fetched file differs"
out=$(raw chaoyang "UPDATE attachment_blobs SET bytes = 'x'"); [ "$out" = "UPDATE 0" ] || fail "a county changed a stored file: $out"

# The matrix through raw SQL. "other" is the other county's unit (for the city: a unit of 吉林市, outside it).
before=$(adminsql "SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM units u")
matrix() { # clerk, own region code, other unit id, other region code
  local who=$1 own=$2 other=$3 otherRegion=$4 out
  out=$(raw "$who" "INSERT INTO units(name, region_id, type_id) VALUES ('$who 新单位', $(rid "$own"), 1) RETURNING name")
  [ "$out" = "$who 新单位"$'\n'"INSERT 0 1" ] || fail "$who cannot insert in its own region: $out"
  out=$(raw "$who" "INSERT INTO units(name, region_id, type_id) VALUES ('越权', $(rid "$otherRegion"), 1)")
  [[ "$out" == *"violates row-level security policy"* ]] || fail "$who inserted into $otherRegion: $out"
  out=$(raw "$who" "UPDATE units SET name = '改名' WHERE id = $other")
  [ "$out" = "UPDATE 0" ] || fail "$who updated unit $other: $out"
  out=$(raw "$who" "UPDATE units SET region_id = $(rid "$otherRegion") WHERE name = '$who 新单位'")
  [[ "$out" == *"violates row-level security policy"* ]] || fail "$who moved a unit out of its region: $out"
  out=$(raw "$who" "DELETE FROM units WHERE id = $other")
  [ "$out" = "DELETE 0" ] || fail "$who deleted unit $other: $out"
  out=$(raw "$who" "INSERT INTO veto_events(unit_id, kind_id, date) VALUES ($other, 1, '2014-01-01')")
  [[ "$out" == *"violates row-level security policy"* ]] || fail "$who recorded a veto on unit $other: $out"
  out=$(raw "$who" "DELETE FROM veto_events WHERE unit_id = $other")
  [ "$out" = "DELETE 0" ] || fail "$who deleted unit $other's veto: $out"
  raw "$who" "DELETE FROM units WHERE name = '$who 新单位'" >/dev/null
}
matrix nanguan 220102 "$cy" 220104
matrix chaoyang 220104 "$ng" 220102
matrix changchun 220102 "$jl" 220200
[ "$(adminsql "SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM units u")" = "$before" ] || fail "a forbidden action changed the units"
[ "$(adminsql "SELECT count(*) FROM veto_events")" = 2 ] || fail "a forbidden veto was kept"

# The province reads, inserts, updates and deletes anywhere; the shared lists are the province's to change.
[ "$(raw jilin "UPDATE units SET note = '省级核查' WHERE id = $cy")" = "UPDATE 1" ] || fail "the province cannot update a county's unit"
[ "$(raw jilin "INSERT INTO units(name, region_id, type_id) VALUES ('省直单位', $(rid 220000), 1) RETURNING name" | head -1)" = "省直单位" ] || fail "province insert"
[ "$(raw jilin "DELETE FROM units WHERE name = '省直单位'")" = "DELETE 1" ] || fail "the province cannot delete"
out=$(raw nanguan "INSERT INTO veto_kinds(name) VALUES ('自定义')"); [[ "$out" == *"row-level security"* ]] || fail "a county changed a shared list: $out"
[ "$(raw nanguan "UPDATE regions SET name = 'x'")" = "UPDATE 0" ] || fail "a county renamed a region"
[ "$(raw jilin "INSERT INTO veto_kinds(name) VALUES ('自定义') RETURNING name" | head -1)" = "自定义" ] || fail "the province cannot add a veto kind"

# What no clerk may do at all, not even the province's.
for who in nanguan jilin; do
  for stmt in "SELECT count(*) FROM clerks" "TRUNCATE units" "ALTER TABLE units DISABLE ROW LEVEL SECURITY" \
              "SET ROLE office_owner" "DELETE FROM audit_log" "UPDATE audit_log SET detail = ''" "DROP POLICY read ON units" \
              "INSERT INTO clerks VALUES ('$who', 1, 'province', '')"; do
    out=$(raw "$who" "$stmt")
    [[ "$out" == *"ERROR"* ]] || fail "$who could: $stmt → $out"
  done
done
# A clerk may not hand herself a wider region by any function she can call.
[ "$(raw nanguan "SELECT cd_whole()")" = f ] || fail "cd_whole() for a county"
[ "$(raw nanguan "SELECT count(*) FROM units WHERE region_id IN (SELECT id FROM regions)")" = 1 ] || fail "a county reads past its scope"
expect 0 "$db" --json check
[ "$(json 'd["ok"]')" = True ] || fail "the administrator's check"
adminsql "ALTER TABLE units NO FORCE ROW LEVEL SECURITY" >/dev/null
expect 3 "$db" --json check
[ "$(json 'd["problems"]')" = "['table units has no row-level security']" ] || fail "check misses a table without row security"
# server copy: a whole data file (a demo round with records, scores, namings and an attached file) onto an empty
# server database; every row of every table compared, and the attached file read back from the server.
"$cli" --db 文件.db demo --units 40 --seed 3 >/dev/null
"$cli" --db 文件.db activity add --unit 2 --date 2014-05-20 --kind 演讲比赛 --file 演讲.jpg >/dev/null
"$cli" --db 文件.db rectification add --unit 3 --finding 窗口服务指南未公开 --deadline 2014-09-30 >/dev/null
PGPASSWORD=$pw psql -X -q -h 127.0.0.1 -p "$port" -U cdadmin -d postgres -c "CREATE DATABASE copied"
expect 0 "${admin}copied" --json server copy --from 文件.db
[ "$(json 'd["rows"]')" -gt 1000 ] || fail "server copy copied $(json 'd["rows"]') rows"
expect 2 "${admin}copied" server copy --from 文件.db   # only onto an empty database
PGPASSWORD=$pw python3 - "$work/文件.db" "$port" <<'PY'
import json, sqlite3, subprocess, sys
f = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in f.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
bad = []
for t in tables:
    cols = [r[1] for r in f.execute(f'PRAGMA table_info("{t}")')]
    order = ", ".join(f'"{c}"' for c in cols)
    mine = [list(r) for r in f.execute(f'SELECT {order} FROM "{t}" ORDER BY {order}')]
    out = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-p", sys.argv[2], "-U", "cdadmin", "-d", "copied", "-c",
                          f"SELECT coalesce(json_agg(json_build_array({order}) ORDER BY {order}), '[]') FROM \"{t}\""],
                         capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out)
    if mine != theirs:
        bad.append(f"{t}: {len(mine)} rows in the file, {len(theirs)} on the server")
if len(tables) < 30 or bad:
    print("FAIL: server copy differs:", bad or f"only {len(tables)} tables"); sys.exit(1)
print(f"server copy: {len(tables)} tables, every row the same")
PY
[ "$(adminsql_on copied "SELECT count(*) FROM attachment_blobs WHERE sha256 = '$sha'")" = 1 ] || fail "server copy left the attached file behind"
expect 0 "${admin}copied" server add-clerk --login copyclerk --region 220000 --password pw-copyclerk
expect 0 "postgresql://copyclerk:pw-copyclerk@$host/copied" --json units list
[ "$(json 'd["count"]')" = 40 ] || fail "the copied units are not read through the program"
printf '单位名称,所属地区,单位类别\n复制后新增单位,220102,光荣院\n' > 新增.csv
expect 0 "postgresql://copyclerk:pw-copyclerk@$host/copied" units import 新增.csv   # the ids go on after the copied ones
# The same file copied onto a new database of the same name: this computer's cache of the old one still holds the
# attached file, and the new server gets it all the same.
PGPASSWORD=$pw psql -X -q -h 127.0.0.1 -p "$port" -U cdadmin -d postgres -c "DROP DATABASE copied" -c "CREATE DATABASE copied"
expect 0 "${admin}copied" server copy --from 文件.db
[ "$(adminsql_on copied "SELECT count(*) FROM attachment_blobs WHERE sha256 = '$sha'")" = 1 ] || fail "a second server copy trusted the cache for the attached file"
echo "server store: init, clerks, the role matrix through the program and raw SQL, and server copy hold"
