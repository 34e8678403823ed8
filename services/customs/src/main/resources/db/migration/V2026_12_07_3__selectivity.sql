-- Risk selectivity: each state's rules (every version kept, as their audit trail), its authorised
-- economic operators, and where each declaration was sent.

create table selectivity_rule (
    id                       uuid primary key,
    state                    text        not null check (state ~ '^[A-Z]{3}$'),
    version                  integer     not null check (version >= 1),
    name                     text        not null,
    channel                  text        not null check (channel in ('GREEN', 'YELLOW', 'RED')),
    priority                 integer     not null check (priority between 0 and 1000),
    valid_from               timestamptz not null,
    valid_to                 timestamptz,
    overrides_trusted_trader boolean     not null,
    -- The conditions as the API takes them (RuleConditions).
    conditions               jsonb       not null,
    created_at               timestamptz not null,
    created_by               text        not null,
    updated_at               timestamptz not null,
    updated_by               text        not null,
    check (valid_to is null or valid_to > valid_from)
);
create index selectivity_rule_newest_first on selectivity_rule (state, created_at desc, id desc);
select juxta_segregate_by_state('selectivity_rule');
grant select, insert on selectivity_rule to ${app_role};
grant update (version, name, channel, priority, valid_from, valid_to, overrides_trusted_trader, conditions,
    updated_at, updated_by) on selectivity_rule to ${app_role};

create table selectivity_rule_version (
    rule_id     uuid        not null references selectivity_rule (id),
    version     integer     not null check (version >= 1),
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    -- The rule as the API takes it (NewSelectivityRule), validity and conditions included.
    rule        jsonb       not null,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    primary key (rule_id, version)
);
select juxta_segregate_by_state('selectivity_rule_version');
grant select, insert on selectivity_rule_version to ${app_role};

create table trusted_trader (
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    identifier  text        not null check (identifier ~ '^[A-Z]{2}[A-Z0-9]{1,15}$'),
    name        text        not null,
    valid_from  timestamptz not null,
    valid_to    timestamptz,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    primary key (state, identifier),
    check (valid_to is null or valid_to > valid_from)
);
select juxta_segregate_by_state('trusted_trader');
grant select, insert on trusted_trader to ${app_role};
grant update (name, valid_from, valid_to, recorded_at, recorded_by) on trusted_trader to ${app_role};

-- Counts the changes of a state's rules and trusted traders: an instance rebuilds its evaluator of the
-- state when the count moves, so that every instance evaluates with what was committed.
create table selectivity_rule_set (
    state   text   primary key check (state ~ '^[A-Z]{3}$'),
    changes bigint not null
);
select juxta_segregate_by_state('selectivity_rule_set');
grant select, insert, update (changes) on selectivity_rule_set to ${app_role};

alter table declaration add column channel text check (channel in ('GREEN', 'YELLOW', 'RED'));
-- Which rules fired and why (the API's Selectivity).
alter table declaration add column selectivity jsonb;
alter table declaration add check ((channel is null) = (selectivity is null));
grant update (channel, selectivity) on declaration to ${app_role};
