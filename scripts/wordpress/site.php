<?php
// Builds the test site through WordPress's own PHP functions, as its people
// would through wp-admin: `php site.php install` runs wp_install() on the
// empty database; `php site.php content` then adds an author with a bio,
// two categories, the images (uploaded with WordPress's media functions, so
// it makes their sizes), a reusable block and the posts, whose text is the
// block markup in fixtures/wordpress-real/ as the 6.1 editor saves it.
// scripts/wordpress.sh runs both, with AW_WP_DIR and AW_WP_URL set.
$aw_url = parse_url(getenv('AW_WP_URL'));
$_SERVER['HTTP_HOST'] = $aw_url['host'] . ':' . $aw_url['port'];
$_SERVER['SERVER_NAME'] = $aw_url['host'];
$_SERVER['SERVER_PORT'] = $aw_url['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

$aw_step = $argv[1] ?? '';
if ($aw_step === 'install') {
    define('WP_INSTALLING', true);
}
require __DIR__ . '/config.php';
require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

/** Stops with a message when WordPress answered with an error. */
function aw_ok($value, $what) {
    if (is_wp_error($value) || !$value) {
        fwrite(STDERR, "wordpress: $what failed: " . (is_wp_error($value) ? $value->get_error_message() : 'no id') . "\n");
        exit(1);
    }
    return $value;
}

if ($aw_step === 'install') {
    $result = wp_install('Veyrmouth Post', 'admin', 'admin@veyrmouth-post.example', true, '', wp_generate_password(24));
    aw_ok($result['user_id'] ?? 0, 'wp_install');
    exit(0);
}
if ($aw_step !== 'content') {
    fwrite(STDERR, "usage: php site.php install|content\n");
    exit(2);
}

$fixtures = dirname(__DIR__, 2) . '/fixtures/wordpress-real';

// What an admin sets once: pretty permalinks (so the API is /wp-json/), the
// site's time zone (so date and date_gmt differ) and its tagline.
update_option('timezone_string', 'Europe/Oslo');
update_option('blogdescription', 'News from the harbour town');
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
flush_rewrite_rules(false);

// wp_install's sample post, page and comment are not part of this site.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
    wp_delete_post($sample->ID, true);
}

$author = aw_ok(wp_insert_user([
    'user_login' => 'ilse.marrow',
    'user_pass' => wp_generate_password(24),
    'user_email' => 'ilse.marrow@veyrmouth-post.example',
    'display_name' => 'Ilse Marrow',
    'first_name' => 'Ilse',
    'last_name' => 'Marrow',
    'user_url' => 'https://veyrmouth-post.example/staff/ilse-marrow',
    'description' => 'Ilse Marrow covers the port, the ferries and the town council for the Veyrmouth Post. She has sailed every route on the strait at least twice.',
    'role' => 'author',
]), 'the author');

$harbours = aw_ok(wp_insert_term('Harbours', 'category', ['description' => 'The port and its people.']), 'a category')['term_id'];
$transport = aw_ok(wp_insert_term('Transport', 'category'), 'a category')['term_id'];

// From here on WordPress acts for the author, whose role has no
// unfiltered_html: what she saves is filtered by kses, as in the editor.
wp_set_current_user($author);

/** A post written by the author: slashed, as wp_insert_post expects. */
function aw_post(array $fields) {
    return aw_ok(wp_insert_post(wp_slash($fields + ['post_status' => 'publish', 'post_type' => 'post']), true), 'a post');
}

/** Uploads `file` from the fixtures, attached to `parent` (its date picks the uploads folder). */
function aw_upload($fixtures, $file, $parent, $title, $alt, $caption) {
    $tmp = wp_tempnam($file);
    copy("$fixtures/$file", $tmp);
    $id = aw_ok(media_handle_sideload(['name' => $file, 'tmp_name' => $tmp], $parent, null, [
        'post_title' => $title,
        'post_excerpt' => $caption,
    ]), "uploading $file");
    if ($alt !== '') {
        update_post_meta($id, '_wp_attachment_image_alt', $alt);
    }
    return $id;
}

