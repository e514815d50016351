# Sourced by the install tests: the built Linux product unpacked into a fresh work folder, with a
# home folder of its own there (the commands keep a workspace and class-data archives in HOME,
# which must not be the user's). No command server is started (JWP_SERVER=off): a test that wants
# one says so, and stops it.
#   unpack_product WORK ARCHIVE   sets product=WORK/jwp-workbench, HOME=WORK/home, JWP_SERVER=off
unpack_product() {
  rm -rf "$1"
  mkdir -p "$1/home"
  tar xzf "$2" -C "$1"
  product=$1/jwp-workbench
  export HOME=$1/home JWP_SERVER=off
}
