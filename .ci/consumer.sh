#!/usr/bin/env bash
# A new Boot application on the BOM, with no version for any of this project's artifacts
# (nor Bucket4j's Redis module), builds the README's first app and runs its test against
# the stand-ins. Run after the starter is installed (.ci/aot-sample installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .ci/consumer/pom.xml "$work/"
mkdir -p "$work/src/main/java/com/example/songs" "$work/src/test/java/com/example/songs"
cp sample-app/src/test/java/com/example/songs/SongsApplication.java "$work/src/main/java/com/example/songs/"
cp sample-app/src/test/java/com/example/songs/SongsApplicationTests.java "$work/src/test/java/com/example/songs/"
./mvnw -B -q -f "$work/pom.xml" verify
echo "Consumer on the BOM: OK"
