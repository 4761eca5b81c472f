package org.handbook.xliff;

/**
 * A piece of a unit's text as a translator's tool shows it: words to translate, or Markdown and the
 * handbook's own syntax kept out of reach ({@code <ph>} for a code, link address or footnote mark
 * standing alone; {@code <pc>} for the markers around words, such as emphasis or a link's text).
 */
sealed interface InlinePiece {

    /** The piece as the chapter writes it. */
    String original();

    /** Words, as the source writes them. */
    record Text(String text) implements InlinePiece {
        @Override
        public String original() {
            return text;
        }
    }

    /** Syntax standing alone: {@code `code`}, {@code [](xref:…)}, {@code [^1]}, {@code {#id}}. */
    record Standalone(String original) implements InlinePiece {
    }

    /** The opening marker of words in syntax ({@code *}, {@code [}), paired with the {@link Closing} of the same number. */
    record Opening(int pair, String original) implements InlinePiece {
    }

    /** The closing marker ({@code *}, {@code ](https://…)}) of the pair {@code pair}. */
    record Closing(int pair, String original) implements InlinePiece {
    }
}
