#!/usr/bin/env bash
# Builds a self-contained Linux app-image (and optionally a .deb) with jlink + jpackage (JDK 17).
# JavaFX jmods are not on Maven Central, so the JavaFX -linux jars go on the module path, their native
# libraries are copied into the runtime's lib/, and the app itself runs from the class path.
# Usage: packaging/build-app-image.sh [--deb]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
out=target/dist
rm -rf "$out" && mkdir -p "$out/fx" "$out/input"
cp target/lib/javafx-*-linux.jar "$out/fx/"
cp target/creddesk.jar "$out/input/"
mkdir -p "$out/input/lib"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$out/input/lib/";; esac
done
jlink --module-path "$out/fx" \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.sql,java.xml,java.management,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,javafx.controls,javafx.fxml,javafx.swing \
  --strip-debug --no-header-files --no-man-pages --output "$out/runtime"
(cd "$out/runtime/lib" && unzip -q -o -j ../../fx/javafx-graphics-*-linux.jar '*.so')
type=app-image
[ "${1:-}" = "--deb" ] && type=deb
jpackage --type "$type" --name CredDesk --app-version 0.1.0 --vendor "CredDesk" \
  --input "$out/input" --main-jar creddesk.jar --main-class org.creddesk.Main \
  --runtime-image "$out/runtime" --dest "$out"
echo "Built $type in $out" >&2
