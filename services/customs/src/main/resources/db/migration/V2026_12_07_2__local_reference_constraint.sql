-- The service tells a taken local reference number from other violations by this name.
alter table declaration rename constraint declaration_state_declarant_id_local_reference_key
    to declaration_local_reference_once;
