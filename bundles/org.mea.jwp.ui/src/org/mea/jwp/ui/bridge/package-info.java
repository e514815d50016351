/**
 * The small bridge between EMF.Edit item providers and JFace that {@code org.eclipse.emf.edit.ui}
 * would normally provide. That bundle (and {@code org.eclipse.emf.common.ui}) is not published on
 * Maven Central, the only source this project can build from, so the few pieces JWP needs are
 * written here, in one package, with their own tests: content and label providers over item
 * providers, and property sources whose edits go through the editing domain's command stack.
 * If emf.edit.ui becomes available, this package is what to replace.
 */
package org.mea.jwp.ui.bridge;
