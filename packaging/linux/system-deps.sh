#!/usr/bin/env bash
# Install the Debian packages Satchel needs to build and test, when they are missing.
#
#   system-deps.sh offscreen [--soft]   Qt's libraries for offscreen runs, and python3-venv
#                                        when the python3 in use cannot create a virtualenv
#   system-deps.sh test [--soft]        the offscreen set plus tools the test suites call
#                                        (strace, age, dbus-daemon, Xvfb, AT-SPI)
#   system-deps.sh package [--soft]     the offscreen set plus what `make package` and
#                                        `make package-test` run (PyInstaller's objdump,
#                                        dpkg-shlibdeps, icon rendering, validators, debootstrap)
#                                        and the libraries the bundle links to
#
# As root, missing packages are installed (apt-get update runs only when something is
# missing). As any other user, the script prints the apt-get line to run and exits 1;
# with --soft it prints the same line as a hint and exits 0 (only the packages needed to
# create the virtualenv are never soft). On a system without dpkg it does nothing.
#
# Environment: PYTHON (default python3) is the interpreter the Makefile builds the venv with.
set -euo pipefail

offscreen_pkgs=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
test_tool_pkgs=(strace age dbus-daemon
    # Xvfb and the libraries Qt's xcb platform plugin loads (the X11 selection test)
    xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0
    # the accessibility tree as a screen reader reads it (tests/ui/i18n/test_atspi.py):
    # the AT-SPI bus and registry, and the system Python's bindings to query them
    at-spi2-core python3-gi gir1.2-atspi-2.0)

package_pkgs=(binutils chrpath dpkg-dev librsvg2-bin desktop-file-utils appstream man-db lintian
    debootstrap
    # Qt's platform plugins link to these; dpkg-shlibdeps must find them to name them.
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-xcb1 libxcb-cursor0
    libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0)

usage() {
    echo "usage: $0 offscreen|test|package [--soft]" >&2
    exit 2
}

mode="${1:-}"
soft=0
case "${2:-}" in
    "") ;;
    --soft) soft=1 ;;
    *) usage ;;
esac
[[ $# -le 2 ]] || usage

case "$mode" in
    offscreen) wanted=("${offscreen_pkgs[@]}") ;;
    test) wanted=("${offscreen_pkgs[@]}" "${test_tool_pkgs[@]}") ;;
    package) wanted=("${offscreen_pkgs[@]}" "${package_pkgs[@]}") ;;
    *) usage ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: no dpkg here; install the equivalents of: ${wanted[*]}" >&2
    exit 0
fi

is_installed() {
    # One line per architecture; any "... ok installed" counts.
    dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q ' ok installed$'
}

missing=()
for pkg in "${wanted[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
done

# Debian's python3 creates virtualenvs only with python3-venv (which holds ensurepip).
# Needed for every mode, and never soft: without it nothing else can run.
hard_missing=()
python="${PYTHON:-python3}"
if command -v "$python" >/dev/null 2>&1 \
    && ! "$python" -c 'import ensurepip' >/dev/null 2>&1 \
    && [[ "$("$python" -c 'import sys; print(sys.base_prefix)')" == /usr ]] \
    && ! is_installed python3-venv; then
    hard_missing+=(python3-venv)
fi

all_missing=("${hard_missing[@]}" "${missing[@]}")
if [[ ${#all_missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
    echo "system-deps: installing ${all_missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${all_missing[@]}"
    exit 0
fi

echo "system-deps: missing Debian packages: ${all_missing[*]}" >&2
echo "Run this, then try again:" >&2
echo "    sudo apt-get install -y ${all_missing[*]}" >&2
if [[ $soft -eq 1 && ${#hard_missing[@]} -eq 0 ]]; then
    echo "(continuing: on a desktop with a display these may not be needed)" >&2
    exit 0
fi
exit 1
