package org.handbook.cli;

/** Whether output goes to a person at a terminal (progress redrawn in place) or to a log (plain lines). */
record Terminal(boolean interactive) {

    static Terminal detect() {
        return new Terminal(System.console() != null && System.getenv("CI") == null);
    }
}
