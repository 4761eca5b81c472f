/**
 * Reading YAML with positions: composes a document into nodes that know their file, line and
 * column, and reads mappings strictly (unknown keys, duplicate keys, wrong types become
 * diagnostics). Values are read as the text the editor wrote, so YAML 1.1 surprises such as
 * {@code NO} or {@code 010} never change a value silently.
 */
package org.handbook.yaml;
