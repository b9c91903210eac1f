#!/bin/sh
# Install dependencies when node_modules is missing or older than the manifest or lockfile.
# Plain sh, because on a fresh machine only the system Node (maybe older than 24) exists until this has run.
set -e
cd "$(dirname "$0")/.."
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -x node_modules/.bin/node ]; then
  echo "Installing dependencies (npm install)..."
  # npm ci rejects lockfiles written against this registry (optional platform packages), so npm install it is.
  npm install --no-audit --no-fund --loglevel=error
fi
