#!/usr/bin/env bash
# The storage seam (issue 11 §1): SQL lives in core/storage only. Fails, naming file and line, when a statement, a
# Qt Sql class, the Qt Sql connection or the storage's SQL helpers appear anywhere else in the program's sources
# (services take the Database; repositories keep the connection to themselves).
# Usage: bash tests/layout/test_sql_in_storage.sh SOURCE_DIR
set -uo pipefail
top=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$top" || exit 2
pattern='QSql[A-Z][A-Za-z]*|\bconnection\(\)|\bsql::|BulkStatement|storage/sql\.h|storage/bulkstatement\.h|"[^"]*\b(SELECT|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET|CREATE (TABLE|INDEX|UNIQUE INDEX)|DROP (TABLE|INDEX)|PRAGMA)\b'
found=$(grep -rnE "$pattern" core app ui --include='*.cpp' --include='*.h' | grep -v '^core/storage/')
if [ -n "$found" ]; then
  echo "SQL outside core/storage:"
  echo "$found"
  exit 1
fi
# The check itself must see SQL where it is (a pattern that matches nothing would pass forever).
[ -n "$(grep -rlE "$pattern" core/storage)" ] || { echo "the pattern finds no SQL even in core/storage"; exit 1; }
echo "SQL only in core/storage"
