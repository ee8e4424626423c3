package io.busbar.api.tenancy;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration implements WebMvcConfigurer {
    private final OwnershipRegistry ownership;

    TenancyWebConfiguration(OwnershipRegistry ownership) {
        this.ownership = ownership;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Scopes first: a key without the right scope learns nothing about whether a resource exists.
        registry.addInterceptor(new ScopeGuard()).addPathPatterns("/api/v1/**").order(0);
        registry.addInterceptor(new TenantGuard(ownership)).addPathPatterns("/api/v1/**").order(1);
    }
}
