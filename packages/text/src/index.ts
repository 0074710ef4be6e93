/**
 * @silkloom/text — script detection, normalisers, language identification
 * and sentence splitting for the languages in the registry.
 */
export * from './errors.ts';
export * from './script/code-point-tables.ts';
export * from './script/script-profile.ts';
export * from './script/text-profile.ts';
export * from './script/count.ts';
export * from './normalize/types.ts';
export * from './normalize/registry.ts';
export * from './normalize/unicode-nfc.ts';
export * from './normalize/whitespace.ts';
export * from './normalize/zero-width.ts';
export * from './normalize/markup.ts';
export * from './normalize/fullwidth-latin.ts';
export * from './normalize/zawgyi.ts';
export * from './normalize/zh-variant.ts';
export * from './normalize/arabic-letters.ts';
export * from './normalize/digits.ts';
export * from './normalize/script-specific.ts';
export * from './langid/types.ts';
export * from './langid/identify.ts';
export * from './langid/adaptive.ts';
export * from './langid/ngram-trainer.ts';
export { compileModel, type CompiledModel } from './langid/ngram-model.ts';
export { builtinModel } from './langid/builtin-model.ts';
export { hanEvidence, hanScript, cantoneseVsMandarin, type HanEvidence } from './langid/han.ts';
export { routingScript, routingScriptIndex, JPAN_INDEX, SCRIPT_LANGUAGE } from './langid/routing.ts';
export * from './segment/split-sentences.ts';
