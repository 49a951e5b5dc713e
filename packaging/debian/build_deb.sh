#!/usr/bin/env bash
# Build ovelse_<version>_<arch>.deb from the frozen one-folder app (make package first).
#
#     packaging/debian/build_deb.sh [FROZEN_DIR] [OUT_DIR]      (defaults: dist/ovelse dist)
#
# Layout: /opt/ovelse (the frozen folder), /usr/bin/ovelse -> /opt/ovelse/ovelse, the
# desktop entry, the MIME type, AppStream metadata and the hicolor icons. Depends = the
# system libraries Qt loads at run time (fixed list) + every library the frozen binaries
# link to that is not in the bundle (found with ldd and dpkg -S on this machine).
# Environment: DEB_REVISION (default 1), DEB_MAINTAINER (default: a placeholder address),
# DEB_COMPRESSION (default xz: smallest, ~70 s here; zstd: seconds and 40 % larger, but
# the installing machine needs Debian 12 / Ubuntu 21.10 or later; gzip: in between).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PACKAGING=$(dirname "$HERE")
ROOT=$(dirname "$PACKAGING")
APP_DIR=${1:-$ROOT/dist/ovelse}
OUT_DIR=${2:-$ROOT/dist}
REVISION=${DEB_REVISION:-1}
COMPRESSION=${DEB_COMPRESSION:-xz}
MAINTAINER=${DEB_MAINTAINER:-Øvelse-prosjektet <ovelse@example.invalid>}

die() { echo "build_deb: $*" >&2; exit 1; }

[ -x "$APP_DIR/ovelse" ] || die "no frozen build in $APP_DIR (run: make package)"
command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (a Debian or Ubuntu machine is needed)"
APP_DIR=$(cd "$APP_DIR" && pwd)
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)

# The version comes from pyproject.toml and must be the one the frozen app reports.
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
[ -n "$VERSION" ] || die "no version in pyproject.toml"
FROZEN_VERSION=$("$APP_DIR/ovelse" --version | awk '{print $NF}')
[ "$FROZEN_VERSION" = "$VERSION" ] ||
    die "dist is $FROZEN_VERSION but pyproject.toml says $VERSION (run: make package)"
# PEP 440 pre-releases sort before the release in dpkg only with a tilde: 1.0rc1 -> 1.0~rc1.
UPSTREAM=$(printf '%s' "$VERSION" | sed -E 's/\.?(a|b|rc|dev)([0-9]+)/~\1\2/; s/\.post/+post/')
DEB_VERSION="$UPSTREAM-$REVISION"
ARCH=$(dpkg --print-architecture)
LIBC=$(dpkg-query -W -f='${Version}' libc6 2>/dev/null | sed 's/-.*//')

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/ovelse_${DEB_VERSION}_${ARCH}"
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/mime/packages" "$PKG/usr/share/metainfo" "$PKG/usr/share/doc/ovelse"

# The program.
cp -a "$APP_DIR" "$PKG/opt/ovelse"
ln -s /opt/ovelse/ovelse "$PKG/usr/bin/ovelse"

# Desktop integration.
if command -v desktop-file-validate >/dev/null; then
    report=$(desktop-file-validate "$PACKAGING/no.ovelse.Ovelse.desktop") ||
        die "desktop-file-validate rejects packaging/no.ovelse.Ovelse.desktop:"$'\n'"$report"
else
    echo "build_deb: desktop-file-validate not found; desktop entry not checked" >&2
fi
install -m 644 "$PACKAGING/no.ovelse.Ovelse.desktop" "$PKG/usr/share/applications/"
install -m 644 "$PACKAGING/ovelse-mime.xml" "$PKG/usr/share/mime/packages/ovelse.xml"
install -m 644 "$PACKAGING/no.ovelse.Ovelse.metainfo.xml" "$PKG/usr/share/metainfo/"
ICONS="$ROOT/assets/icons/app"
for png in "$ICONS"/hicolor/*/apps/ovelse.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 644 "$png" "$PKG/usr/share/icons/hicolor/$size/apps/ovelse.png"
done
install -D -m 644 "$ICONS/ovelse.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/ovelse.svg"

cat > "$PKG/usr/share/doc/ovelse/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Øvelse

Files: *
Copyright: Øvelse-prosjektet
License: EUPL-1.2

Files: opt/ovelse/_internal/assets/fonts/*
Copyright: Bitstream, Inc.; DejaVu changes are in the public domain
License: Bitstream-Vera
 See /opt/ovelse/_internal/assets/fonts/LICENSE-DejaVu.txt

Files: opt/ovelse/_internal/PySide6/* opt/ovelse/_internal/shiboken6/* opt/ovelse/_internal/libQt6*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 Qt and PySide6 are used under the LGPL, version 3; the libraries are separate
 files in /opt/ovelse/_internal and can be replaced.

Files: opt/ovelse/_internal/python3.*/* opt/ovelse/_internal/libpython*
Copyright: Python Software Foundation
License: PSF-2.0
EOF

