/**
 * Rotting sources: {@link CitedAddresses} finds every external address the handbook cites (the
 * sources of country facts, links and footnotes in chapters) with its file and line;
 * {@link LinkChecker} asks each address's server, politely, whether it still answers, keeping what
 * it learnt in a {@link LinkCache}; {@link LinkFindings} turns the answers into diagnostics at the
 * places that cite them. It stands beside the pipeline and reads what the load stage read.
 */
package org.handbook.links;
