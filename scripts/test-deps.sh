#!/bin/sh
# test-deps.sh — installs the Debian packages that some tests compare with or
# run under, when they are missing and this user can install packages.
# Tests that need a package that is still missing skip with a printed reason.
#   parallel  GNU parallel, for the stream filter test (cmd/zhpipe/parallel_test.go)
set -u
missing=""
command -v parallel >/dev/null 2>&1 || missing="$missing parallel"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "test-deps: not installing$missing (not root or no apt-get); the tests that need it will skip"
	exit 0
fi
echo "test-deps: installing$missing"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1; then
	apt-get update -q >/dev/null 2>&1
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1 ||
		echo "test-deps: could not install$missing; the tests that need it will skip"
fi
exit 0
