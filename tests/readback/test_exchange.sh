#!/usr/bin/env bash
# The offline exchange between levels (issue 12, DOMAIN.md §11) through the CLI, as three offices would do it:
# two counties of 长春市 send their packages up, the 市(州) applies them and sends on to the province, receipts flow
# back, and the next packages are empty. Then bad packages, each refused with its reason and the receiving file
# unchanged byte for byte. Usage: test_exchange.sh CLI WORKDIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1; work=$2
rm -rf "$work"; mkdir -p "$work"; cd "$work"
export CAMPAIGNDESK_LANG=en QT_QPA_PLATFORM=offscreen
py=/usr/bin/python3
c() { local db=$1; shift; "$cli" --db "$db" "$@"; }
expect() { local want=$1 db=$2; shift 2; set +e; "$cli" --db "$db" "$@" >"$work/out" 2>"$work/err"; local rc=$?; set -e
           [ "$rc" = "$want" ] || { echo "FAIL: '$*' on $db exited $rc, expected $want"; cat "$work/out" "$work/err"; exit 1; }; }
json() { "$py" -c "import json,sys; d=json.load(open('$work/out', encoding='utf-8')); print($1)"; }
# shellcheck source=exchange_content.sh
source "$here/exchange_content.sh"

c 南关区.db init --level county --region 220102 >/dev/null
c 宽城区.db init --level county --region 220103 >/dev/null
c 长春市.db init --level city --region 220100 >/dev/null
c 吉林省.db init >/dev/null

# Down first: the province opens the 2016 and 2018 rounds and sends the calendars and indicator systems to 长春市,
# which sends them on to its counties; each receipt comes back. A county then scores under the same systems as the
# levels above it, so its scores can go up.
c 吉林省.db round add --year 2016 >/dev/null
c 吉林省.db round add --year 2018 >/dev/null
c 吉林省.db quota set --round 2018 --region 220102 --quota 3 >/dev/null
c 吉林省.db quota set --round 2018 --region 220204 --quota 9 >/dev/null   # 船营区, 吉林市: never sent to 长春市
expect 1 吉林省.db package export --out x.cdx --to
expect 2 吉林省.db package export --out x.cdx --to 220000
grep -q "is not an office below" "$work/err" || { echo "FAIL: the province itself is taken as below it"; cat "$work/err"; exit 1; }
expect 2 南关区.db package export --out x.cdx --to 220103
expect 0 吉林省.db --json package export --out 吉林省-长春市1.cdx --to 220100
[ "$(json 'd["to"]')" = 220100 ] && [ "$(json 'd["since"]')" = None ] && [ "$(json 'd["region_code"]')" = 220000 ]
expect 2 南关区.db package import 吉林省-长春市1.cdx --receipt-out x.cdr --trust-new-sender   # addressed to 长春市
grep -q "is addressed to 220100" "$work/err" || { echo "FAIL: a package for another office is not refused by its address"; cat "$work/err"; exit 1; }
expect 0 长春市.db --json package import 吉林省-长春市1.cdx --receipt-out 吉林省-长春市1.cdr --trust-new-sender
[ "$(json 'd["status"]')" = applied ] && [ "$(json 'd["added"]')" -ge 5 ] && [ "$(json 'd["refused"]')" = "[]" ] || { echo "FAIL: down to 长春市: $(cat out)"; exit 1; }
[ "$(sqlite3 长春市.db "SELECT group_concat(year) FROM (SELECT year FROM rounds ORDER BY year)")" = 2014,2016,2018 ]
[ "$(sqlite3 长春市.db "SELECT count(*) FROM quotas q JOIN regions r ON r.id = q.region_id WHERE r.code = '220204'")" = 0 ]
expect 0 吉林省.db --json package receipt 吉林省-长春市1.cdr --trust-new-sender
for county in 220102:南关区 220103:宽城区; do
  expect 0 长春市.db package export --out "长春市-${county#*:}1.cdx" --to "${county%:*}"
  expect 0 "${county#*:}.db" --json package import "长春市-${county#*:}1.cdx" --receipt-out "长春市-${county#*:}1.cdr" --trust-new-sender
  [ "$(json 'd["refused"]')" = "[]" ] || { echo "FAIL: down to ${county#*:}: $(cat out)"; exit 1; }
  expect 0 长春市.db package receipt "长春市-${county#*:}1.cdr" --trust-new-sender
