#!/usr/bin/env bash
# Show that a build is reproducible: `make package-repro` runs this.
#
# Copies the source tree (tracked and new files, not .venv, build or dist) into two
# folders with different paths, builds both with the same SOURCE_DATE_EPOCH, and compares
# the .deb and .tar.gz byte for byte. On a difference it names the files inside that differ
# (diffoscope, when installed, says how). Both builds use the one virtualenv VENV.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
venv="$(realpath "${VENV:-.venv}")"
brand="${BRAND:-satchel}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"

scratch="$(mktemp -d /var/tmp/satchel-repro.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
folders=("$scratch/first/satchel" "$scratch/second/elsewhere/src")
for folder in "${folders[@]}"; do
    mkdir -p "$folder"
    git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$folder"
done

for folder in "${folders[@]}"; do
    echo "== build in $folder"
    (cd "$folder" && BRAND="$brand" VENV="$venv" bash packaging/linux/build.sh | grep -E '^(==|build:)')
done

status=0
first="${folders[0]}/dist"
second="${folders[1]}/dist"
for file in "$first"/*.deb "$first"/*.tar.gz "$first"/SHA256SUMS; do
    name="$(basename "$file")"
    if cmp -s "$file" "$second/$name"; then
        echo "identical: $name  $(sha256sum <"$file" | cut -c1-16)…"
    else
        status=1
        echo "DIFFERENT: $name"
        if command -v diffoscope >/dev/null; then
            diffoscope --text - "$file" "$second/$name" | head -60 || true
        fi
    fi
done
exit "$status"
