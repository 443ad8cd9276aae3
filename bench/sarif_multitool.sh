#!/usr/bin/env bash
# Validate the SARIF of the seeds (and of the development corpus, when ../shared is there)
# with Microsoft's SARIF Multitool, rule kinds Gh, Sarif and Ado. Not run by CI: it installs
# the npm package @microsoft/sarif-multitool into a temporary folder (about a minute).
# Usage: bench/sarif_multitool.sh [MULTITOOL_DIR]   (reuses an installed copy when given)
#
# The Ado rules (GHAzDO1019, GHAzDO1020) check the Azure Pipelines identity of the run, which
# only exists inside a pipeline: the logs are made twice, outside a pipeline (checked with
# Gh and Sarif) and with Azure Pipelines' predefined variables set to the example values
# below, as a pipeline job would have them (checked with all three kinds).
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

pipeline=(
    TF_BUILD=True
    SYSTEM_COLLECTIONURI=https://dev.azure.com/example-org/
    SYSTEM_TEAMPROJECTID=0f8fad5b-d9cb-469f-a165-70867728950e
    SYSTEM_DEFINITIONID=12
    BUILD_DEFINITIONNAME=figures
    SYSTEM_PHASEID=7c9e6679-7425-40de-944b-e07fc1f90ae7
    SYSTEM_PHASENAME=check
    BUILD_SOURCEBRANCH=refs/heads/main
    BUILD_BUILDID=345
)

# The SARIF of the seeds and the corpus, made by this checkout: outside a pipeline into
# $work/plain, inside the example pipeline into $work/azure.
sarif_logs() {
    local folder="$1"
    shift
    mkdir -p "$work/$folder"
    env "$@" PYTHONPATH="$repo" python -m checker seeds/ --format sarif \
        --output "$work/$folder/seeds.sarif" --quiet --no-cache || true
    if [ -d ../shared/corpus ]; then
        env "$@" PYTHONPATH="$repo" python -m checker ../shared/corpus --format sarif \
            --output "$work/$folder/corpus.sarif" --quiet --no-cache || true
    fi
}

cd "$repo"
sarif_logs plain -u TF_BUILD
sarif_logs azure "${pipeline[@]}"
# The rule kinds go in one argument (the npm wrapper would split "Gh;Sarif;Ado" at the ';').
validate() {
    echo "== rule kinds $1 on the logs made $2"
    "$multitool" validate --rule-kind "$1" "${@:3}" \
        | grep -E "(error|warning) [A-Za-z]+[0-9]+|files scanned" || true
}
validate "Gh;Sarif" "outside a pipeline" "$work"/plain/*.sarif
validate "Gh;Sarif;Ado" "in an Azure pipeline" "$work"/azure/*.sarif
