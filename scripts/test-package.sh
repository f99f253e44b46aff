#!/usr/bin/env bash
# Installs the InvoiceDash .deb on this machine, checks what it installed and
# that the installed programs run, then purges it again. Leaves the machine as
# it found it, also when a check fails.
#   scripts/test-package.sh [--force] [PATH.deb]
# Without PATH.deb: the newest invoicedash_*.deb in the build directory
# (build/ or $INVOICEDASH_BUILD_DIR), made by `cmake --build build --target package`.
# Needs root or sudo (it runs apt-get and dpkg). It refuses to run when an
# invoicedash package is already installed, since it removes the package at the
# end; --force replaces and then removes that installation.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "test-package: $*"; }
# set -e stops at the first failing command; say which one.
trap 'echo "test-package: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR
fail() {
    echo "test-package: FAILED: $*" >&2
    exit 1
}

force=0
deb=
for arg in "$@"; do
    case "$arg" in
    --force) force=1 ;;
    -h | --help)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*) fail "unknown option $arg (see --help)" ;;
    *) deb=$arg ;;
    esac
done

package=invoicedash
app_id=$(sed -n 's/^set(INVOICEDASH_APP_ID "\([^"]*\)")$/\1/p' CMakeLists.txt)
[[ -n "$app_id" ]] || fail "cannot read INVOICEDASH_APP_ID from CMakeLists.txt"

if [[ -z "$deb" ]]; then
    build_dir=${INVOICEDASH_BUILD_DIR:-build}
    deb=$(find "$build_dir" -maxdepth 1 -name "${package}_*.deb" -printf '%T@ %p\n' 2>/dev/null |
        sort -rn | head -n 1 | cut -d' ' -f2-)
    [[ -n "$deb" ]] || fail "no ${package}_*.deb in $build_dir/; build it first:" \
        "cmake --build $build_dir --target package"
fi
[[ -f "$deb" ]] || fail "$deb does not exist"
deb=$(realpath "$deb")

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        sudo=(sudo)
        say "not root: using sudo for apt-get and dpkg"
    else
        fail "installing a package needs root: run as root, install sudo, or skip this test" \
            "explicitly with scripts/run-tests.sh --no-package"
    fi
fi
export DEBIAN_FRONTEND=noninteractive

installed_version() {
    { dpkg-query -W -f='${db:Status-Status} ${Version}' "$package" 2>/dev/null || true; } |
        sed -n 's/^installed //p'
}

deb_version=$(dpkg-deb -f "$deb" Version)
deb_name=$(dpkg-deb -f "$deb" Package)
[[ "$deb_name" == "$package" ]] || fail "$deb holds package '$deb_name', not '$package'"
say "package $deb ($deb_name $deb_version, $(du -h "$deb" | cut -f1))"

before=$(installed_version)
if [[ -n "$before" ]]; then
    if ((force)); then
        say "invoicedash $before is installed; --force: replacing it, and removing it at the end"
    else
        fail "invoicedash $before is already installed on this machine. This test removes the" \
            "package when it is done; remove it yourself (apt-get purge invoicedash) or pass --force."
    fi
fi

