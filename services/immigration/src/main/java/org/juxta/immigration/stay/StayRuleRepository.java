package org.juxta.immigration.stay;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StayRuleRepository implements PanacheRepositoryBase<StayRuleEntity, String> {
}
