#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it: type-check, lint, format check,
# unit and integration tests, then browser tests in Debian's Chromium.
# What the tests need beyond npm is installed here when missing (as root with
# apt), or the run stops at once with the command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh

results=.tmp/test-results
mkdir -p "$results"
rm -f "$results"/*.json

echo "== type-check"
npx tsc --noEmit -p tsconfig.json
echo "== lint and format check"
npx biome ci --error-on-warnings --colors=off .
echo "== unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"
echo "== build the web app"
npm run --silent build:web
echo "== browser tests (Chromium)"
npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile="$results/browser.json"

node scripts/summarise-tests.js "$results"/unit.json "$results"/browser.json
