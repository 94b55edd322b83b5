#!/usr/bin/env bash
# A scripted round through the CLI: the 2014 appraisal with five assessors (score sheets filled with openpyxl,
# as an assessor's Excel would), eligibility with reasons, recommendation, naming, then the 2016 review with one
# revocation (DOMAIN.md §5–7, seed 000 §四(四), §五). Usage: test_round.sh CLI WORKDIR
set -euo pipefail
cli=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
export CAMPAIGNDESK_LANG=en CAMPAIGNDESK_OPERATOR=测试员 QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/runtime"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
py=/usr/bin/python3
db="$work/round.db"
c() { "$cli" --db "$db" "$@"; }
expect() { local want=$1; shift; set +e; "$cli" --db "$db" "$@" >"$work/out" 2>"$work/err"; local rc=$?; set -e
           [ "$rc" = "$want" ] || { echo "FAIL: '$*' exited $rc, expected $want"; cat "$work/out" "$work/err"; exit 1; }; }
json() { "$py" -c "import json,sys; d=json.load(open('$work/out', encoding='utf-8')); print($1)"; }

c init >/dev/null
printf '%s\n' 单位名称,所属地区,单位类别 南关区婚姻登记处,220102,婚姻登记处 南关区救助站,220102,救助站 \
  南关区殡仪馆,220102,殡仪馆 南关区光荣院,220102,光荣院 南关区社会福利院,220102,社会福利院 宽城区军休站,220103,军休站 > "$work/roster.csv"
c units import "$work/roster.csv" >/dev/null
for u in 1 2 3 4 5 6; do
  c prereq set --unit $u --round 2014 --kind standards-published --date 2014-04-20 >/dev/null
  [ $u = 5 ] || c prereq set --unit $u --round 2014 --kind leading-group --date 2014-04-25 >/dev/null   # unit 5 lacks one
  sat=95; [ $u = 4 ] && sat=80                                                                           # unit 4: 85% < 90%
  c survey add --unit $u --round 2014 --issued 120 --returned 100 --satisfied $sat --basic 5 --dissatisfied $((100 - sat - 5)) >/dev/null
done
c veto add --unit 3 --kind 群体访 --date 2014-06-01 --note 上访 >/dev/null                              # seed 000 §四(四)
expect 2 veto add --unit 3 --kind 打架 --date 2014-06-01                                                # not a veto kind
for a in 张三 李四 王五 赵六; do c assessors add --name $a >/dev/null; done
c assessors add --name 孙七 --unit 1 >/dev/null                                                          # from unit 1

# Score sheets out, filled as an assessor would, back in.
for a in 1 2 3 4 5; do c export score-sheet --round 2014 --assessor $a --out "$work/评分表$a.xlsx" >/dev/null; done
"$py" - "$work" <<'PY'
import openpyxl, re, sys
w = sys.argv[1]
for a in range(1, 6):
    wb = openpyxl.load_workbook(f"{w}/评分表{a}.xlsx")
    ws = wb.active
    units = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)]
    if a == 5:
        assert 1 not in units, "an assessor's own unit is not on their sheet"
    for r in range(4, ws.max_row + 1):
        unit = ws.cell(r, 1).value
        for c in range(3, ws.max_column + 1):
            points = float(re.search(r"（?\(?([\d.]+) ?(分|points)", ws.cell(3, c).value).group(1))
            share = 0.60 if unit == 2 else 0.90 + 0.01 * a          # unit 2 scores about 60: below the pass line
            if unit == 6: share = 0.95                               # unit 6 is best
            ws.cell(r, c).value = round(points * share, 2)
    wb.save(f"{w}/评分表{a}.xlsx")
wb = openpyxl.load_workbook(f"{w}/评分表1.xlsx"); ws = wb.active
ws.cell(4, 3).value = 99; ws.cell(5, 4).value = "优"
wb.save(f"{w}/bad.xlsx")
PY
expect 2 scores import "$work/bad.xlsx" --json
[ "$(json 'd["imported"]')" = 0 ] && [ "$(json 'len(d["rejected"])')" = 2 ] || { echo "FAIL: bad sheet"; cat "$work/out"; exit 1; }
for a in 1 2 3 4 5; do c scores import "$work/评分表$a.xlsx" >/dev/null; done

