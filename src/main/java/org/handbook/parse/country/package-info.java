/**
 * The parse stage for country profiles: reads each checked profile into an ordered
 * {@link org.handbook.parse.country.CountryProfile} of sections and facts, with every free text
 * rendered from Markdown to safe HTML, so later stages never touch the raw data.
 */
package org.handbook.parse.country;
