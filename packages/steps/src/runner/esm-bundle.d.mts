/** The URL of `entry` bundled into JavaScript (esm-bundle.mjs); undefined when it cannot be built. */
export declare function bundleEntry(entry: URL, name: string): Promise<URL | undefined>;
