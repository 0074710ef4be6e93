/**
 * Language identifiers by name, so a pipeline config (and each worker
 * thread) can pick one: `script-only` (writing system only), `auto` (the best
 * available: script-only until @silkloom/text's identifier is wired in).
 */
import type { LanguageIdentifier } from './language-identifier.ts';
import { scriptOnlyIdentifier } from './script-identifier.ts';

const identifiers = new Map<string, () => LanguageIdentifier>([
  ['script-only', () => scriptOnlyIdentifier],
  ['auto', () => scriptOnlyIdentifier],
]);

export function registerIdentifier(name: string, make: () => LanguageIdentifier): void {
  identifiers.set(name, make);
}

export function identifierByName(name: string): LanguageIdentifier {
  return (identifiers.get(name) ?? identifiers.get('auto')!)();
}

export function identifierNames(): string[] {
  return [...identifiers.keys()];
}
