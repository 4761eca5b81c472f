/** Helpers for files and folders that more than one stage needs. */
package org.handbook.files;
