#!/usr/bin/env bash
# The 20-county round trip of issue 12 §3 (DOMAIN.md §11): twenty county files with demo data, each sends its package
# to its 市(州) file, each 市(州) sends on to the province. The province then holds exactly the union of the counties
# (compared record by record, by identity), nothing lost or doubled; the receipts flow back; the next packages are
# empty at every level. The counties are the first twenty of the province's region list, across several cities.
# Usage: test_exchange_20.sh CLI WORKDIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1; work=$2
rm -rf "$work"; mkdir -p "$work"; cd "$work"
export CAMPAIGNDESK_LANG=en QT_QPA_PLATFORM=offscreen
# shellcheck source=exchange_content.sh
source "$here/exchange_content.sh"
fail() { echo "FAIL: $*"; cat "$work/out" "$work/err" 2>/dev/null | head -20; exit 1; }
run() { "$cli" --db "$@" >"$work/out" 2>"$work/err" || fail "$*"; }
json() { /usr/bin/python3 -c "import json; d=json.load(open('$work/out', encoding='utf-8')); print($1)"; }

run province.db init
# county code and its city's code, as the province's own region list has them
sqlite3 province.db "SELECT c.code, p.code FROM regions c JOIN regions p ON p.id = c.parent_id
                     WHERE c.level = 3 AND c.code <> '' AND p.code <> '' ORDER BY c.code LIMIT 20" | tr '|' ' ' > counties.txt
[ "$(wc -l < counties.txt)" = 20 ] || fail "the province has fewer than 20 counties"
cities=$(cut -d' ' -f2 counties.txt | sort -u)
[ "$(echo "$cities" | wc -l)" -ge 2 ] || fail "the twenty counties are all in one city"
for city in $cities; do run "city-$city.db" init --level city --region "$city"; done

# Down first: the province opens the 2016 and 2018 rounds and gives each of these counties a quota; the calendars,
# indicator systems and quotas go to each city and on to its counties, whose receipts come back at every level.
run province.db round add --year 2016
run province.db round add --year 2018
while read -r county city; do run province.db quota set --round 2018 --region "$county" --quota $(( ${county: -1} + 1 )); done < counties.txt
down() { # down FROM TO_FILE TO_CODE N: a package down and its receipt back
  run "$1" --json package export --out "$1-$3-$4.cdx" --to "$3"
  run "$2" --json package import "$1-$3-$4.cdx" --receipt-out "$1-$3-$4.cdr" --trust-new-sender
  [ "$(json 'd["refused"]')" = "[]" ] && [ "$(json 'd["conflicts"]')" = "[]" ] || fail "$2 refused or doubted part of the package down from $1: $(cat out)"
  run "$1" package receipt "$1-$3-$4.cdr" --trust-new-sender
}
for city in $cities; do down province.db "city-$city.db" "$city" 1; done
while read -r county city; do run "county-$county.db" init --level county --region "$county"; down "city-$city.db" "county-$county.db" "$county" 1; done < counties.txt

# Up from each county: its package to its city, the city's receipt back.
seed=0
while read -r county city; do
  seed=$((seed + 1))
  run "county-$county.db" demo --units $((5 + seed % 7)) --seed "$seed"
  run "county-$county.db" --json package export --out "$county-1.cdx"
  [ "$(json 'd["records"]')" -gt 0 ] || fail "$county's first package is empty"
  run "city-$city.db" --json package import "$county-1.cdx" --receipt-out "$county-1.cdr" --trust-new-sender
  [ "$(json 'd["refused"]')" = "[]" ] && [ "$(json 'd["conflicts"]')" = "[]" ] || fail "$city refused or doubted part of $county's package: $(cat out)"
  run "county-$county.db" package receipt "$county-1.cdr" --trust-new-sender
done < counties.txt

# On from each city: its package (its counties' records) to the province, the receipt back.
for city in $cities; do
  run "city-$city.db" --json package export --out "$city-1.cdx"
  run province.db --json package import "$city-1.cdx" --receipt-out "$city-1.cdr" --trust-new-sender
  [ "$(json 'd["refused"]')" = "[]" ] && [ "$(json 'd["conflicts"]')" = "[]" ] || fail "the province refused or doubted part of $city's package"
  run "city-$city.db" package receipt "$city-1.cdr" --trust-new-sender
done

