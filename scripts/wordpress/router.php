<?php
// The router of `php -S` for the test site: what Apache's rewrite rules do
// for Debian's WordPress. Uploads are files; every other path goes to
// WordPress's front controller, so /wp-json/wp/v2/posts/ID?_embed is its REST
// API under pretty permalinks, as on a real site.
$aw_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

if (str_starts_with($aw_path, '/wp-content/uploads/')) {
    $aw_root = realpath(getenv('AW_WP_DIR') . '/wp-content/uploads');
    $aw_file = realpath(getenv('AW_WP_DIR') . $aw_path);
    if ($aw_root && $aw_file && str_starts_with($aw_file, $aw_root . '/') && is_file($aw_file)) {
        $aw_types = ['jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'pdf' => 'application/pdf'];
        header('Content-Type: ' . ($aw_types[strtolower(pathinfo($aw_file, PATHINFO_EXTENSION))] ?? 'application/octet-stream'));
        header('Content-Length: ' . filesize($aw_file));
        readfile($aw_file);
    } else {
        http_response_code(404);
    }
    return true;
}

// As wp-blog-header.php, with our config in place of Debian's.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
define('WP_USE_THEMES', true);
require __DIR__ . '/config.php';
require_once ABSPATH . 'wp-settings.php';
wp();
require_once ABSPATH . WPINC . '/template-loader.php';
