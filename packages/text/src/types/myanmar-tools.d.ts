/** Types for myanmar-tools 1.1.3 (Google, Apache-2.0), which ships none. */
declare module 'myanmar-tools' {
  export class ZawgyiDetector {
    /** Probability in [0, 1] that the string is Zawgyi-encoded; -Infinity when it has no Myanmar characters. */
    getZawgyiProbability(input: string, verbose?: boolean): number;
  }
  export class ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    unicodeToZawgyi(input: string): string;
    normalizeZawgyi(input: string): string;
  }
  const tools: { ZawgyiDetector: typeof ZawgyiDetector; ZawgyiConverter: typeof ZawgyiConverter };
  export default tools;
}
