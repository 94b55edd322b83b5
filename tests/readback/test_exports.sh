#!/usr/bin/env bash
# Exports and reports read back by independent readers: openpyxl and LibreOffice for .xlsx, Python's csv module
# for CSV, pdftotext and pdfinfo for PDF. Usage: test_exports.sh CLI WORKDIR
set -euo pipefail
cli=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
export CAMPAIGNDESK_LANG=zh_CN
export XDG_RUNTIME_DIR="$work/runtime"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
py=/usr/bin/python3   # Debian's python, which sees python3-openpyxl
db="$work/数据.db"
"$cli" --db "$db" demo --units 1500 --seed 9 >/dev/null

# Units whose names a spreadsheet could run as formulas, and one with a character outside the BMP.
printf '%s\n' '单位名称,所属地区,单位类别' \
  '"=HYPERLINK(""http://example.invalid"",""点我"")",220102,婚姻登记处' \
  '+1南关区救助站,220102,救助站' '-2南关区殡仪馆,220102,殡仪馆' '@SUM(A1)光荣院,220102,光荣院' \
  '𠈌字社会福利院,220102,城市公办养老机构' > "$work/evil.csv"
"$cli" --db "$db" units import "$work/evil.csv" >/dev/null
printf '%s\n' '单位名称,所属地区,单位类别,统一社会信用代码,地址,负责人,联系电话,职工人数,备注' \
  '南关区示例救助站,220102,救助站,,长春市人民大街1号,王五,0431-88888888,12,"夜间值班
周末开放"' > "$work/full.csv"
"$cli" --db "$db" units import "$work/full.csv" >/dev/null

"$cli" --db "$db" export nominations --round 2014 --out "$work/2014年文明窗口命名名单.xlsx" >/dev/null
"$cli" --db "$db" export units --out "$work/units.xlsx" >/dev/null
"$cli" --db "$db" export units --out "$work/units.csv" >/dev/null
"$cli" --db "$db" export units --out "$work/units-gbk.csv" --encoding gb18030 >/dev/null
"$cli" --db "$db" export reviews --round 2016 --out "$work/reviews.csv" >/dev/null
"$cli" --db "$db" report naming-list --round 2014 --out "$work/naming.pdf" >/dev/null
"$cli" --db "$db" report review-list --round 2016 --out "$work/review.pdf" >/dev/null
"$cli" --db "$db" report summary --round 2014 --out "$work/summary.pdf" >/dev/null
"$cli" --db "$db" report naming-list --round 2014 --region 220100 --out "$work/naming-changchun.pdf" >/dev/null
"$cli" --db "$db" report summary --round 2014 --region 220200 --out "$work/summary-jilin.pdf" >/dev/null

# Expected figures straight from the data file, with the sqlite3 shell.
sqlite3 "$db" "SELECT u.name, coalesce(u.credit_code, '') FROM naming_units x JOIN namings n ON n.id = x.naming_id
               JOIN units u ON u.id = x.unit_id WHERE n.round_year = 2014" > "$work/expected-named.txt"
sqlite3 "$db" "SELECT count(*) FROM units" > "$work/expected-units.txt"
sqlite3 "$db" "SELECT u.name FROM reviews v JOIN units u ON u.id = v.unit_id WHERE v.round_year = 2016" > "$work/expected-reviewed.txt"

"$py" - "$work" <<'PY'
import csv, sys, openpyxl
w = sys.argv[1]
named = [l.rstrip("\n").split("|") for l in open(f"{w}/expected-named.txt", encoding="utf-8")]
wb = openpyxl.load_workbook(f"{w}/2014年文明窗口命名名单.xlsx")
ws = wb.active
assert ws["A1"].value == "2014年“文明窗口”命名名单", ws["A1"].value
assert "A1:H1" in [str(r) for r in ws.merged_cells.ranges], ws.merged_cells.ranges
headers = [c.value for c in ws[2]]
assert headers == ["编号", "市（州）", "县（市、区）", "单位类别", "单位名称", "统一社会信用代码", "文号", "命名日期"], headers
assert all(c.font.b for c in ws[2]), "header not bold"
assert ws.freeze_panes == "A3", ws.freeze_panes
assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A2:H"), ws.auto_filter.ref
assert ws.print_title_rows in ("1:2", "$1:$2"), ws.print_title_rows
assert int(ws.page_setup.paperSize) == 9, ws.page_setup.paperSize
assert "&P" in (ws.oddFooter.center.text or ""), ws.oddFooter.center.text
rows = list(ws.iter_rows(min_row=3, values_only=True))
assert len(rows) == len(named), (len(rows), len(named))
assert sorted(r[4] for r in rows) == sorted(n[0] for n in named)
codes = {n[0]: n[1] for n in named}
for r in ws.iter_rows(min_row=3):
    code = r[5]
    if codes[r[4].value]:
        assert code.data_type == "s" and code.value == codes[r[4].value], (code.value, code.data_type)
