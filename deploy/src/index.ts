export * from './stack';
export * from './seed';
export * from './local/postgres';
export * from './local/nats';
export * from './dev-idp/server';
export * from './dev-idp/keys';
export * from './dev-idp/realm';
export * from './dev-mail/mailbox';
