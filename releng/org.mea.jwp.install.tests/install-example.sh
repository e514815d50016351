#!/usr/bin/env bash
# Installs the example plug-in from its update site into the built Linux product the way a user
# does (`jwp install`), then checks that the product has it: `jwp report --list` names its report
# design, `jwp export --list` its exporter, the exporter writes a file; `jwp install --uninstall`
# takes it out again. Run by the build (this module, phase integration-test) after the product and
# the site; by hand: releng/org.mea.jwp.install.tests/install-example.sh [WORK_FOLDER]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz
site=$root/releng/org.mea.jwp.examples.site/target/repository
work=${1:-$root/releng/org.mea.jwp.install.tests/target/install}
feature=org.mea.jwp.examples.feature.feature.group

for needed in "$archive" "$site/content.jar"; do
  [ -f "$needed" ] || { echo "install-example: $needed is missing; build the product and the site first" >&2; exit 1; }
done
rm -rf "$work"
mkdir -p "$work/home"
tar xzf "$archive" -C "$work"
product=$work/jwp-workbench
# the commands keep a workspace and class-data archives in the home folder: not the user's
export HOME=$work/home

fail() { echo "install-example: FAILED: $*" >&2; exit 1; }
step() { echo; echo "install-example: \$ jwp $*"; }

step report --list "(before)"
"$product/jwp" report --list > "$work/designs-before.txt"
if grep -q "org.mea.jwp.examples.secretariat.workplan" "$work/designs-before.txt"; then fail "the product has the example before it is installed"; fi

step install --repository "$site" --iu $feature
"$product/jwp" install --repository "$site" --iu $feature | tee "$work/install.txt"
grep -q "Operation completed" "$work/install.txt" || fail "jwp install did not complete"
ls "$product"/plugins/org.mea.jwp.examples.secretariat_*.jar > /dev/null || fail "no example bundle in plugins/"
grep -q "^org.mea.jwp.examples.secretariat," "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the example bundle is not in bundles.info"

step install --installed
"$product/jwp" install --installed | tee "$work/installed.txt"
grep -q "^org.mea.jwp.examples.feature.feature.group/" "$work/installed.txt" || fail "the feature is not listed as installed"

step report --list
"$product/jwp" report --list | tee "$work/designs.txt"
grep -q "org.mea.jwp.examples.secretariat.workplan" "$work/designs.txt" || fail "jwp report --list does not name the example's design"

step export --list
"$product/jwp" export --list | tee "$work/exporters.txt"
grep -q "org.mea.jwp.examples.secretariat.markdown" "$work/exporters.txt" || fail "jwp export --list does not name the Markdown exporter"

step export --default --format org.mea.jwp.examples.secretariat.markdown --out jwp.md
"$product/jwp" export --default --format org.mea.jwp.examples.secretariat.markdown --out "$work/jwp.md"
grep -q "| B1 |" "$work/jwp.md" || fail "the Markdown export has no row for B1"
echo "install-example: jwp.md has $(grep -c '^| [A-D][0-9]* |' "$work/jwp.md") activity rows"

step install --uninstall $feature
"$product/jwp" install --uninstall $feature | tee "$work/uninstall.txt"
grep -q "Operation completed" "$work/uninstall.txt" || fail "jwp install --uninstall did not complete"
"$product/jwp" export --list > "$work/exporters-after.txt"
if grep -q "org.mea.jwp.examples.secretariat.markdown" "$work/exporters-after.txt"; then fail "the exporter is still there after the uninstall"; fi

echo
echo "install-example: OK: installed from $site, listed by jwp report and jwp export, exported, uninstalled"
