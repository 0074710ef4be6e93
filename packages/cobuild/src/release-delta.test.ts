import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { contentHash, releaseDelta } from './release-delta.ts';
import { compareSemver, parseSemver, suggestNextVersion } from './semver.ts';

test('a delta lists added, removed, changed and moved units', () => {
  const h = (text: string) => contentHash({ variants: { 'zh-Hans': text } });
  const older = [
    { unitId: '1', contentHash: h('一'), split: 'train' },
    { unitId: '2', contentHash: h('二'), split: 'test' },
    { unitId: '3', contentHash: h('三'), split: 'train' },
    { unitId: '10', contentHash: h('十'), split: 'dev' },
  ];
  const newer = [
    { unitId: '1', contentHash: h('一'), split: 'train' },
    { unitId: '10', contentHash: h('十'), split: 'train' },
    { unitId: '3', contentHash: h('叁'), split: 'train' },
    { unitId: '4', contentHash: h('四'), split: 'dev' },
  ];
  const d = releaseDelta('1.0.0', older, '1.1.0', newer);
  assert.deepEqual(d.added, [{ unitId: '4', split: 'dev' }]);
  assert.deepEqual(d.removed, [{ unitId: '2', split: 'test' }]);
  assert.deepEqual(d.changed, [{ unitId: '3', split: 'train' }]);
  assert.deepEqual(d.moved, [{ unitId: '10', split: 'train', fromSplit: 'dev' }]);
  assert.equal(d.unchanged, 1);
  assert.equal(suggestNextVersion('1.0.0', { added: 1, removed: 1, changed: 1 }), '2.0.0');
  assert.equal(suggestNextVersion('1.0.0', { added: 1, removed: 0, changed: 0 }), '1.1.0');
  assert.equal(suggestNextVersion('1.1.0', { added: 0, removed: 0, changed: 0 }), '1.1.1');
  assert.equal(suggestNextVersion(undefined, { added: 5, removed: 0, changed: 0 }), '1.0.0');
});

test('content hashes do not depend on key order', () => {
  assert.equal(contentHash({ a: 1, b: 'ข' }), contentHash({ b: 'ข', a: 1 }));
  assert.notEqual(contentHash({ a: 1 }), contentHash({ a: 2 }));
});

test('semantic versions parse and order by SemVer 2.0.0 precedence', () => {
  const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.1.0', '2.0.0'];
  for (let i = 0; i + 1 < ordered.length; i++) assert.equal(compareSemver(ordered[i]!, ordered[i + 1]!), -1, `${ordered[i]} < ${ordered[i + 1]}`);
  assert.equal(compareSemver('1.2.3', '1.2.3'), 0);
  assert.deepEqual(parseSemver('0.3.10-rc.1'), { major: 0, minor: 3, patch: 10, prerelease: ['rc', '1'] });
  for (const bad of ['1.0', '01.0.0', 'v1.0.0', '1.0.0+build']) {
    assert.throws(() => parseSemver(bad), (e) => isSilkloomError(e, 'SLM_RELEASE_VERSION_INVALID'), bad);
  }
});
