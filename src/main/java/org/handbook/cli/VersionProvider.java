package org.handbook.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest records, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"handbook " + version()};
    }

    static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
