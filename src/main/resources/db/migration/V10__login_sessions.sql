-- Newsroom sessions live on the server, so signing out, disabling an account, a new password or a
-- new role end them on every instance at once. The cookie holds a random token; only its SHA-256 is
-- stored, so a copy of the database opens no session.
create table login_session (
    token_hash   varchar(64)  not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    -- app_user.session_epoch when the session began: any later change to the account's role,
    -- password or enabled flag moves the epoch and so ends the session.
    user_epoch   integer      not null,
    -- The CSRF token this session's forms must carry: made at sign-in, so a token planted before
    -- it is worth nothing.
    csrf_token   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    client       varchar(64)
);
create index login_session_user_idx on login_session (user_id);
create index login_session_seen_idx on login_session (last_seen_at);

alter table app_user add column session_epoch integer default 0 not null;

-- The audit log is paged newest first (by id, its primary key) and filtered by action.
create index audit_log_action_idx on audit_log (action, id);
