#!/usr/bin/env bash
# The CI path of the README, run as a new user would: in a scratch git repository, install the
# pre-commit hook exactly as the README's example writes it, then show that
#   - a clean commit passes,
#   - a commit adding "$45 valuation" beside a note stating Xiaomi's "$45 billion" valuation
#     fails with the missing-scale finding,
#   - the hook writes no report file and leaves the tracked reports/figures.md alone,
#   - a commit that only deletes a note still runs the hook.
# Offline and fast (a few seconds); it needs `check-figures` and `pre-commit` on the PATH
# (both come with `pip install '.[test]'`).
#
# With --install it also runs the README workflow's install line in a fresh virtual
# environment, against a clone of this repository pinned to its HEAD commit, and the
# pinned-sha pre-commit hook (both download the dependencies from the package index, about a
# minute or two; CI does not run this part).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
install=false
if [ "${1:-}" = "--install" ]; then install=true; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "ci_path: FAIL: $*" >&2; exit 1; }
step() { echo "ci_path: $*"; }

# The README's YAML block that contains $1 (the examples are tested as written).
readme_block() {
    python3 - "$repo/README.md" "$1" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
(block,) = [b for b in blocks if sys.argv[2] in b]
print(block, end="")
PY
}

new_repository() {
    rm -rf "$work/scratch"
    mkdir -p "$work/scratch/notes" "$work/scratch/reports"
    cd "$work/scratch"
    git init -q
    git config user.email ci@example.invalid
    git config user.name "ci path"
    git config commit.gpgsign false
    printf 'Xiaomi was valued at $45 billion after its 2014 funding round, people familiar with the deal said.\n' \
        > notes/xiaomi-2014.md
    printf 'Analysts expect revenue to keep growing next year.\n' > notes/outlook.md
}

commit_all() {  # commit everything; prints the hook output; returns git's status
    git add -A
    git commit -q -m "$1" > "$work/hook.out" 2>&1 && status=0 || status=$?
    cat "$work/hook.out"
    return "$status"
}

check_hook() {  # the four behaviours, with the .pre-commit-config.yaml already written
    check-figures notes/ --output reports/figures.md --quiet || fail "notes/ should be clean"
    cp reports/figures.md "$work/figures.md.before"
    pre-commit install > /dev/null
    commit_all "clean notes" || fail "a clean commit was rejected"
    grep -q "check-figures.*Passed" "$work/hook.out" || fail "the hook did not run on a clean commit"
    step "clean commit passes"

    printf 'Investors now doubt that Xiaomi can defend its $45 valuation from 2014 in a new round.\n' \
        > notes/xiaomi-doubts.md
    if commit_all "lost magnitude"; then fail "a commit with a lost magnitude passed"; fi
    grep -q "notes/xiaomi-doubts.md:1:[0-9]*: error missing-scale" "$work/hook.out" \
        || fail "the hook output does not name the missing-scale finding"
    step "commit adding '\$45 valuation' fails with the finding"

    cmp -s reports/figures.md "$work/figures.md.before" || fail "the hook modified reports/figures.md"
    [ -z "$(git status --porcelain --untracked-files=all -- reports)" ] \
        || fail "the hook wrote into reports/: $(git status --porcelain -- reports)"
    step "the hook wrote no report file"

    rm notes/xiaomi-doubts.md
    git reset -q
    rm notes/outlook.md
    commit_all "delete a note" || fail "a deletion-only commit was rejected"
    grep -q "check-figures.*Passed" "$work/hook.out" || fail "the hook skipped a deletion-only commit"
    step "a commit that only deletes a note runs the hook"
}

command -v check-figures > /dev/null || fail "check-figures is not on the PATH (pip install '.[test]')"
command -v pre-commit > /dev/null || fail "pre-commit is not on the PATH (pip install '.[test]')"
export PRE_COMMIT_HOME="$work/pre-commit-cache"

step "README pre-commit example (repo: local)"
new_repository
readme_block "repo: local" > .pre-commit-config.yaml
check_hook

if ! $install; then
    step "skipped the install line and the pinned-sha hook (run with --install)"
    step "ok"
    exit 0
fi

# A clone of this repository at its HEAD commit stands in for the hosted repository.
sha="$(git -C "$repo" rev-parse HEAD)"
git clone -q "$repo" "$work/hosted"
hosted="file://$work/hosted"

step "README workflow install line in a fresh virtual environment (pinned to $sha)"
line="$(readme_block "upload-sarif" | sed -n 's/^ *- run: \(pip install .*\)$/\1/p')"
[ -n "$line" ] || fail "no 'pip install' line in the README workflow"
line="${line//https:\/\/github.com\/your-org\/check-figures/$hosted}"
line="${line//<commit-sha>/$sha}"
python3 -m venv "$work/venv"
(
    # shellcheck disable=SC1091
    . "$work/venv/bin/activate"
    unset PYTHONPATH
    cd "$work"
    # A fresh runner's pip is recent (setup-python); an old bundled pip rejects git+file URLs.
    python -m pip install --quiet --upgrade pip
    eval "python -m $line --quiet"
    check-figures --version
    cp -r "$repo/seeds" "$work/seeds-copy"
    check-figures "$work/seeds-copy" --no-report --quiet && status=0 || status=$?
    [ "$status" -eq 1 ] || fail "the installed check-figures exited $status on the seeds, not 1"
)
step "install line works"

step "README pre-commit example (pinned sha)"
new_repository
readme_block "rev:" \
    | sed "s#https://github.com/your-org/check-figures#$hosted#; s#<commit-sha>#$sha#" \
    > .pre-commit-config.yaml
(unset PYTHONPATH; check_hook)
step "ok"
