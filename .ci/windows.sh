#!/usr/bin/env bash
# Cross-builds the whole product for 64-bit Windows with the kit in ../shared/toolchains/windows, runs the
# test suite through ctest under wine, makes the NSIS installer and the portable zip, and tests both.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
kit=$(bash "$top/../shared/toolchains/windows/setup.sh")
"$kit/qt/bin/qt-cmake" -G Ninja -S "$top" -B "$top/build-win" -DCMAKE_BUILD_TYPE=Release -DBUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$top/build-win" -j "$(nproc)"
# Tests that need a screen use the offscreen platform, which the Windows Qt has too.
(cd "$top/build-win" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure)
(cd "$top/build-win" && cpack >/dev/null)
linux_cli=""
[ -x "$top/build/app/campaigndesk-cli" ] && linux_cli="$top/build/app/campaigndesk-cli"
bash "$top/packaging/windows/check-package.sh" "$top/build-win" "$kit" $linux_cli
