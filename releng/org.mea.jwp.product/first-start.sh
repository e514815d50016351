#!/usr/bin/env bash
# Makes the first start of the Linux product part of the build: runs one headless command of the
# materialized product (jwp validate --default) so that Equinox installs and resolves its bundles
# and keeps that state in configuration/org.eclipse.osgi, which the archive then carries. A user's
# very first command or workbench start after unpacking would otherwise do it: 1.7 s of a 5.8 s
# first report (docs/performance.md). The state holds no absolute path (bundles are referenced
# relative to the product folder), so the product may be unpacked anywhere; Equinox checks it
# against bundles.info at every start, as after `jwp install`.
# Run by the build (this module, phase package, between materialize-products and archive-products):
#   first-start.sh PRODUCT_FOLDER JAVA_HOME
set -euo pipefail
product=$1
export JAVA_HOME=$2
if [ "$(uname -s)" != Linux ] || [ ! -x "$product/jwp" ]; then
  echo "first-start: no Linux product at $product on this machine; its first start stays with the user"
  exit 0
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HOME=$scratch JWP_STATE_DIR=$scratch/state "$product/jwp" validate --default >"$scratch/out" 2>&1 \
  || { echo "first-start: jwp validate --default failed in the materialized product:" >&2; cat "$scratch/out" >&2; exit 1; }
[ -d "$product/configuration/org.eclipse.osgi" ] || { echo "first-start: Equinox kept no state in $product/configuration" >&2; exit 1; }
# a log would only say what this run said; the user's product starts without one
rm -f "$product"/configuration/*.log
echo "first-start: $(ls "$product/configuration/org.eclipse.osgi" | tr '\n' ' ')kept in $product/configuration/org.eclipse.osgi"
