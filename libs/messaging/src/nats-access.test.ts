import { describe, expect, it } from 'vitest';
import { natsAccessFromEnv, natsConnectionOptions, toNatsAccess } from './nats-access';

describe('NATS access', () => {
  it('reads servers, identity and signing key from the environment in one place', () => {
    expect(natsAccessFromEnv({ NATS_URL: 'nats://a:4222,nats://b:4222', NATS_USER: 'intake', NATS_PASSWORD: 'pw', CONTEXT_SIGNING_KEY: 'k:x' })).toEqual({
      servers: 'nats://a:4222,nats://b:4222',
      user: 'intake',
      password: 'pw',
      signingKey: 'k:x',
    });
    expect(natsAccessFromEnv({})).toEqual({ servers: 'nats://127.0.0.1:4222', user: undefined, password: undefined, signingKey: undefined });
  });

  it('gives an authenticated identity its own inbox prefix, and none without a login', () => {
    expect(natsConnectionOptions({ servers: 'nats://a:4222,nats://b:4222', user: 'dispatch', password: 'pw' }, 'dispatch-rpc')).toEqual({
      servers: ['nats://a:4222', 'nats://b:4222'],
      name: 'dispatch-rpc',
      user: 'dispatch',
      pass: 'pw',
      inboxPrefix: '_INBOX.dispatch',
    });
    expect(natsConnectionOptions({ servers: 'nats://a:4222' }, 'x')).toEqual({ servers: ['nats://a:4222'], name: 'x' });
  });

  it('a bare URL takes the credentials of the environment', () => {
    process.env.NATS_USER = 'gateway';
    try {
      expect(toNatsAccess('nats://c:4222')).toMatchObject({ servers: 'nats://c:4222', user: 'gateway' });
    } finally {
      delete process.env.NATS_USER;
    }
  });
});
