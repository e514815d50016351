/**
 * Hand-written behaviour of the JWP model: the bodies of the EOperations declared in
 * {@code jwp.ecore} delegate here (see the {@code body} annotations), and {@link Timeframes} reads
 * the timeframe wordings of the document. Kept out of {@code src-gen/} so that regeneration never
 * touches it.
 */
package org.mea.jwp.model.operations;