# From here on: whatever happens, purge what we installed.
installed=0
cleanup() {
    local status=$?
    if ((installed)); then
        say "cleanup: purging $package after a failure"
        "${sudo[@]}" apt-get purge -y -q "$package" >/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT

say "dpkg -I $deb"
dpkg-deb -I "$deb" | sed 's/^/    /'
control=$(dpkg-deb -f "$deb")
for field in Package Version Architecture Maintainer Section Depends Description; do
    grep -q "^$field: ." <<<"$control" || fail "the control file has no $field field"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libtesseract5 libc6 tesseract-ocr-eng tesseract-ocr-osd \
    libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

say "installing with apt-get (pulls the dependencies)"
installed=1
apt_options=(-y -q --no-install-recommends)
((force)) && apt_options+=(--allow-downgrades)
"${sudo[@]}" apt-get install "${apt_options[@]}" "$deb"
[[ "$(installed_version)" == "$deb_version" ]] ||
    fail "after apt-get install, dpkg does not list $package $deb_version as installed"

say "checking the installed files"
expect_file() {
    [[ -f "$1" ]] || fail "expected $1 to be installed"
    echo "    ok  $1"
}
expect_file /usr/bin/invoicedash
expect_file /usr/bin/invoicedash-server
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
expect_file "$desktop"
expect_file "$metainfo"
expect_file "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    expect_file "$png"
    # The PNG header: width and height are the big-endian words at 16 and 20.
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png") ||
        fail "$png is not a PNG"
    [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims, not ${size}x${size}"
done
unit=
for dir in /usr/lib/systemd/system /lib/systemd/system; do
    [[ -f "$dir/invoicedash-server.service" ]] && unit=$dir/invoicedash-server.service && break
done
[[ -n "$unit" ]] || fail "invoicedash-server.service is not in /usr/lib/systemd/system"
expect_file "$unit"
expect_file /usr/share/doc/invoicedash/examples/server.env.example
expect_file /usr/share/doc/invoicedash/examples/settings.example.ini

say "checking that one app id ($app_id) names everything"
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon= is not $app_id"
grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo: <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo: the launchable is not $app_id.desktop"
# setDesktopFileName(QStringLiteral(INVOICEDASH_APP_ID)): the id is in the
# binary as a UTF-16 literal.
python3 -c 'import sys; sys.exit(sys.argv[2].encode("utf-16-le") not in open(sys.argv[1], "rb").read())' \
    /usr/bin/invoicedash "$app_id" || fail "/usr/bin/invoicedash does not carry the app id $app_id"

say "checking that the service is not enabled by the package"
if compgen -G "/etc/systemd/system/*.wants/invoicedash-server.service" >/dev/null; then
    fail "the package enabled invoicedash-server.service"
fi

say "validating the desktop integration files"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    echo "    ok  desktop-file-validate"
else
    say "desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
    echo "    ok  appstreamcli validate"
else
    say "appstreamcli not installed (appstream): skipped"
fi
if command -v systemd-analyze >/dev/null; then
    # Offline check of the unit's syntax, options and ExecStart binary; works
    # without systemd running (containers).
    verify_log=$(mktemp)
    # It only warns about unknown keys (typos): any output counts as failure.
    if ! SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$unit" >"$verify_log" 2>&1 ||
        [[ -s "$verify_log" ]]; then
        cat "$verify_log" >&2
        rm -f "$verify_log"
        fail "systemd-analyze verify $unit"
    fi
    rm -f "$verify_log"
    echo "    ok  systemd-analyze verify"
else
    say "systemd-analyze not installed (systemd): skipped"
fi

say "running the installed programs"
for bin in /usr/bin/invoicedash /usr/bin/invoicedash-server; do
    if missing=$(ldd "$bin" | grep 'not found'); then
        fail "$bin misses shared libraries: $missing"
    fi
done
version_out=$(/usr/bin/invoicedash --version) || fail "/usr/bin/invoicedash --version failed"
echo "    \$ invoicedash --version: $version_out"
upstream_version=${deb_version%%-*}
grep -qF "$upstream_version" <<<"$version_out" ||
    fail "invoicedash --version does not print $upstream_version"
help_out=$(/usr/bin/invoicedash-server --help) || fail "/usr/bin/invoicedash-server --help failed"
echo "    \$ invoicedash-server --help: $(wc -l <<<"$help_out") lines"
for option in --listen --db --tokens; do
    grep -q -- "$option" <<<"$help_out" || fail "invoicedash-server --help does not mention $option"
done

# The server as the unit starts it, in short: a free port, a database in a
# scratch directory; it must say it listens and stop cleanly on SIGTERM.
scratch=$(mktemp -d)
/usr/bin/invoicedash-server --listen 127.0.0.1:0 --db "$scratch/server.sqlite" \
    --allow-anonymous-view >"$scratch/out" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    grep -q "listening on" "$scratch/out" && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q "listening on" "$scratch/out"; then
    kill "$server_pid" 2>/dev/null || true
    cat "$scratch/out" >&2
    rm -rf "$scratch"
    fail "the installed invoicedash-server did not start listening"
fi
kill -TERM "$server_pid"
server_status=0
wait "$server_pid" || server_status=$?
sed 's/^/    /' "$scratch/out"
rm -rf "$scratch"
((server_status == 0)) || fail "invoicedash-server exited with $server_status on SIGTERM"

say "removing the package (apt-get purge)"
"${sudo[@]}" apt-get purge -y -q "$package"
installed=0
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
[[ -z "$status" || "$status" == "not-installed" ]] || fail "after purge, dpkg says $package is '$status'"
for path in /usr/bin/invoicedash /usr/bin/invoicedash-server "$desktop" "$metainfo" "$unit" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    [[ ! -e "$path" ]] || fail "$path is still there after the purge"
done
say "OK: $deb_name $deb_version installs, runs from /usr/bin and purges cleanly"