# The union, record by record: the province holds exactly what the twenty counties hold, and each city what its
# counties hold.
codes=$(cut -d' ' -f1 counties.txt | sed "s/.*/'&'/" | paste -sd,)
while read -r county city; do content "county-$county.db" "'$county'"; done < counties.txt | sort > union.txt
content province.db "$codes" | sort > at-province.txt
[ "$(wc -l < union.txt)" -gt 1000 ] || fail "the counties hold too little to compare ($(wc -l < union.txt) records)"
diff -q union.txt at-province.txt >/dev/null || { diff union.txt at-province.txt | head; fail "the province differs from the union of the counties"; }
[ "$(sort union.txt | uniq -d | wc -l)" = 0 ] || fail "a record is doubled"
for city in $cities; do
  mine=$(awk -v c="$city" '$2 == c {print $1}' counties.txt | sed "s/.*/'&'/" | paste -sd,)
  while read -r county c; do if [ "$c" = "$city" ]; then content "county-$county.db" "'$county'"; fi; done < counties.txt | sort > "union-$city.txt"
  content "city-$city.db" "$mine" | sort > "at-$city.txt"
  diff -q "union-$city.txt" "at-$city.txt" >/dev/null || fail "$city differs from its counties"
done

[ "$(grep -c '^score' union.txt)" -gt 100 ] || fail "too few scores travelled ($(grep -c '^score' union.txt))"

# The province recommends for each county whose demo made an eligible unit in 2018 its best one, names them all: the decisions go down through the cities, and each county's file then holds exactly the province's
# decisions on its own units, and every round's calendar and indicator system, and its own quota.
run province.db --json appraise --round 2018 --stage local
json "'\\n'.join(sorted({u['region_code']: '%s %s' % (u['region_code'], u['id']) for u in sorted(d['units'], key=lambda u: -u['total']) if u['eligible']}.values()))" > best.txt
[ "$(wc -l < best.txt)" -ge 5 ] || fail "fewer than five counties have an eligible unit in 2018"
while read -r county unit; do run province.db recommend --round 2018 --region "$county" --units "$unit" --date 2018-11-15; done < best.txt
named=$(sqlite3 province.db "SELECT group_concat(ru.unit_id) FROM recommendation_units ru JOIN recommendations r ON r.id = ru.recommendation_id WHERE r.round_year = 2018 AND r.uuid IS NULL")
[ -n "$named" ] || fail "the province could recommend none of the counties' units"
run province.db name --round 2018 --doc-no 吉文明办〔2018〕下发1号 --date 2018-12-26 --units "$named" --override-reason 测试
for city in $cities; do down province.db "city-$city.db" "$city" 2; done
while read -r county city; do
  down "city-$city.db" "county-$county.db" "$county" 2
  diff <(decisions province.db "'$county'") <(decisions "county-$county.db" "'$county'") >/dev/null \
    || { diff <(decisions province.db "'$county'") <(decisions "county-$county.db" "'$county'") | head; fail "$county's decisions differ from the province's"; }
done < counties.txt
[ "$(sqlite3 province.db "SELECT count(*) FROM naming_units")" = "$(for c in $(cut -d' ' -f1 counties.txt); do sqlite3 "county-$c.db" "SELECT count(*) FROM naming_units nu JOIN namings n ON n.id = nu.naming_id WHERE n.doc_no = '吉文明办〔2018〕下发1号'"; done | paste -sd+ | bc)" ] \
  || fail "the naming's units did not all reach their counties"

# Everything acknowledged: the next package of every county and every city, up and down, is empty.
while read -r county city; do
  run "county-$county.db" --json package export --out "$county-2.cdx"
  [ "$(json 'd["records"]')" = 0 ] || fail "$county's next package is not empty"
done < counties.txt
for city in $cities; do
  run "city-$city.db" --json package export --out "$city-2.cdx"
  [ "$(json 'd["records"]')" = 0 ] || fail "$city's next package is not empty"
  run province.db --json package export --out "down-$city-3.cdx" --to "$city"
  [ "$(json 'd["records"]')" = 0 ] || fail "the province's next package down to $city is not empty"
done
while read -r county city; do
  run "city-$city.db" --json package export --out "down-$county-3.cdx" --to "$county"
  [ "$(json 'd["records"]')" = 0 ] || fail "$city's next package down to $county is not empty"
done < counties.txt
echo "exchange: 20 counties → $(echo "$cities" | wc -l) cities → the province: $(wc -l < union.txt) records ($(grep -c '^score' union.txt) scores), the union exact; calendars, systems, quotas and a naming of $(echo "$named" | tr ',' '\n' | wc -l) units down to every county; receipts back both ways, next packages empty: ok"
