#!/usr/bin/env bash
# Validate the SARIF of the seeds (and of the development corpus, when ../shared is there)
# with Microsoft's SARIF Multitool, rule kinds Gh, Sarif and Ado. Not run by CI: it installs
# the npm package @microsoft/sarif-multitool into a temporary folder (about a minute).
# Usage: bench/sarif_multitool.sh [MULTITOOL_DIR]   (reuses an installed copy when given)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tools="${1:-$work/multitool}"
if [ ! -d "$tools/node_modules/@microsoft/sarif-multitool-linux" ]; then
    mkdir -p "$tools"
    (cd "$tools" && npm install --silent --no-audit --no-fund @microsoft/sarif-multitool)
fi
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
chmod u+x "$multitool"  # npm may skip the package's postinstall that does this

cd "$repo"
check-figures seeds/ --format sarif --output "$work/seeds.sarif" --quiet || true
targets=("$work/seeds.sarif")
if [ -d ../shared/corpus ]; then
    check-figures ../shared/corpus --format sarif --output "$work/corpus.sarif" --quiet || true
    targets+=("$work/corpus.sarif")
fi
# The rule kinds go in one argument: the npm wrapper would split "Gh;Sarif;Ado" at the ';'.
for kinds in "Gh;Sarif" "Ado;Sarif"; do
    echo "== rule kinds $kinds"
    "$multitool" validate --rule-kind "$kinds" "${targets[@]}" \
        | grep -E "(error|warning) [A-Za-z]+[0-9]+|files scanned" || true
done
