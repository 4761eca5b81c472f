/**
 * The handbook at another git revision, beside the pipeline: its sources as they were at a
 * commit (read from the repository's objects with JGit), which of them have changed since, and a
 * check scoped to a change: what the changed files contain and what they break elsewhere, and
 * nothing else. It drives the pipeline from outside, as the CLI does.
 */
package org.handbook.revision;
