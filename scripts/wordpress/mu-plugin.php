<?php
// Must-use plugin of the test site (copied into its wp-content/mu-plugins):
// no mail is sent (there is no mail server; wp_install would try).
add_filter('pre_wp_mail', '__return_false');
