/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A theme of the programme: (A) Harmonization, (B) Joint actions for shared species...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Theme#getLetter <em>Letter</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getName <em>Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getClosingText <em>Closing Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getFocusTaxa <em>Focus Taxa</em>}</li>
 *   <li>{@link org.mea.jwp.model.Theme#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getTheme()
 * @model
 * @generated
 */
public interface Theme extends Identified {
	/**
	 * Returns the value of the '<em><b>Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A, B, C, D.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Letter</em>' attribute.
	 * @see #setLetter(String)
	 * @see org.mea.jwp.model.JwpPackage#getTheme_Letter()
	 * @model
	 * @generated
	 */
	String getLetter();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Theme#getLetter <em>Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Letter</em>' attribute.
	 * @see #getLetter()
	 * @generated
	 */
	void setLetter(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heading as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mea.jwp.model.JwpPackage#getTheme_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Theme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name as listed in the Annex background.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.mea.jwp.model.JwpPackage#getTheme_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Theme#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Introductory text of the theme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Introduction</em>' attribute.
	 * @see #setIntroduction(String)
	 * @see org.mea.jwp.model.JwpPackage#getTheme_Introduction()
	 * @model
	 * @generated
	 */
	String getIntroduction();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Theme#getIntroduction <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Introduction</em>' attribute.
	 * @see #getIntroduction()
	 * @generated
	 */
	void setIntroduction(String value);

	/**
	 * Returns the value of the '<em><b>Focus</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bullet list of the introduction (theme B: the priority species).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Focus</em>' attribute list.
	 * @see org.mea.jwp.model.JwpPackage#getTheme_Focus()
	 * @model
	 * @generated
	 */
	EList<String> getFocus();

	/**
	 * Returns the value of the '<em><b>Closing Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text after the bullet list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closing Text</em>' attribute.
	 * @see #setClosingText(String)
	 * @see org.mea.jwp.model.JwpPackage#getTheme_ClosingText()
	 * @model
	 * @generated
	 */
	String getClosingText();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Theme#getClosingText <em>Closing Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closing Text</em>' attribute.
	 * @see #getClosingText()
	 * @generated
	 */
	void setClosingText(String value);

	/**
	 * Returns the value of the '<em><b>Focus Taxa</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Taxon}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Taxa the theme focuses on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Focus Taxa</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getTheme_FocusTaxa()
	 * @model
	 * @generated
	 */
	EList<Taxon> getFocusTaxa();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.ActivityGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getTheme_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActivityGroup> getGroups();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activities of all groups of the theme.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Activity> activities();

} // Theme
