/**
 * The shape shared by the registries of contributions: {@link org.mea.jwp.core.registry.ContributionRegistry},
 * {@link org.mea.jwp.core.registry.Contributed} and {@link org.mea.jwp.core.registry.RegistryProblem}.
 */
package org.mea.jwp.core.registry;
