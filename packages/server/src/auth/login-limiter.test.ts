import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LoginLimiter } from './login-limiter.ts';

test('failures lock an account, then an address; windows expire; success clears the account', () => {
  const limiter = new LoginLimiter({ windowMs: 1000, perAccount: 3, perAddress: 5 });
  for (let i = 0; i < 3; i++) {
    assert.equal(limiter.check('10.0.0.1', 'a@x', 0), 0);
    limiter.failed('10.0.0.1', 'a@x', 0);
  }
  assert.equal(limiter.check('10.0.0.9', 'a@x', 10), 1, 'the account is locked from any address');
  assert.equal(limiter.check('10.0.0.1', 'b@x', 10), 0, 'other accounts from the address still may try');
  limiter.failed('10.0.0.1', 'b@x', 10);
  limiter.failed('10.0.0.1', 'c@x', 10);
  assert.ok(limiter.check('10.0.0.1', 'd@x', 20) > 0, 'five failures lock the address');
  assert.equal(limiter.check('10.0.0.1', 'd@x', 1001), 0, 'the window ends');
  limiter.failed('10.0.0.2', 'e@x', 2000);
  limiter.succeeded('e@x');
  assert.equal(limiter.check('10.0.0.2', 'e@x', 2001), 0);
});

test('successful sign-ins do not count against a shared address', () => {
  const limiter = new LoginLimiter({ perAddress: 2 });
  for (let i = 0; i < 10; i++) {
    assert.equal(limiter.check('nat', `student${i}@x`), 0);
    limiter.succeeded(`student${i}@x`);
  }
});
