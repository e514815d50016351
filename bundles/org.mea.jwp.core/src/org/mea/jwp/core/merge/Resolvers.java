package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.Identified;

/**
 * The commands that apply a resolution to the merged programme. They are made with the command
 * classes' constructors, not through item providers, so that they work in any editing domain (the
 * workbench's, or a bare one in the merge driver), and each undoes cleanly.
 */
final class Resolvers {

	private Resolvers() {
	}

	/** A feature whose merged value is ours; theirs and base are supplied as merged values when asked. */
	static Conflict.Resolver feature(MergedModel merged, String id, EStructuralFeature feature, Supplier<Object> theirs,
			Supplier<Object> base) {
		return (domain, r) -> {
			Identified owner = merged.attached(id);
			if (owner == null) {
				return UnexecutableCommand.INSTANCE;
			}
			return switch (r.choice()) {
			case OURS -> new IdentityCommand();
			case THEIRS -> set(domain, owner, feature, theirs.get());
			case BASE -> set(domain, owner, feature, base.get());
			case VALUE -> set(domain, owner, feature, r.value());
			};
		};
	}

	/** Only keeping what the merged programme holds is possible (a frozen baseline). */
	static Conflict.Resolver keepOnly() {
		return (domain, r) -> r.choice() == Resolution.Choice.OURS || r.choice() == Resolution.Choice.BASE
				? new IdentityCommand()
				: UnexecutableCommand.INSTANCE;
	}

	/** The merged programme holds an element the other side deleted: THEIRS deletes it. */
	static Conflict.Resolver deleteOnTheirs(MergedModel merged, String id) {
		return (domain, r) -> switch (r.choice()) {
		case OURS -> new IdentityCommand();
		case THEIRS -> delete(domain, merged, merged.attached(id));
		default -> UnexecutableCommand.INSTANCE;
		};
	}

	/** The merged programme lacks an element our side deleted: THEIRS puts their version back. */
	static Conflict.Resolver restoreOnTheirs(MergedModel merged, Identified theirs) {
		return (domain, r) -> switch (r.choice()) {
		case OURS -> new IdentityCommand();
		case THEIRS -> restore(domain, merged, theirs, null);
		default -> UnexecutableCommand.INSTANCE;
		};
	}

	/** Their reference to an element we deleted was dropped: THEIRS restores the element and the reference. */
	static Conflict.Resolver restoreReferenced(MergedModel merged, String ownerId, EStructuralFeature feature,
			Identified theirsTarget) {
		return (domain, r) -> {
			if (r.choice() == Resolution.Choice.OURS) {
				return new IdentityCommand();
			}
			Identified owner = merged.attached(ownerId);
			if (r.choice() != Resolution.Choice.THEIRS || owner == null) {
				return UnexecutableCommand.INSTANCE;
			}
			List<EObject> copy = new ArrayList<>(1);
			CompoundCommand both = new CompoundCommand(NLS.bind(Messages.Resolvers_restore, Display.of(theirsTarget)));
			both.append(restore(domain, merged, theirsTarget, copy));
			if (!copy.isEmpty()) {
				both.append(feature.isMany() ? new AddCommand(domain, owner, feature, copy.get(0))
						: new SetCommand(domain, owner, feature, copy.get(0)));
			}
			return both;
		};
	}

	/** Both sides moved an element: THEIRS moves it where they put it. */
	static Conflict.Resolver move(MergedModel merged, String id, Identified theirs) {
		return (domain, r) -> {
			if (r.choice() == Resolution.Choice.OURS) {
				return new IdentityCommand();
			}
			Identified element = merged.attached(id);
			Identified parent = merged.attached(SideIndex.parentId(theirs));
			if (r.choice() != Resolution.Choice.THEIRS || element == null || parent == null) {
				return UnexecutableCommand.INSTANCE;
			}
			CompoundCommand move = new CompoundCommand(NLS.bind(Messages.Resolvers_move, Display.of(element)));
			move.append(detach(domain, element));
			move.append(attach(domain, parent, theirs.eContainingFeature(), element, indexIn(theirs)));
			return move;
		};
	}

