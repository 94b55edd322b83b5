#!/usr/bin/env bash
# The command line starts without Qt Gui, libqpdf and libpq, or anything they bring (fonts, X11, OpenGL, D-Bus,
# GnuTLS, Kerberos, LDAP): some 30 ms of every command's start. Reports load them with the report module
# (app/cli/reportmodule.h), and a server connection loads libpq with Qt's QPSQL driver.
# Usage: test_cli_libraries.sh CLI MODULE
set -euo pipefail
cli=$1; module=$2
loaded() { ldd "$1" | awk '{print $1}'; }
heavy='^(libQt6Gui|libqpdf|libpq|libgnutls|libfontconfig|libX11|libEGL|libGLX|libdbus-1|libkrb5|libldap)'
if found=$(loaded "$cli" | grep -E "$heavy"); then
  echo "FAIL: the CLI loads at start: $(echo $found)"; exit 1
fi
for want in libQt6Gui libqpdf; do
  loaded "$module" | grep -q "^$want" || { echo "FAIL: the report module does not load $want"; exit 1; }
done
echo "the CLI starts with $(loaded "$cli" | wc -l) libraries, none of Qt Gui, libqpdf or libpq; the report module brings those"
