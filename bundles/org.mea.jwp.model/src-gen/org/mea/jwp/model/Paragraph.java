/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Paragraph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numbered paragraph of the cover document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Paragraph#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mea.jwp.model.Paragraph#getSection <em>Section</em>}</li>
 *   <li>{@link org.mea.jwp.model.Paragraph#getText <em>Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.Paragraph#getItems <em>Items</em>}</li>
 *   <li>{@link org.mea.jwp.model.Paragraph#getQuotation <em>Quotation</em>}</li>
 *   <li>{@link org.mea.jwp.model.Paragraph#getContinuation <em>Continuation</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getParagraph()
 * @model
 * @generated
 */
public interface Paragraph extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.mea.jwp.model.JwpPackage#getParagraph_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Paragraph#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heading the paragraph stands under, e.g. "Recommendations".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.mea.jwp.model.JwpPackage#getParagraph_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Paragraph#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.mea.jwp.model.JwpPackage#getParagraph_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Paragraph#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lettered sub-items a), b)... as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see org.mea.jwp.model.JwpPackage#getParagraph_Items()
	 * @model
	 * @generated
	 */
	EList<String> getItems();

	/**
	 * Returns the value of the '<em><b>Quotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quoted passage that follows the paragraph text, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quotation</em>' attribute.
	 * @see #setQuotation(String)
	 * @see org.mea.jwp.model.JwpPackage#getParagraph_Quotation()
	 * @model
	 * @generated
	 */
	String getQuotation();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Paragraph#getQuotation <em>Quotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quotation</em>' attribute.
	 * @see #getQuotation()
	 * @generated
	 */
	void setQuotation(String value);

	/**
	 * Returns the value of the '<em><b>Continuation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text that follows the items or quotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continuation</em>' attribute.
	 * @see #setContinuation(String)
	 * @see org.mea.jwp.model.JwpPackage#getParagraph_Continuation()
	 * @model
	 * @generated
	 */
	String getContinuation();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Paragraph#getContinuation <em>Continuation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continuation</em>' attribute.
	 * @see #getContinuation()
	 * @generated
	 */
	void setContinuation(String value);

} // Paragraph
