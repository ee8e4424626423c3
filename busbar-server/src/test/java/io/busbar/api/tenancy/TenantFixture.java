package io.busbar.api.tenancy;

/**
 * Creates resources of tenant A for {@link CrossTenantTest}, and tells it how to reach them: the id for each
 * {@code collection/{variable}} of the URL patterns, request bodies that reference A's resources, and strings that
 * identify A's data (which tenant B must never see in a list). One fixture per group of modules.
 */
interface TenantFixture {
    void seed(CrossTenantSeed seed);
}
