/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translatable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element whose texts can have versions in the Conventions' other languages (French, Spanish) beside the original.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Translatable#getTranslations <em>Translations</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getTranslatable()
 * @model abstract="true"
 * @generated
 */
public interface Translatable extends EObject {
	/**
	 * Returns the value of the '<em><b>Translations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Translation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The versions of this element's texts in other languages, one per text and language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Translations</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getTranslatable_Translations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Translation> getTranslations();

} // Translatable
