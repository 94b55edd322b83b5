#!/usr/bin/env bash
# Tests the .deb: unpacks it into a scratch folder (dpkg -x) and runs its CLI there.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/campaigndesk_*_amd64.deb)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
echo ".deb $(basename "$deb"): $(du -k "$deb" | cut -f1) KB; depends: $(dpkg-deb -f "$deb" Depends)"
for f in usr/bin/campaigndesk usr/bin/campaigndesk-cli usr/lib/campaigndesk/campaigndesk-reports.so usr/share/applications/campaigndesk.desktop \
         usr/share/icons/hicolor/scalable/apps/campaigndesk.svg; do
  test -e "$work/root/$f" || { echo "FAIL: $f missing from the .deb"; exit 1; }
done
cli="$work/root/usr/bin/campaigndesk-cli"
CAMPAIGNDESK_LANG=en "$cli" --db "$work/数据.db" demo --units 200 --seed 4 >/dev/null
count=$(CAMPAIGNDESK_LANG=en "$cli" --db "$work/数据.db" units list --json | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
[ "$count" = 200 ] || { echo "FAIL: the unpacked CLI listed $count units"; exit 1; }
CAMPAIGNDESK_LANG=en "$cli" --db "$work/数据.db" check >/dev/null
# A report: the CLI finds its report module in ../lib/campaigndesk of its own folder.
QT_QPA_PLATFORM=offscreen CAMPAIGNDESK_LANG=zh_CN "$cli" --db "$work/数据.db" report naming-list --round 2014 --out "$work/命名名单.pdf" >/dev/null
pdftotext -raw "$work/命名名单.pdf" - | grep -q '命名名单' || { echo "FAIL: the unpacked CLI's report has no 命名名单"; exit 1; }
echo "unpacked .deb: CLI demo, units list, check and a report: ok"
