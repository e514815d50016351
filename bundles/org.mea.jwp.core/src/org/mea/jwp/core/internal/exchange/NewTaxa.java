package org.mea.jwp.core.internal.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * The taxa a species import adds, each under the programme's higher taxon that includes it, else in
 * the registry; nothing enters the model until the plan's command runs, and then copies do, so that
 * the plan can be executed again after an undo.
 */
final class NewTaxa {

	private final Programme programme;
	/** By the programme or the higher taxon they go to. */
	private final Map<EObject, List<Taxon>> byOwner = new LinkedHashMap<>();

	NewTaxa(Programme programme) {
		this.programme = programme;
	}

	/** Adds {@code taxon} under {@code higher} (null: the registry); under a taxon this import adds, it goes along with it. */
	void add(Taxon taxon, Taxon higher) {
		if (higher != null && isNew(higher)) {
			higher.getLowerTaxa().add(taxon);
		} else {
			byOwner.computeIfAbsent(higher != null ? higher : programme, k -> new ArrayList<>()).add(taxon);
		}
	}

	/** Whether {@code taxon} is one this import adds (not yet in the programme). */
	private boolean isNew(Taxon taxon) {
		for (EObject container = taxon; container != null; container = container.eContainer()) {
			if (container instanceof Taxon t && byOwner.values().stream().anyMatch(list -> list.contains(t))) {
				return true;
			}
		}
		return false;
	}

	/** How many taxa are added, those beneath another added one included. */
	int count() {
		return (int) byOwner.values().stream().flatMap(List::stream).mapToLong(t -> 1 + lowerCount(t)).sum();
	}

	private static long lowerCount(Taxon taxon) {
		return taxon.getLowerTaxa().stream().mapToLong(t -> 1 + lowerCount(t)).sum();
	}

	/** One command per owner, adding copies. */
	List<Command> commands(EditingDomain domain) {
		List<Command> commands = new ArrayList<>();
		byOwner.forEach((owner, taxa) -> commands.add(new AddCommand(domain, owner,
				owner instanceof Programme ? JwpPackage.Literals.PROGRAMME__TAXA
						: JwpPackage.Literals.TAXON__LOWER_TAXA,
				taxa.stream().map(EcoreUtil::copy).toList())));
		return commands;
	}
}