assert ws.column_dimensions["E"].width >= 20, ws.column_dimensions["E"].width

units = openpyxl.load_workbook(f"{w}/units.xlsx").active
values = {r[0].value: r[0] for r in units.iter_rows(min_row=3)}
header = [c.value for c in next(units.iter_rows(min_row=2, max_row=2))]
assert header[:9] == ["单位名称", "所属地区", "单位类别", "统一社会信用代码", "地址", "负责人", "联系电话", "职工人数", "备注"], header
expected_units = int(open(f"{w}/expected-units.txt").read())
assert units.max_row - 2 == expected_units, (units.max_row, expected_units)
for evil in ['=HYPERLINK("http://example.invalid","点我")', "+1南关区救助站", "-2南关区殡仪馆", "@SUM(A1)光荣院"]:
    cell = values[evil]
    assert cell.data_type == "s" and cell.value == evil, (cell.value, cell.data_type)   # text, never a formula
assert "𠈌字社会福利院" in values

with open(f"{w}/units.csv", encoding="utf-8-sig", newline="") as f:
    data = list(csv.reader(f))
assert open(f"{w}/units.csv", "rb").read(3) == b"\xef\xbb\xbf"
names = {r[0] for r in data[1:]}
assert "'=HYPERLINK(\"http://example.invalid\",\"点我\")" in names
assert "'+1南关区救助站" in names and "'-2南关区殡仪馆" in names and "'@SUM(A1)光荣院" in names
assert len(data) - 1 == expected_units
with open(f"{w}/units-gbk.csv", encoding="gb18030", newline="") as f:
    assert list(csv.reader(f)) == data
reviewed = [l.strip() for l in open(f"{w}/expected-reviewed.txt", encoding="utf-8")]
with open(f"{w}/reviews.csv", encoding="utf-8-sig", newline="") as f:
    rev = list(csv.reader(f))
assert sorted(r[4] for r in rev[1:]) == sorted(reviewed)
print("openpyxl and csv read back: values, header, freeze, filter, print titles, A4, footer, text codes, no formulas")
PY

# The roster export imports back as it is (every column of the import, in all three forms): nothing added,
# nothing changed, nothing refused.
for f in units.xlsx units.csv units-gbk.csv; do
  "$cli" --db "$db" units import "$work/$f" --json > "$work/reimport.json" || { echo "FAIL: re-import of $f"; cat "$work/reimport.json"; exit 1; }
  "$py" -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['imported'] == 0 and d['updated'] == 0 and not d['rejected'], d" "$work/reimport.json" \
    || { echo "FAIL: $f does not re-import as it is"; exit 1; }
done
cp "$work/units.xlsx" "$work/roundtrip.xlsx"
"$cli" --db "$work/fresh.db" init >/dev/null
"$cli" --db "$work/fresh.db" units import "$work/roundtrip.xlsx" --json > "$work/fresh.json"
"$py" -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['imported'] == int(open(sys.argv[2]).read()) and not d['rejected'], d" \
  "$work/fresh.json" "$work/expected-units.txt" || { echo "FAIL: the export does not import into a new file"; exit 1; }
