/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A resolution or decision of a Conference of the Parties.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.DecisionReference#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mea.jwp.model.DecisionReference#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.DecisionReference#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.DecisionReference#getTitle <em>Title</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getDecisionReference()
 * @model
 * @generated
 */
public interface DecisionReference extends Identified {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As cited, e.g. "Resolution Conf. 13.3".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.mea.jwp.model.JwpPackage#getDecisionReference_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.DecisionReference#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Convention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.Convention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #setConvention(Convention)
	 * @see org.mea.jwp.model.JwpPackage#getDecisionReference_Convention()
	 * @model
	 * @generated
	 */
	Convention getConvention();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.DecisionReference#getConvention <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #getConvention()
	 * @generated
	 */
	void setConvention(Convention value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.DecisionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.DecisionKind
	 * @see #setKind(DecisionKind)
	 * @see org.mea.jwp.model.JwpPackage#getDecisionReference_Kind()
	 * @model
	 * @generated
	 */
	DecisionKind getKind();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.DecisionReference#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.DecisionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DecisionKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.mea.jwp.model.JwpPackage#getDecisionReference_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.DecisionReference#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

} // DecisionReference
