package org.handbook.cli;

import org.handbook.model.Diagnostic;
import org.handbook.model.SourcePosition;

/**
 * Diagnostics as GitHub Actions workflow commands, which the pull request view shows on the line
 * they name. What comes from the handbook is first made safe for the log ({@link TerminalText}:
 * no escape sequence, no line end of its own); then values are escaped as the runner reads them:
 * '%', CR and LF everywhere, and ':' and ',' in properties too, where they would end a value.
 */
final class GithubAnnotations {

    private GithubAnnotations() {
    }

    static String of(Diagnostic diagnostic) {
        SourcePosition position = diagnostic.position();
        StringBuilder command = new StringBuilder("::").append(diagnostic.isError() ? "error" : "warning")
                .append(" file=").append(property(TerminalText.line(position.displayPath())));
        if (position.line() > 0) {
            command.append(",line=").append(position.line()).append(",col=").append(Math.max(1, position.column()));
        }
        String code = TerminalText.line(diagnostic.code());
        command.append(",title=").append(property(code));
        String message = TerminalText.line(diagnostic.message()) + " [" + code + "]"
                + (diagnostic.hint().isEmpty() ? "" : "\nhint: " + TerminalText.line(diagnostic.hint()));
        return command.append("::").append(data(message)).toString();
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
