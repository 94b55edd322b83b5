#!/usr/bin/env bash
# Installs the Debian packages CampaignDesk needs to build, run and test; only what is missing.
set -eu
need="cmake ninja-build g++ pkg-config
      qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      qt6-translations-l10n
      catch2 libxlsxwriter-dev libminizip-dev zlib1g-dev libqpdf-dev qpdf libssl-dev
      fonts-noto-cjk
      xvfb xauth poppler-utils python3-openpyxl sqlite3 time dpkg-dev file libreoffice-calc-nogui libreoffice-writer-nogui
      clang libclang-rt-14-dev
      postgresql-15 postgresql-client-15 libqt6sql6-psql libpq-dev openssl"
missing=""
for p in $need; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  # The tests start throwaway PostgreSQL servers of their own (tests/server/pgserver.sh); the package's usual cluster
  # (and its always-running server) is not made.
  if ! dpkg-query -W -f='${Status}' postgresql-common 2>/dev/null | grep -q "install ok installed"; then
    $sudo mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/campaigndesk.conf >/dev/null
  fi
  echo "Installing:$missing" >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >&2
fi
