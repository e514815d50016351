/**
 * Hand-written presentation of the JWP model on top of the generated item providers (which stay
 * untouched in {@code src-gen/}): the programme shows its themes first and its registries in
 * folders, activities read "B6  CITES will participate in…" with an icon per status. Use
 * {@link org.mea.jwp.model.edit.providers.JwpItemProviderAdapterFactorySpec} instead of the
 * generated factory; EMF.Edit's registry hands it out for the JWP package, and
 * {@link org.mea.jwp.model.edit.domain.ProgrammeEditingDomains} makes editing domains with it.
 */
package org.mea.jwp.model.edit.providers;
