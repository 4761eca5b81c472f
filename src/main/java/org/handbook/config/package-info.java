/**
 * Stage 1, configuration: reads {@code handbook.yml} at the handbook root into a
 * {@link org.handbook.config.HandbookConfig}, reporting unknown keys, wrong types and invalid
 * values with their positions. Entry point: {@link org.handbook.config.ConfigLoader#load}.
 */
package org.handbook.config;
