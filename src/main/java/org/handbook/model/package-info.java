/**
 * Records and value types shared by every stage: identifiers ({@link org.handbook.model.PageId},
 * {@link org.handbook.model.LanguageTag}, {@link org.handbook.model.EditionId},
 * {@link org.handbook.model.AnchorId}), source positions and diagnostics.
 * Nothing here reads files or depends on a stage.
 */
package org.handbook.model;
