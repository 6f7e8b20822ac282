#!/usr/bin/env bash
# Install the .deb into a bare Debian 12 root and use it as a person would:
# `make package-test` runs this after building dist/<package>_*.deb.
#
#   1. a pristine `debootstrap --variant=minbase bookworm` root, cached in CACHE (built from
#      nothing when missing), is copied to a scratch folder; nothing else is added to it
#   2. apt-get install ./<package>_*.deb (apt fetches the Depends from Debian's mirror)
#   3. --version; init, case add and case list through standard input; --demo --screenshot
#      renders a window that is not blank; the menu entry's Exec line starts the app
#   4. apt-get remove leaves no file of the package behind
#   5. lintian's verdict on the .deb is printed
#
# Runs as root (chroot, mounts). /proc, /dev and /dev/pts are mounted in the copy and
# unmounted on every exit, failure included, before the copy is deleted.
#
# Environment: CACHE (default /var/cache/satchel-packaging), MIRROR, BRAND, DIST (dist),
# HOST_PYTHON (a Python with PySide6, to look at the screenshot; default .venv/bin/python).
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true

here="$(cd "$(dirname "$0")" && pwd)"
root_dir="$(cd "$here/../.." && pwd)"
cd "$root_dir"

cache="${CACHE:-/var/cache/satchel-packaging}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
brand="${BRAND:-satchel}"
dist="$(realpath "${DIST:-dist}")"
host_python="$(realpath -s "${HOST_PYTHON:-.venv/bin/python}")"
pristine="$cache/bookworm-minbase"
passphrase="correct horse battery staple vault 7"

