/**
 * Stage 2, load: finds every chapter of every language and edition, and where it stands in its
 * book (parts and chapters with sub-chapters are folders), reads it as normalised text and splits
 * off and checks its front matter; reads every country profile and checks it against
 * the country schema, reporting each problem at the line and column of the value. Input: {@link org.handbook.config.HandbookConfig};
 * output: {@link org.handbook.load.Sources}. Entry point: {@link org.handbook.load.Loader#load}.
 */
package org.handbook.load;
