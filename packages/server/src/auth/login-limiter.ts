/**
 * Limits failed sign-in attempts per account and per client address (fixed
 * windows, in memory: one server process; behind several processes each limits
 * on its own). Only failures count, so a classroom signing in from behind one
 * NAT address is not locked out; a success clears the account's counter.
 */
export interface LimiterOptions {
  /** Window length in ms (default 15 min). */
  windowMs?: number;
  /** Failed attempts per account per window (default 10). */
  perAccount?: number;
  /** Failed attempts per client address per window (default 50). */
  perAddress?: number;
}

interface Window {
  count: number;
  resetAt: number;
}

export class LoginLimiter {
  readonly #windowMs: number;
  readonly #perAccount: number;
  readonly #perAddress: number;
  readonly #accounts = new Map<string, Window>();
  readonly #addresses = new Map<string, Window>();

  constructor(options: LimiterOptions = {}) {
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#perAccount = options.perAccount ?? 10;
    this.#perAddress = options.perAddress ?? 50;
  }

  /** Seconds to wait when the attempt must be refused now, else 0. */
  check(address: string, account: string, now = Date.now()): number {
    this.#sweep(now);
    for (const [map, key, limit] of [[this.#addresses, address, this.#perAddress], [this.#accounts, account, this.#perAccount]] as const) {
      const window = map.get(key);
      if (window && window.resetAt > now && window.count >= limit) return Math.ceil((window.resetAt - now) / 1000);
    }
    return 0;
  }

  failed(address: string, account: string, now = Date.now()): void {
    this.#bump(this.#addresses, address, now);
    this.#bump(this.#accounts, account, now);
  }

  succeeded(account: string): void {
    this.#accounts.delete(account);
  }

  #bump(map: Map<string, Window>, key: string, now: number): Window {
    let window = map.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.#windowMs };
      map.set(key, window);
    }
    window.count += 1;
    return window;
  }

  #sweep(now: number): void {
    if (this.#accounts.size + this.#addresses.size < 10_000) return;
    for (const map of [this.#accounts, this.#addresses]) for (const [key, w] of map) if (w.resetAt <= now) map.delete(key);
  }
}