[[ "$(id -u)" -eq 0 ]] || { echo "package-test: run as root (chroot and mounts)" >&2; exit 1; }
brand_value() { sed -n "s/^$1=//p" "packaging/brand/$brand.env"; }
package="$(brand_value BRAND_PACKAGE)"
command="$(brand_value BRAND_COMMAND)"
app_id="$(brand_value BRAND_APP_ID)"
mapfile -t debs < <(find "$dist" -maxdepth 1 -name "${package}_*.deb" | sort)
[[ ${#debs[@]} -eq 1 ]] || { echo "package-test: want one ${package}_*.deb in $dist" >&2; exit 1; }
deb="${debs[0]}"
version="$(dpkg-deb -f "$deb" Version)"

started=$SECONDS
step() { printf '== %s (%ss)\n' "$*" "$((SECONDS - started))"; }
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }

# --- the pristine root, built once ----------------------------------------------------------
if [[ ! -x "$pristine/usr/bin/apt-get" ]]; then
    step "debootstrap --variant=minbase bookworm into $pristine"
    rm -rf "$pristine.partial"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$pristine.partial" "$mirror"
    rm -rf "$pristine"
    mv "$pristine.partial" "$pristine"
fi

work="$(mktemp -d /var/tmp/satchel-package-test.XXXXXX)"
root="$work/root"
mounted=()
cleanup() {
    local status=$? point pid
    # Nothing started inside the root may outlive the test.
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [[ "$(readlink "/proc/$pid/root" 2>/dev/null)" == "$root"* ]] && kill -9 "$pid" 2>/dev/null
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        point="${mounted[i]}"
        umount "$point" 2>/dev/null || umount -l "$point" || true
    done
    # Delete the copy only when nothing is mounted inside it any more.
    if findmnt -rn -o TARGET | grep -q "^$work/"; then
        echo "package-test: left $work in place: something is still mounted in it" >&2
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "copy the pristine root"
cp -a "$pristine" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount_in() { mount "$@"; mounted+=("${*: -1}"); }
mount_in -t proc proc "$root/proc"
mount_in --bind /dev "$root/dev"
mount_in --bind /dev/pts "$root/dev/pts"
# Downloaded packages are kept between runs, outside the root.
mkdir -p "$cache/apt-archives/partial"
mount_in --bind "$cache/apt-archives" "$root/var/cache/apt/archives"

in_root() {
    chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/tmp/home LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
# Every path in the root except the ones apt, dpkg and the kernel keep changing.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp \
        -o -path ./run -o -path ./var/cache/apt -o -path ./var/lib/apt -o -path ./var/lib/dpkg \
        -o -path ./var/log \) -prune -o -print | sed 's/^\.//' | sort) >"$1"
}

step "apt-get update"
in_root apt-get update -q >/dev/null
snapshot "$work/before"
mapfile -t packages_before < <(in_root dpkg-query -W -f='${Package}\n' | sort)

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" \
    || { cat "$work/install.log"; fail "apt-get install"; }
mapfile -t owned < <(in_root dpkg -L "$package")
mapfile -t added_packages < <(comm -13 <(printf '%s\n' "${packages_before[@]}") \
    <(in_root dpkg-query -W -f='${Package}\n' | sort))
echo "installed ${#added_packages[@]} packages: ${added_packages[*]}"

step "$command --version"
got="$(in_root "$command" --version)"
[[ "$got" == "$command $version" || "$got" == "satchel $version" ]] \
    || fail "--version said '$got', not the package's $version"
echo "$got"

step "init, case add, case list through standard input"
in_root mkdir -p /tmp/home
printf '%s\n%s\n' "$passphrase" "$passphrase" | in_root "$command" init /tmp/vault >"$work/phrase" \
    || fail "init"
[[ "$(wc -w <"$work/phrase")" -eq 24 ]] || fail "init printed no 24-word recovery phrase"
case_id="$(printf '%s\n' "$passphrase" \
    | in_root "$command" case add /tmp/vault --title "Passport renewal, Astana" --tag visa)" \
    || fail "case add"
printf '%s\n' "$passphrase" | in_root "$command" case list /tmp/vault --json >"$work/cases.json" \
    || fail "case list"
grep -q "Passport renewal, Astana" "$work/cases.json" || fail "case list lacks the new case"
grep -q "${case_id:0:8}" "$work/cases.json" || fail "case list lacks the new case's id"
echo "case $case_id listed"

step "a Russian and German note, found by other word forms and in Latin letters"
printf '%s\n%s\n' "$passphrase" "Паспорта нет, Aufenthaltstitels abgelaufen; звонил Василий." \
    | in_root "$command" note add /tmp/vault --case "$case_id" --title "Документы" --body-file - \
    >/dev/null || fail "note add"
for query in паспорт Aufenthaltstitel Vasiliy; do
    printf '%s\n' "$passphrase" | in_root "$command" search /tmp/vault "$query" --json \
        >"$work/found.json" || fail "search $query"
    grep -q "Документы" "$work/found.json" || fail "search '$query' did not find the note"
done
echo "found by паспорт, Aufenthaltstitel and Vasiliy"

step "report to PDF"
printf '%s\n' "$passphrase" | in_root "$command" report /tmp/vault --case "$case_id" \
    --to /tmp/report.pdf >/dev/null || fail "report"
head -c 5 "$root/tmp/report.pdf" | grep -q '%PDF-' || fail "report did not write a PDF"
echo "report written"

step "--demo --screenshot renders offscreen"
in_root "$command" --demo --screenshot /tmp/shot.png || fail "--demo --screenshot"
cp "$root/tmp/shot.png" "$work/shot.png"
QT_QPA_PLATFORM=offscreen "$host_python" - "$work/shot.png" <<'PY' || fail "the screenshot is blank"
"""Fail unless the picture is 1280x800 and shows many colours (text, icons, lists)."""
import sys

from PySide6.QtGui import QImage

image = QImage(sys.argv[1])
colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
print(f"screenshot {image.width()}x{image.height()}, {len(colours)} colours sampled")
sys.exit(0 if (image.width(), image.height()) == (1280, 800) and len(colours) > 50 else 1)
PY

step "the menu entry's Exec line"
entry="$root/usr/share/applications/$app_id.desktop"
exec_line="$(sed -n 's/^Exec=//p' "$entry")"
[[ -n "$exec_line" ]] || fail "$entry has no Exec line"
exec_line="$(sed -E 's/ ?%[fFuUdDnNickvm]//g' <<<"$exec_line")"  # no file to open
echo "Exec=$exec_line"
# chroot itself in the background (not the in_root function, which would fork a subshell):
# it execs env, sh and the app in turn, so $! is the app's own pid.
chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp/home LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen SATCHEL_LOG_EVENTS=1 sh -c "exec $exec_line" 2>"$work/exec.log" &
app=$!
for _ in $(seq 1 120); do
    grep -q "app.started" "$work/exec.log" && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
done
grep -q "app.started" "$work/exec.log" || { cat "$work/exec.log"; fail "the Exec line did not start $command"; }
kill -0 "$app" 2>/dev/null || fail "the window closed by itself"
kill "$app"
wait "$app" 2>/dev/null || true
echo "started its window and kept running"

step "apt-get remove $package"
in_root apt-get remove -y -q "$package" >"$work/remove.log" || { cat "$work/remove.log"; fail "apt-get remove"; }
in_root dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q ' installed$' \
    && fail "$package is still installed"
left=()
for path in "${owned[@]}"; do
    [[ -e "$root$path" && ! -d "$root$path" ]] && left+=("$path")
    [[ -d "$root$path" && "$path" == *"$package"* ]] && left+=("$path/")
done
snapshot "$work/after"
# New paths that no newly installed dependency owns.
comm -13 "$work/before" "$work/after" >"$work/new"
: >"$work/deps-owned"
for dep in "${added_packages[@]}"; do
    [[ "$dep" == "$package" ]] || in_root dpkg -L "$dep" >>"$work/deps-owned" 2>/dev/null || true
done
sort -u -o "$work/deps-owned" "$work/deps-owned"
mapfile -t stray < <(comm -23 "$work/new" "$work/deps-owned" \
    | grep -i -e "$package" -e "$command" -e "$app_id" || true)
left+=("${stray[@]}")
if [[ ${#left[@]} -gt 0 ]]; then
    printf '  %s\n' "${left[@]}"
    fail "apt-get remove left files of $package behind"
fi
echo "nothing of $package is left (${#owned[@]} paths checked)"
other_new="$(comm -23 "$work/new" "$work/deps-owned" | wc -l)"
echo "(the dependencies' maintainer scripts made $other_new other paths: caches and alternatives)"

step "lintian (reported, not enforced; packaging/README.md says why each tag stays)"
lintian --fail-on none --tag-display-limit 0 "$deb" 2>/dev/null | sort | uniq -c | sort -rn || true

step "passed"
