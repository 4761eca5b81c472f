/**
 * Editions in the repository: {@link EditionFreezer} copies the working tree's chapters and
 * country profiles into {@code editions/<id>/}, the frozen snapshot a published edition is built from.
 */
package org.handbook.editions;
