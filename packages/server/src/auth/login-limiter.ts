/**
 * Limits sign-in attempts per client address and per account (fixed windows,
 * in memory: one server process; behind several processes each limits on its
 * own). A successful sign-in clears the account's counter.
 */
export interface LimiterOptions {
  /** Window length in ms (default 15 min). */
  windowMs?: number;
  /** Failed attempts per account per window (default 10). */
  perAccount?: number;
  /** Attempts per address per window (default 50). */
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

  /** Seconds to wait when the attempt must be refused now, else 0. Counts the attempt against the address. */
  check(address: string, account: string, now = Date.now()): number {
    this.#sweep(now);
    const byAddress = this.#bump(this.#addresses, address, now);
    const byAccount = this.#accounts.get(account);
    if (byAddress.count > this.#perAddress) return Math.ceil((byAddress.resetAt - now) / 1000);
    if (byAccount && byAccount.count >= this.#perAccount) return Math.ceil((byAccount.resetAt - now) / 1000);
    return 0;
  }

  failed(account: string, now = Date.now()): void {
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
