/**
 * Import and export of programmes through contributed data formats: {@link
 * org.mea.jwp.core.exchange.DataFormats} reads the extension points {@code org.mea.jwp.core.importers}
 * and {@code org.mea.jwp.core.exporters} and runs the contributions so that a broken one is switched
 * off instead of failing its caller. The formats themselves implement the interfaces of
 * {@code org.mea.jwp.core.exchange.spi}.
 */
package org.mea.jwp.core.exchange;
