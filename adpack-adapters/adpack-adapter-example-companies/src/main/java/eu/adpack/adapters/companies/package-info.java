/**
 * The worked example of a custom adapter: {@link eu.adpack.adapters.companies.CompanySearchSource} and its
 * {@link eu.adpack.adapters.companies.CompanySearchConfig} read an OpenCorporates-style company search API (paged
 * JSON, {@code GET {base}/companies/search?q=…&page=N&per_page=M}) and map each company onto a business-offer
 * {@code PartnerProfile}, with a rejection for each company that cannot be mapped. It is found by name ({@code
 * companies}) through {@code ServiceLoader} and contributed to Guice by {@link
 * eu.adpack.adapters.companies.CompanySearchModule}; {@code docs/writing-an-adapter.md} walks through it.
 */
package eu.adpack.adapters.companies;
