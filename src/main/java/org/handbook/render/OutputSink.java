package org.handbook.render;

import org.handbook.model.SitePath;

/** Where rendered files go. Implementations must accept writes from several threads at once. */
public interface OutputSink {

    void write(SitePath path, byte[] content);
}
