package org.mea.jwp.model.edit.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.provider.ProgrammeItemProvider;

/**
 * The programme in the tree: its themes, then one folder per registry and per part of the cover
 * document, so that the work programme itself is what the user sees first.
 */
public class ProgrammeItemProviderSpec extends ProgrammeItemProvider {

	private static final Map<EReference, String> FOLDERS = new LinkedHashMap<>();
	static {
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__TAXA, Messages.ProgrammeItemProviderSpec_species);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__ORGANIZATIONS, Messages.ProgrammeItemProviderSpec_organizations);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__INSTRUMENTS, Messages.ProgrammeItemProviderSpec_instruments);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__BODIES, Messages.ProgrammeItemProviderSpec_bodies);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__MEETINGS, Messages.ProgrammeItemProviderSpec_meetings);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__DECISIONS, Messages.ProgrammeItemProviderSpec_decisions);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__NOTIFICATIONS, Messages.ProgrammeItemProviderSpec_notifications);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__REPORTING_OBLIGATIONS,
				Messages.ProgrammeItemProviderSpec_reportingObligations);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__CYCLES, Messages.ProgrammeItemProviderSpec_cycles);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__ADOPTIONS, Messages.ProgrammeItemProviderSpec_adoption);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__PARAGRAPHS, Messages.ProgrammeItemProviderSpec_paragraphs);
		FOLDERS.put(JwpPackage.Literals.PROGRAMME__FOOTNOTES, Messages.ProgrammeItemProviderSpec_footnotes);
	}

	/** Folders per programme; weak, so that a closed programme takes its folders with it. */
	private final Map<Programme, Map<EReference, RegistryFolderItemProvider>> folders = new WeakHashMap<>();

	public ProgrammeItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** The features shown in folders rather than directly under the programme. */
	public static boolean isFolderFeature(EReference feature) {
		return FOLDERS.containsKey(feature);
	}

	private Map<EReference, RegistryFolderItemProvider> foldersOf(Programme programme) {
		return folders.computeIfAbsent(programme, p -> {
			Map<EReference, RegistryFolderItemProvider> map = new LinkedHashMap<>();
			FOLDERS.forEach((feature, label) -> map.put(feature,
					new RegistryFolderItemProvider(getAdapterFactory(), p, feature, label)));
			return map;
		});
	}

	/** The folder an element of a registry is shown in, or {@code null}. */
	public Object folderOf(EObject element) {
		if (element.eContainer() instanceof Programme programme
				&& element.eContainmentFeature() instanceof EReference feature && FOLDERS.containsKey(feature)) {
			return foldersOf(programme).get(feature);
		}
		return null;
	}

	/** A cycle with a recorded baseline cannot be deleted or cut: the baseline would go with it. */
	@Override
	protected Command createRemoveCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
			Collection<?> collection) {
		return FrozenBaselines.holdsBaseline(collection) ? UnexecutableCommand.INSTANCE
				: super.createRemoveCommand(domain, owner, feature, collection);
	}

	@Override
	public Collection<?> getChildren(Object object) {
		Programme programme = (Programme) object;
		List<Object> children = new ArrayList<>(programme.getThemes());
		children.addAll(foldersOf(programme).values());
		return children;
	}

	@Override
	public boolean hasChildren(Object object) {
		return true;
	}

	@Override
	public String getText(Object object) {
		String title = ((Programme) object).getTitle();
		return title == null || title.isBlank() ? getString("_UI_Programme_type") : title; //$NON-NLS-1$
	}

	@Override
	public void notifyChanged(Notification notification) {
		// registry changes are shown by the folders; only themes change the programme's own children
		if (notification.getFeature() instanceof EReference feature && FOLDERS.containsKey(feature)) {
			return;
		}
		super.notifyChanged(notification);
	}

	@Override
	public void dispose() {
		folders.values().forEach(map -> map.values().forEach(RegistryFolderItemProvider::dispose));
		folders.clear();
		super.dispose();
	}

}
