package org.handbook.cli;

/** Whether output goes to a person at a terminal (progress redrawn in place) or to a log (plain lines). */
record Terminal(boolean interactive) {

    /** Whether a person reads in colour: at a terminal, unless NO_COLOR is set (no-color.org). */
    boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return interactive && (noColour == null || noColour.isEmpty());
    }

    static Terminal detect() {
        return new Terminal(System.console() != null && System.getenv("CI") == null);
    }
}
