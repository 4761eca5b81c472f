package org.handbook.model;

/** Told how far a long stage has got, so a terminal can show it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void started(String stage, long total) {
        }

        @Override
        public void advanced(long done) {
        }

        @Override
        public void finished() {
        }
    };

    void started(String stage, long total);

    /** {@code done} items of the current stage are finished; may be called from several threads. */
    void advanced(long done);

    void finished();
}
