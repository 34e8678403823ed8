package org.juxta.immigration.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.domain.StayRuleEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StayRuleRepository implements PanacheRepositoryBase<StayRuleEntity, String> {
}
