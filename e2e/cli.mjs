// The native CLI the end-to-end tests run: the debug build that
// `cargo build --bin article-widget` leaves in the target directory
// (CARGO_TARGET_DIR when set, as cargo reads it), or ARTICLE_WIDGET_CLI.
import { join } from "node:path";

export const CLI = process.env.ARTICLE_WIDGET_CLI ?? join(process.env.CARGO_TARGET_DIR ?? "target", "debug", "article-widget");
