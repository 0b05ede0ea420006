-- Webhook signing secrets are stored encrypted (Tink AEAD, the subscription id as associated data). Rows written before
-- this version still hold them in clear: the service seals those at start (WebhookSecretSealing) and clears the plaintext
-- columns, which a later migration drops.
alter table subscription add column secret_sealed bytea;
alter table subscription add column previous_secret_sealed bytea;
