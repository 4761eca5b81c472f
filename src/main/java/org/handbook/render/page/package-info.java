/**
 * Builds the model a template sees for each kind of page: plain maps, lists and text, with every
 * link already made relative to the page that carries it.
 */
package org.handbook.render.page;
