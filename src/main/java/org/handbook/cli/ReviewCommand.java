package org.handbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.review.Review;
import org.handbook.review.ReviewHtml;
import org.handbook.review.ReviewMarkdown;
import org.handbook.review.ReviewReport;
import org.handbook.revision.RevisionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook review BASE}: what an amendment does to the handbook, for the people who review it. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes what the changes since a git revision do to the handbook.", "",
                "Compares the handbook as it is with itself at the revision BASE, and writes a review bundle:"
                        + " review.md, a Markdown summary, and index.html, the same as a page. They give each changed"
                        + " chapter with its deleted and inserted words, the paragraphs renumbered, the references in"
                        + " other chapters whose text changed with it, the translations made outdated and the country"
                        + " facts changed. On GitHub Actions the summary is added to the job's summary too.",
                "Exit code 0; 1 when the handbook does not link at either revision (check says why); 2 for a"
                        + " revision that cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook review origin/main",
                "      Writes target/review/ for the changes since origin/main.",
                "  ./handbook review HEAD~1 --pdf --out review",
                "      Writes the review of the last commit, with its PDFs' pages, into review/."})
final class ReviewCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Parameters(index = "0", paramLabel = "BASE", description = "The git revision to compare with: a commit, branch or tag.")
    String base;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the bundle (default: target/review).")
    Path out;

    @Option(names = "--pdf", description = "Lay out the print PDFs at both revisions too, and give the change in each"
            + " one's pages; this takes about as long as two builds.")
    boolean pdf;

    ReviewCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() {
        Path root = parent.global.source;
        if (!BuildRunner.isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        Optional<ReviewReport> report;
        try {
            report = Review.of(root, base, pdf);
        } catch (RevisionException e) {
            reporter.problem("review: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            reporter.problem("review: cannot read the handbook at " + base + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (report.isEmpty()) {
            reporter.problem("review: the handbook does not link as it is or at " + base + "; run ./handbook check to see why");
            return ExitCode.CONTENT_ERRORS;
        }
        Path folder = out != null ? out : root.resolve("target").resolve("review");
        String markdown = ReviewMarkdown.of(report.get());
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("review.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("index.html"), ReviewHtml.of(report.get()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            reporter.problem("review: cannot write " + folder + ": " + e.getMessage()
                    + ". Choose a folder that can be written with --out DIR.");
            return ExitCode.USAGE;
        }
        StepSummary.append(markdown, reporter);
        if (!parent.global.quiet) {
            int files = report.get().changed().size();
            int books = report.get().books().size();
            reporter.report("Reviewed the changes since " + TerminalText.line(base) + ": " + files + (files == 1 ? " file" : " files")
                    + " changed, " + books + (books == 1 ? " book" : " books") + " affected; wrote "
                    + folder.resolve("review.md") + " and index.html\n");
        }
        return ExitCode.OK;
    }
}
