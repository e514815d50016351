/**
 * The data formats that come with JWP Workbench (species and activities CSV import; activities,
 * taxa, JSON and IATI exports). They are declared in {@code org.mea.jwp.core}'s {@code plugin.xml}
 * like any contributed format and written against the same interfaces.
 */
package org.mea.jwp.core.internal.exchange;
