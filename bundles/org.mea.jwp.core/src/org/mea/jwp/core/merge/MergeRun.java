package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;

/**
 * One three-way merge: our side is copied, then every feature of every element their side changed
 * is merged into the copy. Elements are found by id through maps, so the work grows with the size
 * of the programmes, not with its square.
 */
final class MergeRun {

	/** One feature of one element whose three versions are not all equal. */
	private record Candidate(String id, EStructuralFeature feature, Keys.Values base, Keys.Values ours,
			Keys.Values theirs, boolean newOnTheirs) {
	}

	private final SideIndex base;
	private final SideIndex ours;
	private final SideIndex theirs;
	private final Keys keys = new Keys();
	final MergedModel merged;
	private final Set<String> oursChanged = new HashSet<>();
	private final Set<String> theirsChanged = new HashSet<>();
	/** Keys ("#id") of elements their side deleted that stay, because our side edited them. */
	private final Set<String> keepDeleted = new HashSet<>();
	/** Keys ("#id") of elements their side moved that stay where our side put them. */
	private final Set<String> skipTheirs = new HashSet<>();
	private final List<Candidate> candidates = new ArrayList<>();
	final List<Conflict> conflicts = new ArrayList<>();

	MergeRun(Programme base, Programme ours, Programme theirs) {
		this.base = new SideIndex(base);
		this.ours = new SideIndex(ours);
		this.theirs = new SideIndex(theirs);
		this.merged = new MergedModel(this.ours);
	}

	List<Conflict> run() {
		compare();
		deletions();
		for (Candidate c : candidates) {
			decide(c);
		}
		new References(this).restore();
		new DuplicateCodes(this).check();
		return conflicts;
	}

	SideIndex base() {
		return base;
	}

	SideIndex ours() {
		return ours;
	}

	SideIndex theirs() {
		return theirs;
	}

	void add(Conflict conflict) {
		conflicts.add(conflict);
	}

	private void compare() {
		Set<String> ids = new LinkedHashSet<>();
		base.ids().forEach(ids::add);
		ours.ids().forEach(ids::add);
		theirs.ids().forEach(ids::add);
		for (String id : ids) {
			Identified b = base.get(id);
			Identified o = ours.get(id);
			Identified t = theirs.get(id);
			if (o != null && t != null && o.eClass() == t.eClass()) {
				compareBoth(id, b, o, t);
			} else if (o != null && t != null) {
				// one id given to two different kinds of element: nothing to merge feature by feature
				add(new Conflict(ConflictKind.CONCURRENT_CHANGE, id, Labels.of(o), null,
						Conflict.side(b == null ? null : b.eClass().getName()), Conflict.side(o.eClass().getName()),
						Conflict.side(t.eClass().getName()), Resolvers.keepOnly()));
			} else if (o == null && t != null && b == null) {
				newOnTheirs(id, t);
			} else {
				if (o != null && (b == null || differs(b, o) || moved(b, o))) {
					oursChanged.add(id);
				}
				if (t != null && (b == null || differs(b, t) || moved(b, t))) {
					theirsChanged.add(id);
				}
			}
		}
	}

	private void compareBoth(String id, Identified b, Identified o, Identified t) {
		if (b == null) {
			oursChanged.add(id);
			theirsChanged.add(id);
		}
		for (EStructuralFeature f : Features.of(o.eClass())) {
			Keys.Values vb = b == null || b.eClass() != o.eClass() ? Keys.none(f) : keys.of(b, f);
			Keys.Values vo = keys.of(o, f);
			Keys.Values vt = keys.of(t, f);
			boolean oursSame = vo.keys().equals(vb.keys());
			boolean theirsSame = vt.keys().equals(vb.keys());
			if (!oursSame) {
				oursChanged.add(id);
			}
			if (!theirsSame) {
				theirsChanged.add(id);
			}
			if (!oursSame || !theirsSame) {
				candidates.add(new Candidate(id, f, vb, vo, vt, false));
			}
		}
		if (b != null) {
			String lb = SideIndex.location(b);
			String lo = SideIndex.location(o);
			String lt = SideIndex.location(t);
			if (!Objects.equals(lo, lb)) {
				oursChanged.add(id);
			}
			if (!Objects.equals(lt, lb)) {
				theirsChanged.add(id);
			}
			if (!Objects.equals(lo, lb) && !Objects.equals(lt, lb) && !Objects.equals(lo, lt)) {
				skipTheirs.add('#' + id);
				add(new Conflict(ConflictKind.CONCURRENT_MOVE, id, Labels.of(o), null,
						Conflict.side(b.eContainer()), Conflict.side(o.eContainer()), Conflict.side(t.eContainer()),
						Resolvers.move(merged, id, t)));
			}
		}
	}

