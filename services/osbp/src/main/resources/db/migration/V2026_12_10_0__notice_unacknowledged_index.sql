-- A desk's unacknowledged notices, newest first, read along this index and stopped at the page's end
-- (NoticeRepository.received); along notice_recipient_inbox they would be found among all it ever received.
create index notice_recipient_unacknowledged on notice_recipient (recipient, sent_at desc, notice_id desc)
    where acknowledged_at is null;
