#!/usr/bin/env bash
# Tests the Windows packages as a clerk's PC would get them: unpacks the NSIS installer (its stub cannot run under
# this 64-bit wine) and the portable zip, checks each file list against the install folder, checks that every DLL
# shipped is loaded and every DLL loaded is shipped, then runs the unpacked CLI under wine on a Chinese path.
# Usage: check-package.sh BUILD_DIR KIT_DIR [LINUX_CLI]   (LINUX_CLI: to compare the PDFs of both builds)
set -euo pipefail
build=$(cd "$1" && pwd); kit=$2; linux_cli=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); pgdir=""
trap '[ -z "$pgdir" ] || bash "$here/../../tests/server/pgserver.sh" stop "$pgdir"; rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/installed" >/dev/null
installer=$(ls "$build"/CampaignDesk-*-win64.exe); zip=$(ls "$build"/CampaignDesk-*-win64.zip)
echo "installer $(basename "$installer"): $(du -k "$installer" | cut -f1) KB; zip $(basename "$zip"): $(du -k "$zip" | cut -f1) KB"

list() { (cd "$1" && find . -type f | sed 's|^\./||' | sort); }
7z x -y -o"$work/nsis" "$installer" >/dev/null
rm -rf "$work/nsis/\$PLUGINSDIR" "$work/nsis/Uninstall.exe"
diff <(list "$work/installed") <(list "$work/nsis") || { echo "FAIL: the installer's files differ from the install folder"; exit 1; }
mkdir -p "$work/zip" && (cd "$work/zip" && 7z x -y "$zip" >/dev/null)
zroot=$(find "$work/zip" -mindepth 1 -maxdepth 1 -type d | head -1)
diff <(list "$work/installed") <(list "$zroot") || { echo "FAIL: the zip's files differ from the install folder"; exit 1; }
echo "installer and zip hold exactly the install folder ($(list "$work/installed" | wc -l) files)"

# The installer speaks Chinese only, and makes the shortcuts and the uninstaller.
nsi="$build/_CPack_Packages/win64/NSIS/project.nsi"
[ "$(grep -c 'MUI_LANGUAGE' "$nsi")" = 1 ] && grep -q 'MUI_LANGUAGE "SimpChinese"' "$nsi" || { echo "FAIL: the installer is not Chinese-only"; exit 1; }
for want in 'CreateShortCut "$SMPROGRAMS' 'CreateShortCut "$DESKTOP' 'WriteUninstaller'; do
  grep -qF "$want" "$nsi" || { echo "FAIL: the installer script lacks $want"; exit 1; }
done
echo "installer: Simplified Chinese, Start-menu and desktop shortcuts, uninstaller"

# DLLs: what the programs and the plugins Qt loads import, transitively, against what is shipped.
imports() { x86_64-w64-mingw32-objdump -p "$1" | awk '/DLL Name/ {print tolower($3)}'; }
declare -A shipped needed
while read -r f; do shipped[$(basename "${f,,}")]=$f; done < <(cd "$work/installed" && find . -iname '*.dll')
queue=()
# The CLI starts without Qt Gui and libpq; its report module (loaded for `report`) brings Qt Gui.
if imports "$work/installed/campaigndesk-cli.exe" | grep -Eq '^(qt6gui|libpq)\.dll$'; then
  echo "FAIL: campaigndesk-cli.exe loads Qt Gui or libpq at start"; exit 1
