/**
 * Translation jobs for translators' own tools, beside the pipeline: reads the linked handbook (which
 * chapters of a language are missing, which sections of an outdated one changed, the glossary) and
 * the chapter files, and writes XLIFF 2.1 with one unit per block and the handbook's syntax as
 * codes ({@link org.handbook.xliff.XliffExport}). The pipeline never imports it.
 */
package org.handbook.xliff;
