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

# Up from each county: its package to its city, the city's receipt back.
seed=0
while read -r county city; do
  seed=$((seed + 1))
  run "county-$county.db" init --level county --region "$county"
  run "county-$county.db" demo --units $((5 + seed % 7)) --seed "$seed"
  run "county-$county.db" --json package export --out "$county-1.cdx"
  [ "$(json 'd["records"]')" -gt 0 ] || fail "$county's first package is empty"
  run "city-$city.db" --json package import "$county-1.cdx" --receipt-out "$county-1.cdr" --trust-new-sender
  [ "$(json 'd["refused"]')" = "[]" ] && [ "$(json 'd["conflicts"]')" = 0 ] || fail "$city refused or doubted part of $county's package: $(cat out)"
  run "county-$county.db" package receipt "$county-1.cdr" --trust-new-sender
done < counties.txt

# On from each city: its package (its counties' records) to the province, the receipt back.
for city in $cities; do
  run "city-$city.db" --json package export --out "$city-1.cdx"
  run province.db --json package import "$city-1.cdx" --receipt-out "$city-1.cdr" --trust-new-sender
  [ "$(json 'd["refused"]')" = "[]" ] && [ "$(json 'd["conflicts"]')" = 0 ] || fail "the province refused or doubted part of $city's package"
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

# Everything acknowledged: the next package of every county and every city is empty.
while read -r county city; do
  run "county-$county.db" --json package export --out "$county-2.cdx"
  [ "$(json 'd["records"]')" = 0 ] || fail "$county's next package is not empty"
done < counties.txt
for city in $cities; do
  run "city-$city.db" --json package export --out "$city-2.cdx"
  [ "$(json 'd["records"]')" = 0 ] || fail "$city's next package is not empty"
done
echo "exchange: 20 counties → $(echo "$cities" | wc -l) cities → the province: $(wc -l < union.txt) records, the union exact, receipts back, next packages empty: ok"
