package org.mea.jwp.testing.programmes;

import java.time.LocalDate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/**
 * Programmes shaped like the real one, scaled up: themes of groups of activities, each with a
 * timeframe, sub-items, a progress entry, partners and species. Deterministic for a given size.
 * Used by the benchmarks (model: releng/org.mea.jwp.bench; editor: the UI benchmark), not by the product.
 */
public final class SyntheticProgramme {

	/** Objects one activity contributes: itself, timeframe, two sub-items, one progress entry. */
	private static final int OBJECTS_PER_ACTIVITY = 5;
	private static final String[] TIMEFRAMES = { "2012", "2012-13", "2012\u20132014", "On-going",
			"Annual and as-required",
			"2013", "2012 \u2013 14", "Will depend on decisions adopted at CMS CoP10" };

	private SyntheticProgramme() {
	}

	/** A programme of about {@code objects} model objects. */
	public static Programme create(int objects) {
		JwpFactory f = JwpFactory.eINSTANCE;
		Programme programme = f.createProgramme();
		programme.setId("synthetic-" + objects);
		programme.setTitle("Synthetic programme of " + objects + " objects");
		programme.setPeriodStart(2012);
		programme.setPeriodEnd(2014);
		int registry = Math.max(10, objects / 100);
		for (int i = 0; i < registry; i++) {
			Taxon taxon = f.createTaxon();
			taxon.setId("tx-" + i);
			taxon.setNameAsPrinted("Genus species" + i);
			taxon.getCommonNames().add("common name " + i);
			programme.getTaxa().add(taxon);
			Organization organization = f.createOrganization();
			organization.setId("org-" + i);
			organization.setName("Organization " + i);
			programme.getOrganizations().add(organization);
		}
		int activities = Math.max(1, (objects - 2 * registry) / OBJECTS_PER_ACTIVITY);
		ActivityGroup group = null;
		Theme theme = null;
		for (int i = 0; i < activities; i++) {
			if (i % 400 == 0) {
				theme = f.createTheme();
				theme.setId("theme-" + i);
				theme.setLetter(Character.toString('A' + (i / 400) % 26));
				theme.setName("Theme " + i);
				theme.getFocusTaxa().add(programme.getTaxa().get(0));
				programme.getThemes().add(theme);
			}
			if (i % 20 == 0) {
				group = f.createActivityGroup();
				group.setId("group-" + i);
				group.setName("Group " + i);
				theme.getGroups().add(group);
			}
			group.getActivities().add(activity(programme, i, registry));
		}
		return programme;
	}

	private static Activity activity(Programme programme, int i, int registry) {
		JwpFactory f = JwpFactory.eINSTANCE;
		Activity activity = f.createActivity();
		activity.setId("act-" + i);
		activity.setCode("X" + i);
		activity.setText("Envisaged joint activity number " + i
				+ ": work with the partners on the concordance of species in the Appendices of the two Conventions.");
		activity.setLead(LeadSecretariat.values()[1 + i % 3]);
		activity.setStatus(ActivityStatus.values()[i % ActivityStatus.values().length]);
		activity.setTimeframe(Timeframes.parse(TIMEFRAMES[i % TIMEFRAMES.length]));
		for (int s = 0; s < 2; s++) {
			SubItem item = f.createSubItem();
			item.setText("Sub-item " + s + " of activity " + i);
			activity.getSubItems().add(item);
		}
		ProgressEntry entry = f.createProgressEntry();
		entry.setDate(LocalDate.of(2013, 1 + i % 12, 1 + i % 28));
		entry.setStatus(ActivityStatus.IN_PROGRESS);
		entry.setNarrative("Progress reported for activity " + i + " at the meeting of the Standing Committee.");
		activity.getProgress().add(entry);
		activity.getPartners().add(programme.getOrganizations().get(i % registry));
		activity.getSpecies().add(programme.getTaxa().get(i % registry));
		return activity;
	}

	/** Number of objects in the programme, itself included. */
	public static int count(Programme programme) {
		int n = 1;
		for (TreeIterator<EObject> it = programme.eAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}
}
