/**
 * What a data format contributes: an {@link org.mea.jwp.core.exchange.spi.IImporter} (extension
 * point {@code org.mea.jwp.core.importers}) or an {@link org.mea.jwp.core.exchange.spi.IExporter}
 * ({@code org.mea.jwp.core.exporters}). An importer never changes the model itself: it returns an
 * {@link org.mea.jwp.core.exchange.spi.ImportPlan} with the problems it found and one EMF command,
 * so the user sees what is wrong before anything changes and can undo the import as one step.
 */
package org.mea.jwp.core.exchange.spi;
