#!/usr/bin/env bash
# Run before the tests (`npm test`): the browser tests need Debian's Chromium, and the serving
# test needs nginx with its brotli_static module. Installs them with apt-get when they are
# missing and this user can; otherwise says exactly what to install.
set -euo pipefail
packages=(chromium nginx libnginx-mod-http-brotli-static)
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nginx >/dev/null || missing+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing test tools from Debian: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" >/dev/null
else
  echo "The tests need Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
