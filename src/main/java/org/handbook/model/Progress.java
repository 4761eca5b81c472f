package org.handbook.model;

/** Told how far a long stage has got, so a terminal can show it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void started(String stage, long total, String unit) {
        }

        @Override
        public void advanced(long done) {
        }

        @Override
        public void finished() {
        }
    };

    /** A stage begins over {@code total} items counted in {@code unit} ("pages", "books"); none when 0. */
    void started(String stage, long total, String unit);

    /** {@code done} items of the current stage are finished; may be called from several threads. */
    void advanced(long done);

    /** One item's outcome, worth a line in a verbose log: "en/2026: 164 pages in 6.21 s". */
    default void detail(String line) {
    }

    void finished();
}
