package org.handbook.shard;

/** Shards that cannot be merged into one site, with what to do about it. */
public final class MergeException extends Exception {

    public MergeException(String message) {
        super(message);
    }
}
