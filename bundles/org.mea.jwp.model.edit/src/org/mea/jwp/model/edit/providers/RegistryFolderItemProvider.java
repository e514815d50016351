package org.mea.jwp.model.edit.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.internal.JwpEditPlugin;

/**
 * A folder in the tree for one registry of the programme ("Species (14)", "Meetings (32)"): not a
 * model element, but a transient item standing for one containment feature of the programme. New
 * children, paste and drop into the folder become commands on the programme's feature.
 */
public class RegistryFolderItemProvider extends ItemProviderAdapter
		implements IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider,
		IItemLabelProvider {

	private final Programme programme;
	private final EReference feature;
	private final String label;

	RegistryFolderItemProvider(AdapterFactory adapterFactory, Programme programme, EReference feature, String label) {
		super(adapterFactory);
		this.programme = programme;
		this.feature = feature;
		this.label = label;
		programme.eAdapters().add(this);
	}

	/** The programme feature this folder shows. */
	public EReference getFeature() {
		return feature;
	}

	@Override
	public Collection<?> getChildren(Object object) {
		return (List<?>) programme.eGet(feature);
	}

	@Override
	public boolean hasChildren(Object object) {
		return !getChildren(object).isEmpty();
	}

	@Override
	public Object getParent(Object object) {
		return programme;
	}

	@Override
	public String getText(Object object) {
		return label + " (" + getChildren(object).size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Object getImage(Object object) {
		return getResourceLocator().getImage("full/obj16/Folder.png"); //$NON-NLS-1$
	}

	@Override
	public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
		// the inherited version expects an EObject (for child creation extenders): a folder is not one
		List<Object> descriptors = new ArrayList<>();
		collectNewChildDescriptors(descriptors, object);
		return descriptors;
	}

	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		newChildDescriptors.add(createChildParameter(feature, EcoreUtil.create(feature.getEReferenceType())));
	}

	@Override
	public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
			CommandParameter commandParameter) {
		// commands on the folder are commands on the programme
		if (commandParameter.getOwner() == this) {
			commandParameter.setOwner(programme);
		}
		IEditingDomainItemProvider owner = (IEditingDomainItemProvider) getAdapterFactory().adapt(programme,
				IEditingDomainItemProvider.class);
		return owner.createCommand(programme, domain, commandClass, commandParameter);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.getFeature() == feature) {
			fireNotifyChanged(new ViewerNotification(notification, this, true, true));
		}
	}

	@Override
	public ResourceLocator getResourceLocator() {
		return JwpEditPlugin.INSTANCE;
	}

	@Override
	public void dispose() {
		programme.eAdapters().remove(this);
		super.dispose();
	}
}
