/**
 * The preview server of {@code handbook serve}: the site built as a preview (pages only) into a
 * folder of its own, served on loopback, rebuilt when a source changes, and every open tab showing
 * a changed page reloaded (Server-Sent Events); while a rebuild has errors, the last good site
 * stays served and the tabs show the errors. It drives the pipeline from outside, as the CLI does.
 */
package org.handbook.serve;
