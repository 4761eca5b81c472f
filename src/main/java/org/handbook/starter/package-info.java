/**
 * A new handbook: {@link StarterHandbook} writes the files of a minimal handbook into an empty
 * folder (configuration, a chapter, an annex, the editor schemas, a workflow and a README), which
 * builds and checks with no error and no warning. It stands beside the pipeline and uses none of it.
 */
package org.handbook.starter;
