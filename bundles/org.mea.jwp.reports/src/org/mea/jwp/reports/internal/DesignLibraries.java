package org.mea.jwp.reports.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.DefaultResourceLocator;
import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;

/**
 * Where a design finds a library it names: where BIRT looks (beside the design, in the resource
 * folder), else among this bundle's designs ({@code /designs/committee.rptlibrary}). So a design of
 * another bundle, or one read from a stream with no folder of its own, can extend the committee's
 * first page as the designs of this bundle do.
 */
public final class DesignLibraries extends DefaultResourceLocator {

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type) {
		return orOurs(super.findResource(module, fileName, type), fileName, type);
	}

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type,
			@SuppressWarnings("rawtypes") Map appContext) {
		return orOurs(super.findResource(module, fileName, type, appContext), fileName, type);
	}

	private static URL orOurs(URL found, String fileName, int type) {
		if (found != null || type != IResourceLocator.LIBRARY || fileName == null || fileName.contains("/") //$NON-NLS-1$
				|| fileName.contains("\\")) { //$NON-NLS-1$
			return found;
		}
		return DesignLibraries.class.getResource("/designs/" + fileName); //$NON-NLS-1$
	}
}
