package org.handbook.render;

import java.util.List;

/** The books a build wrote for readers to download, which the manifest lists and the pages link to. */
public record Downloads(List<Manifest.PdfEntry> pdfs, List<Manifest.EpubEntry> epubs) {

    public Downloads {
        pdfs = List.copyOf(pdfs);
        epubs = List.copyOf(epubs);
    }

    public static Downloads none() {
        return new Downloads(List.of(), List.of());
    }
}
