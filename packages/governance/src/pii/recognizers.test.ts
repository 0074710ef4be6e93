/** Check-digit rules against public test vectors (python-stdnum doctests and the research note). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isbn10Valid, isbn13Valid, luhnCheckDigit, mod11_2CheckChar } from './checksums.ts';
import { isValidAeEmiratesId } from './recognizers/ae-emirates-id.ts';
import { isValidCnResidentId } from './recognizers/cn-resident-id.ts';
import { cardScheme } from './recognizers/credit-card.ts';
import { hkIdCheckChar, isValidHkId } from './recognizers/hk-id.ts';
import { isValidIban } from './recognizers/iban.ts';
import { isPlausibleNik } from './recognizers/id-nik.ts';
import { isValidIpv6 } from './recognizers/ip-address.ts';
import { isValidKzIin, kzIinCheckDigit } from './recognizers/kz-iin.ts';
import { isPlausibleMyNric } from './recognizers/my-nric.ts';
import { isPlausiblePkCnic } from './recognizers/pk-cnic.ts';
import { isValidRuInn } from './recognizers/ru-inn.ts';
import { isValidRuSnils } from './recognizers/ru-snils.ts';
import { isValidSaNationalId } from './recognizers/sa-national-id.ts';
import { isValidSgNric } from './recognizers/sg-nric.ts';
import { isValidThNationalId } from './recognizers/th-national-id.ts';
import { isValidTrNationalId } from './recognizers/tr-national-id.ts';
import { isPlausibleVnCccd } from './recognizers/vn-cccd.ts';

test('GB 11643 resident ID: MOD 11-2 with X, province and date', () => {
  assert.ok(isValidCnResidentId('360426199101010071'));
  assert.ok(isValidCnResidentId('11010519491231002X'));
  assert.equal(mod11_2CheckChar('11010519491231002'), 'X');
  assert.ok(!isValidCnResidentId('360426199101010072'), 'wrong check digit');
  assert.ok(!isValidCnResidentId('360426199113010071'), 'month 13');
  assert.ok(!isValidCnResidentId('990426199101010071'), 'no province 99');
});

test('HKID, Thai, Turkish, Saudi, Emirati, Singapore check digits', () => {
  assert.equal(hkIdCheckChar('A', '123456'), '3');
  assert.ok(isValidHkId('A123456(3)') && !isValidHkId('A123456(4)'));
  assert.ok(isValidThNationalId('3100600445635') && !isValidThNationalId('3100600445636') && !isValidThNationalId('9100600445635'));
  assert.ok(isValidTrNationalId('17291716060') && !isValidTrNationalId('17291716050') && !isValidTrNationalId('07291716060'));
  assert.ok(isValidSaNationalId('1000000008') && !isValidSaNationalId('1000000009') && !isValidSaNationalId('3000000006'));
  assert.ok(isValidAeEmiratesId(`78419801234567${luhnCheckDigit('78419801234567')}`));
  assert.ok(!isValidAeEmiratesId(`78419801234567${(Number(luhnCheckDigit('78419801234567')) + 1) % 10}`));
  assert.ok(!isValidAeEmiratesId('784180012345670'), 'birth year 1800');
  assert.ok(isValidSgNric('S1234567D') && !isValidSgNric('S1234567A'));
  assert.ok(isValidSgNric('T1234567J') && isValidSgNric('F1234567N'));
});

test('Kazakh IIN, SNILS and INN', () => {
  assert.ok(isValidRuInn('123456789047') && isValidRuInn('1234567894'));
  assert.ok(!isValidRuInn('123456789048') && !isValidRuInn('1234567895'));
  assert.ok(isValidRuSnils('11223344595') && !isValidRuSnils('11223344596'));
  assert.ok(!isValidKzIin('991301300123'), 'month 13');
  const body = '95010130003';
  const check = kzIinCheckDigit(body)!;
  assert.ok(isValidKzIin(body + check));
  assert.ok(!isValidKzIin(body + String((Number(check) + 1) % 10)));
  assert.ok(!isValidKzIin('95010170003' + check), 'century digit 7');
});

test('identifiers without a checksum: date and region plausibility', () => {
  assert.ok(isPlausibleNik('3171011708450001'));
  assert.ok(isPlausibleNik('3171015708450001'), 'woman: day + 40');
  assert.ok(!isPlausibleNik('3171013208450001'), 'day 32');
  assert.ok(!isPlausibleNik('9971011708450001'), 'no province 99');
  assert.ok(isPlausibleMyNric('770305021234') && !isPlausibleMyNric('771305021234') && !isPlausibleMyNric('770305171234'));
  assert.ok(isPlausiblePkCnic('3420108912318') && !isPlausiblePkCnic('9420108912318'));
  assert.ok(isPlausibleVnCccd('001090123456') && !isPlausibleVnCccd('003090123456'));
});

test('cards, IBAN, ISBN, IPv6', () => {
  assert.equal(cardScheme('4111111111111111'), 'visa');
  assert.equal(cardScheme('6212345678901232'), 'unionpay');
  assert.equal(cardScheme('4111111111111112'), undefined);
  assert.equal(cardScheme('9111111111111111'), undefined, 'no scheme starts with 9 (except Troy 9792)');
  assert.ok(isValidIban('GB82 WEST 1234 5698 7654 32') && isValidIban('SA0380000000608010167519'));
  assert.ok(!isValidIban('GB82 WEST 1234 5698 7654 33') && !isValidIban('SA038000000060801016751'));
  assert.ok(isbn13Valid('9783161484100') && isbn10Valid('0306406152'));
  assert.ok(isValidIpv6('2001:db8::1') && isValidIpv6('::ffff:192.0.2.1') && isValidIpv6('fe80:0:0:0:0:0:0:1'));
  assert.ok(!isValidIpv6('12:30:45') && !isValidIpv6('1::2::3') && !isValidIpv6('2001:db8:::1'));
});
