#!/usr/bin/env bash
# Installs the example plug-in from its update site into the built Linux product the way a user
# does (`jwp install`), then checks that the product has it: `jwp report --list` names its report
# design, `jwp export --list` its exporter, the exporter writes a file; `jwp install --uninstall`
# takes it out again. Run by the build (this module, phase integration-test) after the product and
# the site; by hand: releng/org.mea.jwp.install.tests/install-example.sh [WORK_FOLDER [MVN [JAVA_HOME]]]
#
# Given MVN (the build passes its own Maven), example-update.sh first builds version 1.0.1 of the
# example outside the repository against the SDK, and that is the update below: after it, the
# Markdown export says under its title that 1.0.1 wrote it, which 1.0.0 did not.
#
# UPDATE_SITE=FOLDER, a p2 repository with a newer version of the example's feature, adds an update
# before the uninstall: `jwp install --list` shows the installed and the newer version,
# `jwp install --update` replaces the one by the other (--installed and bundles.info then name only
# the new one, and the exporter is still there), and a second --update says there is nothing newer.
# PRODUCT_ARCHIVE and EXAMPLE_SITE replace the product archive and the site of this checkout (e.g. to
# try a script on a product built elsewhere).
set -euo pipefail
. "$(dirname "$0")/product.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=${PRODUCT_ARCHIVE:-$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz}
site=${EXAMPLE_SITE:-$root/releng/org.mea.jwp.examples.site/target/repository}
update_site=${UPDATE_SITE-}
work=${1:-$root/releng/org.mea.jwp.install.tests/target/install}
maven=${2-}
[ -n "${3-}" ] && export JAVA_HOME=$3
feature=org.mea.jwp.examples.feature.feature.group
bundle=org.mea.jwp.examples.secretariat
bundles_info=configuration/org.eclipse.equinox.simpleconfigurator/bundles.info

for needed in "$archive" "$site/content.jar" ${update_site:+"$update_site/content.jar"}; do
  [ -f "$needed" ] || { echo "install-example: $needed is missing; build the product and the site first" >&2; exit 1; }
done
unpack_product "$work" "$archive"

fail() { echo "install-example: FAILED: $*" >&2; exit 1; }
step() { echo; echo "install-example: \$ jwp $*"; }

if [ -z "$update_site" ] && [ -n "$maven" ]; then
  echo "install-example: building version 1.0.1 of the example outside the repository (example-update.sh)"
  update_site=$(bash "$root/releng/org.mea.jwp.install.tests/example-update.sh" "$work/example-1.0.1" "$product" "$maven" | tail -n 1)
  [ -f "$update_site/content.jar" ] || fail "example-update.sh made no update site"
fi

step report --list "(before)"
"$product/jwp" report --list > "$work/designs-before.txt"
if grep -q "org.mea.jwp.examples.secretariat.workplan" "$work/designs-before.txt"; then fail "the product has the example before it is installed"; fi

step install --repository "$site" --iu $feature
"$product/jwp" install --repository "$site" --iu $feature | tee "$work/install.txt"
grep -q "Operation completed" "$work/install.txt" || fail "jwp install did not complete"
ls "$product"/plugins/org.mea.jwp.examples.secretariat_*.jar > /dev/null || fail "no example bundle in plugins/"
grep -q "^$bundle," "$product/$bundles_info" \
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
if grep -q "Written by the example plug-in 1.0.1" "$work/jwp.md"; then fail "1.0.0 already writes what 1.0.1 adds"; fi
echo "install-example: jwp.md has $(grep -c '^| [A-D][0-9]* |' "$work/jwp.md") activity rows"

if [ -n "$update_site" ]; then
  old=$(sed -n "s|^$feature/||p" "$work/installed.txt")

  step install --repository "$update_site" --list
  "$product/jwp" install --repository "$update_site" --list | tee "$work/update-list.txt"
  # Feature  On the site  Installed  Name
  row=$(grep "^$feature " "$work/update-list.txt") || fail "the update site's feature is not listed"
  read -r _ new listed _ <<<"$row"
  [ "$listed" = "$old" ] || fail "--list shows $listed as installed, not $old"
  [ "$new" != "$old" ] || fail "the update site has the installed version $old, not a newer one"
  grep -q "^Newer on the site: .*--update $feature" "$work/update-list.txt" || fail "--list does not say that the site has a newer version"

  step install --repository "$update_site" --update $feature
  "$product/jwp" install --repository "$update_site" --update $feature | tee "$work/update.txt"
  grep -q "Operation completed" "$work/update.txt" || fail "jwp install --update did not complete"
  "$product/jwp" install --installed | tee "$work/installed-after-update.txt"
  grep -qx "$feature/$new" "$work/installed-after-update.txt" || fail "--installed does not show $feature $new"
  new_bundle=$(cd "$update_site/plugins" && ls "${bundle}"_*.jar | sed -e "s/^${bundle}_//" -e 's/\.jar$//' | sort -V | tail -n 1)
  grep "^$bundle," "$product/$bundles_info" | tee "$work/bundles-after-update.txt"
  [ "$(wc -l < "$work/bundles-after-update.txt")" -eq 1 ] || fail "bundles.info has $(wc -l < "$work/bundles-after-update.txt") lines for $bundle, not one"
  grep -q "^$bundle,$new_bundle," "$work/bundles-after-update.txt" || fail "bundles.info does not have $bundle $new_bundle"
  "$product/jwp" export --list > "$work/exporters-after-update.txt"
  grep -q "org.mea.jwp.examples.secretariat.markdown" "$work/exporters-after-update.txt" || fail "the exporter is gone after the update"
  if [ -n "$maven" ] && [ -z "${UPDATE_SITE-}" ]; then
    # the new behaviour: what 1.0.1 changed is what the installed plug-in now does
    "$product/jwp" export --default --format markdown --out "$work/jwp-1.0.1.md"
    sed -n 3p "$work/jwp-1.0.1.md" | grep -qx "_Written by the example plug-in 1.0.1_" \
      || fail "after the update the Markdown export is still 1.0.0's: $(head -n 3 "$work/jwp-1.0.1.md")"
    echo "install-example: after the update jwp.md says: $(sed -n 3p "$work/jwp-1.0.1.md")"
  fi

  step install --repository "$update_site" --update $feature "(again)"
  "$product/jwp" install --repository "$update_site" --update $feature | tee "$work/update-again.txt"
  grep -q "is installed already, the newest on the site" "$work/update-again.txt" || fail "a second --update does not say there is nothing newer"
  grep -qx "$feature/$new" <("$product/jwp" install --installed) || fail "a second --update changed what is installed"
fi

step install --uninstall $feature
"$product/jwp" install --uninstall $feature | tee "$work/uninstall.txt"
grep -q "Operation completed" "$work/uninstall.txt" || fail "jwp install --uninstall did not complete"
"$product/jwp" export --list > "$work/exporters-after.txt"
if grep -q "org.mea.jwp.examples.secretariat.markdown" "$work/exporters-after.txt"; then fail "the exporter is still there after the uninstall"; fi

echo
echo "install-example: OK: installed from $site, listed by jwp report and jwp export, exported,${update_site:+ updated from $update_site,} uninstalled"
