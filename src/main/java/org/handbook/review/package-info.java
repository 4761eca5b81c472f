/**
 * The review bundle of an amendment (handbook review BASE), beside the pipeline: the handbook
 * linked as it was at a git revision and as it is, compared as a reviewer needs it — each changed
 * chapter's redline and renumbered paragraphs, the references in other chapters whose text the
 * change altered, the translations it made outdated and the country facts it changed — written as
 * a Markdown summary and one HTML page.
 */
package org.handbook.review;
