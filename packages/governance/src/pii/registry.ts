/** Every recogniser, one per PII type. */
import { aeEmiratesIdRecognizer } from './recognizers/ae-emirates-id.ts';
import { cnResidentIdRecognizer } from './recognizers/cn-resident-id.ts';
import { creditCardRecognizer } from './recognizers/credit-card.ts';
import { emailRecognizer } from './recognizers/email.ts';
import { hkIdRecognizer } from './recognizers/hk-id.ts';
import { ibanRecognizer } from './recognizers/iban.ts';
import { idNikRecognizer } from './recognizers/id-nik.ts';
import { ipAddressRecognizer } from './recognizers/ip-address.ts';
import { kzIinRecognizer } from './recognizers/kz-iin.ts';
import { myNricRecognizer } from './recognizers/my-nric.ts';
import { phoneRecognizer } from './recognizers/phone.ts';
import { pkCnicRecognizer } from './recognizers/pk-cnic.ts';
import { ruInnRecognizer } from './recognizers/ru-inn.ts';
import { ruSnilsRecognizer } from './recognizers/ru-snils.ts';
import { saNationalIdRecognizer } from './recognizers/sa-national-id.ts';
import { sgNricRecognizer } from './recognizers/sg-nric.ts';
import { thNationalIdRecognizer } from './recognizers/th-national-id.ts';
import { trNationalIdRecognizer } from './recognizers/tr-national-id.ts';
import { vnCccdRecognizer } from './recognizers/vn-cccd.ts';
import type { PiiType, Recognizer } from './types.ts';

export const RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer, phoneRecognizer, creditCardRecognizer, ibanRecognizer, ipAddressRecognizer,
  cnResidentIdRecognizer, hkIdRecognizer, thNationalIdRecognizer, kzIinRecognizer, trNationalIdRecognizer,
  saNationalIdRecognizer, aeEmiratesIdRecognizer, sgNricRecognizer, ruSnilsRecognizer, ruInnRecognizer,
  idNikRecognizer, myNricRecognizer, vnCccdRecognizer, pkCnicRecognizer,
];

/** Recogniser versions by type, for recording with stored findings and audit entries. */
export function detectorVersions(): Record<PiiType, string> {
  return Object.fromEntries(RECOGNIZERS.map((r) => [r.type, `${r.detector}@${r.version}`])) as Record<PiiType, string>;
}
