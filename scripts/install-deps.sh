#!/usr/bin/env bash
# Installs what legwork needs to build, test and run, from Debian's packages only.
# Says what it installs; uses sudo when not root; does nothing when all is present.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config
  # window, input, GL context; GL loader; Mesa's software rasterizer for headless use
  libsdl2-dev libepoxy-dev libgl1 libegl1 libgl1-mesa-dri
  # UI, maths, tests, PNG reading and writing
  libimgui-dev libglm-dev catch2 libstb-dev
  # models in and out (the avatar, props, the user's own characters); content files
  libassimp-dev libyaml-cpp-dev
  # the save file (sessions, streaks)
  libsqlite3-dev
  # the routine's spoken voice (espeak-ng and its English voice data)
  libespeak-ng-dev espeak-ng-data
  # UI typefaces (Inter first, DejaVu Sans as fallback)
  fonts-inter fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing from Debian: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and sudo is missing; install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