[ "$(sqlite3 "$work/fresh.db" "SELECT staff_count || '|' || note || '|' || phone FROM units WHERE name = '南关区示例救助站'")" = "12|夜间值班
周末开放|0431-88888888" ] \
  || { echo "FAIL: 职工人数 or 备注 lost on the way"; exit 1; }
echo "roster export re-imports as it is (xlsx, csv, gb18030 csv)"

# The assessor's score sheet as handed out (issue 10 §3): a Chinese title row, the technical marker in a hidden sheet,
# print titles (title, header, unit columns) on every page, page numbers, one page wide; printed through LibreOffice.
assessor=$(sqlite3 "$db" "SELECT min(id) FROM assessors WHERE stage = 'local'")
"$cli" --db "$db" export score-sheet --round 2014 --assessor "$assessor" --out "$work/评分表.xlsx" >/dev/null
"$py" - "$work" <<'PY'
import openpyxl, sys
w = sys.argv[1]
wb = openpyxl.load_workbook(f"{w}/评分表.xlsx")
assert wb.sheetnames == ["评分表", "CampaignDesk"], wb.sheetnames
assert wb["CampaignDesk"].sheet_state == "hidden"
ws = wb["评分表"]
assert ws["A1"].value == "2014年“文明窗口”考核评分表", ws["A1"].value
assert "评分阶段：本级评比" in ws["A2"].value, ws["A2"].value
visible = " ".join(str(c.value) for row in ws.iter_rows(max_row=3) for c in row if c.value is not None)
for latin in ("CampaignDesk", "local", "province", "[#", "points", "stage"):
    assert latin not in visible, latin
assert ws["A3"].value == "单位编号" and ws["B3"].value == "单位名称"
assert ws["C3"].value.endswith("分）"), ws["C3"].value
assert ws.print_title_rows == "$1:$3" and ws.print_title_cols == "$A:$B", (ws.print_title_rows, ws.print_title_cols)
assert "第 &P 页" in ws.oddFooter.center.text, ws.oddFooter.center.text
assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage  # one page wide (1 is the default), as tall as needed
assert ws.row_dimensions[3].height >= 80, ws.row_dimensions[3].height
print("score sheet: title, hidden marker, print titles, footer, fit to width")
PY
(cd "$work" && HOME="$work/lohome" timeout 120 soffice --headless --convert-to pdf --outdir "$work/lo-sheet" "$work/评分表.xlsx" >/dev/null 2>&1)
pages=$(pdfinfo "$work/lo-sheet/评分表.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" -ge 2 ] || { echo "FAIL: the printed score sheet should run to several pages, not be shrunk onto $pages"; exit 1; }
page2=$(pdftotext -f 2 -l 2 -raw "$work/lo-sheet/评分表.pdf" -)
case "$page2" in *单位名称*) ;; *) echo "FAIL: page 2 of the printed score sheet lacks the header"; exit 1;; esac
case "$page2" in *"第 2 页"*) ;; *) echo "FAIL: no page number on page 2"; exit 1;; esac
echo "score sheet printed through LibreOffice: $pages pages, header and page number on each"

# LibreOffice as a second reader of the .xlsx.
(cd "$work" && HOME="$work/lohome" timeout 120 soffice --headless --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 \
   --outdir "$work/lo" "$work/2014年文明窗口命名名单.xlsx" >/dev/null 2>&1)
"$py" - "$work" <<'PY'
import csv, glob, sys
w = sys.argv[1]
out = glob.glob(f"{w}/lo/*.csv")
assert out, "LibreOffice wrote nothing"
rows = list(csv.reader(open(out[0], encoding="utf-8")))
named = [l.rstrip("\n").split("|") for l in open(f"{w}/expected-named.txt", encoding="utf-8")]
body = [r for r in rows[2:] if any(r)]
assert len(body) == len(named), (len(body), len(named))
for r in body:
    if r[5]:
        assert len(r[5]) == 18 and "E+" not in r[5], r[5]   # codes survived as text
print("LibreOffice read back the naming list:", len(body), "rows")
PY

# PDF: A4, every named unit present, page numbers in the — N — style.
pdfinfo "$work/naming.pdf" | grep -Eq 'Page size: +842(\.[0-9]+)? x 595' || { echo "FAIL: naming list is not A4 landscape"; pdfinfo "$work/naming.pdf"; exit 1; }
pdfinfo "$work/review.pdf" | grep -Eq 'Page size: +842(\.[0-9]+)? x 595' || { echo "FAIL: review list is not A4 landscape"; exit 1; }
# -raw keeps the order in which each cell's text was painted, so a name wrapped inside its cell reads whole.
pdftotext -raw "$work/naming.pdf" "$work/naming.txt"
pdftotext -raw "$work/review.pdf" "$work/review.txt"
pdftotext -raw "$work/summary.pdf" "$work/summary.txt"
sqlite3 "$db" "SELECT DISTINCT doc_no FROM reviews WHERE round_year = 2016 AND doc_no <> ''" > "$work/expected-docnos.txt"
pdftotext -raw "$work/naming-changchun.pdf" "$work/naming-changchun.txt"
pdftotext -raw "$work/summary-jilin.pdf" "$work/summary-jilin.txt"
sqlite3 "$db" "SELECT u.name FROM naming_units x JOIN namings n ON n.id = x.naming_id JOIN units u ON u.id = x.unit_id
               JOIN regions r ON r.id = u.region_id WHERE n.round_year = 2014 AND (r.code = '220100' OR r.parent_id = (SELECT id FROM regions WHERE code = '220100'))" > "$work/expected-changchun.txt"
