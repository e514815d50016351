package org.mea.jwp.ui;

import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/**
 * Item provider labels with the validation state on the icon: an error or warning overlay on
 * elements with findings and on the elements containing them (as the Eclipse IDE marks a package
 * holding a file with errors).
 */
public class FindingsLabelProvider extends ItemProviderLabelProvider {

	private final Supplier<Findings> findings;
	private final ResourceManager overlays = new LocalResourceManager(JFaceResources.getResources());

	public FindingsLabelProvider(AdapterFactory adapterFactory, Supplier<Findings> findings) {
		super(adapterFactory);
		this.findings = findings;
	}

	@Override
	public Image getImage(Object element) {
		Image base = super.getImage(element);
		int severity = base == null ? Diagnostic.OK : findings.get().severity(element);
		if (severity < Diagnostic.WARNING) {
			return base;
		}
		String decoration = severity >= Diagnostic.ERROR ? FieldDecorationRegistry.DEC_ERROR
				: FieldDecorationRegistry.DEC_WARNING;
		Image overlay = FieldDecorationRegistry.getDefault().getFieldDecoration(decoration).getImage();
		return overlays.create(new DecorationOverlayIcon(base, ImageDescriptor.createFromImage(overlay),
				IDecoration.BOTTOM_LEFT));
	}

	@Override
	public void dispose() {
		overlays.dispose();
		super.dispose();
	}
}
