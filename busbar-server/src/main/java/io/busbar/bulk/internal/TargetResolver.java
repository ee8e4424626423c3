package io.busbar.bulk.internal;

import io.busbar.bulk.BulkTarget;
import io.busbar.bulk.InvalidBulkJobException;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerDescription;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ChargerRegistry.ChargerFilter;
import io.busbar.chargers.ChargerTags;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns a {@link BulkTarget} into the chargers it addresses, through the chargers module's API only. */
@Component
class TargetResolver {
    private static final int PAGE = 1000;
    private static final int NAMED_IN_ERRORS = 10;

    private final ChargerRegistry registry;
    private final Sites sites;
    private final ChargerTags tags;
    private final BulkProperties properties;

    TargetResolver(ChargerRegistry registry, Sites sites, ChargerTags tags, BulkProperties properties) {
        this.registry = registry;
        this.sites = sites;
        this.tags = tags;
        this.properties = properties;
    }

    /**
     * @param tenant only its sites and chargers exist here: a job never reaches another tenant's charger
     * @return the matching chargers ordered by identity; never empty
     */
    List<ChargerIdentity> resolve(TenantId tenant, BulkTarget target) {
        if (target.isEmpty()) {
            throw new InvalidBulkJobException("target", "give at least one of sites, vendor, model, "
                    + "firmwareVersions, tags, identities (a job never means every charger by omission)");
        }
        List<String> unknownSites = target.sites().stream().filter(site -> sites.find(site).filter(found -> found.tenant().equals(tenant)).isEmpty())
                .map(SiteId::toString).sorted().toList();
        if (!unknownSites.isEmpty()) {
            throw new InvalidBulkJobException("target.sites", "no such site: " + named(unknownSites));
        }
        Predicate<Charger> matches = criteria(target);
        List<ChargerIdentity> chargers = candidates(tenant, target).stream().filter(matches).map(Charger::identity)
                .sorted(Comparator.comparing(ChargerIdentity::value)).toList();
        if (chargers.isEmpty()) {
            throw new InvalidBulkJobException("target", "matches no charger");
        }
        if (chargers.size() > properties.maxChargers()) {
            throw new InvalidBulkJobException("target", "matches " + chargers.size() + " chargers; a job takes at most "
                    + properties.maxChargers() + " (busbar.bulk.max-chargers)");
        }
        return chargers;
    }

    /** Set.copyOf sets throw on contains(null): a charger without a site or a reported firmware never matches. */
    private Predicate<Charger> criteria(BulkTarget target) {
        Set<ChargerIdentity> tagged = target.tags().isEmpty() ? null : tags.chargersWithAny(target.tags());
        return charger -> {
            ChargerDescription description = charger.description();
            String vendor = description == null ? null : description.vendor();
            String model = description == null ? null : description.model();
            String firmware = description == null ? null : description.firmwareVersion();
            return (target.sites().isEmpty() || charger.siteId() != null && target.sites().contains(charger.siteId()))
                    && (target.vendor() == null || target.vendor().equalsIgnoreCase(vendor))
                    && (target.model() == null || target.model().equalsIgnoreCase(model))
                    && (target.firmwareVersions().isEmpty()
                    || firmware != null && target.firmwareVersions().contains(firmware))
                    && (tagged == null || tagged.contains(charger.identity()))
                    && (target.identities().isEmpty() || target.identities().contains(charger.identity()));
        };
    }

    /** An explicit list is looked up (and must exist); otherwise every charger (of the site, if one) is read. */
    private List<Charger> candidates(TenantId tenant, BulkTarget target) {
        if (!target.identities().isEmpty()) {
            List<Charger> found = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (ChargerIdentity identity : target.identities()) {
                Optional<Charger> charger = registry.find(identity).filter(known -> known.tenant().equals(tenant));
                charger.ifPresentOrElse(found::add, () -> unknown.add(identity.value()));
            }
            if (!unknown.isEmpty()) {
                throw new InvalidBulkJobException("target.identities", "no such charger: "
                        + named(unknown.stream().sorted().toList()));
            }
            return found;
        }
        SiteId onlySite = target.sites().size() == 1 ? target.sites().iterator().next() : null;
        ChargerFilter filter = new ChargerFilter(tenant, onlySite, null, null);
        List<Charger> all = new ArrayList<>();
        String after = null;
        List<Charger> page;
        do {
            page = registry.list(filter, after, PAGE);
            all.addAll(page);
            after = page.isEmpty() ? null : page.getLast().identity().value();
        } while (page.size() == PAGE);
        return all;
    }

    private static String named(List<String> values) {
        String shown = values.stream().limit(NAMED_IN_ERRORS).collect(Collectors.joining(", "));
        return values.size() > NAMED_IN_ERRORS ? shown + " and " + (values.size() - NAMED_IN_ERRORS) + " more" : shown;
    }
}
