package org.handbook.revision;

/** A revision that cannot be read: no git repository around the handbook, or no such commit. Said to the user as is. */
public final class RevisionException extends Exception {

    RevisionException(String message) {
        super(message);
    }
}