	private void newOnTheirs(String id, Identified t) {
		theirsChanged.add(id);
		Identified shell = (Identified) EcoreUtil.create(t.eClass());
		shell.setId(id);
		merged.register(shell);
		for (EStructuralFeature f : Features.of(t.eClass())) {
			Keys.Values vt = keys.of(t, f);
			Keys.Values none = Keys.none(f);
			if (!vt.keys().equals(none.keys())) {
				candidates.add(new Candidate(id, f, none, none, vt, true));
			}
		}
	}

	/** Whether a side put the element somewhere else: moving is an edit that a deletion must not override silently. */
	private static boolean moved(Identified b, Identified side) {
		return !Objects.equals(SideIndex.location(b), SideIndex.location(side));
	}

	private boolean differs(Identified b, Identified side) {
		if (b.eClass() != side.eClass()) {
			return true;
		}
		for (EStructuralFeature f : Features.of(b.eClass())) {
			if (!keys.of(b, f).keys().equals(keys.of(side, f).keys())) {
				return true;
			}
		}
		return false;
	}

	/** Deletions against edits: an element one side deleted and the other edited (itself or within) is a conflict. */
	private void deletions() {
		Set<String> oursDirty = dirty(oursChanged, ours);
		Set<String> theirsDirty = dirty(theirsChanged, theirs);
		for (String id : base.ids()) {
			Identified b = base.get(id);
			String parent = SideIndex.parentId(b);
			if (ours.has(id) && !theirs.has(id) && oursDirty.contains(id)) {
				keepDeleted.add('#' + id);
				if (parent == null || !(ours.has(parent) && !theirs.has(parent) && oursDirty.contains(parent))) {
					add(new Conflict(ConflictKind.DELETE_EDIT, id, Labels.of(ours.get(id)), null, Conflict.side(b),
							Conflict.text(Messages.MergeRun_edited, ours.get(id)),
							Conflict.text(Messages.MergeRun_deleted, null),
							Resolvers.deleteOnTheirs(merged, id)));
				}
			}
			if (theirs.has(id) && !ours.has(id) && theirsDirty.contains(id)) {
				if (parent == null || !(theirs.has(parent) && !ours.has(parent) && theirsDirty.contains(parent))) {
					add(new Conflict(ConflictKind.DELETE_EDIT, id, Labels.of(theirs.get(id)), null, Conflict.side(b),
							Conflict.text(Messages.MergeRun_deleted, null),
							Conflict.text(Messages.MergeRun_edited, theirs.get(id)),
							Resolvers.restoreOnTheirs(merged, theirs.get(id))));
				}
			}
		}
	}

	/** The changed elements and every element that contains one. */
	private static Set<String> dirty(Set<String> changed, SideIndex side) {
		Set<String> dirty = new HashSet<>();
		for (String id : changed) {
			for (Identified e = side.get(id); e != null;) {
				if (!dirty.add(e.getId())) {
					break;
				}
				String parent = SideIndex.parentId(e);
				e = parent == null ? null : side.get(parent);
			}
		}
		return dirty;
	}

