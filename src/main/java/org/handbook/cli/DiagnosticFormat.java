package org.handbook.cli;

/** How {@code check} and {@code build} print diagnostics. */
enum DiagnosticFormat {
    /** {@code path:line:col: severity: message [CODE]}, a hint line beneath; on standard error. */
    text,
    /** GitHub Actions workflow annotations ({@code ::error file=…,line=…,col=…::…}); on standard output. */
    github,
    /** One JSON document with every diagnostic and the counts; on standard output, nothing else there. */
    json
}
