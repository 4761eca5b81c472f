/**
 * Stage 6, publish: files are written to a staging folder beside the output folder and moved into
 * place in one step only when the whole build succeeded, so a failed build leaves the previous site
 * exactly as it was. Entry point: {@link org.handbook.publish.Publisher}.
 */
package org.handbook.publish;
