# The language of the workbench, for the start script (sourced by jwp; kept apart so that a test can
# call it). Equinox fixes the language when it starts (-nl), before any preference can be read, so
# the choice made in Preferences > JWP Workbench > Language is read here: the workbench keeps it in
# its workspace (-data FOLDER, else ~/.jwp-workbench/workspace, as the product's config names it).
# An -nl on the command line wins. Prints "-nl xx" or nothing.
jwp_language() {
  jwp_language_data=${HOME:+$HOME/.jwp-workbench/workspace}
  jwp_language_previous=
  for jwp_language_argument do
    case "$jwp_language_previous" in -data) jwp_language_data=${jwp_language_argument#file:} ;; esac
    case "$jwp_language_argument" in -nl) return 0 ;; esac
    jwp_language_previous=$jwp_language_argument
  done
  jwp_language_prefs=$jwp_language_data/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.mea.jwp.app.prefs
  [ -n "$jwp_language_data" ] && [ -f "$jwp_language_prefs" ] || return 0
  jwp_language_code=$(sed -n 's/^language=\([a-z][a-z]\)[[:space:]]*$/\1/p' "$jwp_language_prefs" | tail -n 1)
  [ -z "$jwp_language_code" ] || echo "-nl $jwp_language_code"
}
