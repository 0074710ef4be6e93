import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalJson } from '@silkloom/core';
import { describeEachDialect } from './testing/dialect-harness.ts';

const COLUMNS = ['seq', 'at', 'action', 'actor', 'subject', 'details', 'prev_hash', 'hash'] as const;

/** Another character at the middle of the text: one changed byte (or a few, for a multi-byte character). */
function flipMiddle(text: string): string {
  const at = Math.floor(text.length / 2);
  return text.slice(0, at) + (text[at] === 'a' ? 'b' : 'a') + text.slice(at + 1);
}

describeEachDialect('audit log', (h) => {
  const param = (i: number) => (h().dialect === 'sqlite' ? '?' : `$${i}`);
  let target = 0;

  test('appends chain by sha256(prevHash + RFC 8785 JSON) and verify recomputes the chain', async () => {
    const { store } = h();
    const entries = [];
    for (let i = 0; i < 5; i++) {
      entries.push(
        await store.audit.append({
          action: 'export',
          actor: `validator-${i}@gdufs.edu.cn`,
          subject: 'corpus:旅游-th',
          details: { to: 'TH', purpose: 'academic_cooperation', units: 1000 + i, note: '北京 ภาษาไทย', nested: { z: [1, 2.5], a: null } },
        }),
      );
    }
    target = entries[2]!.seq;
    for (const [i, entry] of entries.entries()) {
      if (i > 0) assert.equal(entry.prevHash, entries[i - 1]!.hash);
      const { hash, ...body } = entry;
      assert.equal(hash, createHash('sha256').update(body.prevHash + canonicalJson(body)).digest('hex'));
    }
    const result = await store.audit.verify();
    assert.equal(result.ok, true);
    assert.deepEqual(result.head, { seq: entries[4]!.seq, hash: entries[4]!.hash });
    assert.equal(result.entries, entries[4]!.seq);
    const exported = [];
    for await (const entry of store.audit.export()) exported.push(entry);
    assert.deepEqual(exported.slice(-5), entries);
    assert.deepEqual(await store.audit.list({ after: entries[0]!.seq, limit: 2 }), entries.slice(1, 3));
  });

  test('concurrent appends never fork the chain', async () => {
    const { store } = h();
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => store.audit.append({ action: 'role.change', details: { i } })));
    const seqs = made.map((e) => e.seq).sort((a, b) => a - b);
    assert.equal(new Set(seqs).size, 20);
    assert.equal(seqs[19]! - seqs[0]!, 19);
    assert.equal((await store.audit.verify()).ok, true);
  });

  test('the table refuses UPDATE and DELETE', async () => {
    const { raw } = h();
    await assert.rejects(raw.query(`UPDATE audit_log SET action = 'x' WHERE seq = ${param(1)}`, [target]), /append-only/);
    await assert.rejects(raw.query(`DELETE FROM audit_log WHERE seq = ${param(1)}`, [target]), /append-only/);
  });

  test('changing any stored field of an entry makes verify fail and name that entry', async () => {
    const { store, raw, dialect } = h();
    // Play an attacker with database rights: take the append-only guard away first.
    if (dialect === 'sqlite') {
      await raw.query('DROP TRIGGER audit_log_no_update');
      await raw.query('DROP TRIGGER audit_log_no_delete');
    } else await raw.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    const [original] = await raw.query<Record<string, string | number>>(`SELECT * FROM audit_log WHERE seq = ${param(1)}`, [target]);
    const tampered: Array<[string, string | number]> = [];
    for (const column of COLUMNS) {
      const value = original![column]!;
      tampered.push([column, column === 'seq' ? Number(value) + 1000 : flipMiddle(String(value))]);
    }
    // Same JSON value, other bytes: not canonical any more.
    tampered.push(['details', String(original!.details).replace(':', ': ')]);
    tampered.push(['details', String(original!.details).replace('北京', '南京')]);
    for (const [column, value] of tampered) {
      await raw.query(`UPDATE audit_log SET ${column} = ${param(1)} WHERE seq = ${param(2)}`, [value, target]);
      const result = await store.audit.verify();
      assert.equal(result.ok, false, `${column} changed to ${value}`);
      assert.equal(result.firstBroken?.seq, target, `${column}: ${result.firstBroken?.reason}`);
      const where = column === 'seq' ? Number(value) : target;
      await raw.query(`UPDATE audit_log SET ${column} = ${param(1)} WHERE seq = ${param(2)}`, [original![column], where]);
      assert.equal((await store.audit.verify()).ok, true, `restored ${column}`);
    }
    // Removing an entry breaks the chain at the entry that followed it.
    await raw.query(`DELETE FROM audit_log WHERE seq = ${param(1)}`, [target]);
    const result = await store.audit.verify();
    assert.equal(result.ok, false);
    assert.equal(result.firstBroken?.seq, target);
  });
});
