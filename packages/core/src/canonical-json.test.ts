import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from './canonical-json.ts';
import { isSilkloomError } from './errors.ts';

/** Builds a double from its IEEE 754 bit pattern, as RFC 8785 Appendix B lists them. */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

test('RFC 8785 §3.2.2 example: numbers, escapes and literals', () => {
  const input = JSON.parse(
    '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
      ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
      ' "literals": [null, true, false]}',
  );
  assert.equal(
    canonicalJson(input),
    '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
  );
});

test('RFC 8785 §3.2.3 example: members sorted by UTF-16 code units', () => {
  const input = {
    '\u20ac': 'Euro Sign',
    '\r': 'Carriage Return',
    '\ufb33': 'Hebrew Letter Dalet With Dagesh',
    '1': 'One',
    '\ud83d\ude00': 'Emoji: Grinning Face',
    '\u0080': 'Control',
    '\u00f6': 'Latin Small Letter O With Diaeresis',
  };
  assert.equal(
    canonicalJson(input),
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
      '"€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  );
});

test('RFC 8785 Appendix B: IEEE 754 numbers in ECMAScript form', () => {
  const cases: Array<[string, string]> = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  for (const [bits, expected] of cases) assert.equal(canonicalJson(fromBits(bits)), expected, bits);
});

test('nested structures: arrays keep order, nested objects are sorted, no whitespace', () => {
  const value = { b: [3, { z: 1, a: 'x' }], a: { d: null, c: true }, 'a b': '' };
  assert.equal(canonicalJson(value), '{"a":{"c":true,"d":null},"a b":"","b":[3,{"a":"x","z":1}]}');
  assert.equal(canonicalJson('跨境数据 ภาษาไทย'), '"跨境数据 ภาษาไทย"');
});

test('undefined members are left out and toJSON is honoured, like JSON.stringify', () => {
  assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
  assert.equal(canonicalJson({ at: new Date(Date.UTC(2026, 0, 2)) }), '{"at":"2026-01-02T00:00:00.000Z"}');
});

test('values that are not I-JSON are coded errors naming the path', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const bad: Array<[unknown, string]> = [
    [{ n: Number.NaN }, '$.n'],
    [[1, Infinity], '$[1]'],
    [{ s: 'a\ud800b' }, '$.s'],
    [{ '\udc00': 1 }, '$.\udc00'],
    [[undefined], '$[0]'],
    [{ f: () => 1 }, '$.f'],
    [{ big: 10n }, '$.big'],
    [cyclic, '$.self'],
  ];
  for (const [value, path] of bad) {
    assert.throws(
      () => canonicalJson(value),
      (err) => isSilkloomError(err, 'SLM_JSON_NOT_CANONICALISABLE') && err.params.path === path,
      path,
    );
  }
  // A surrogate pair is fine; only a lone half is refused.
  assert.equal(canonicalJson('\ud83d\ude00'), '"😀"');
});
