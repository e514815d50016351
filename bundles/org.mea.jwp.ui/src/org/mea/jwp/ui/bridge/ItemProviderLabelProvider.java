package org.mea.jwp.ui.bridge;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Text and icon from item providers; icons are created once and released with the provider. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? label.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		ImageDescriptor descriptor = provider instanceof IItemLabelProvider label
				? descriptorOf(label.getImage(element))
				: null;
		return descriptor == null ? null : images.create(descriptor);
	}

	/** The descriptor of an item provider's image: a URL, or the base of a composed (overlaid) image. */
	public static ImageDescriptor descriptorOf(Object image) {
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof ComposedImage composed) {
			List<Object> layers = composed.getImages();
			return layers.isEmpty() ? null : descriptorOf(layers.get(0));
		}
		return image instanceof ImageDescriptor descriptor ? descriptor : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
