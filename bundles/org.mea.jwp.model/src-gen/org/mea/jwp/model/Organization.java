/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organization: secretariat, UN body, NGO, Party...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Organization#getName <em>Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Organization#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.mea.jwp.model.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.Organization#getConvention <em>Convention</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mea.jwp.model.JwpPackage#getOrganization_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Organization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.mea.jwp.model.JwpPackage#getOrganization_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Organization#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.OrganizationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.OrganizationKind
	 * @see #setKind(OrganizationKind)
	 * @see org.mea.jwp.model.JwpPackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	OrganizationKind getKind();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.OrganizationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganizationKind value);

	/**
	 * Returns the value of the '<em><b>Convention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.Convention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For secretariats: the convention served.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #setConvention(Convention)
	 * @see org.mea.jwp.model.JwpPackage#getOrganization_Convention()
	 * @model
	 * @generated
	 */
	Convention getConvention();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Organization#getConvention <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #getConvention()
	 * @generated
	 */
	void setConvention(Convention value);

} // Organization
