#!/usr/bin/env bash
# Build Satchel's Linux release files: `make package` runs this.
#
#   build.sh [deb] [tar]     both when neither is named; `make package-test` builds the .deb
#
#   dist/<package>_<version>_<arch>.deb          Debian 12+, Ubuntu 24.04+
#   dist/<package>-<version>-linux-<machine>.tar.gz   the same bundle for other systems
#   dist/SHA256SUMS
#
# Environment:
#   VENV               the virtualenv with Satchel and PyInstaller (default .venv)
#   BRAND              which packaging/brand/<BRAND>.env names the build (default satchel)
#   SOURCE_DATE_EPOCH  every timestamp in the output (default: the last commit's time), so
#                      two builds of one commit are byte-identical
#   OUT, WORK          output and scratch folders (default dist, build/package)
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true  # "&" in a brand text stays an "&"

want_deb=0 want_tar=0
for arg in "$@"; do
    case "$arg" in
        deb) want_deb=1 ;;
        tar) want_tar=1 ;;
        *) echo "usage: $0 [deb] [tar]" >&2; exit 2 ;;
    esac
done
[[ $# -gt 0 ]] || want_deb=1 want_tar=1

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

venv="${VENV:-.venv}"
brand="${BRAND:-satchel}"
out="$(realpath -m "${OUT:-dist}")"
work="$(realpath -m "${WORK:-build/package}")"
brand_file="packaging/brand/$brand.env"
[[ -f "$brand_file" ]] || { echo "build: no brand file $brand_file" >&2; exit 1; }

# --- the one place the visible name comes from --------------------------------------------
declare -A subst=()
while IFS= read -r line; do
    [[ "$line" =~ ^(BRAND_[A-Z_]+)=(.*)$ ]] || continue
    subst[${BASH_REMATCH[1]}]="${BASH_REMATCH[2]}"
done <"$brand_file"
for key in BRAND_NAME BRAND_PACKAGE BRAND_COMMAND BRAND_APP_ID BRAND_ICON BRAND_SUMMARY \
    BRAND_DESCRIPTION BRAND_HOMEPAGE; do
    [[ -n "${subst[$key]:-}" ]] || { echo "build: $brand_file lacks $key" >&2; exit 1; }
done
package="${subst[BRAND_PACKAGE]}"
command="${subst[BRAND_COMMAND]}"
app_id="${subst[BRAND_APP_ID]}"

if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
    SOURCE_DATE_EPOCH="$(git -C "$root" log -1 --format=%ct 2>/dev/null || true)"
    [[ -n "$SOURCE_DATE_EPOCH" ]] || { echo "build: set SOURCE_DATE_EPOCH" >&2; exit 1; }
fi
export SOURCE_DATE_EPOCH
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0
umask 022

version="$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("satchel"))')"
arch="$(dpkg --print-architecture)"
machine="$(uname -m)"
release_date="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"
subst[VERSION]="$version"
subst[RELEASE_DATE]="$release_date"
subst[CHANGELOG_DATE]="$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
subst[BRAND_COMMAND_UPPER]="${command^^}"
summary="${subst[BRAND_SUMMARY]}"
subst[BRAND_SUMMARY_LOWER]="${summary,}"
subst[BRAND_DEVELOPER_ID]="$(awk -F. '{print $2 "." $1}' <<<"$app_id")"

# Replace every @KEY@ in a template with its value.
render() {
    local text
    text="$(<"$1")"
    for key in "${!subst[@]}"; do
        text="${text//@$key@/${subst[$key]}}"
    done
    if [[ "$text" =~ @[A-Z_]+@ ]]; then
        echo "build: $1 still has ${BASH_REMATCH[0]}" >&2
        exit 1
    fi
    printf '%s\n' "$text" >"$2"
}

step() { printf '== %s (%ss)\n' "$*" "$SECONDS"; }

rm -rf "$work"
mkdir -p "$work" "$out"

# --- the bundle -----------------------------------------------------------------------------
step "bundle ($command, PyInstaller)"
SATCHEL_BUNDLE_NAME="$command" SATCHEL_BRAND="$brand" "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$work/pyinstaller-dist" --workpath "$work/pyinstaller-work" \
    packaging/linux/satchel.spec
bundle="$work/pyinstaller-dist/$command"
# Debug symbols off every library (the interpreter's own are a third of its size), and no
# search path into the build machine (the interpreter's extensions point at its lib
# folder). Not the executable: PyInstaller appends its archive to it. Both tools rewrite
# the same bytes the same way every time.
mapfile -t libraries < <(find "$bundle/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) | sort)
strip --strip-unneeded "${libraries[@]}"
for library in "${libraries[@]}"; do
    search_path="$(objdump -p "$library" | awk '$1 == "RUNPATH" || $1 == "RPATH" { print $2 }')"
    if [[ -n "$search_path" && "$search_path" != *'$ORIGIN'* ]]; then
        chrpath -d "$library" >/dev/null
    fi
done
"$bundle/$command" --version >/dev/null  # it starts at all
glibc_floor="$(find "$bundle" -type f \( -name '*.so*' -o -name "$command" \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)"
subst[GLIBC_FLOOR]="${glibc_floor#GLIBC_}"
printf 'bundle: %s MB in %s files; needs glibc %s or newer\n' \
    "$(du -sm --apparent-size "$bundle" | cut -f1)" "$(find "$bundle" -type f | wc -l)" \
    "${subst[GLIBC_FLOOR]}"

# --- files a desktop needs: menu entry, icons, store listing, manual ------------------------
step "desktop files"
share="$work/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/man/man1" \
    "$share/icons/hicolor/scalable/apps"
render packaging/linux/app.desktop.in "$share/applications/$app_id.desktop"
render packaging/linux/app.metainfo.xml.in "$share/metainfo/$app_id.metainfo.xml"
render packaging/linux/command.1.in "$work/$command.1"
gzip -9n <"$work/$command.1" >"$share/man/man1/$command.1.gz"
icon_svg="packaging/brand/${subst[BRAND_ICON]}"
cp "$icon_svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icon_svg" \
        -o "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
desktop-file-validate "$share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic --explain "$share/metainfo/$app_id.metainfo.xml" \
    || appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
man --warnings -E UTF-8 -l -Tutf8 "$work/$command.1" 2>&1 >/dev/null \
    | { ! grep .; } || { echo "build: the manual page has warnings" >&2; exit 1; }

# Every file's timestamp is SOURCE_DATE_EPOCH, its mode 644 (755 for folders and programs).
normalise() {
    find "$1" -type d -exec chmod 0755 {} +
    find "$1" -type f -exec chmod 0644 {} +
    shift
    for program in "$@"; do chmod 0755 "$program"; done
}
stamp() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }

# --- the .deb -------------------------------------------------------------------------------
if [[ $want_deb -eq 1 ]]; then
step "deb"
stage="$work/deb/debian/$package"
mkdir -p "$stage/usr/lib" "$stage/usr/bin" "$stage/usr/share/doc/$package" "$stage/DEBIAN"
cp -a "$bundle" "$stage/usr/lib/$package"
cp -a "$share/." "$stage/usr/share/"
ln -s "../lib/$package/$command" "$stage/usr/bin/$command"
render packaging/linux/copyright "$stage/usr/share/doc/$package/copyright"
render packaging/linux/changelog.in "$work/changelog"
gzip -9n <"$work/changelog" >"$stage/usr/share/doc/$package/changelog.gz"
normalise "$stage" "$stage/usr/lib/$package/$command"

# Depends: the shared libraries the bundle still takes from the system, mapped by
# dpkg-shlibdeps to the Debian packages that hold them, with the minimum versions the
# symbols used need. shlibs.local claims every library the bundle carries for this package
# itself (-x drops that self-reference); without it dpkg-shlibdeps would fall back to the
# system's copy of a bundled library and depend on its package.
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" \
    >"$work/deb/debian/control"
mapfile -t elf_files < <(cd "$work/deb" && find "debian/$package/usr/lib" -type f \
    \( -name '*.so' -o -name '*.so.*' -o -path "*/$package/$command" \) | sort)
mapfile -t private_dirs < <(cd "$work/deb" && printf '%s\n' "${elf_files[@]}" \
    | xargs -n1 dirname | sort -u)
for file in "${elf_files[@]}"; do basename "$file"; done | sort -u | sed -nE \
    -e "s/^(.+)\.so\.([0-9][0-9A-Za-z.]*)$/\1 \2 $package/p" \
    -e "t" -e "s/^(.+)-([0-9][0-9.]*)\.so$/\1 \2 $package/p" >"$work/deb/debian/shlibs.local"
depends="$(cd "$work/deb" && dpkg-shlibdeps -O --warnings=1 -x"$package" \
    "${private_dirs[@]/#/-l}" "${elf_files[@]}" 2>"$work/shlibdeps.log" \
    | sed -n 's/^shlibs:Depends=//p')"
[[ -n "$depends" ]] || { cat "$work/shlibdeps.log" >&2; exit 1; }
installed_kib="$(find "$stage" -path "$stage/DEBIAN" -prune -o \( -type f -o -type l \) \
    -printf '%s\n' | awk '{ kib += int(($1 + 1023) / 1024) } END { print kib }')"
{
    echo "Package: $package"
    echo "Version: $version"
    echo "Architecture: $arch"
    echo "Maintainer: ${subst[BRAND_NAME]} developers <dev@${package}.invalid>"
    echo "Installed-Size: $installed_kib"
    echo "Depends: $depends"
    echo "Section: utils"
    echo "Priority: optional"
    echo "Homepage: ${subst[BRAND_HOMEPAGE]}"
    echo "Description: ${subst[BRAND_SUMMARY]}"
    fold -s -w 78 <<<"${subst[BRAND_DESCRIPTION]}" | sed 's/ *$//; s/^/ /'
} >"$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum >DEBIAN/md5sums)
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"
stamp "$stage"
deb="$out/${package}_${version}_${arch}.deb"
rm -f "$deb"
# gzip, not xz: a quarter of the time on a busy 2-core machine for 30% more bytes, and its
# output does not depend on how many compressor threads the build machine runs.
dpkg-deb --root-owner-group -Zgzip -z9 --build "$stage" "$deb" >/dev/null
echo "Depends: $depends"
fi

# --- the .tar.gz ----------------------------------------------------------------------------
if [[ $want_tar -eq 1 ]]; then
step "tar.gz"
tar_dir="$package-$version-linux-$machine"
tarball="$tar_dir.tar.gz"
subst[TARBALL]="$tarball"
subst[TARBALL_DIR]="$tar_dir"
tree="$work/tar/$tar_dir"
mkdir -p "$tree"
cp -a "$bundle/." "$tree/"
mkdir -p "$tree/share"
cp -a "$share/applications" "$share/icons" "$share/metainfo" "$tree/share/"
render packaging/linux/INSTALL.in "$tree/INSTALL"
normalise "$tree" "$tree/$command"
stamp "$tree"
(cd "$work/tar" && tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" -cf - "$tar_dir") | gzip -9n >"$out/$tarball"
fi

# --- checksums ------------------------------------------------------------------------------
step "SHA256SUMS"
built=()
[[ $want_deb -eq 1 ]] && built+=("$(basename "$deb")")
[[ $want_tar -eq 1 ]] && built+=("$tarball")
(cd "$out" && sha256sum "${built[@]}" >SHA256SUMS && cat SHA256SUMS)
(cd "$out" && ls -l "${built[@]}") | awk '{ printf "%s: %.1f MB\n", $NF, $5 / 1048576 }'
echo "build: done in ${SECONDS}s"
