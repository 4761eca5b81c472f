/**
 * The command line: parses arguments with picocli, runs a build or check, prints diagnostics and
 * the summary, and alone turns results into exit codes (0 success, 1 content errors, 2 usage
 * errors, 3 internal errors).
 */
package org.handbook.cli;