expect 0 appraise --round 2014 --json
cp "$work/out" "$work/appraise1.json"
"$py" - "$work" <<'PY'
import json, sys
w = sys.argv[1]
d = json.load(open(f"{w}/appraise1.json", encoding="utf-8"))
u = {x["id"]: x for x in d["units"]}
assert d["round"] == 2014 and d["stage"] == "local"
assert not u[3]["eligible"] and any("群体访" in r for r in u[3]["reasons"]), u[3]
assert not u[4]["eligible"] and any("satisfaction" in r for r in u[4]["reasons"]), u[4]
assert not u[5]["eligible"] and any("prerequisite" in r for r in u[5]["reasons"]), u[5]
assert not u[2]["eligible"] and any("pass line" in r for r in u[2]["reasons"]), u[2]
assert u[1]["eligible"] and u[6]["eligible"], (u[1], u[6])
assert u[6]["rank"] == 1 and u[1]["rank"] == 2, (u[6]["rank"], u[1]["rank"])
assert all(x["rank"] is None for x in d["units"] if not x["eligible"])
# Unit 1 was scored by four assessors (孙七 is from unit 1): plain means, no trimming.
assert abs(u[1]["total"] - 100 * (0.91 + 0.92 + 0.93 + 0.94) / 4) < 0.05, u[1]["total"]
# Unit 6 by five: trimmed mean of five equal shares is the share itself.
assert abs(u[6]["total"] - 95) < 0.05, u[6]["total"]
print("appraisal: eligibility and reasons as the rules say; ranks", [(x["id"], x["rank"]) for x in d["units"]])
PY
expect 0 appraise --round 2014 --json
cmp -s "$work/out" "$work/appraise1.json" || { echo "FAIL: the same data appraised twice differs"; exit 1; }

# The way up.
expect 2 recommend --round 2014 --region 220100 --units 6,1 --date 2014-06-15                           # outside 总结评比
expect 2 recommend --round 2014 --region 220100 --units 6,3 --date 2014-11-10                           # 3 is vetoed
expect 0 recommend --round 2014 --region 220100 --units 6,1 --date 2014-11-10
# The provincial assessment scores the recommended units (DOMAIN.md §6 step 3).
c assessors add --name 省考核组 --stage province >/dev/null
c export score-sheet --round 2014 --assessor 6 --out "$work/省评分表.xlsx" >/dev/null
"$py" - "$work" <<'PY'
import openpyxl, re, sys
w = sys.argv[1]
wb = openpyxl.load_workbook(f"{w}/省评分表.xlsx"); ws = wb.active
assert sorted(ws.cell(r, 1).value for r in range(4, ws.max_row + 1)) == [1, 6], "the province scores the recommended units"
for r in range(4, ws.max_row + 1):
    for c in range(3, ws.max_column + 1):
        ws.cell(r, c).value = float(re.search(r"([\d.]+) ?(分|points)", ws.cell(3, c).value).group(1))
wb.save(f"{w}/省评分表.xlsx")
PY
c scores import "$work/省评分表.xlsx" >/dev/null
expect 0 assess --round 2014 --json
[ "$(json 'sorted((x["id"], x["rank"]) for x in d["units"])')" = "[(1, 1), (6, 2)]" ] || { echo "FAIL: assess"; cat "$work/out"; exit 1; }
c export recommendations --round 2014 --out "$work/推荐名单.xlsx" >/dev/null
c report recommendation-list --round 2014 --out "$work/推荐名单.pdf" >/dev/null
"$py" -c "
import openpyxl; ws = openpyxl.load_workbook('$work/推荐名单.xlsx').active
rows = list(ws.iter_rows(min_row=3, values_only=True))
assert [(r[2], r[3]) for r in rows] == [(1, '宽城区军休站'), (2, '南关区婚姻登记处')] or [(r[2], r[3]) for r in rows] == [(1, '南关区婚姻登记处'), (2, '宽城区军休站')], rows
"
pdftotext -raw "$work/推荐名单.pdf" - | grep -q "军休站" || { echo "FAIL: the recommendation list lacks a unit"; exit 1; }
# The appraisal forms and the round summary, read back.
c --lang zh_CN report appraisal-form --round 2014 --out "$work/考核评分表.pdf" >/dev/null
c --lang zh_CN report appraisal-form --round 2014 --unit 3 --out "$work/单位3.pdf" >/dev/null
c --lang zh_CN report summary --round 2014 --out "$work/汇总.pdf" >/dev/null
pdftotext -raw "$work/考核评分表.pdf" "$work/forms.txt"; pdftotext -raw "$work/单位3.pdf" "$work/form3.txt"; pdftotext -raw "$work/汇总.pdf" "$work/summary.txt"
"$py" - "$work" <<'PY'
import json, re, sys
w = sys.argv[1]
n = lambda x: re.sub(r"\s+", "", x)  # raw text; only line breaks inside wrapped cells are dropped
norm = lambda f: n(open(f, encoding="utf-8").read())
forms, form3, summary = norm(f"{w}/forms.txt"), norm(f"{w}/form3.txt"), norm(f"{w}/summary.txt")
d = json.load(open(f"{w}/appraise1.json", encoding="utf-8"))
for u in d["units"]:
    assert n("总分：%.2f" % u["total"]) in forms, u            # every total printed, as computed