/** The {{name.field}} placeholders of an attachment, as the editor would write them. */
function aw_media_fields($name, $id) {
    $fields = ["{{{$name}.id}}" => (string) $id, "{{{$name}.url}}" => wp_get_attachment_url($id)];
    foreach (['medium', 'large', 'full'] as $size) {
        $image = wp_get_attachment_image_src($id, $size);
        if ($image) {
            $fields["{{{$name}.$size}}"] = $image[0];
            $fields["{{{$name}.$size.width}}"] = (string) $image[1];
            $fields["{{{$name}.$size.height}}"] = (string) $image[2];
        }
    }
    return $fields;
}

// A reusable block, as a site keeps its standing notices.
$notice = aw_post([
    'post_type' => 'wp_block',
    'post_title' => 'Corrections notice',
    'post_content' => file_get_contents("$fixtures/reusable-block.html"),
]);

// The every-block post: written as a draft on the day it is dated, its media
// uploaded to it, then finished and published.
$every = aw_post([
    'post_title' => 'Veyrmouth\'s harbour ferry timetable, block by block',
    'post_name' => 'every-block',
    'post_status' => 'draft',
    'post_date' => '2026-03-14 09:30:00',
    'post_author' => $author,
    'post_category' => [$harbours, $transport],
    'post_excerpt' => 'The port authority rewrites the winter timetable, and every kind of block WordPress 6.1 has tells the story.',
]);
$media = [
    'hall' => aw_upload($fixtures, 'sable-hall.jpg', $every, 'Sable Hall', 'The long table of Sable Hall, seen from above, with five chairs on each side', 'The council met at the long table in Sable Hall.'),
    'harbour' => aw_upload($fixtures, 'harbour.jpg', $every, 'Harbour', 'Two quays of the old harbour at dusk', 'The old harbour at dusk, from the breakwater.'),
    'ferry' => aw_upload($fixtures, 'ferry.jpg', $every, 'Ferry', 'The grey ferry Aldra alongside the north quay', 'The Aldra at the north quay.'),
    'town' => aw_upload($fixtures, 'old-town.jpg', $every, 'Old town', 'Roofs of the old town under a pale sky', 'The old town from the ferry deck.'),
];
$pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
$tmp = wp_tempnam('winter-timetable.pdf');
file_put_contents($tmp, $pdf);
$media['timetable'] = aw_ok(media_handle_sideload(['name' => 'winter-timetable.pdf', 'tmp_name' => $tmp], $every, null, ['post_title' => 'Winter timetable']), 'uploading the PDF');

$fields = ['{{notice.id}}' => (string) $notice];
foreach ($media as $name => $id) {
    $fields += aw_media_fields($name, $id);
}
$content = strtr(file_get_contents("$fixtures/every-block.html"), $fields);
if (preg_match('/\{\{[^}]*\}\}/', $content, $left)) {
    fwrite(STDERR, "wordpress: every-block.html: unknown placeholder {$left[0]}\n");
    exit(1);
}
aw_ok(wp_update_post(wp_slash(['ID' => $every, 'post_content' => $content, 'post_status' => 'publish', 'post_date' => '2026-03-14 09:30:00', 'edit_date' => true]), true), 'publishing the post');
set_post_thumbnail($every, $media['hall']);

// The classic-editor post: HTML without block markup, paragraphs left to
// wpautop, an image in a [caption] shortcode; no featured image.
$classic = aw_post([
    'post_title' => 'Night crossing: notes from the last boat',
    'post_name' => 'classic-editor',
    'post_status' => 'draft',
    'post_date' => '2026-02-02 22:10:00',
    'post_author' => $author,
    'post_category' => [$transport],
]);
$deck = aw_upload($fixtures, 'ferry.jpg', $classic, 'Ferry at night', 'The ferry Aldra lit up at the quay', 'The last boat waits at the north quay.');
$content = strtr(file_get_contents("$fixtures/classic.html"), aw_media_fields('deck', $deck));
aw_ok(wp_update_post(wp_slash(['ID' => $classic, 'post_content' => $content, 'post_status' => 'publish', 'post_date' => '2026-02-02 22:10:00', 'edit_date' => true]), true), 'publishing the classic post');

echo "every-block $every\nclassic-editor $classic\n";