	private void decide(Candidate c) {
		EObject target = merged.get(c.id());
		EStructuralFeature f = c.feature();
		if (f.getEType() == JwpPackage.Literals.BASELINE) {
			new FrozenBaselines(this).decide(c.id(), target, f, c.base(), c.ours(), c.theirs());
			return;
		}
		List<String> kb = c.base().keys();
		List<String> ko = c.ours().keys();
		List<String> kt = c.theirs().keys();
		if (ko.equals(kt) || (kb.equals(kt) && !c.newOnTheirs())) {
			return;
		}
		if (!f.isMany()) {
			if (kb.equals(ko)) {
				setSingle(c, target, f);
			} else {
				add(new Conflict(ConflictKind.CONCURRENT_CHANGE, c.id(), Labels.of(ours.get(c.id())), f.getName(),
						Conflict.side(c.base().values().get(0)), Conflict.side(c.ours().values().get(0)),
						Conflict.side(c.theirs().values().get(0)), Resolvers.feature(merged, c.id(), f,
								() -> merged.fromOther(f, c.theirs().values().get(0)),
								() -> merged.fromOther(f, c.base().values().get(0)))));
			}
			return;
		}
		boolean values = !Features.byId(f);
		ListMerge.Result result = ListMerge.merge(kb, ko, kt, values, keepDeleted, skipTheirs);
		String label = c.newOnTheirs() ? Labels.of(theirs.get(c.id())) : Labels.of(ours.get(c.id()));
		for (ListMerge.Block block : result.blocks()) {
			List<Object> b = valuesOf(c.base(), block.base());
			List<Object> o = valuesOf(c.ours(), block.ours());
			List<Object> t = valuesOf(c.theirs(), block.theirs());
			ConflictKind kind = o.isEmpty() || t.isEmpty() ? ConflictKind.DELETE_EDIT : ConflictKind.CONCURRENT_CHANGE;
			add(new Conflict(kind, c.id(), label, f.getName(), Conflict.side(b),
					o.isEmpty() ? Conflict.text(Messages.MergeRun_deleted, o) : Conflict.side(o),
					t.isEmpty() ? Conflict.text(Messages.MergeRun_deleted, t) : Conflict.side(t),
					Resolvers.block(merged, c.id(), f, o, t, b)));
		}
		if (result.orderConflict()) {
			add(new Conflict(ConflictKind.LIST_ORDER, c.id(), label, f.getName(), Conflict.side(c.base().values()),
					Conflict.side(c.ours().values()), Conflict.side(c.theirs().values()),
					Resolvers.order(merged, c.id(), f, kt)));
		}
		if (!result.keys().equals(ko)) {
			setList(c, target, f, result.keys());
		}
	}

	private static List<Object> valuesOf(Keys.Values values, List<String> keys) {
		List<Object> list = new ArrayList<>(keys.size());
		for (String k : keys) {
			list.add(values.valueOf(k));
		}
		return list;
	}

	private void setSingle(Candidate c, EObject target, EStructuralFeature f) {
		Object value = c.theirs().values().get(0);
		Object mergedValue = merged.fromOther(f, value);
		if (value != null && mergedValue == null) {
			dropped(c, f, (Identified) value);
			return;
		}
		target.eSet(f, mergedValue);
	}

	@SuppressWarnings("unchecked")
	private void setList(Candidate c, EObject target, EStructuralFeature f, List<String> keys) {
		Map<String, Object> oursByKey = index(c.ours());
		Map<String, Object> theirsByKey = index(c.theirs());
		List<Object> list = new ArrayList<>(keys.size());
		for (String k : keys) {
			if (oursByKey.containsKey(k)) {
				list.add(merged.fromOurs(f, oursByKey.get(k)));
				continue;
			}
			Object value = theirsByKey.get(k);
			Object mergedValue = merged.fromOther(f, value);
			if (mergedValue == null) {
				dropped(c, f, (Identified) value);
			} else {
				list.add(mergedValue);
			}
		}
		ECollections.setEList((EList<Object>) target.eGet(f), list);
	}

	private static Map<String, Object> index(Keys.Values values) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < values.keys().size(); i++) {
			map.put(values.keys().get(i), values.values().get(i));
		}
		return map;
	}

	/** Their side refers to (or moved) an element our side deleted: the merged programme keeps our deletion. */
	private void dropped(Candidate c, EStructuralFeature f, Identified target) {
		boolean containment = f instanceof org.eclipse.emf.ecore.EReference r && r.isContainment();
		if (containment && base.has(target.getId())) {
			return; // their side moved an element ours deleted: a move is an edit, named by deletions()
		}
		String label = c.newOnTheirs() ? Labels.of(theirs.get(c.id())) : Labels.of(ours.get(c.id()));
		Identified theirsTarget = theirs.get(target.getId());
		add(new Conflict(containment ? ConflictKind.DELETE_EDIT : ConflictKind.DANGLING_REFERENCE, c.id(), label,
				f.getName(), Conflict.side(base.get(target.getId())),
				Conflict.text(NLS.bind(Messages.MergeRun_elementDeleted, Labels.of(target)), null),
				Conflict.side(target),
				containment ? Resolvers.restoreOnTheirs(merged, theirsTarget)
						: Resolvers.restoreReferenced(merged, c.id(), f, theirsTarget)));
	}

	/** Every element of the merged programme, the root first. */
	Iterable<EObject> mergedContents() {
		return () -> new Iterator<>() {
			private final Iterator<EObject> contents = merged.root.eAllContents();
			private boolean rootDone;

			@Override
			public boolean hasNext() {
				return !rootDone || contents.hasNext();
			}

			@Override
			public EObject next() {
				if (!rootDone) {
					rootDone = true;
					return merged.root;
				}
				return contents.next();
			}
		};
	}
}