assert "群体访" in form3 and n("考核结论：不符合条件") in form3, form3[:300]
assert forms.count("考核组组长") == len(d["units"])  # one form, with signature lines, per unit
pages = open(f"{w}/forms.txt", encoding="utf-8").read().split("\f")
pages = [p for p in pages if p.strip()]
assert len(pages) == len(d["units"]), ("one page per form, signatures included", len(pages), len(d["units"]))
for p in pages:
    assert "考核组组长" in p and "日期" in p and "考核结论" in p, p[-200:]   # no signature line or lone 日期 overleaf
assert "。；" not in forms
assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in forms + form3 + summary), "radicals in the PDF text"
assert n("一、按市（州）统计") in summary and n("四、符合条件单位排名") in summary
print("appraisal forms and summary read back")
PY
# 计分说明 (issue 13 §2): every total traced to each assessor's score, the conflict rule named, the fingerprint of the
# inputs on every page; the same data gives the same fingerprint, one changed score another.
ledger() { "$cli" --db "$db" --lang zh_CN --json report score-ledger --round 2014 --out "$work/$1" | "$py" -c "import json,sys; print(json.load(sys.stdin)['fingerprint'])"; }
fp1=$(ledger 计分说明.pdf); fp2=$(ledger 计分说明2.pdf)
[ "$fp1" = "$fp2" ] && [ ${#fp1} = 64 ] || { echo "FAIL: the ledger's fingerprint of the same data differs: $fp1 $fp2"; exit 1; }
pdftotext -raw "$work/计分说明.pdf" "$work/ledger.txt"
"$py" - "$work" "$fp1" <<'PY'
import json, re, sys
w, fp = sys.argv[1], sys.argv[2]
raw = open(f"{w}/ledger.txt", encoding="utf-8").read()
pages = [p for p in raw.split("\f") if p.strip()]
assert all(fp in p for p in pages), "the fingerprint is not on every page"
assert all("输入数据指纹" in p for p in pages)
for p in pages:  # a unit's heading never stands alone at the foot of a page, away from its table
    lines = [l for l in p.splitlines() if l.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", l)]
    assert not re.match(r"(第\s*\d+\s*名|不参加排名)", lines[-1].strip()), lines[-1]
n = lambda x: re.sub(r"\s+", "", x)
text = n(raw)
d = json.load(open(f"{w}/appraise1.json", encoding="utf-8"))
u = {x["id"]: x for x in d["units"]}
assert n("第1名　宽城区军休站") in text or n("第 1 名　宽城区军休站") in text, text[:600]
for x in d["units"]:
    assert n("总分%.2f" % x["total"]) in text, x                    # every total, as computed
assert "评分人孙七属本单位，按回避规则未评本单位" in text               # unit 1's page names the conflict rule
assert text.count("评分人孙七属本单位") == 1
assert "去掉的最低分、最高分" in text and "计分方法" in text
assert not re.search(r"[A-Za-z]{4,}", raw.replace(fp, "").replace("SHA-256", "")), re.findall(r"[A-Za-z]{4,}", raw.replace(fp, ""))[:5]
assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in raw), "radicals in the PDF text"
print("score ledger read back:", len(pages), "pages, fingerprint on each")
PY
cp "$work/评分表2.xlsx" "$work/评分表2-改.xlsx"
"$py" - "$work/评分表2-改.xlsx" <<'PY'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
r = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == 2)
ws.cell(r, 3).value = round(float(ws.cell(r, 3).value) - 0.01, 2)   # one score of unit 2, 0.01 lower
wb.save(sys.argv[1])
PY
c scores import "$work/评分表2-改.xlsx" >/dev/null
fp3=$(ledger 计分说明3.pdf)
c scores import "$work/评分表2.xlsx" >/dev/null
fp4=$(ledger 计分说明4.pdf)
[ "$fp3" != "$fp1" ] && [ "$fp4" = "$fp1" ] || { echo "FAIL: one changed score does not change the fingerprint ($fp1 $fp3 $fp4)"; exit 1; }
expect 2 name --round 2015 --doc-no X --date 2015-01-10 --units 6                                      # not a naming year
expect 2 name --round 2014 --doc-no 吉文明办〔2014〕12号 --date 2014-12-26 --units 6,2                  # 2 not recommended
expect 0 name --round 2014 --doc-no 吉文明办〔2014〕12号 --date 2014-12-26 --units 6,1
expect 0 status --date 2015-01-01 --json
[ "$(json 'd["holders"]')" = "[1, 6]" ] || { echo "FAIL: holders"; cat "$work/out"; exit 1; }
expect 0 cycle --year 2016 --json
[ "$(json 'd["reviews_due"]')" = "[1, 6]" ] || { echo "FAIL: reviews due 2016"; cat "$work/out"; exit 1; }

# 2016: a veto event in the review window revokes unit 1; unit 6 keeps the title. The round is opened first.
c veto add --unit 1 --kind 越级访 --date 2015-08-01 >/dev/null
expect 2 review --round 2016 --unit 1 --outcome revoked --date 2016-12-20 --reason x --doc-no y        # no 2016 round yet
grep -q "round add --year 2016" "$work/err" || { echo "FAIL: a missing round does not name round add"; cat "$work/err"; exit 1; }
expect 2 prereq set --unit 1 --round 2015 --kind leading-group --date 2015-03-01                         # 2015 is no round
expect 0 round add --year 2016 --json
[ "$(json 'd["round"]')" = 2016 ] || { echo "FAIL: round add"; cat "$work/out"; exit 1; }
expect 2 round add --year 2016                                                                          # open already
expect 2 review --round 2016 --unit 1 --outcome revoked --date 2016-12-20                              # no reason, no doc no
expect 2 review --round 2016 --unit 3 --outcome retained --date 2016-12-20                             # never named
expect 0 review --round 2016 --unit 1 --outcome revoked --date 2016-12-20 --reason "2015-08-01 越级访" --doc-no 吉文明办〔2016〕30号
expect 2 review --round 2016 --unit 6 --outcome retained --date 2016-12-20 --doc-no 吉文明办〔2016〕30号   # never scored in 2016: 待复查评分
grep -q -- "--reason" "$work/err" || { echo "FAIL: retaining an unscored unit does not ask for the reason"; cat "$work/err"; exit 1; }
expect 0 review --round 2016 --unit 6 --outcome retained --date 2016-12-20 --doc-no 吉文明办〔2016〕30号 --reason "复查组未能到场，经领导小组研究暂予保留"
expect 2 review --round 2016 --unit 6 --outcome retained --date 2016-12-21                             # reviewed already
expect 0 status --date 2017-01-01 --json
[ "$(json 'd["holders"]')" = "[6]" ] || { echo "FAIL: holders after the review"; cat "$work/out"; exit 1; }
expect 0 cycle --year 2018 --json
[ "$(json 'd["reviews_due"]')" = "[6]" ] || { echo "FAIL: reviews due 2018"; cat "$work/out"; exit 1; }
expect 0 status --date 2019-01-05 --json
[ "$(json 'd["reviews_overdue"]')" = "[6]" ] || { echo "FAIL: the 2018 review of unit 6 is overdue"; cat "$work/out"; exit 1; }
# Rectifications: an open item past its deadline is overdue until it is closed with evidence (DOMAIN.md §8).
c rectification add --unit 6 --finding 窗口服务态度 --source 暗访 --owner 王科长 --deadline 2018-06-30 >/dev/null
expect 2 rectification close --id 1 --date 2018-07-10 --evidence ""
expect 0 status --date 2018-07-01 --json
[ "$(json 'd["overdue_rectifications"]')" = "[1]" ] || { echo "FAIL: overdue rectification"; cat "$work/out"; exit 1; }
c rectification close --id 1 --date 2018-07-10 --evidence 整改报告 >/dev/null
expect 0 status --date 2018-07-11 --json
[ "$(json 'd["overdue_rectifications"]')" = "[]" ] || { echo "FAIL: a closed rectification is still overdue"; cat "$work/out"; exit 1; }
# The audit trail keeps who did it and cannot be changed.
[ "$(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE operator = '测试员' AND action = 'review'")" = 2 ]
if sqlite3 "$db" "DELETE FROM audit_log" 2>/dev/null; then echo "FAIL: the audit trail was deleted"; exit 1; fi
c report review-list --round 2016 --out "$work/复查.pdf" >/dev/null
pdftotext -raw "$work/复查.pdf" - | grep -q "越级访" || { echo "FAIL: the review list lacks the reason"; exit 1; }
# 单位档案 (issue 13 §1): one unit's whole story as a zh_CN clerk prints it.
c --lang zh_CN report unit-dossier --unit 1 --out "$work/档案1.pdf" >/dev/null
c --lang zh_CN report unit-dossier --unit 6 --out "$work/档案6.pdf" >/dev/null
expect 2 report unit-dossier --unit 99 --out "$work/档案99.pdf"
pdftotext -raw "$work/档案1.pdf" "$work/dossier1.txt"; pdftotext -raw "$work/档案6.pdf" "$work/dossier6.txt"
"$py" - "$work" <<'PY'
import json, re, sys
w = sys.argv[1]
n = lambda x: re.sub(r"\s+", "", x)
d1, d6 = (open(f"{w}/dossier{i}.txt", encoding="utf-8").read() for i in (1, 6))
a = json.load(open(f"{w}/appraise1.json", encoding="utf-8"))
u = {x["id"]: x for x in a["units"]}
t1, t6 = n(d1), n(d6)
assert t1.startswith("“文明窗口”创建档案南关区婚姻登记处") and t6.startswith("“文明窗口”创建档案宽城区军休站"), t1[:80]   # the cover
for t in (t1, t6):
    for head in ("目录", "一、基本情况", "二、荣誉称号", "三、各届情况", "四、一票否决事项", "五、创建活动（台账）", "六、整改", "七、记录变更", "八、证明材料"):
        assert head in t, head
assert "吉文明办〔2014〕12号" in t1 and "吉文明办〔2016〕30号" in t1 and "撤销" in t1 and "越级访" in t1
assert "2015-08-01" in t1 and "称号已撤销" in t1
assert n("总分%.2f" % u[1]["total"]) in t1 and "排第2名" in t1, t1[:800]     # its 2014 appraisal, as computed
assert "复查保留" in t6 and "复查组未能到场" in t6 and "保持称号" in t6
assert "窗口服务态度" in t6 and "整改报告" in t6                          # its closed rectification
assert "满意率95.0%" in t6 or "满意率95.2%" in t6 or "满意率" in t6
assert not re.search(r"[A-Za-z]{4,}", d1 + d6), re.findall(r"[A-Za-z]{4,}", d1 + d6)[:5]
print("unit dossiers read back")
PY
# The evidence binder (issue 13 §2): unit 6's activities carry a photo, two PDFs (one turned by /Rotate), a text
# file and a file whose stored copy is gone. The photo is placed on a page, the PDFs merged page by page and numbered
# on, the text file embedded, the lost one listed as missing; the 目录's numbers and the bookmarks point at the pages.
"$py" - "$work" <<'PY'
import struct, sys, zlib
w = sys.argv[1]
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
rows = b"".join(b"\x00" + b"".join(bytes((x * 255 // 320, y * 255 // 240, 90)) for x in range(320)) for y in range(240))
open(f"{w}/签到照片.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 320, 240, 8, 2, 0, 0, 0))
                                   + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open(f"{w}/活动说明.txt", "w", encoding="utf-8").write("活动说明：文明服务演讲比赛，参加30人。\n")
open(f"{w}/遗失.txt", "w", encoding="utf-8").write("这份文件的存档副本将被删除。\n")
PY
qpdf --rotate=+90:1 "$work/复查.pdf" "$work/旋转.pdf"
c activity add --unit 6 --date 2014-09-10 --kind 文明服务演讲 --participants 30 \
  --file "$work/签到照片.png;$work/复查.pdf;$work/活动说明.txt" >/dev/null
c activity add --unit 6 --date 2014-10-01 --kind 座谈会 --file "$work/旋转.pdf;$work/遗失.txt" >/dev/null
rm "$work/round.files/$(sha256sum "$work/遗失.txt" | cut -c1-2)/$(sha256sum "$work/遗失.txt" | cut -c1-64)"
expect 0 --lang zh_CN --json report unit-dossier --unit 6 --out "$work/档案册6.pdf"
cp "$work/out" "$work/binder.json"
qpdf --check "$work/档案册6.pdf" >/dev/null || { echo "FAIL: qpdf finds the binder damaged"; exit 1; }
qpdf --json --json-key=outlines "$work/档案册6.pdf" > "$work/outlines.json"
qpdf --list-attachments "$work/档案册6.pdf" > "$work/attachments.txt"
pdfimages -list "$work/档案册6.pdf" > "$work/images.txt"
"$py" - "$work" <<'PY'
import json, re, subprocess, sys
w = sys.argv[1]
binder = f"{w}/档案册6.pdf"
def pages_of(f): return int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f], capture_output=True, text=True).stdout).group(1))
def text(f, p, layout=False):
    return subprocess.run(["pdftotext", "-f", str(p), "-l", str(p)] + (["-layout"] if layout else ["-raw"]) + [f, "-"],
                          capture_output=True, text=True).stdout
flat = lambda t: re.sub(r"\s+", "", t)
j = json.load(open(f"{w}/binder.json", encoding="utf-8"))
total = pages_of(binder)
ev = pages_of(f"{w}/复查.pdf")
assert total == j["pages"], (total, j)
# Page count = the painted part (cover, 目录, parts, list, photo) + every page of the two PDFs.
assert j["merged"] == 2 and j["evidence_pages"] == 2 * ev and j["images"] == 1 and j["embedded"] == 1 and j["missing"] == 1, j
painted = total - 2 * ev
assert "证明材料1：签到照片.png" in flat(text(binder, painted)), text(binder, painted)  # the photo's page ends the painted part
# The merged pages are the evidence, page by page, in order; each carries the binder's number in the GB/T 9704 form.
front = j["front_pages"]
for k in range(ev):
    for first in (painted + 1, painted + ev + 1):
        got = text(binder, first + k)
        assert flat(text(f"{w}/复查.pdf", k + 1)).replace("—%d—" % (k + 1), "") in flat(got).replace("—%d—" % (k + 1), ""), (k, got[:200])
        n = first + k - front
        assert re.search(r"— ?%d ?—" % n, got), (first + k, n, got[-80:])
# Every page after the front matter carries its number, counting from 1; the cover and the 目录 carry none.
for p in range(1, total + 1):
    t = text(binder, p)
    if p <= front:
        assert not re.search(r"—\s*\d+\s*—", t), (p, t[-60:])
    else:
        assert re.search(r"—\s*%d\s*—" % (p - front), t), (p, t[-80:])
# The 目录: every entry's number leads to a page that shows the entry (its heading, or the evidence's first page).
toc = "".join(text(binder, p, layout=True) for p in range(2, front + 1))
entries = re.findall(r"^\s*(\S.*?\S)\s{2,}(\d+)\s*$", toc, re.M)
titles = [t for t, _ in entries]
for head in ("一、基本情况", "三、各届情况", "八、证明材料", "证明材料1：签到照片.png", "证明材料2：复查.pdf", "证明材料4：旋转.pdf"):
    assert head in [flat(t) for t in titles], (head, titles)
for title, number in entries:
    page = int(number) + front
    shown = flat(text(binder, page))
    if flat(title).endswith(".pdf"):
        assert flat(text(f"{w}/复查.pdf", 1))[:40] in shown, (title, page)
    else:
        assert flat(title) in shown, (title, number, shown[:120])
# The bookmarks: the same entries, at the same pages.
outlines = json.load(open(f"{w}/outlines.json", encoding="utf-8"))["outlines"]
marks = {}
def walk(items):
    for o in items:
        marks[flat(o["title"])] = o["destpageposfrom1"]
        walk(o["kids"])
walk(outlines)
for title, number in entries:
    assert marks.get(flat(title)) == int(number) + front, (title, number, marks.get(flat(title)))
assert [flat(o["title"]) for o in outlines][-1] == "八、证明材料" and len(outlines[-1]["kids"]) == 3, outlines[-1]
# The text file is embedded whole; the lost file is listed as missing; the photo is an image on its page.
assert "活动说明.txt" in open(f"{w}/attachments.txt", encoding="utf-8").read()
key = re.search(r"^(\S*活动说明\.txt) ->", open(f"{w}/attachments.txt", encoding="utf-8").read(), re.M).group(1)
got = subprocess.run(["qpdf", f"--show-attachment={key}", binder], capture_output=True).stdout
assert got == open(f"{w}/活动说明.txt", "rb").read(), got[:80]
listing = "".join(flat(text(binder, p)) for p in range(front + 1, painted + 1))
assert "遗失.txt" in listing and "缺失：附件文件夹中没有该文件" in listing and "已嵌入为附件" in listing, listing[-600:]
assert any(l.split()[0] == str(painted) for l in open(f"{w}/images.txt").read().splitlines()[2:]), open(f"{w}/images.txt").read()
raw = re.sub(r"\b[0-9a-f]+\b", " ", "".join(text(binder, p) for p in range(1, painted + 1)))   # SHA-256 digits aside
assert not re.search(r"[A-Za-z]{4,}", raw), re.findall(r"[A-Za-z]{4,}", raw)[:5]
print(f"evidence binder read back: {total} pages = {painted} painted + 2 × {ev} merged; 目录 and bookmarks lead to their pages")
PY
# 申报材料 (issue 13 §2, seed 004's five parts): every figure from the unit's records, as .odt (read back through
# LibreOffice) and as .pdf (pdftotext).
c activity add --unit 6 --date 2014-05-20 --kind 演讲比赛 --participants 30 --note 文明服务演讲 >/dev/null
c activity add --unit 6 --date 2014-06-18 --kind 学雷锋志愿服务 --participants 12 >/dev/null
c activity add --unit 6 --date 2014-08-08 --kind 学雷锋志愿服务 --participants 15 >/dev/null
c --lang zh_CN report application --unit 6 --round 2014 --out "$work/申报材料.odt" >/dev/null
c --lang zh_CN report application --unit 6 --round 2014 --out "$work/申报材料.pdf" >/dev/null
expect 1 report application --unit 6 --round 2014 --out "$work/申报材料.docx"
(cd "$work" && HOME="$work/lohome" soffice --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$work/lo" "$work/申报材料.odt" >/dev/null 2>&1)
pdftotext -raw "$work/申报材料.pdf" "$work/application.txt"
"$py" - "$work" <<'PY'
import json, re, sys
w = sys.argv[1]
a = json.load(open(f"{w}/appraise1.json", encoding="utf-8"))
u6 = next(x for x in a["units"] if x["id"] == 6)
for name in ("lo/申报材料.txt", "application.txt"):
    raw = open(f"{w}/{name}", encoding="utf-8-sig").read()
    t = re.sub(r"\s+", "", raw)
    for head in ("一、组织领导", "二、宣传教育", "三、创建活动", "四、创建成效", "五、行业形象"):
        assert head in t, (name, head)
    assert t.index("一、组织领导") < t.index("二、宣传教育") < t.index("三、创建活动") < t.index("四、创建成效") < t.index("五、行业形象")
    assert "2014年4月20日，完成“制定创建标准和工作规范并向社会公布”" in t, (name, t[:400])
    assert "2014年4月25日，完成“成立创建工作领导小组”" in t
    assert "发放问卷120份，收回100份，满意率100.0%" in t, t
    assert ("本级评比：总分%.2f分，在6个参评单位中排第1名" % u6["total"]) in t, t
    assert "2014年12月26日被命名为“文明窗口”（吉文明办〔2014〕12号）" in t
    assert "2014年全年无安全责任事故，无进京访、越级访和群体访" in t
    # 演讲比赛 educates (二); 学雷锋志愿服务 twice with 27 people in all (三).
    edu, act = t[t.index("二、宣传教育"):t.index("三、创建活动")], t[t.index("三、创建活动"):t.index("四、创建成效")]
    assert "演讲比赛" in edu and "30" in edu and "学雷锋志愿服务" not in edu
    assert "学雷锋志愿服务227" in act or "学雷锋志愿服务2 27" in act or ("学雷锋志愿服务" in act and "27" in act), act
    assert t.count("请单位补充") == 5
    assert not re.search(r"[A-Za-z]{4,}", raw), re.findall(r"[A-Za-z]{4,}", raw)[:5]
print("application drafts (odt, pdf) read back")
PY
echo "scripted round: 2014 appraisal, recommendation and naming, 2016 review with one revocation: ok"

# The whole round as a zh_CN clerk reads it (issue 10): every answer, list, report and export in Chinese; the only
# Latin left is codes, numbers, names and the command syntax a message tells the clerk to type.
zh="$work/zh"; mkdir -p "$zh"
z() { CAMPAIGNDESK_LANG=zh_CN "$cli" --db "$db" "$@"; }
{
  z appraise --round 2014; z assess --round 2014; z appraise --round 2016
  z status --date 2017-01-01; z calendar --date 2016-11-20; z cycle --year 2016
  z units list; z veto list; z survey list; z prereq list; z activity list; z rectification list; z demo-point list
  z check
} > "$zh/answers.txt" 2> "$zh/messages.txt"
# Refusals a clerk meets, with their messages.
for refused in "review --round 2016 --unit 6 --outcome retained --date 2016-12-20" \
               "prereq set --unit 1 --round 2015 --kind leading-group --date 2015-03-01" \
               "prereq set --unit 1 --round 2018 --kind leading-group --date 2018-03-01" \
               "calendar --date 2014-02-30" "units list --region 22" "survey add --unit 1 --round 2014 --issued 10 --returned 10 --satisfied 5 --basic 1 --dissatisfied 1"; do
  set +e; z $refused >/dev/null 2>>"$zh/messages.txt"; set -e
done
for k in naming-list recommendation-list appraisal-form summary; do z report $k --round 2014 --out "$zh/$k.pdf" >>"$zh/answers.txt"; done
z report review-list --round 2016 --out "$zh/review-list.pdf" >>"$zh/answers.txt"
for f in "$zh"/*.pdf; do pdftotext -raw "$f" "${f%.pdf}.pdf.txt"; done
for k in units nominations recommendations; do z export $k --round 2014 --out "$zh/$k.xlsx" >>"$zh/answers.txt"; done
z export reviews --round 2016 --out "$zh/reviews.xlsx" >>"$zh/answers.txt"
z export score-sheet --round 2014 --assessor 1 --out "$zh/score-sheet.xlsx" >>"$zh/answers.txt"
"$py" - "$zh" <<'PY'
import glob, openpyxl, re, sys
zh = sys.argv[1]
texts = {f: open(f, encoding="utf-8").read() for f in glob.glob(f"{zh}/*.txt")}
for f in glob.glob(f"{zh}/*.xlsx"):
    ws = openpyxl.load_workbook(f).worksheets[0]   # the visible sheet; the score sheet's marker is in a hidden one
    texts[f] = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
# What may stay Latin: the command syntax a message asks the clerk to type, file names, the SQLite engine's name.
allowed = re.compile(r"(?m)campaigndesk-cli[^”\n]*|^  [a-z][a-z-]*(?: [a-z-]+)? --.*$|--[a-z-]+(?: [A-Za-z0-9|.-]+)?|\S+\.(?:db|pdf|xlsx|csv)\b|SQLite|GB18030|UTF-8|GB/T")
bad = {}
for f, t in texts.items():
    words = set(re.findall(r"[A-Za-z]{2,}", allowed.sub(" ", t)))
    if words:
        bad[f] = sorted(words)[:12]
assert not bad, bad
print("zh_CN: %d outputs (answers, messages, %d PDFs, %d workbooks) with no Latin word but codes and names"
      % (len(texts), len(glob.glob(f"{zh}/*.pdf")), len(glob.glob(f"{zh}/*.xlsx"))))
PY

# And the English UI: no Chinese but the data (names, regions, types, kinds, indicators, document numbers, reasons).
en="$work/en"; mkdir -p "$en"
e() { CAMPAIGNDESK_LANG=en "$cli" --db "$db" "$@"; }
{
  e appraise --round 2014; e assess --round 2014; e status --date 2017-01-01; e calendar --date 2016-11-20
  e units list; e veto list; e survey list; e prereq list; e rectification list
} > "$en/answers.txt" 2> "$en/messages.txt"
for refused in "review --round 2016 --unit 6 --outcome retained --date 2016-12-20" "prereq set --unit 1 --round 2018 --kind leading-group --date 2018-03-01" \
               "calendar --date 2014-02-30" "units list --region 22"; do
  set +e; e $refused >/dev/null 2>>"$en/messages.txt"; set -e
done
for k in naming-list appraisal-form summary; do e report $k --round 2014 --out "$en/$k.pdf" >>"$en/answers.txt"; done
for f in "$en"/*.pdf; do pdftotext -raw "$f" "${f%.pdf}.pdf.txt"; done
e export nominations --round 2014 --out "$en/nominations.xlsx" >>"$en/answers.txt"
sqlite3 "$db" "SELECT name FROM units UNION SELECT name FROM regions UNION SELECT full_name FROM regions UNION SELECT name FROM unit_types
               UNION SELECT name FROM unit_categories UNION SELECT name FROM veto_kinds UNION SELECT note FROM veto_events
               UNION SELECT name FROM indicators UNION SELECT name FROM indicator_areas UNION SELECT name FROM prerequisite_kinds
               UNION SELECT doc_no FROM namings UNION SELECT reason FROM reviews UNION SELECT doc_no FROM reviews UNION SELECT name FROM assessors
               UNION SELECT finding FROM rectifications UNION SELECT source FROM rectifications UNION SELECT owner FROM rectifications
               UNION SELECT closing_evidence FROM rectifications UNION SELECT title FROM rounds" > "$en/data.txt"
"$py" - "$en" <<'PY'
import glob, openpyxl, re, sys
en = sys.argv[1]
data = sorted({l.strip() for l in open(f"{en}/data.txt", encoding="utf-8") if l.strip()}, key=len, reverse=True)
texts = {f: open(f, encoding="utf-8").read() for f in glob.glob(f"{en}/*.txt") if not f.endswith("data.txt")}
for f in glob.glob(f"{en}/*.xlsx"):
    ws = openpyxl.load_workbook(f).worksheets[0]
    texts[f] = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
bad = {}
for f, t in texts.items():
    t = re.sub(r"\s+", "", t)  # names wrapped inside table cells
    for d in data:
        t = t.replace(re.sub(r"\s+", "", d), " ")
    cjk = sorted(set(re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+", t)))
    if cjk:
        bad[f] = cjk[:12]
assert not bad, bad
print("English: %d outputs with no Chinese but the data" % len(texts))
PY
