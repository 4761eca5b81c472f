package org.handbook;

/** A build asked for a book ({@code --only}) that the handbook does not have. */
public final class UnknownBookException extends Exception {

    public UnknownBookException(String message) {
        super(message);
    }
}
