/** What route modules share: the store, the sign-in limiter, the server's options. */
import type { Store } from '@silkloom/store';
import type { LoginLimiter } from './auth/login-limiter.ts';

export interface ServerContext {
  store: Store;
  limiter: LoginLimiter;
  /** Secure cookies: always, never, or when the request came over https (default). */
  secureCookies: boolean | 'auto';
  sessionTtlMs: number;
  maxUploadBytes: number;
  version: string;
  /** Folder of governance rule packs. */
  rulesDir: string;
}
