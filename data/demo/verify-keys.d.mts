// Types for verify-keys.mjs (plain Node so that it runs without a build step).
export interface DemoUnit {
  id: string;
  domain: string | undefined;
  /** Plain text per language tag; inline codes are left out. */
  variants: Map<string, string>;
}
export interface DemoSummary {
  units: number;
  perFile: Record<string, number>;
  languages: Record<string, number>;
  targetLanguages: number;
  domains: Record<string, number>;
  noisyUnits: number;
  noiseRows: number;
  piiUnits: number;
  lookAlikeUnits: number;
  piiRows: number;
}
export declare const DEMO_DIR: string;
export declare const DATA_FILES: readonly string[];
export declare const KEY_FILES: readonly string[];
export declare function loadDemo(dir?: string): Record<string, string>;
export declare function verifyDemo(files: Record<string, string>): { problems: string[]; summary: DemoSummary };
export declare function parseTsv(text: string): string[][];
export declare function readXmlUnits(name: string, text: string): { root: Record<string, unknown>; units: DemoUnit[] };
export declare function gb11643Valid(id: string): boolean;
export declare function thaiIdValid(id: string): boolean;
export declare function ibanValid(iban: string): boolean;
export declare function luhnValid(number: string): boolean;
export declare function isbn13Valid(isbn: string): boolean;
