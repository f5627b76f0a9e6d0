#!/usr/bin/env bash
# A real WordPress (Debian's package, 6.1) for the end-to-end tests, on
# 127.0.0.1, with everything it keeps in one temporary directory; the
# system's own MariaDB and web server are never used or touched.
#
#   scripts/wordpress.sh start    prints WORDPRESS_URL=… and WORDPRESS_DIR=…
#   scripts/wordpress.sh stop DIR stops it and removes DIR
#   scripts/wordpress.sh fixtures starts one, saves its REST responses of the
#                                 posts as fixtures/wordpress/real-6.1-*.json
#                                 (origin written as http://127.0.0.1:8080), stops it
#
# start: MariaDB (mariadbd on a unix socket in the directory, no TCP),
# WordPress installed into it and its posts written through its own PHP
# functions (scripts/wordpress/site.php, from fixtures/wordpress-real/),
# then PHP's built-in web server with scripts/wordpress/router.php on a free
# port. The REST API is then at $WORDPRESS_URL/wp-json/wp/v2/…
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

stop() {
  local dir=$1
  [ -n "$dir" ] && [ -f "$dir/.article-widget-wordpress" ] || { echo "wordpress: $dir is not a test site" >&2; return 1; }
  # The database is thrown away with the directory, so MariaDB is killed
  # outright rather than shut down cleanly (which takes seconds).
  for name in php mysqld; do
    if [ -f "$dir/$name.pid" ]; then
      local pid; pid=$(cat "$dir/$name.pid")
      if [ "$name" = mysqld ]; then kill -9 "$pid" 2>/dev/null || true; else kill "$pid" 2>/dev/null || true; fi
      # Gone, or a zombie waiting for whoever adopted it to reap it.
      for _ in $(seq 50); do [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" =~ ^[^Z] ]] || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$dir"
}

start() {
  for tool in mariadbd mariadb-install-db php; do
    command -v "$tool" >/dev/null || { echo "wordpress: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
  done
  [ -f /usr/share/wordpress/wp-settings.php ] || { echo "wordpress: Debian's wordpress package is missing (scripts/setup.sh installs it)" >&2; exit 1; }

  local dir; dir=$(mktemp -d "${TMPDIR:-/tmp}/article-widget-wordpress.XXXXXX")
  touch "$dir/.article-widget-wordpress"
  trap 'stop "$dir" || true' ERR
  mkdir -p "$dir/wp-content/uploads" "$dir/wp-content/mu-plugins"
  cp "$here/wordpress/mu-plugin.php" "$dir/wp-content/mu-plugins/article-widget-test.php"
  # Debian's themes (its default, Twenty Twenty-Three, decides how shortcode
  # captions and layouts are marked up).
  ln -s /usr/share/wordpress/wp-content/themes "$dir/wp-content/themes"

  # MariaDB: its own data directory and socket; a throwaway database, so
  # durability is traded for speed.
  local user; user=$(id -un)
  mariadb-install-db --no-defaults --user="$user" --datadir="$dir/db" \
    --auth-root-authentication-method=normal --skip-test-db >"$dir/mysqld-install.log" 2>&1
  mariadbd --no-defaults --user="$user" --datadir="$dir/db" --socket="$dir/mysqld.sock" \
    --skip-networking --pid-file="$dir/mysqld.pid" --log-error="$dir/mysqld.err" --skip-log-bin \
    --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0 \
    >/dev/null 2>&1 &
  for _ in $(seq 100); do [ -S "$dir/mysqld.sock" ] && break; sleep 0.1; done
  [ -S "$dir/mysqld.sock" ] || { echo "wordpress: mariadbd did not start:" >&2; cat "$dir/mysqld.err" >&2; exit 1; }
  mariadb --no-defaults -uroot --socket="$dir/mysqld.sock" \
    -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

  # A free port, asked of the kernel; the site's URL (with it) is stored by wp_install.
  local port; port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
  export AW_WP_DIR="$dir" AW_WP_URL="http://127.0.0.1:$port"
  php "$here/wordpress/site.php" install
  php "$here/wordpress/site.php" content >"$dir/posts.txt"

  mkdir -p "$dir/www"
  php -S "127.0.0.1:$port" -t "$dir/www" "$here/wordpress/router.php" >"$dir/php.log" 2>&1 &
  echo $! >"$dir/php.pid"
  for _ in $(seq 100); do
    curl -fs -o /dev/null "$AW_WP_URL/wp-json/" 2>/dev/null && break
    sleep 0.1
  done
  curl -fs -o /dev/null "$AW_WP_URL/wp-json/" || { echo "wordpress: the site does not answer:" >&2; cat "$dir/php.log" >&2; exit 1; }
  trap - ERR
  echo "WORDPRESS_URL=$AW_WP_URL"
  echo "WORDPRESS_DIR=$dir"
}

# The REST responses of the two posts, as the widget fetches them, pretty
# printed and with the site's origin (its port changes) made stable.
fixtures() {
  local out; out=$(start)
  local url dir; url=$(sed -n 's/^WORDPRESS_URL=//p' <<<"$out"); dir=$(sed -n 's/^WORDPRESS_DIR=//p' <<<"$out")
  local root; root="$(cd "$here/.." && pwd)"
  for slug in every-block classic-editor; do
    local id; id=$(awk -v s="$slug" '$1 == s { print $2 }' "$dir/posts.txt")
    curl -fs "$url/wp-json/wp/v2/posts/$id?_embed" \
      | URL="$url" php -r '$j = json_decode(stream_get_contents(STDIN)); echo str_replace(getenv("URL"), "http://127.0.0.1:8080", json_encode($j, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)), "\n";' \
      >"$root/fixtures/wordpress/real-6.1-$slug.json"
    echo "fixtures/wordpress/real-6.1-$slug.json"
  done
  stop "$dir"
}

case "${1:-}" in
  start) start ;;
  fixtures) fixtures ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
