package org.mea.jwp.ui.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;
import org.mea.jwp.core.validation.Findings;

/**
 * The findings of the last validation: severity, message, element and rule. Double-click (or
 * Enter) selects the element in the Programme Explorer. Errors first, then warnings, then
 * information, each in document order.
 */
public class ProblemsView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.problems"; //$NON-NLS-1$

	private TableViewer viewer;
	private ProgrammeSession session;
	private final Consumer<Diagnostic> listener = this::show;
	private boolean disposed;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.ProblemsView_columnDescription, 520, d -> ((Diagnostic) d).getMessage(), this::severityImage);
		column(Messages.ProblemsView_columnElement, 160,
				d -> Findings.element((Diagnostic) d) == null ? "" : Labels.of(Findings.element((Diagnostic) d)), //$NON-NLS-1$
				d -> null);
		column(Messages.ProblemsView_columnRule, 240, d -> Findings.rule((Diagnostic) d), d -> null);
		viewer.addOpenListener(event -> {
			Object first = ((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Diagnostic diagnostic) {
				open(diagnostic);
			}
		});
		getSite().setSelectionProvider(viewer);
		// the programme is opened in the background at start, and File > Open replaces it
		SessionTracking.track(viewer.getControl(), this::attach);
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text,
			java.util.function.Function<Object, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(element);
			}
		});
	}

	private Image severityImage(Object element) {
		String key = switch (((Diagnostic) element).getSeverity()) {
		case Diagnostic.ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case Diagnostic.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		default -> ISharedImages.IMG_OBJS_INFO_TSK;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	private void attach(ProgrammeSession newSession) {
		if (disposed || newSession == session) {
			return;
		}
		if (session != null) {
			session.removeValidationListener(listener);
		}
		session = newSession;
		if (session != null) {
			session.addValidationListener(listener);
		}
		show(session == null ? null : session.getLastValidation());
	}

	private void show(Diagnostic result) {
		if (disposed || viewer.getControl().isDisposed()) {
			return;
		}
		List<Diagnostic> findings = result == null ? List.of()
				: result.getChildren().stream().sorted((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()))
						.toList();
		viewer.setInput(findings);
		long errors = findings.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
		long warnings = findings.stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
		setContentDescription(result == null ? Messages.ProblemsView_notValidated
				: NLS.bind(Messages.ProblemsView_counts, new Object[] { Formats.count(errors), Formats.count(warnings),
						Formats.count(findings.size() - errors - warnings) }));
	}

	/** Selects the element of a finding in the Programme Explorer and shows it in the programme editor. */
	void open(Diagnostic diagnostic) {
		EObject element = Findings.element(diagnostic);
		if (element == null) {
			return;
		}
		Reveal.element(getSite().getPage(), element);
	}

	/** The findings shown, for tests. */
	@SuppressWarnings("unchecked")
	public List<Diagnostic> getFindings() {
		return viewer.getInput() == null ? List.of() : (List<Diagnostic>) viewer.getInput();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		disposed = true;
		if (session != null) {
			session.removeValidationListener(listener);
		}
		super.dispose();
	}
}
