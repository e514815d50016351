/**
 * The programme's own text in the Conventions' other languages: which texts can be translated, the
 * translation of a text in French or Spanish, whether it is outdated (its original changed since),
 * and what is missing per language. Translations live in the model
 * ({@link org.mea.jwp.model.Translatable#getTranslations()}); this package reads and changes them.
 */
package org.mea.jwp.core.translation;
