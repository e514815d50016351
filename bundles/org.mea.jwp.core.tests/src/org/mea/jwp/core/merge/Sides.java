package org.mea.jwp.core.merge;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;

/** The three versions a merge test starts from: the shipped programme and two copies of it. */
final class Sides {

	final Programme base;
	final Programme ours;
	final Programme theirs;

	Sides() throws Exception {
		this(p -> {
		});
	}

	/** Sides from the shipped programme after {@code prepare} made it the base. */
	Sides(java.util.function.Consumer<Programme> prepare) throws Exception {
		base = ProgrammeStore.programme(DefaultProgramme.load());
		prepare.accept(base);
		ours = EcoreUtil.copy(base);
		theirs = EcoreUtil.copy(base);
	}

	MergeResult merge() {
		return ProgrammeMerge.merge(base, ours, theirs);
	}

	MergeResult mergeSwapped() {
		return ProgrammeMerge.merge(base, theirs, ours);
	}

	static Activity activity(Programme p, String code) {
		return p.findActivity(code);
	}

	static Taxon taxon(Programme p, String id) {
		return p.getTaxa().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
	}

	static Activity newActivity(String id, String code, String text) {
		Activity a = JwpFactory.eINSTANCE.createActivity();
		a.setId(id);
		a.setCode(code);
		a.setText(text);
		a.setLead(org.mea.jwp.model.LeadSecretariat.JOINT);
		return a;
	}

	static ProgressEntry entry(java.time.LocalDate date, String narrative) {
		ProgressEntry e = JwpFactory.eINSTANCE.createProgressEntry();
		e.setDate(date);
		e.setNarrative(narrative);
		return e;
	}

	static ActivityGroup groupOf(Programme p, String code) {
		return (ActivityGroup) activity(p, code).eContainer();
	}

	static List<String> codes(ActivityGroup group) {
		return group.getActivities().stream().map(Activity::getCode).toList();
	}

	/** What identifies a conflict independently of which side is "ours". */
	static Set<String> signature(MergeResult result) {
		Set<String> s = new TreeSet<>();
		for (Conflict c : result.getConflicts()) {
			s.add(c.getKind() + " " + c.getElementId() + " " + c.getFeature());
		}
		return s;
	}
}