done
for f in 长春市:220100,220102,220103 南关区:220102 宽城区:220103; do
  codes=$(echo "${f#*:}" | sed "s/[0-9]*/'&'/g")
  diff <(decisions 吉林省.db "$codes") <(decisions "${f%%:*}.db" "$codes") >/dev/null || { echo "FAIL: ${f%%:*}'s calendar, systems or quotas differ from the province's"; diff <(decisions 吉林省.db "$codes") <(decisions "${f%%:*}.db" "$codes") | head; exit 1; }
done
[ "$(sqlite3 南关区.db "SELECT quota FROM quotas q JOIN regions r ON r.id = q.region_id WHERE r.code = '220102' AND round_year = 2018")" = 3 ]
[ "$(sqlite3 宽城区.db "SELECT count(*) FROM quotas")" = 0 ]   # 南关区's quota is not 宽城区's business

c 南关区.db demo --units 25 --seed 1 >/dev/null
c 宽城区.db demo --units 18 --seed 2 >/dev/null
printf 'photo of the 2014 speech contest' > 演讲.jpg
printf '%%PDF-1.4 sign-in sheet' > 签到表.pdf
c 南关区.db activity add --unit 1 --date 2014-05-20 --kind 演讲比赛 --participants 30 --file "演讲.jpg;签到表.pdf" >/dev/null
c 宽城区.db activity add --unit 2 --date 2014-06-01 --kind 座谈会 --file "演讲.jpg" >/dev/null   # the same photo: kept once
c 南关区.db veto add --unit 3 --kind 群体访 --date 2014-07-01 --note 上访 >/dev/null
c 南关区.db rectification add --unit 4 --finding 窗口服务指南未公开 --deadline 2014-09-30 >/dev/null
# 南关区's own ranked recommendation, with its date and override reason (its local appraisal's scores go up too).
scored=$(c 南关区.db --json appraise --round 2016 | "$py" -c "
import json, sys
print(','.join(str(u['id']) for u in sorted(json.load(sys.stdin)['units'], key=lambda u: u['rank'] or 99) if u['eligible']))")
[ -n "$scored" ] || { echo "FAIL: the demo made no eligible unit of 南关区 in 2016"; exit 1; }
c 南关区.db recommend --round 2016 --region 220102 --units "$scored" --date 2016-11-15 --override-reason 补报 >/dev/null
[ "$(sqlite3 南关区.db "SELECT count(*) FROM recommendations r JOIN regions g ON g.id = r.region_id WHERE g.code = '220102'")" = 1 ]

# Up: each county to 长春市. The first package from an office whose key is not registered is refused with the key's
# fingerprint, and accepted with --trust-new-sender.
expect 0 南关区.db --json package export --out 南关区1.cdx
[ "$(json 'd["since"]')" = None ] && [ "$(json 'd["files"]')" = 2 ] && [ "$(json 'd["region_code"]')" = 220102 ] && [ "$(json 'd["to"]')" = None ]
# (长春市 registered 南关区's key with the receipt of its package down; a new city file has not.)
c 长春市-新.db init --level city --region 220100 >/dev/null
sum_before=$(sha256sum 长春市-新.db | cut -c1-64)
expect 2 长春市-新.db package import 南关区1.cdx --receipt-out 南关区1.cdr
grep -q "fingerprint" "$work/err" && grep -q -- "--trust-new-sender" "$work/err" || { echo "FAIL: an unknown sender is not named"; cat "$work/err"; exit 1; }
[ "$(sha256sum 长春市-新.db | cut -c1-64)" = "$sum_before" ] || { echo "FAIL: a refused package changed the file"; exit 1; }
[ ! -e 南关区1.cdr ] || { echo "FAIL: a refused package wrote a receipt"; exit 1; }
expect 0 长春市.db --json package import 南关区1.cdx --receipt-out 南关区1.cdr --trust-new-sender
[ "$(json 'd["status"]')" = applied ] && [ "$(json 'd["added"]')" -gt 25 ] && [ "$(json 'd["refused"]')" = "[]" ] && [ "$(json 'd["conflicts"]')" = "[]" ] \
  || { echo "FAIL: 南关区's package at 长春市: $(cat out)"; exit 1; }
[ "$(sqlite3 长春市.db "SELECT count(*) FROM scores")" -gt 0 ] && [ "$(sqlite3 长春市.db "SELECT count(*) FROM recommendations")" = 1 ]
expect 0 南关区.db package receipt 南关区1.cdr --trust-new-sender
expect 0 宽城区.db package export --out 宽城区1.cdx
expect 0 长春市.db package import 宽城区1.cdx --receipt-out 宽城区1.cdr --trust-new-sender
expect 0 宽城区.db package receipt 宽城区1.cdr --trust-new-sender
# The same package again: nothing changes, the same receipt, byte for byte.
expect 0 长春市.db --json package import 南关区1.cdx --receipt-out 南关区1-again.cdr
[ "$(json 'd["status"]')" = duplicate ] && [ "$(json 'd["added"] + d["updated"]')" = 0 ] && cmp 南关区1.cdr 南关区1-again.cdr
# On: 长春市 to the province, with both counties' records.
expect 0 长春市.db package export --out 长春市1.cdx
expect 0 吉林省.db package import 长春市1.cdx --receipt-out 长春市1.cdr --trust-new-sender
expect 0 长春市.db package receipt 长春市1.cdr --trust-new-sender
# The union, table by table: the province holds exactly what the two counties hold, nothing lost or doubled.
regions="'220102','220103'"
{ content 南关区.db "'220102'"; content 宽城区.db "'220103'"; } | grep -v "^file" | sort > counties.txt
content 吉林省.db "$regions" | grep -v "^file" > province.txt
content 长春市.db "$regions" | grep -v "^file" > city.txt
diff counties.txt city.txt >/dev/null || { echo "FAIL: 长春市 differs from its counties"; diff counties.txt city.txt | head; exit 1; }
diff counties.txt province.txt >/dev/null || { echo "FAIL: the province differs from the counties"; diff counties.txt province.txt | head; exit 1; }
[ "$(wc -l < province.txt)" -gt 100 ]
[ "$(sqlite3 吉林省.db "SELECT count(*) FROM attachments")" = 3 ]
for sha in $(sha256sum 演讲.jpg 签到表.pdf | cut -c1-64); do
  [ -f "吉林省.files/${sha:0:2}/$sha" ] || { echo "FAIL: evidence $sha did not reach the province"; exit 1; }
done
# The local appraisal arrives as the county gave it: the same totals and ranks at 长春市 and at the province.
appraised() { c "$1" --json appraise --round 2016 --stage local | "$py" -c "
import json, sys
d = json.load(sys.stdin)
print(sorted((u['name'], u['total'], u['eligible']) for u in d['units'] if u['region_code'] == '220102'))"; }
[ "$(appraised 南关区.db)" = "$(appraised 长春市.db)" ] && [ "$(appraised 南关区.db)" = "$(appraised 吉林省.db)" ] && [ "$(appraised 南关区.db)" != "[]" ] \
  || { echo "FAIL: the local appraisal differs between the levels"; appraised 南关区.db; appraised 吉林省.db; exit 1; }

# The province's decisions come down: it names the units 南关区 recommended, reviews one of them in the next round,
# and the counties' own files then show it, each only for its own units.
ids=$(for id in ${scored//,/ }; do sqlite3 吉林省.db "SELECT p.id FROM units p WHERE p.uuid = '$(sqlite3 南关区.db "SELECT uuid FROM units WHERE id = $id")'"; done | paste -sd,)
c 吉林省.db name --round 2016 --doc-no 吉文明办〔2016〕下发1号 --date 2016-12-26 --units "$ids" --override-reason 测试下发 >/dev/null
c 吉林省.db review --round 2018 --unit "${ids%%,*}" --outcome retained --date 2018-12-20 --doc-no 吉文明办〔2018〕下发2号 --reason 复查合格 >/dev/null
expect 0 吉林省.db --json package export --out 吉林省-长春市2.cdx --to 220100
[ "$(json 'd["since"]')" != None ] && [ "$(json 'd["records"]')" -ge 1 ]
expect 0 长春市.db package import 吉林省-长春市2.cdx --receipt-out 吉林省-长春市2.cdr
expect 0 吉林省.db package receipt 吉林省-长春市2.cdr
for county in 220102:南关区 220103:宽城区; do
  expect 0 长春市.db package export --out "长春市-${county#*:}2.cdx" --to "${county%:*}"
  expect 0 "${county#*:}.db" --json package import "长春市-${county#*:}2.cdx" --receipt-out "长春市-${county#*:}2.cdr"
  [ "$(json 'd["refused"]')" = "[]" ] || { echo "FAIL: decisions down to ${county#*:}: $(cat out)"; exit 1; }
  expect 0 长春市.db package receipt "长春市-${county#*:}2.cdr"
  codes="'${county%:*}'"
  diff <(decisions 吉林省.db "$codes") <(decisions "${county#*:}.db" "$codes") >/dev/null || { echo "FAIL: ${county#*:} lacks the province's decisions"; diff <(decisions 吉林省.db "$codes") <(decisions "${county#*:}.db" "$codes"); exit 1; }
done
[ "$(sqlite3 南关区.db "SELECT count(*) FROM naming_units nu JOIN namings n ON n.id = nu.naming_id WHERE n.doc_no = '吉文明办〔2016〕下发1号'")" = "$(echo "$ids" | tr ',' '\n' | wc -l)" ]
[ "$(sqlite3 宽城区.db "SELECT count(*) FROM namings WHERE doc_no = '吉文明办〔2016〕下发1号'")" = 0 ]
[ "$(sqlite3 南关区.db "SELECT count(*) FROM reviews WHERE doc_no = '吉文明办〔2018〕下发2号'")" = 1 ]
# 南关区's own status report shows the title from the naming that came down.
c 南关区.db --json status --date 2017-01-10 > status.json
named_uuid=$(sqlite3 吉林省.db "SELECT uuid FROM units WHERE id = ${ids##*,}")
named_here=$(sqlite3 南关区.db "SELECT id FROM units WHERE uuid = '$named_uuid'")
"$py" -c "import json,sys; d=json.load(open('status.json', encoding='utf-8')); sys.exit(0 if $named_here in [h['id'] if isinstance(h, dict) else h for h in d['holders']] else 1)" \
  || { echo "FAIL: 南关区's status does not show its unit named by the province"; head -c 600 status.json; exit 1; }

# Everything acknowledged, both ways: the next packages are empty.
for f in 南关区 宽城区 长春市; do
  expect 0 $f.db --json package export --out ${f}2.cdx
  [ "$(json 'd["records"]')" = 0 ] || { echo "FAIL: $f's next package is not empty"; cat "$work/out"; exit 1; }
done
for down in 吉林省:220100 长春市:220102 长春市:220103; do
  expect 0 "${down%:*}.db" --json package export --out "down-again.cdx" --to "${down#*:}"
  [ "$(json 'd["records"]')" = 0 ] || { echo "FAIL: ${down%:*}'s next package down to ${down#*:} is not empty"; cat "$work/out"; exit 1; }
done

# A record changed on both sides since the last exchange is a conflict: both versions kept, the local one in place.
printf '单位名称,所属地区,单位类别,统一社会信用代码,地址\n' > a.csv; cp a.csv b.csv
name=$(sqlite3 南关区.db "SELECT name FROM units WHERE id = 5"); type=$(sqlite3 南关区.db "SELECT t.name FROM units u JOIN unit_types t ON t.id = u.type_id WHERE u.id = 5")
credit=$(sqlite3 南关区.db "SELECT coalesce(credit_code, '') FROM units WHERE id = 5")
printf '%s,220102,%s,%s,市里改的地址\n' "$name" "$type" "$credit" >> a.csv
printf '%s,220102,%s,%s,县里改的地址\n' "$name" "$type" "$credit" >> b.csv
c 长春市.db units import a.csv >/dev/null
c 南关区.db units import b.csv >/dev/null
expect 0 南关区.db --json package export --out 南关区3.cdx
[ "$(json 'd["records"]')" = 1 ]
expect 0 长春市.db --json package import 南关区3.cdx --receipt-out 南关区3.cdr
[ "$(json 'len(d["conflicts"])')" = 1 ] && [ "$(json 'd["added"] + d["updated"]')" = 0 ] && [ "$(json 'd["conflicts"][0]["record"]')" = "unit/$(sqlite3 南关区.db "SELECT uuid FROM units WHERE id = 5")" ]
[ "$(sqlite3 长春市.db "SELECT address FROM units WHERE name = '$name'")" = 市里改的地址 ]
sqlite3 长春市.db "SELECT incoming FROM exchange_conflicts" | grep -q 县里改的地址 || { echo "FAIL: the incoming version was not kept"; exit 1; }
# The clerk sees both side by side and decides: the county's version. Decided once, audited, gone from the list.
expect 0 长春市.db --json package conflicts
[ "$(json 'd["count"]')" = 1 ] || { echo "FAIL: package conflicts: $(cat out)"; exit 1; }
[ "$(json '[(f["local"], f["incoming"]) for f in d["items"][0]["fields"] if f["differs"]]')" = "[('市里改的地址', '县里改的地址')]" ] \
  || { echo "FAIL: the conflict does not show both addresses alone: $(cat out)"; exit 1; }
conflict=$(json 'd["items"][0]["id"]')
expect 1 长春市.db package decide --conflict "$conflict" --keep theirs
expect 0 长春市.db package decide --conflict "$conflict" --keep incoming
[ "$(sqlite3 长春市.db "SELECT address FROM units WHERE name = '$name'")" = 县里改的地址 ] || { echo "FAIL: the incoming version was not taken"; exit 1; }
expect 2 长春市.db package decide --conflict "$conflict" --keep local
grep -q "decided already: the package's version was taken" "$work/err" || { echo "FAIL: a second decision is not refused by name"; exit 1; }
expect 0 长春市.db --json package conflicts
[ "$(json 'd["count"]')" = 0 ]
[ "$(sqlite3 长春市.db "SELECT count(*) FROM audit_log WHERE action = 'exchange-conflict' AND new_value = 'incoming'")" = 1 ]
expect 0 长春市.db --json package list
[ "$(json 'sum(1 for x in d["items"] if x["direction"] == "received")')" = 5 ]   # three up from the counties, two down from the province
[ "$(json 'sorted(set(str(x["to"]) for x in d["items"] if x["direction"] == "sent"))')" = "['220102', '220103', 'None']" ] || { echo "FAIL: package list: $(cat out)"; exit 1; }
expect 0 吉林省.db package list
grep -q "sent .* down to the office of 220100" "$work/out" || { echo "FAIL: package list does not say where a package went down"; cat "$work/out"; exit 1; }

# Bad packages: each refused with a reason, the receiving file unchanged byte for byte, no receipt written.
c 吉林省.db init >/dev/null 2>&1 || true
c 长春市2.db init --level city --region 220100 >/dev/null
c 辽宁.db init --province 21 --level county --region 210102 >/dev/null
c 辽宁.db demo --units 3 >/dev/null
c 辽宁.db package export --out 辽宁.cdx >/dev/null
c 南关区.db package export --out 南关区4.cdx >/dev/null   # builds on 南关区1's receipt, which 长春市2 never saw
sqlite3 南关区.db "SELECT private_key FROM exchange_identity" > 南关区-key.pem   # to sign a lying manifest as 南关区 would
"$py" - "$work" <<'PY'
import base64, hashlib, io, json, os, subprocess, sys, zipfile
w = sys.argv[1]
src = f"{w}/南关区1.cdx"
data = open(src, "rb").read()
names = zipfile.ZipFile(src).namelist()
def rebuild(out, change):
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(f"{w}/{out}", "w", zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist():
            b = zin.read(n)
            b2 = change(n, b)
            if b2 is not None:
                z.writestr(n, b2)
        extra = change(None, None)
        if extra:
            for n, b in extra:
                z.writestr(n, b)
# One byte flipped inside each part, in the zip's own bytes (a transfer error) and in the part's content (an edit).
for i, n in enumerate(names):
    rebuild(f"flip-part-{i}.cdx", lambda name, b, n=n: (b[:len(b) // 2] + bytes([b[len(b) // 2] ^ 1]) + b[len(b) // 2 + 1:]) if name == n else (b if name else None))
raw = bytearray(data); raw[len(raw) // 3] ^= 0x40
open(f"{w}/flip-zip.cdx", "wb").write(raw)
open(f"{w}/truncated.cdx", "wb").write(data[: len(data) // 2])
open(f"{w}/empty.cdx", "wb").write(b"")
open(f"{w}/not-zip.cdx", "wb").write(b"hello, this is not a package\n" * 10)
rebuild("traversal.cdx", lambda name, b: b if name else [("../../x", b"boom")])
rebuild("extra.cdx", lambda name, b: b if name else [("evidence/" + "0" * 64, b"unlisted")])
rebuild("bomb.cdx", lambda name, b: (b"\0" * (400 * 1024 * 1024)) if name == "records/unit.jsonl" else b)
def manifest(change):
    def f(name, b):
        if name == "manifest.json":
            m = json.loads(b); change(m); return json.dumps(m, ensure_ascii=False, indent=4).encode()
        return b if name else None
    return f
rebuild("counts-lie.cdx", manifest(lambda m: m["counts"].update(unit=999)))
rebuild("hash-lie.cdx", manifest(lambda m: m["parts"][0].update(sha256="0" * 64)))
rebuild("newer.cdx", manifest(lambda m: m.update(format=2)))
rebuild("other-region.cdx", manifest(lambda m: m["sender"].update(region_code="220204")))
# Signed with 南关区's own key, yet its counts lie: one unit more than its part holds.
def signed_lie(name, b):
    if name == "manifest.json":
        m = json.loads(b); m["counts"]["unit"] += 1
        signed_lie.m = json.dumps(m, ensure_ascii=False, indent=4).encode()
        open(f"{w}/lie.json", "wb").write(signed_lie.m)
        return signed_lie.m
    if name == "manifest.sig":
        return None  # written after the manifest, below
    return b if name else [("manifest.sig", base64.b64encode(subprocess.run(
        ["openssl", "pkeyutl", "-sign", "-inkey", f"{w}/南关区-key.pem", "-rawin", "-in", f"{w}/lie.json"],
        check=True, capture_output=True).stdout))]
rebuild("signed-counts-lie.cdx", signed_lie)
PY
for bad in flip-part-*.cdx flip-zip.cdx truncated.cdx empty.cdx not-zip.cdx traversal.cdx extra.cdx bomb.cdx counts-lie.cdx signed-counts-lie.cdx hash-lie.cdx newer.cdx other-region.cdx 辽宁.cdx 南关区4.cdx; do
  before=$(sha256sum 长春市2.db | cut -c1-64)
  rm -f bad.cdr
  expect 2 长春市2.db package import "$bad" --receipt-out bad.cdr --trust-new-sender
  grep -q "was refused" "$work/err" || { echo "FAIL: $bad: no reason"; cat "$work/err"; exit 1; }
  [ "$(sha256sum 长春市2.db | cut -c1-64)" = "$before" ] || { echo "FAIL: $bad changed the file"; exit 1; }
  [ ! -e bad.cdr ] || { echo "FAIL: $bad wrote a receipt"; exit 1; }
  echo "  $bad: $(head -c 160 "$work/err")"
done > refusals.txt
grep -q "signed-counts-lie.cdx: .*manifest counts" refusals.txt && grep -q "newer version" refusals.txt && grep -q "another province" refusals.txt && grep -q "builds on the package" refusals.txt \
  && grep -q "signature does not match" refusals.txt && grep -q "does not name" refusals.txt || { echo "FAIL: reasons"; cat refusals.txt; exit 1; }
# The province never takes a county's package directly, and a county nothing from below.
expect 2 南关区.db package import 宽城区1.cdx --receipt-out x.cdr --trust-new-sender
[ "$(sqlite3 长春市2.db "SELECT count(*) FROM units")" = 0 ]
echo "exchange: 2 counties → 长春市 → province, union kept, receipts back, next packages empty, a conflict kept, $(wc -l < refusals.txt) bad packages refused: ok"
