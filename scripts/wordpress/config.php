<?php
// The test site's wp-config.php, loaded by router.php and site.php in place
// of Debian's /usr/share/wordpress/wp-config.php (which reads
// /etc/wordpress/config-<host>.php), so that nothing under /etc changes.
// Everything the site keeps is in the state directory AW_WP_DIR, made by
// scripts/wordpress.sh: the database's socket and the uploads.
$aw_dir = getenv('AW_WP_DIR');
$aw_url = getenv('AW_WP_URL');
if (!$aw_dir || !$aw_url) {
    http_response_code(500);
    exit("AW_WP_DIR and AW_WP_URL must be set (scripts/wordpress.sh sets them)\n");
}

define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . $aw_dir . '/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';

define('WP_HOME', $aw_url);
define('WP_SITEURL', $aw_url);
define('WP_CONTENT_DIR', $aw_dir . '/wp-content');
define('WP_CONTENT_URL', $aw_url . '/wp-content');

// Nothing may wait on the network this machine does not have: no cron, no
// update checks, and every HTTP request to another host fails at once (so
// an embed's oEmbed look-up falls back to a plain link, as it does on a
// site that cannot reach the provider).
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', false);

define('ABSPATH', '/usr/share/wordpress/');
