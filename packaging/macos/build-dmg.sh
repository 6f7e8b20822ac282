#!/usr/bin/env bash
# Wrap dist/macos/<Brand>.app into dist/<Brand>-<version>-macos.dmg (macOS only: hdiutil).
#   build-dmg.sh BRAND_NAME VERSION
# Signing and notarisation need an Apple Developer ID; they run in the workflow when its
# secrets are set (packaging/macos/build-macos.yml), and are skipped otherwise.
set -euo pipefail
name="$1"
version="$2"
app="dist/macos/$name.app"
[[ -d "$app" ]] || { echo "no $app; run PyInstaller with packaging/macos/satchel.spec" >&2; exit 1; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto it
hdiutil create -volname "$name" -srcfolder "$staging" -fs HFS+ -format UDZO -ov \
    "dist/$name-$version-macos.dmg"
