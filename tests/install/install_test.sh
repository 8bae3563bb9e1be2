#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest install.prefix: installs the build into a fresh temporary prefix and checks that the
# installed Antrum works from there and that every desktop-integration file is in place.
# Usage: install_test.sh CMAKE BUILD_DIR VERSION
# Fails (exit 1, with the reason) if anything is missing or wrong; removes the prefix afterwards.
set -uo pipefail

cmake=$1 build=$2 version=$3
id=org.antrum.Antrum
work=$(mktemp -d "${TMPDIR:-/tmp}/antrum-install-test.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
failures=0

fail() { echo "install.prefix: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "install.prefix: ok: $*"; }

if ! "$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    echo "install.prefix: FAIL: cmake --install $build --prefix $prefix failed" >&2
    exit 1
fi
pass "installed into $prefix ($(wc -l <"$work/install.log") lines of log)"

# --- the files ---------------------------------------------------------------------------------
need() { # need FILE [what]: a non-empty file
    if [ -s "$prefix/$1" ]; then pass "$1"; else fail "$1 is missing${2:+ ($2)}"; fi
}
for exe in antrum antrum-cli; do
    if [ -x "$prefix/bin/$exe" ]; then pass "bin/$exe"; else fail "bin/$exe is missing or not executable"; fi
done
need share/applications/$id.desktop "desktop entry"
need share/metainfo/$id.metainfo.xml "AppStream metadata"
need share/mime/packages/$id.xml "MIME type"
need share/icons/hicolor/scalable/apps/$id.svg "scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png=share/icons/hicolor/${size}x${size}/apps/$id.png
    if [ ! -s "$prefix/$png" ]; then
        fail "$png is missing"
        continue
    fi
    # A PNG's IHDR holds the width and height as 32-bit big-endian numbers at bytes 16 and 20.
    signature=$(od -An -tx1 -N8 "$prefix/$png" | tr -d ' \n')
    width=$(od -An -tu1 -j16 -N4 "$prefix/$png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    height=$(od -An -tu1 -j20 -N4 "$prefix/$png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    if [ "$signature" != 89504e470d0a1a0a ] || [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
        fail "$png is not a ${size}x${size} PNG (signature $signature, ${width}x${height})"
    else
        pass "$png"
    fi
done
need share/antrum/catalogue/suppliers.json
need share/antrum/catalogue/jurisdictions.json
need share/antrum/catalogue/README.md
need share/antrum/samples/lindewaard.json
need share/doc/antrum/LICENSE
need share/doc/antrum/README.md

# --- what they say -----------------------------------------------------------------------------
contains() { # contains FILE TEXT WHAT: FILE holds the fixed string TEXT
    if [ -f "$prefix/$1" ] && grep -qF -- "$2" "$prefix/$1"; then pass "$3"; else fail "$3: $1 lacks '$2'"; fi
}
desktop=share/applications/$id.desktop
contains "$desktop" "Icon=$id" "desktop entry names the icon"
contains "$desktop" "Exec=antrum %f" "desktop entry starts antrum"
contains "$desktop" "MimeType=application/x-antrum;" "desktop entry opens .antrum documents"
metainfo=share/metainfo/$id.metainfo.xml
contains "$metainfo" "<id>$id</id>" "metainfo has the app id"
contains "$metainfo" "<launchable type=\"desktop-id\">$id.desktop</launchable>" "metainfo launches the desktop entry"
first_release=$(grep -o '<release version="[^"]*"' "$prefix/$metainfo" 2>/dev/null | head -1 | cut -d'"' -f2)
if [ "$first_release" = "$version" ]; then
    pass "metainfo's newest release is $version"
else
    fail "metainfo's newest release is '$first_release', the project is $version: add a <release> to packaging/$id.metainfo.xml"
fi
contains share/mime/packages/$id.xml 'type="application/x-antrum"' "MIME type application/x-antrum"
contains share/mime/packages/$id.xml '<glob pattern="*.antrum"/>' "MIME glob *.antrum"
if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate "$prefix/$desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net "$prefix/$metainfo" 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate --no-net: $out"
    fi
fi

# --- the installed programs --------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
cli=$prefix/bin/antrum-cli
sample=$prefix/share/antrum/samples/lindewaard.json
cd "$work" || exit 1   # nothing relative to the source or build tree

out=$("$cli" --version 2>&1)
if [ $? -eq 0 ] && [[ "$out" == *"$version"* ]]; then pass "antrum-cli --version: $out"; else fail "antrum-cli --version printed '$out', expected $version"; fi

out=$("$cli" analyze "$sample" 2>&1)
code=$?
# A capability of the sample model, and the heading the analysis prints for it.
if [ $code -eq 0 ] && [[ "$out" == *"E-mail en agenda"* ]] && [[ "$out" == *"cap-mail"* ]]; then
    pass "antrum-cli analyze of the installed sample"
else
    fail "antrum-cli analyze exited $code; output: $(head -c 2000 <<<"$out")"
fi

out=$("$cli" enrich "$sample" 2>&1)
code=$?
if [ $code -eq 0 ] && [[ "$out" == *"facts to add (catalogue as of"* ]]; then
    pass "antrum-cli enrich with the installed catalogue"
else
    fail "antrum-cli enrich exited $code; output: $(head -c 2000 <<<"$out")"
fi
# Proof that the catalogue read is the installed one (not the source tree's, compiled in as a
# fallback): spoil the installed copy, and enrich must now fail on that very file.
catalogue=$prefix/share/antrum/catalogue/suppliers.json
if [ -f "$catalogue" ]; then
    echo '{ "format": "antrum-catalogue",' >"$catalogue"
    out=$("$cli" enrich "$sample" 2>&1)
    code=$?
    if [ $code -ne 0 ] && [[ "$out" == *"$catalogue"* ]]; then
        pass "antrum-cli enrich reads $catalogue (exit $code once it is spoilt)"
    else
        fail "antrum-cli enrich does not read the installed catalogue: exit $code with it spoilt; output: $(head -c 2000 <<<"$out")"
    fi
fi

if [ $failures -ne 0 ]; then
    echo "install.prefix: $failures check(s) failed" >&2
    exit 1
fi
echo "install.prefix: all checks passed"
