/**
 * Search: after rendering, before publishing, indexes each book of the staged site with Pagefind
 * (a native program, fetched once, pinned by version and checksum), segmenting the words of
 * scripts written without spaces with ICU first, and lists those words for the browser to split
 * queries the same way. Without the engine the site keeps its title index, and the build says so.
 */
package org.handbook.search;
