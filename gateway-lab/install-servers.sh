#!/usr/bin/env bash
# Installs nginx, Apache httpd, HAProxy and Caddy from Debian's packages for the gateway lab,
# without letting their packages start services on port 80. Idempotent: skips what is present.
# Prints one line. Needs root (or sudo) and Debian's package lists.
set -euo pipefail

declare -A bin=([nginx]=nginx [apache2]=apache2 [haproxy]=haproxy [caddy]=caddy)
missing=()
for pkg in nginx apache2 haproxy caddy; do
  command -v "${bin[$pkg]}" >/dev/null 2>&1 || [ -x "/usr/sbin/${bin[$pkg]}" ] || [ -x "/usr/bin/${bin[$pkg]}" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "gateway-lab: nginx, apache2, haproxy and caddy already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# policy-rc.d exiting 101 tells invoke-rc.d not to start the services the packages install.
# Keep one that is already there (Docker images ship one); remove only the one written here.
policy=/usr/sbin/policy-rc.d
wrote_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod +x "$policy"
  wrote_policy=1
fi
cleanup() { if [ "$wrote_policy" -eq 1 ]; then $SUDO rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "gateway-lab: could not install ${missing[*]}" >&2
  exit 1
fi
rm -f "$log"

echo "gateway-lab: installed ${missing[*]}"
