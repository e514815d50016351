#!/usr/bin/env bash
# Two secretariats share one programme in Git with nothing but plain git and the product's
# `jwp merge-driver` (docs/sharing.md): Bonn records the SC65 baseline, Geneva updates B6's status
# at the same time; `git pull` merges the two with the model-aware driver, without a conflict. Then
# both change B6's status to different values: the pull stops with a conflict, the file holds
# Geneva's own version and a conflict file names B6's status with both values.
# Run by the build (this module, phase integration-test) after the product; by hand:
# releng/org.mea.jwp.install.tests/git-round-trip.sh [WORK_FOLDER]
set -euo pipefail
. "$(dirname "$0")/product.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz
programme=$root/bundles/org.mea.jwp.core/programmes/cms-cites-jwp-2012-2014.jwp
work=${1:-$root/releng/org.mea.jwp.install.tests/target/git-round-trip}

[ -f "$archive" ] || { echo "git-round-trip: $archive is missing; build the product first" >&2; exit 1; }
command -v git > /dev/null || { echo "git-round-trip: git is not installed" >&2; exit 1; }
unpack_product "$work" "$archive"
jwp=$product/jwp
export GIT_CONFIG_NOSYSTEM=1
git config --global init.defaultBranch main
git config --global user.name "JWP test"
git config --global user.email "jwp-test@localhost"

fail() { echo "git-round-trip: FAILED: $*" >&2; exit 1; }
step() { echo; echo "git-round-trip: $*"; }
status_of() { # the status of activity $2 in programme $1, from the activities CSV export
  "$jwp" export --model "$1" --format org.mea.jwp.core.activities.csv --out "$work/status.csv" > /dev/null
  python3 -c 'import csv, sys; print(next(r["Status"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["Code"] == sys.argv[2]))' \
    "$work/status.csv" "$2"
}
set_status() { # sets activity $2's status in programme $1 to $3 with jwp import
  printf 'Code,Status\n%s,%s\n' "$2" "$3" > "$work/change.csv"
  "$jwp" import --model "$1" --format org.mea.jwp.core.activities.csv --in "$work/change.csv" > /dev/null
}
use_driver() { # the two lines docs/sharing.md gives
  git -C "$1" config merge.jwp.name "JWP Workbench model merge"
  git -C "$1" config merge.jwp.driver "$jwp merge-driver %O %A %B %P"
}

step "Bonn shares the programme"
git init -q --bare "$work/shared.git"
git clone -q "$work/shared.git" "$work/bonn"
cp "$programme" "$work/bonn/jwp.jwp"
echo '*.jwp merge=jwp' > "$work/bonn/.gitattributes"
printf '%s\n' '*.bak' '*.conflicts.json' > "$work/bonn/.gitignore"  # backups and conflict lists stay local
use_driver "$work/bonn"
git -C "$work/bonn" add -A && git -C "$work/bonn" commit -q -m "The programme as adopted" && git -C "$work/bonn" push -q origin main
git clone -q "$work/shared.git" "$work/geneva"
use_driver "$work/geneva"

step "disjoint edits: Bonn records the SC65 baseline, Geneva marks B6 completed"
"$jwp" baseline --model "$work/bonn/jwp.jwp" --cycle cycle-sc65 > /dev/null
git -C "$work/bonn" commit -q -am "SC65 baseline" && git -C "$work/bonn" push -q origin main
set_status "$work/geneva/jwp.jwp" B6 completed
git -C "$work/geneva" commit -q -am "B6 completed"
git -C "$work/geneva" push -q origin main 2> /dev/null && fail "a push that is not a fast-forward was accepted"
git -C "$work/geneva" pull -q --no-rebase --no-edit origin main || fail "the pull of disjoint edits stopped: $(git -C "$work/geneva" status --short)"
[ "$(status_of "$work/geneva/jwp.jwp" B6)" = completed ] || fail "Geneva's B6 status was lost in the merge"
# to a file, not into grep -q: grep stops reading at the first match, and jwp reports the
# closed pipe as lost output (exit 5)
"$jwp" diff --model "$work/geneva/jwp.jwp" --list > "$work/cycles.txt"
grep -q "^cycle-sc65 .*baseline at" "$work/cycles.txt" || fail "Bonn's baseline was lost in the merge"
git -C "$work/geneva" push -q origin main || fail "the push after the merge was refused"
ls "$work/geneva"/*.conflicts.json > /dev/null 2>&1 && fail "a conflict file after a clean merge"
[ -z "$(git -C "$work/geneva" status --porcelain)" ] || fail "the work tree is not clean after the merge: $(git -C "$work/geneva" status --porcelain)"

step "the same feature changed on both sides: a conflict naming B6's status"
git -C "$work/bonn" pull -q --no-rebase --no-edit origin main
set_status "$work/bonn/jwp.jwp" B6 cancelled
git -C "$work/bonn" commit -q -am "B6 cancelled" && git -C "$work/bonn" push -q origin main
set_status "$work/geneva/jwp.jwp" B6 "in progress"
git -C "$work/geneva" commit -q -am "B6 in progress"
if git -C "$work/geneva" pull -q --no-rebase --no-edit origin main > "$work/pull.out" 2>&1; then
  fail "conflicting edits merged without a conflict"
fi
git -C "$work/geneva" status --short | grep -q "^UU jwp.jwp" || fail "git does not list jwp.jwp as conflicted: $(git -C "$work/geneva" status --short)"
[ "$(status_of "$work/geneva/jwp.jwp" B6)" = "in progress" ] || fail "the conflicted file does not hold Geneva's own version"
conflicts=$work/geneva/jwp.jwp.conflicts.json
[ -f "$conflicts" ] || fail "no conflict file next to jwp.jwp"
grep -q '"B6"' "$conflicts" && grep -q 'cancelled' "$conflicts" && grep -q 'in progress' "$conflicts" \
  || fail "the conflict file does not name B6 with both values: $(cat "$conflicts")"

echo
echo "git-round-trip: OK"