fi
imports "$work/installed/campaigndesk-reports.dll" | grep -q '^qt6gui\.dll$' || { echo "FAIL: the report module does not load Qt Gui"; exit 1; }
for f in "$work/installed"/*.exe "$work/installed"/campaigndesk-reports.dll "$work/installed"/platforms/*.dll "$work/installed"/sqldrivers/*.dll \
         "$work/installed"/styles/*.dll "$work/installed"/imageformats/*.dll; do queue+=("$f"); needed[$(basename "${f,,}")]=1; done
while [ ${#queue[@]} -gt 0 ]; do
  f=${queue[0]}; queue=("${queue[@]:1}")
  for d in $(imports "$f"); do
    [ -n "${needed[$d]:-}" ] && continue
    if [ -n "${shipped[$d]:-}" ]; then needed[$d]=1; queue+=("$work/installed/${shipped[$d]}"); fi
    # Anything else must be part of Windows itself.
    if [ -z "${shipped[$d]:-}" ] && [ -f "$kit/runtime/$d" -o -f "$kit/deps/bin/$d" -o -f "$kit/qt/bin/$d" ]; then
      echo "FAIL: $(basename "$f") needs $d, which is not shipped"; exit 1
    fi
  done
done
for d in "${!shipped[@]}"; do
  [ -n "${needed[$d]:-}" ] || { echo "FAIL: $d is shipped but nothing loads it"; exit 1; }
done
echo "every shipped DLL is loaded, every loaded DLL is shipped (${#shipped[@]} DLLs)"

# The unpacked CLI does the main job under wine, on a path like C:\Users\张伟\文档.
cli="$work/nsis/campaigndesk-cli.exe"
docs="$work/Users/张伟/文档"; mkdir -p "$docs"
# Plain wine, not the kit's wine-run: no kit folder on the path, so the unpacked folder must be enough.
export WINEPREFIX=${WINEPREFIX:-$HOME/.cache/campaigndesk-wine} WINEDEBUG=-all
[ -f "$WINEPREFIX/system.reg" ] || "$kit/wine-run" cmd /c exit >/dev/null 2>&1 || true
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
run() { env -u WINEPATH -u QT_PLUGIN_PATH "$wine" "$cli" "$@"; }
export CAMPAIGNDESK_LANG=en
run --db "$docs/2014年数据.db" init >/dev/null
run --db "$docs/2014年数据.db" calendar --date 2014-02-18 --json > "$work/cal.json"
run --db "$docs/演示.db" demo --units 300 --seed 2 >/dev/null
run --db "$docs/演示.db" units list --json > "$work/units.json"
printf '单位名称,所属地区,单位类别\r\n南关区婚姻登记处,220102,婚姻登记处\r\n' | iconv -f UTF-8 -t GB18030 > "$docs/2014年名册.csv"
run --db "$docs/2014年数据.db" units import "$docs/2014年名册.csv" --json > "$work/import.json"
run --db "$docs/2014年数据.db" backup --out "$docs/备份/2014年数据-备份.db" >/dev/null
run --lang zh_CN --db "$docs/演示.db" export nominations --round 2014 --out "$docs/2014年文明窗口命名名单.xlsx" >/dev/null
run --lang zh_CN --db "$docs/演示.db" export units --out "$docs/单位名册.csv" --encoding gb18030 >/dev/null
run --lang zh_CN --db "$docs/演示.db" report naming-list --round 2014 --out "$docs/2014年命名名单.pdf" >/dev/null
pdfinfo "$docs/2014年命名名单.pdf" | grep -Eq 'Page size: +842(\.[0-9]+)? x 595' || { echo "FAIL: the Windows PDF is not A4"; exit 1; }
pdftotext -raw "$docs/2014年命名名单.pdf" "$work/win.txt"
sqlite3 "$docs/演示.db" "SELECT u.name FROM naming_units x JOIN namings n ON n.id = x.naming_id JOIN units u ON u.id = x.unit_id
                        WHERE n.round_year = 2014" > "$work/named.txt"
if [ -n "$linux_cli" ]; then
  # The same report from the Linux build on the same file: the text of every page must match.
  CAMPAIGNDESK_LANG=zh_CN QT_QPA_PLATFORM=offscreen "$linux_cli" --db "$docs/演示.db" report naming-list --round 2014 \
    --out "$work/linux.pdf" >/dev/null 2>&1
  pdftotext -raw "$work/linux.pdf" "$work/linux.txt"
  diff -q "$work/linux.txt" "$work/win.txt" >/dev/null || { echo "FAIL: the Windows and Linux PDFs differ"; diff "$work/linux.txt" "$work/win.txt" | head; exit 1; }
  echo "the Windows PDF has the same text, page for page, as the Linux one ($(pdfinfo "$work/linux.pdf" | awk '/Pages/ {print $2}') pages)"
fi
# The exchange across platforms: a county's package made by the Windows program (signed through the shipped
# libcrypto) is applied by the Linux program at the city, and its receipt recorded back on Windows.
run --db "$docs/南关区.db" init --level county --region 220102 >/dev/null
run --db "$docs/南关区.db" demo --units 5 --seed 3 >/dev/null
run --db "$docs/南关区.db" --json package export --out "$docs/南关区上报包.cdx" > "$work/pkg.json"
grep -q '"records":' "$work/pkg.json" || { echo "FAIL: the Windows program wrote no package"; cat "$work/pkg.json"; exit 1; }
if [ -n "$linux_cli" ]; then
  "$linux_cli" --db "$work/长春市.db" init --level city --region 220100 >/dev/null
  "$linux_cli" --db "$work/长春市.db" --json package import "$docs/南关区上报包.cdx" --receipt-out "$docs/南关区回执.cdr" --trust-new-sender \
    > "$work/applied.json" || { echo "FAIL: the Linux program refused the Windows package"; exit 1; }
  run --db "$docs/南关区.db" --json package receipt "$docs/南关区回执.cdr" --trust-new-sender > "$work/receipt.json" \
    || { echo "FAIL: the Windows program refused the Linux receipt"; exit 1; }
  [ "$(sqlite3 "$work/长春市.db" "SELECT count(*) FROM units")" = 5 ] || { echo "FAIL: the Windows package's units did not arrive"; exit 1; }
  echo "exchange: a package from the Windows program applied on Linux, its receipt recorded on Windows"
fi
# The server store from a clerk's Windows PC (issue 11 §3): the unpacked CLI reaches a throwaway PostgreSQL on
# 127.0.0.1 that takes TLS only, through the shipped qsqlpsql.dll, libpq.dll and libssl, with a clerk's own login, and
# reads and writes Chinese text that the Linux side reads back as it is.
if [ -n "$linux_cli" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pgdir=$(mktemp -d); chmod 755 "$pgdir"   # the server runs as postgres: the folder must let it in
  port=$(( 40000 + RANDOM % 20000 ))
  admin=$(PG_TLS_ONLY=1 bash "$here/../../tests/server/pgserver.sh" start "$pgdir/pg" "$port")
  pgdir="$pgdir/pg"
  PGPASSWORD=$(cat "$pgdir/pw.txt") psql -X -q -h 127.0.0.1 -p "$port" -U cdadmin -d postgres -c "CREATE DATABASE office"
  "$linux_cli" --db "${admin}office" server init >/dev/null
  "$linux_cli" --db "${admin}office" server add-clerk --login nanguan --region 220102 --password pw-nanguan >/dev/null
  clerk="postgresql://nanguan:pw-nanguan@127.0.0.1:$port/office"
  printf '单位名称,所属地区,单位类别\n南关区光荣院,220102,光荣院\n' > "$work/linux.csv"
  "$linux_cli" --db "$clerk" units import "$work/linux.csv" >/dev/null
  # From Windows: the GB18030 roster from above goes onto the server, and the list comes back with the Linux unit.
  run --db "$clerk?sslmode=require" units import "$docs/2014年名册.csv" --json > "$work/pgimport.json" \
    || { echo "FAIL: the Windows program could not write to the server over TLS"; cat "$work/pgimport.json"; exit 1; }
  run --db "$clerk?sslmode=require" units list --json > "$work/pgunits.json"
  set +e; run --db "$clerk?sslmode=disable" units list >/dev/null 2>"$work/plain.err"; rc=$?; set -e
  [ "$rc" = 3 ] || { echo "FAIL: a connection without TLS was not refused with exit 3 (got $rc)"; cat "$work/plain.err"; exit 1; }
  names=$(PGPASSWORD=pw-nanguan psql -X -At -h 127.0.0.1 -p "$port" -U nanguan -d office -c "SELECT name FROM units ORDER BY id")
  [ "$names" = "南关区光荣院"$'\n'"南关区婚姻登记处" ] || { echo "FAIL: the server holds other names: $names"; exit 1; }
  tls=$(grep -c "connection authorized: user=nanguan database=office.* SSL enabled (protocol=TLSv1\.[23]" "$pgdir/server.log" || true)
  [ "$tls" -ge 3 ] || { echo "FAIL: the clerk's connections were not all over TLS ($tls)"; grep "user=nanguan" "$pgdir/server.log"; exit 1; }
  /usr/bin/python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
imp = json.load(open(f"{w}/pgimport.json", encoding="utf-8"))
assert imp["imported"] == 1 and imp["rejected"] == [], imp
units = json.load(open(f"{w}/pgunits.json", encoding="utf-8"))
assert [u["name"] for u in units["units"]] == ["南关区光荣院", "南关区婚姻登记处"], units
assert all(u["region_name"].endswith("南关区") for u in units["units"]), units
PY
  echo "server: the Windows program wrote and read Chinese units on PostgreSQL over TLS ($tls TLS logins); a plain connection was refused"
fi
/usr/bin/python3 - "$work" "$docs" <<'PY'
import json, sys
w = sys.argv[1]
cal = json.load(open(f"{w}/cal.json", encoding="utf-8"))
assert cal["round"] == 2014 and cal["phase"] == "宣传发动" and cal["working_days_left"] == 3, cal
units = json.load(open(f"{w}/units.json", encoding="utf-8"))
assert units["count"] == 300 and len(units["units"]) == 300, units["count"]
imp = json.load(open(f"{w}/import.json", encoding="utf-8"))
assert imp["imported"] == 1 and imp["rejected"] == [], imp
import openpyxl, csv, re, unicodedata
docs = sys.argv[2]
named = [l.strip() for l in open(f"{w}/named.txt", encoding="utf-8")]
ws = openpyxl.load_workbook(f"{docs}/2014年文明窗口命名名单.xlsx").active
assert ws["A1"].value == "2014年“文明窗口”命名名单" and ws.freeze_panes == "A3", ws["A1"].value
assert sorted(r[4] for r in ws.iter_rows(min_row=3, values_only=True)) == sorted(named)
rows = list(csv.reader(open(f"{docs}/单位名册.csv", encoding="gb18030", newline="")))
assert len(rows) == 301, len(rows)
text = unicodedata.normalize("NFKC", open(f"{w}/win.txt", encoding="utf-8").read())
flat = re.sub(r"\s+", "", text)
def findable(name):
    return re.search("".join("(?:%s|[\u2e80-\u2eff])" % re.escape(c) for c in unicodedata.normalize("NFKC", name)), flat)
assert all(findable(n) for n in named), [n for n in named if not findable(n)][:3]
print("Windows xlsx (openpyxl), GB18030 CSV and PDF (pdftotext) read back:", len(named), "named units")
print("unpacked CLI under wine: init, calendar, demo, units list, GB18030 import and backup on Chinese paths: ok")
PY
test -s "$docs/备份/2014年数据-备份.db"
