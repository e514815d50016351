#!/usr/bin/env bash
# Version 1.0.1 of the example plug-in, built the way its developer builds a new version outside
# this repository: `jwp new-plugin` makes the project around it (the parent pom, jwp-sdk.target
# naming the SDK this build made, the update site), the example's bundle and feature (1.0.0 in this
# repository) are copied in with their versions raised to 1.0.1 and one behaviour changed — the
# Markdown export says under its title which version wrote it — and Maven builds the project
# offline against the SDK. The update site's folder is the last line printed. Used by
# install-example.sh, which installs 1.0.0 and then updates to this.
#   releng/org.mea.jwp.install.tests/example-update.sh WORK_FOLDER PRODUCT_FOLDER [MVN]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$1
product=$2
maven=${3:-mvn}
sdk=$root/releng/org.mea.jwp.sdk/target/repository
id=org.mea.jwp.examples.secretariat
feature=org.mea.jwp.examples.feature
fail() { echo "example-update: FAILED: $*" >&2; exit 1; }
[ -f "$sdk/content.jar" ] || fail "$sdk is missing; build the SDK first"

rm -rf "$work"
mkdir -p "$work"
"$product/jwp" new-plugin $id --version 1.0.1 --sdk "$sdk" --out "$work" >&2
project=$work/$id

# the example's bundle and feature in place of the template's (keeping the template's poms, which
# name the modules for Maven; Tycho wants a feature's artifactId to be its id)
rm -rf "${project:?}/$id.tests" "$project/$id/src" "$project/$id/META-INF" "$project/$id/"*.properties "$project/$id/plugin.xml"
(cd "$root/bundles/$id" && tar cf - --exclude=./target --exclude=./bin .) | (cd "$project/$id" && tar xf -)
mkdir "$project/$feature"
(cd "$root/features/$feature" && tar cf - --exclude=./target .) | (cd "$project/$feature" && tar xf -)
sed "s#<artifactId>$id.feature</artifactId>#<artifactId>$feature</artifactId>#" "$project/$id.feature/pom.xml" > "$project/$feature/pom.xml"
rm -rf "${project:?}/$id.feature"
sed -i -e "\#<module>$id.tests</module>#d" -e "s#<module>$id.feature</module>#<module>$feature</module>#" "$project/pom.xml"
sed -i "s#\"$id.feature\"#\"$feature\"#" "$project/$id.site/category.xml"

# 1.0.1: the versions raised together, and the change users will see
sed -i 's/^Bundle-Version: 1\.0\.0\.qualifier$/Bundle-Version: 1.0.1.qualifier/' "$project/$id/META-INF/MANIFEST.MF"
sed -i 's/ version="1\.0\.0\.qualifier"/ version="1.0.1.qualifier"/' "$project/$feature/feature.xml"
exporter=$project/$id/src/org/mea/jwp/examples/secretariat/WorkPlanMarkdownExporter.java
sed -i 's|^\(\s*\)out.write("# " + cell(programme.getTitle()) + "\\n"); //\$NON-NLS-1\$ //\$NON-NLS-2\$$|&\n\1out.write("\\n_Written by the example plug-in 1.0.1_\\n"); //$NON-NLS-1$|' "$exporter"
grep -q "example plug-in 1.0.1" "$exporter" || fail "the change to $exporter did not apply"
grep -q "^Bundle-Version: 1.0.1.qualifier" "$project/$id/META-INF/MANIFEST.MF" || fail "the bundle's version was not raised"
grep -q 'version="1.0.1.qualifier"' "$project/$feature/feature.xml" || fail "the feature's version was not raised"

if ! (cd "$project" && "$maven" -B -o verify) > "$work/build.log" 2>&1; then
  grep -E "^\[ERROR\]" "$work/build.log" | head -n 30 >&2
  fail "version 1.0.1 of the example does not build against the SDK; log: $work/build.log"
fi
site=$project/$id.site/target/repository
ls "$site/plugins/${id}_1.0.1."*.jar > /dev/null || fail "the site has no $id 1.0.1"
echo "$site"
