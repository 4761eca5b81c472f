package org.handbook.publish;

/** The output folder cannot be used: it holds something that is not a site this tool built, say. */
public final class OutputFolderException extends Exception {

    public OutputFolderException(String message) {
        super(message);
    }
}