"$py" - "$work" <<'PY'
import re, sys, unicodedata
w = sys.argv[1]
# Raw, as a clerk's search or copy gets it: no folding. Only the line breaks inside wrapped cells are dropped.
text = open(f"{w}/naming.txt", encoding="utf-8").read()
flat = re.sub(r"\s+", "", text)
radicals = sorted({c for c in text if 0x2E80 <= ord(c) <= 0x2FDF})
assert not radicals, "radicals instead of ideographs: " + "".join(radicals)
named = [l.rstrip("\n").split("|") for l in open(f"{w}/expected-named.txt", encoding="utf-8")]
missing = [n[0] for n in named if n[0] not in flat]
assert not missing, missing[:5]
codes = [n[1] for n in named if n[1] and n[1] not in flat]
assert not codes, "credit codes not found as printed: %s" % codes[:5]
assert "附件" in text and "2014年“文明窗口”命名名单" in flat
pages = text.count("\f")
assert re.search(r"— 1 —", text) and re.search(r"— %d —" % pages, text), "page numbers"
assert "共%d个单位" % len(named) in flat
reviewed = [l.strip() for l in open(f"{w}/expected-reviewed.txt", encoding="utf-8")]
rtext = open(f"{w}/review.txt", encoding="utf-8").read()
# The 复查结果 columns fit their content: each 文号 stands whole on its line, never wrapped in its cell.
docs = [l.strip() for l in open(f"{w}/expected-docnos.txt", encoding="utf-8") if l.strip()]
assert docs and all(d in rtext for d in docs), [d for d in docs if d not in rtext]
assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in rtext)
rflat = re.sub(r"\s+", "", rtext)
assert all(r in rflat for r in reviewed), [r for r in reviewed if r not in rflat][:5]
print("pdftotext read back", len(named), "named units on", pages, "pages, and", len(reviewed), "reviewed units")
# Official order (GB/T 2260 codes; 长白山管委会 after the 市(州)), not the order of the characters.
official = ["长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州", "长白山管委会"]
summary = open(f"{w}/summary.txt", encoding="utf-8").read()
section = summary[summary.index("一、"):summary.index("二、")]
seen = [c for c in sorted(official, key=lambda c: section.find(c)) if c in section]
assert len(seen) >= 5 and seen == [c for c in official if c in seen], seen
print("summary lists the 市(州) in official order:", "、".join(seen))
# report --region: that region's units only.
cc = re.sub(r"\s+", "", open(f"{w}/naming-changchun.txt", encoding="utf-8").read())
expected_cc = [l.strip() for l in open(f"{w}/expected-changchun.txt", encoding="utf-8") if l.strip()]
assert expected_cc and all(n in cc for n in expected_cc) and "共%d个单位" % len(expected_cc) in cc, len(expected_cc)
others = [n[0] for n in named if n[0] not in expected_cc]
assert not [n for n in others if n in cc], [n for n in others if n in cc][:3]
jl = open(f"{w}/summary-jilin.txt", encoding="utf-8").read()
jl_cities = jl[jl.index("一、"):jl.index("二、")]
assert "吉林市" in jl_cities and not any(c in jl_cities for c in official if c != "吉林市"), jl_cities
print("report --region: %d named units of 长春市 only; the 吉林市 summary counts 吉林市 alone" % len(expected_cc))
PY
# A full disk (simulated by a file-size limit): a clear message, exit 3, and no half file anywhere.
mkdir -p "$work/full"
before=$(sha256sum "$db" | cut -c1-64)
for out in units.csv units.xlsx; do
  set +e; (ulimit -f 64; "$cli" --db "$db" export units --out "$work/full/$out") 2>"$work/full.err"; rc=$?; set -e
  [ "$rc" = 3 ] || { echo "FAIL: a failed write of $out exited $rc"; cat "$work/full.err"; exit 1; }
  grep -q "Nothing was written\|未写入任何内容" "$work/full.err" || { echo "FAIL: no clear message for $out"; cat "$work/full.err"; exit 1; }
done
[ -z "$(ls -A "$work/full")" ] || { echo "FAIL: a half file was left: $(ls -A "$work/full")"; exit 1; }
cp "$db" "$work/full-db.db"; rm -f "$work/full-db.db-wal" "$work/full-db.db-shm"
fullbefore=$(sha256sum "$work/full-db.db" | cut -c1-64)
printf '单位名称,所属地区,单位类别\n' > "$work/big.csv"
for i in $(seq 1 10000); do printf '大批量单位%s,220102,救助站\n' "$i"; done >> "$work/big.csv"
set +e; (ulimit -f 300; "$cli" --db "$work/full-db.db" units import "$work/big.csv") 2>"$work/full.err"; rc=$?; set -e
[ "$rc" = 3 ] || { echo "FAIL: an import onto a full disk exited $rc"; cat "$work/full.err"; exit 1; }
"$cli" --db "$work/full-db.db" check >/dev/null || { echo "FAIL: the data file was damaged by the failed import"; exit 1; }
[ "$(sqlite3 "$work/full-db.db" 'SELECT count(*) FROM units WHERE name LIKE "大批量单位%"')" = 0 ] || { echo "FAIL: half an import"; exit 1; }
[ "$(sha256sum "$db" | cut -c1-64)" = "$before" ] || { echo "FAIL: exports changed the data file"; exit 1; }
echo "full disk: clear messages, exit 3, no half file, no half import"
echo "exports and reports: ok"
