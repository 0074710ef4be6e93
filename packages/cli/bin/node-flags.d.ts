/** Commands that stream and run in a child with bounded V8 heap flags. */
export declare const BOUNDED: ReadonlySet<string>;
/** The V8 flags of the child process that runs `command` (none when it is not bounded or heapMb is 0). */
export declare function boundedFlags(command: string | undefined, heapMb: number): string[];
/** The environment of the child that runs `command` (glibc malloc tuning for `clean`). */
export declare function boundedEnv(command: string | undefined, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
