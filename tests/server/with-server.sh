#!/usr/bin/env bash
# Runs a test program against a throwaway PostgreSQL server (tests/server/pgserver.sh), started here and removed at
# the end: CD_TEST_SERVER gives the tests the administrator's address, and their databases are made on it
# (tests/support/testutil.cpp). Usage: with-server.sh WORKDIR PROGRAM [ARGS...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$1; shift
rm -rf "$work"; mkdir -p "$work"
port=$(( 40000 + RANDOM % 20000 ))
CD_TEST_SERVER=$(bash "$here/pgserver.sh" start "$work/pg" "$port")
export CD_TEST_SERVER
trap 'bash "$here/pgserver.sh" stop "$work/pg"' EXIT
"$@"
