/** The URL of `entry` bundled into JavaScript (esm-bundle.mjs); undefined when it cannot be built. */
export declare function bundleEntry(entry: URL, name: string): Promise<URL | undefined>;
/** Removes bundles of `name` in `cacheDir` other than `current` that are over an hour old. */
export declare function pruneOldBundles(cacheDir: string, name: string, current: string, now?: number): void;
