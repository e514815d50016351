/**
 * The editing domain of JWP models, configured once for every caller:
 * {@link org.mea.jwp.model.edit.domain.ProgrammeEditingDomains}.
 */
package org.mea.jwp.model.edit.domain;
