#!/usr/bin/env bash
# Installs the Debian 12 packages InvoiceDash needs to build, test and run.
# Idempotent and non-interactive: installs only what is missing and says what.
#   scripts/setup.sh            build + run + test dependencies
#   scripts/setup.sh --bench    also what bench/ needs (the tesseract command)
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qt6-image-formats-plugins libqt6svg6 libqt6sql6-sqlite libgl-dev
    qt6-websockets-dev
    # Qt's own strings (standard buttons and dialogs) in the interface languages
    qt6-translations-l10n
    # X11: the overlay asks the window manager for no taskbar entry through xcb
    libxcb1-dev
    # the build renders the app icon's PNG sizes from its SVG with QSvgRenderer
    qt6-svg-dev
    # the History tab's charts; Qt6Charts' CMake package needs Qt6OpenGL's,
    # which qt6-charts-dev does not pull in on Debian 12
    qt6-charts-dev libqt6opengl6-dev
    # OCR and image processing
    libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-osd libopencv-dev
    # PDF input: text layer and page rendering
    libpoppler-qt6-dev
    # tests: the CLI test scores its output with the corpus scorer (Python 3, stdlib only);
    # the team server's interop test uses a WebSocket client nobody here wrote, and TLS
    # tests make a throw-away certificate with openssl
    python3 python3-websockets openssl
    # the history tests pin time zones (Berlin, Kolkata, Santiago) by name
    tzdata
    # the .deb and its test (scripts/test-package.sh): dpkg-shlibdeps finds the
    # package's library dependencies; the test validates the metainfo, the
    # .desktop file and the systemd unit of the installed package
    dpkg-dev appstream desktop-file-utils systemd
    # the overlay's window state is checked on a real X server under a window
    # manager (tests/x11/overlay_window_state.sh)
    xvfb openbox x11-utils xdotool
)
if [[ "${1:-}" == "--bench" ]]; then
    packages+=(tesseract-ocr python3-pil python3-numpy fonts-dejavu-core)
fi

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} required Debian packages are installed."
    exit 0
fi

echo "setup: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "setup: run this script as root, or install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup: done."