	/** A list where the sides replaced entries differently: THEIRS or BASE swaps our entries for theirs. */
	static Conflict.Resolver block(MergedModel merged, String id, EStructuralFeature feature, List<Object> ours,
			List<Object> theirs, List<Object> base) {
		return (domain, r) -> {
			Identified owner = merged.attached(id);
			if (owner == null) {
				return UnexecutableCommand.INSTANCE;
			}
			List<Object> replacement = switch (r.choice()) {
			case OURS -> null;
			case THEIRS -> theirs;
			case BASE -> base;
			case VALUE -> r.value() instanceof List<?> l ? new ArrayList<>(l) : List.of(r.value());
			};
			if (replacement == null) {
				return new IdentityCommand();
			}
			List<Object> list = new ArrayList<>((Collection<?>) owner.eGet(feature));
			Set<Object> mine = new HashSet<>();
			for (Object o : ours) {
				mine.add(merged.fromOurs(feature, o));
			}
			int at = list.size();
			for (int i = 0; i < list.size(); i++) {
				if (mine.contains(list.get(i))) {
					at = Math.min(at, i);
				}
			}
			list.removeIf(mine::contains);
			List<Object> values = new ArrayList<>();
			for (Object v : replacement) {
				values.add(r.choice() == Resolution.Choice.VALUE ? v : merged.fromOther(feature, v));
			}
			list.addAll(Math.min(at, list.size()), values);
			return new SetCommand(domain, owner, feature, list);
		};
	}

	/** Both sides reordered a list: THEIRS puts the merged entries in their order. */
	static Conflict.Resolver order(MergedModel merged, String id, EStructuralFeature feature, List<String> theirsKeys) {
		return (domain, r) -> {
			Identified owner = merged.attached(id);
			if (r.choice() == Resolution.Choice.OURS) {
				return new IdentityCommand();
			}
			if (r.choice() != Resolution.Choice.THEIRS || owner == null) {
				return UnexecutableCommand.INSTANCE;
			}
			Keys keys = new Keys();
			Keys.Values current = keys.of(owner, feature);
			List<Object> ordered = new ArrayList<>();
			Set<String> placed = new HashSet<>();
			Map<String, Object> byKey = new java.util.HashMap<>();
			for (int i = 0; i < current.keys().size(); i++) {
				byKey.put(current.keys().get(i), current.values().get(i));
			}
			for (String k : theirsKeys) {
				if (byKey.containsKey(k) && placed.add(k)) {
					ordered.add(byKey.get(k));
				}
			}
			for (int i = 0; i < current.keys().size(); i++) {
				if (placed.add(current.keys().get(i))) {
					ordered.add(current.values().get(i));
				}
			}
			return new SetCommand(domain, owner, feature, ordered);
		};
	}

	/** Deletes a merged element and every reference to it or to its contents from the rest of the programme. */
	static Command delete(EditingDomain domain, MergedModel merged, EObject element) {
		if (element == null) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand delete = new CompoundCommand(NLS.bind(Messages.Resolvers_delete, Display.of(element)));
		Set<EObject> gone = new HashSet<>();
		gone.add(element);
		for (Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
			gone.add(it.next());
		}
		Map<EObject, Collection<Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(gone, merged.root);
		for (Map.Entry<EObject, Collection<Setting>> usage : usages.entrySet()) {
			for (Setting setting : usage.getValue()) {
				EObject owner = setting.getEObject();
				if (gone.contains(owner) || EcoreUtil.isAncestor(element, owner)) {
					continue;
				}
				EStructuralFeature f = setting.getEStructuralFeature();
				if (f instanceof EReference ref && !ref.isContainment() && !ref.isContainer() && f.isChangeable()) {
					delete.append(f.isMany() ? new RemoveCommand(domain, owner, f, usage.getKey())
							: new SetCommand(domain, owner, f, null));
				}
			}
		}
		delete.append(detach(domain, element));
		return delete;
	}

	/** Puts a copy of their element back under its parent at their position; adds the copy to {@code made}. */
	static Command restore(EditingDomain domain, MergedModel merged, Identified theirs, List<EObject> made) {
		Identified parent = merged.attached(SideIndex.parentId(theirs));
		if (parent == null || merged.attached(theirs.getId()) != null) {
			return UnexecutableCommand.INSTANCE;
		}
		EObject copy = merged.copy(theirs);
		if (made != null) {
			made.add(copy);
		}
		return attach(domain, parent, theirs.eContainingFeature(), copy, indexIn(theirs));
	}

	private static int indexIn(EObject element) {
		EStructuralFeature f = element.eContainingFeature();
		return f.isMany() ? ((List<?>) element.eContainer().eGet(f)).indexOf(element) : 0;
	}

	private static Command attach(EditingDomain domain, EObject parent, EStructuralFeature feature, EObject child,
			int index) {
		if (!feature.isMany()) {
			return new SetCommand(domain, parent, feature, child);
		}
		int size = ((List<?>) parent.eGet(feature)).size();
		return new AddCommand(domain, parent, feature, child, Math.min(index, size));
	}

	private static Command detach(EditingDomain domain, EObject element) {
		EStructuralFeature f = element.eContainingFeature();
		return f.isMany() ? new RemoveCommand(domain, element.eContainer(), f, element)
				: new SetCommand(domain, element.eContainer(), f, null);
	}

	private static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return new SetCommand(domain, owner, feature,
				value == null && !feature.isMany() ? SetCommand.UNSET_VALUE : value);
	}
}
