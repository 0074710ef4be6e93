export * from './errors.ts';
export * from './diagnostic.ts';
export * from './lang-tag.ts';
export * from './country.ts';
export * from './unit.ts';
export * from './stats.ts';
export * from './language-registry.ts';
export * from './length-calibration.ts';
