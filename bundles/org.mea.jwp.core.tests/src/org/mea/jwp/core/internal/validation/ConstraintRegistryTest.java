package org.mea.jwp.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.core.validation.ConstraintDescriptor;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Notification;
import org.mea.jwp.model.Programme;

/**
 * The constraints' registry has the shape of the other registries: a declaration it cannot use
 * is left out and a contribution that fails is switched off, each reported with its contributor.
 */
class ConstraintRegistryTest {

	private static final String FRAGMENT = "org.mea.jwp.core.tests";

	private static ConstraintRegistry registry() {
		IConfigurationElement[] elements = List.of(Platform.getExtensionRegistry()
				.getConfigurationElementsFor(ConstraintRegistry.EXTENSION_POINT)).stream()
				.filter(e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith("org.mea.jwp.core.tests."))
				.toArray(IConfigurationElement[]::new);
		return ConstraintRegistry.of(elements);
	}

	private static RegistryProblem problem(ConstraintRegistry registry, String id) {
		return registry.problems().stream().filter(p -> id.equals(p.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no problem for " + id + " in " + registry.problems()));
	}

	@Test
	void aDeclarationWithoutItsClassIsLeftOutAndNamed() {
		ConstraintRegistry registry = registry();
		assertTrue(registry.find("org.mea.jwp.core.tests.constraint.noclass").isEmpty());
		RegistryProblem problem = problem(registry, "org.mea.jwp.core.tests.constraint.noclass");
		assertEquals(FRAGMENT, problem.contributor());
		assertEquals(ConstraintRegistry.EXTENSION_POINT, problem.extensionPoint());
		assertTrue(problem.reason().contains("needs an id, a class"), problem.reason());
	}

	@Test
	void aConstraintThatFailsIsSwitchedOffAndReportedWithItsContributor() {
		ConstraintRegistry registry = registry();
		ConstraintDescriptor missing = registry.find("org.mea.jwp.core.tests.constraint.missing").orElseThrow();
		assertEquals(FRAGMENT, missing.contributor());
		assertTrue(registry.contributors().containsAll(List.of(ConstraintDescriptor.BUILT_IN, FRAGMENT)),
				registry.contributors().toString());
		assertTrue(registry.problems().stream().noneMatch(p -> missing.id().equals(p.id())), "works until it runs");

		Programme programme = JwpFactory.eINSTANCE.createProgramme();
		Notification notification = JwpFactory.eINSTANCE.createNotification();
		notification.getComments().add(JwpFactory.eINSTANCE.createComment());
		programme.getNotifications().add(notification);
		ProgrammeValidation.validate(programme, LocalDate.of(2014, 5, 1), registry.getEnabledConstraints());

		RegistryProblem problem = problem(registry, missing.id());
		assertEquals(FRAGMENT, problem.contributor());
		assertTrue(problem.reason().contains("switched off"), problem.reason());
		assertTrue(registry.find(missing.id()).isEmpty(), "no longer among the contributions");
		assertTrue(registry.getEnabledConstraints().stream().noneMatch(c -> c.id().equals(missing.id())),
				"no longer run");
		assertTrue(registry.find("org.mea.jwp.core.activity.lead").isPresent(), "the others still run");
	}
}
