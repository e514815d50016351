package org.mea.jwp.bench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.programmes.SyntheticProgramme;

/**
 * Writes a synthetic programme to a file, for the benchmarks that run the product as a process
 * ({@code releng/bench/instant.sh}: the 10,015-activity report).
 * <p>
 * Usage: {@code WriteSyntheticProgramme OBJECTS FILE [BASE]}, e.g. {@code 51100 big.jwp} (10,015
 * activities). With BASE, a programme file (the embedded one), the synthetic programme gets its
 * conventions, organizations, bodies, meetings, reporting obligations and cycles, which the
 * progress report's committee, meeting and symbol come from.
 */
public final class WriteSyntheticProgramme {

	private WriteSyntheticProgramme() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: WriteSyntheticProgramme OBJECTS FILE [BASE]"); //$NON-NLS-1$
			System.exit(2);
		}
		Programme programme = SyntheticProgramme.create(Integer.parseInt(args[0]));
		if (args.length == 3) {
			Programme base = ProgrammeStore.programme(new ProgrammeStore().load(Path.of(args[2])));
			// one copier for all, so that the copies refer to each other, not to the base
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			var instruments = copier.copyAll(base.getInstruments());
			var organizations = copier.copyAll(base.getOrganizations());
			var bodies = copier.copyAll(base.getBodies());
			var meetings = copier.copyAll(base.getMeetings());
			var obligations = copier.copyAll(base.getReportingObligations());
			var cycles = copier.copyAll(base.getCycles());
			copier.copyReferences();
			programme.getInstruments().addAll(instruments);
			programme.getOrganizations().addAll(organizations);
			programme.getBodies().addAll(bodies);
			programme.getMeetings().addAll(meetings);
			programme.getReportingObligations().addAll(obligations);
			programme.getCycles().addAll(cycles);
			// what they refer to outside these parts (activities of the base, say) is left out
			for (EObject copy : copier.values()) {
				for (EReference reference : copy.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()
							|| !reference.isChangeable()) {
						continue;
					}
					if (reference.isMany()) {
						((List<?>) copy.eGet(reference))
								.removeIf(target -> EcoreUtil.getRootContainer((EObject) target) != programme);
					} else if (copy.eGet(reference) instanceof EObject target
							&& EcoreUtil.getRootContainer(target) != programme) {
						copy.eUnset(reference);
					}
				}
			}
		}
		Path file = Path.of(args[1]).toAbsolutePath();
		Resource resource = JwpResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(programme);
		new ProgrammeStore().save(resource, file);
		System.out.printf("%s: %d activities%n", file, programme.activities().size()); //$NON-NLS-1$
	}
}
