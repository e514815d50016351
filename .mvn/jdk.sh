# shellcheck shell=sh
# Picks a JDK 21 or newer for ./mvnw and ./jwp so that nobody has to export JAVA_HOME by hand.
# Sourced (POSIX sh) by both scripts. Order: JAVA_HOME when it names a JDK 21+, then JWP_JAVA_HOME,
# then the newest JDK 21+ found in the usual install folders. Tycho 5, current Eclipse bundles and
# BIRT 4.22 are Java 21 class files, so an older JDK cannot build or run the workbench.

jwp_java_major() { # $1 = JDK home; prints the feature version (17, 21, 25...) or nothing
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

jwp_find_jdk() {
  jwp_min=21
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(jwp_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$jwp_min" ]; then return 0; fi
    jwp_old="JAVA_HOME=$JAVA_HOME (Java ${v:-?})"
  fi
  if [ -n "${JWP_JAVA_HOME-}" ]; then
    v=$(jwp_java_major "$JWP_JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$jwp_min" ]; then JAVA_HOME=$JWP_JAVA_HOME; export JAVA_HOME; return 0; fi
    echo "JWP_JAVA_HOME=$JWP_JAVA_HOME is not a JDK $jwp_min or newer (found Java ${v:-none})." >&2
    return 1
  fi
  best= best_v=0
  jwp_restore_glob=$(case $- in *f*) echo "set -f";; esac); set +f
  for h in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
           "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)" 2>/dev/null || echo /x/x)")")"; do
    [ -d "$h" ] || continue
    v=$(jwp_java_major "$h")
    [ -n "$v" ] || continue
    if [ "$v" -ge "$jwp_min" ] && [ "$v" -gt "$best_v" ]; then best=$h best_v=$v; fi
  done
  $jwp_restore_glob
  if [ -n "$best" ]; then
    [ -z "${jwp_old-}" ] || echo "Ignoring $jwp_old: too old; using $best (Java $best_v)." >&2
    JAVA_HOME=$best; export JAVA_HOME; return 0
  fi
  cat >&2 <<MSG
JWP Workbench needs a JDK $jwp_min or newer (Eclipse 4.3x, Tycho 5 and BIRT 4.22 are Java 21 code).
${jwp_old:+Found only $jwp_old. }No JDK $jwp_min+ was found in /usr/lib/jvm, /opt/java, /Library/Java/JavaVirtualMachines, ~/.sdkman or ~/.jdks.
Install one, for example Eclipse Temurin 21 or 25 (Debian/Ubuntu: the temurin-21-jdk package from the
Adoptium apt repository; macOS: brew install --cask temurin; Windows: winget install EclipseAdoptium.Temurin.21.JDK),
or point JWP_JAVA_HOME (or JAVA_HOME) at an existing one.
MSG
  return 1
}
