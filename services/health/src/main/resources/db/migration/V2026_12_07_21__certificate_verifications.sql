-- Every verification of a health certificate's QR code by a state's health officers, without personal
-- data: the result, the step that failed, the key id and signer, who verified it, where and when. The
-- audit log names the row when the answer showed the holder's data.

create table certificate_verification (
    id          uuid primary key,
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    post        text,
    verified_at timestamptz not null,
    verified_by text        not null,
    result      text        not null,
    failed_step text,
    key_id      text,
    signer_id   uuid references certificate_signer (id),
    check ((result = 'MALFORMED') = (failed_step is not null))
);
create index certificate_verification_newest_first on certificate_verification (state, verified_at desc, id desc);
select juxta_segregate_by_state('certificate_verification');
grant select, insert on certificate_verification to ${app_role};
