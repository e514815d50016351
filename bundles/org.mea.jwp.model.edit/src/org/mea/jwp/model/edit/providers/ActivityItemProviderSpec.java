package org.mea.jwp.model.edit.providers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.provider.ActivityItemProvider;

/**
 * Activities read as in the document, code then text ("B6  CITES will participate in finalizing…"),
 * with an icon per status. The timeframe is a property of the activity, not a child in the tree.
 */
public class ActivityItemProviderSpec extends ActivityItemProvider {

	public ActivityItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Activity activity = (Activity) object;
		String code = activity.getCode() == null ? "?" : activity.getCode(); //$NON-NLS-1$
		return code + "  " + Texts.shorten(activity.getText(), Texts.LABEL_LENGTH); //$NON-NLS-1$
	}

	@Override
	public Object getImage(Object object) {
		String status = ((Activity) object).getStatus().getLiteral().replace(' ', '_');
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Activity_" + status + ".png")); //$NON-NLS-1$
	}

	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		return super.getChildrenFeatures(object).stream().filter(f -> f != JwpPackage.Literals.ACTIVITY__TIMEFRAME)
				.toList();
	}
}
