#!/usr/bin/env bash
# A plug-in made outside this repository, as a secretariat's developer makes one: the built
# product's `jwp new-plugin` makes the project in a temporary folder, Maven builds and tests it
# offline against the SDK this build just made (releng/org.mea.jwp.sdk), and the product installs
# the update site it produced and uses the plug-in's data format. Run by the build (this module,
# phase integration-test) after the product and the SDK; by hand:
#   releng/org.mea.jwp.install.tests/plugin-template.sh WORK_FOLDER [MVN [JAVA_HOME]]
set -euo pipefail
. "$(dirname "$0")/product.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz
sdk=$root/releng/org.mea.jwp.sdk/target/repository
work=${1:-$root/releng/org.mea.jwp.install.tests/target/plugin-template}
maven=${2:-mvn}
[ -n "${3-}" ] && export JAVA_HOME=$3
id=org.example.jwp.extras
feature=$id.feature.feature.group

fail() { echo "plugin-template: FAILED: $*" >&2; exit 1; }
for needed in "$archive" "$sdk/content.jar"; do
  [ -f "$needed" ] || fail "$needed is missing; build the product and the SDK first"
done
unpack_product "$work" "$archive"
# outside the checkout, so that Maven finds none of this repository's .mvn/ or poms on the way up
sources=$(mktemp -d "${TMPDIR:-/tmp}/jwp-plugin-template.XXXXXX")
trap 'rm -rf "$sources"' EXIT

echo "plugin-template: \$ jwp new-plugin $id --sdk $sdk --out $sources"
"$product/jwp" new-plugin $id --sdk "$sdk" --out "$sources"
project=$sources/$id
grep -q "location=\"file:/*${sdk#/}/\"" "$project/jwp-sdk.target" || fail "jwp-sdk.target does not name $sdk"

echo "plugin-template: \$ mvn -o verify   (in $project, against the SDK only)"
started=$(date +%s)
if ! (cd "$project" && "$maven" -B -o verify) > "$work/build.log" 2>&1; then
  grep -E "^\[ERROR\]" "$work/build.log" | head -n 30 >&2
  fail "the plug-in made by jwp new-plugin does not build against the SDK; log: $work/build.log"
fi
echo "plugin-template: built and tested in $(( $(date +%s) - started )) s"
report=$(ls "$project/$id.tests/target/surefire-reports/"*.txt 2>/dev/null | head -n 1)
[ -n "$report" ] || fail "no test report: the template's tests did not run"
grep -q "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0" "$report" || { cat "$report" >&2; fail "the template's tests did not all pass"; }
tests=$(grep -o "Tests run: [0-9]*, Failures: 0" "$report")
site_zip=$project/$id.site/target/$id.site-1.0.0-SNAPSHOT.zip
[ -f "$site_zip" ] || fail "no update site $site_zip (with the plug-in's version)"
ls "$project/$id.site/target/repository/plugins/${id}_1.0.0."*.jar > /dev/null || fail "the site has no $id 1.0.0 bundle"
# the site carries the plug-in only: JWP Workbench and what it requires are in the product
[ "$(ls "$project/$id.site/target/repository/plugins" | wc -l)" = 1 ] || fail "the site carries more than the plug-in: $(ls "$project/$id.site/target/repository/plugins")"

echo "plugin-template: \$ jwp install --repository $site_zip --iu $feature"
"$product/jwp" install --repository "$site_zip" --iu $feature > "$work/install.txt" 2>&1 || { cat "$work/install.txt" >&2; fail "jwp install"; }
# jwp's output to a file before grep -q, which stops reading at its match (jwp: exit 5, output lost)
"$product/jwp" export --list > "$work/formats.txt" || true
grep -q "$id.codes" "$work/formats.txt" || fail "jwp export --list does not name the plug-in's format"
"$product/jwp" export --default --format extras-codes --out "$work/codes.tsv"
# one line per activity (the template's own test counts them against the programme): code, status, lead
activities=$(grep -c -E '^[A-D][0-9]+	[a-z -]+	[A-Za-z]+$' "$work/codes.tsv" || true)
[ "$activities" -gt 30 ] && [ "$activities" = "$(wc -l < "$work/codes.tsv")" ] || { head "$work/codes.tsv" >&2; fail "codes.tsv is not one line per activity"; }
grep -q "^B6	" "$work/codes.tsv" || fail "codes.tsv has no line for B6"
# and its report design, checked and rendered
"$product/jwp" report --check $id.activities > "$work/check.txt" || true
grep -qx "design $id.activities: OK" "$work/check.txt" || fail "jwp report --check finds problems in the template's design"
"$product/jwp" report --default --design $id.activities --format pdf --out "$work/activities.pdf"
if command -v pdftotext > /dev/null; then
  pdftotext "$work/activities.pdf" "$work/activities.txt"
  grep -q "Activities of the CMS-CITES Joint Work Programme 2012-2014" "$work/activities.txt" || fail "activities.pdf has no title"
  grep -qx "B6" "$work/activities.txt" || fail "activities.pdf has no row for B6"
fi

echo "plugin-template: OK: made by jwp new-plugin outside the repository, built and tested offline against the SDK ($tests), installed from $(basename "$site_zip"), its format wrote $activities lines, its design activities.pdf"
