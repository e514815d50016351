#!/bin/sh
# Load / validate / save benchmarks of synthetic programmes (1k, 10k, 100k objects) with JMH.
# Builds the benchmark module when needed; extra arguments go to JMH, e.g.
#   releng/bench/model-benchmarks.sh -p objects=100000 load
# Results: one line per benchmark and size; JMH's "p0.50" lines are the medians.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/releng/org.mea.jwp.bench"
. "$root/.mvn/jdk.sh"
jwp_find_jdk || exit 1
if [ ! -f "$bench/target/classpath.txt" ] || [ -n "$(find "$root/bundles/org.mea.jwp.model" "$root/bundles/org.mea.jwp.core/src" "$bench/src" "$bench/pom.xml" -newer "$bench/target/classpath.txt" -type f 2>/dev/null | head -n 1)" ]; then
  (cd "$root" && ./mvnw -B -q -f releng/org.mea.jwp.bench package)
fi
exec "$JAVA_HOME/bin/java" -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" org.openjdk.jmh.Main "$@"