# Regular permissions: directories 755, executables 755, everything else 644.
find "$PKG" -type d -exec chmod 755 {} +
find "$PKG" -type f -perm -u+x -exec chmod 755 {} +
find "$PKG" -type f ! -perm -u+x -exec chmod 644 {} +

# Run-time dependencies. Qt loads EGL/GL, the xcb helpers and D-Bus from the system; the
# rest is whatever the frozen binaries link to outside the bundle.
DEPENDS=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libegl1 libgl1
    libfontconfig1 libdbus-1-3 libwayland-cursor0 libwayland-egl1)
linked_libraries() {
    find "$PKG/opt/ovelse" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) |
        while IFS= read -r file; do
            [ "$(head -c 4 "$file" | tr -d '\0')" = $'\x7fELF' ] || continue
            LD_LIBRARY_PATH="$PKG/opt/ovelse/_internal" ldd "$file" 2>/dev/null || true
        done
}
LINKED=$(linked_libraries)
NOT_FOUND=$(awk '$3 == "not" {print $1}' <<<"$LINKED" | sort -u | tr '\n' ' ')
if [ -n "$NOT_FOUND" ]; then
    echo "build_deb: not on this machine, so not checked: $NOT_FOUND" >&2
fi
# One dpkg -S for all of them (it reads the whole package database on every call). A
# library is looked up as linked, as resolved, and under /usr (merged-/usr systems).
mapfile -t SYSTEM_LIBS < <(
    awk '$2 == "=>" && $3 ~ /^\// {print $3}' <<<"$LINKED" | grep -v "^$PKG/" | sort -u
)
declare -A OWNER=()
if ((${#SYSTEM_LIBS[@]})); then
    candidates=()
    for lib in "${SYSTEM_LIBS[@]}"; do
        candidates+=("$lib" "$(readlink -f "$lib")" "/usr$lib")
    done
    while IFS= read -r line; do
        OWNER["${line#*: }"]=${line%%[:,]*}
    done < <(dpkg -S "${candidates[@]}" 2>/dev/null | grep -v '^diversion ')
fi
missing=()
for lib in "${SYSTEM_LIBS[@]}"; do
    owner=""
    for candidate in "$lib" "$(readlink -f "$lib")" "/usr$lib"; do
        owner=${OWNER[$candidate]:-} && [ -n "$owner" ] && break
    done
    if [ -z "$owner" ]; then
        missing+=("$lib")
    elif [ "$owner" != libc6 ]; then
        DEPENDS+=("$owner")
    fi
done
if ((${#missing[@]})); then
    echo "build_deb: no package owns ${missing[*]}; left out of Depends" >&2
fi
DEPENDS_LINE="libc6 (>= ${LIBC:-2.31})"
for dep in $(printf '%s\n' "${DEPENDS[@]}" | sort -u); do
    DEPENDS_LINE+=", $dep"
done
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)

cat > "$PKG/DEBIAN/control" <<EOF
Package: ovelse
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS_LINE
Section: misc
Priority: optional
Description: diskusjonsøvelser for kommuner, uten nett / discussion-based exercises
 Øvelse er et skrivebordsprogram for diskusjonsøvelser i kommuner og
 fylkeskommuner: øvingslederen styrer innspillene på storskjermen, loggfører
 beslutninger per rolle og lager evalueringsrapporten (PDF) – uten nett.
 .
 Øvelse is an offline desktop program for discussion-based emergency
 exercises in Norwegian municipalities: the facilitator steps the group
 through timed injects on a shared screen, records every decision by role,
 and exports the after-action report as a PDF.
EOF
install -m 755 "$HERE/postinst" "$HERE/postrm" "$PKG/DEBIAN/"

DEB="$OUT_DIR/ovelse_${DEB_VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group "-Z$COMPRESSION" --build "$PKG" "$DEB" >/dev/null
echo "$DEB  $(du -h "$DEB" | cut -f1)  (installed: $((INSTALLED_SIZE / 1024)) MiB)"
echo "Depends: $DEPENDS_LINE"
