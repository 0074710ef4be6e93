/**
 * Release versions are Semantic Versioning 2.0.0 (semver.org) without build
 * metadata: MAJOR.MINOR.PATCH with an optional pre-release. A release that
 * removes units or changes splits is a new major, adds units a minor, fixes
 * metadata a patch — {@link suggestNextVersion} applies that to a delta.
 */
import { cobuildError } from './errors.ts';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

export function parseSemver(version: string): SemVer {
  const m = SEMVER.exec(version);
  if (!m) throw cobuildError('SLM_RELEASE_VERSION_INVALID', { version });
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] };
}

function compareIdentifiers(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Precedence per SemVer §11: negative when a < b. */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core) return Math.sign(core);
  if (!x.prerelease.length || !y.prerelease.length) return Math.sign(y.prerelease.length - x.prerelease.length);
  for (let i = 0; i < Math.min(x.prerelease.length, y.prerelease.length); i++) {
    const c = compareIdentifiers(x.prerelease[i]!, y.prerelease[i]!);
    if (c) return Math.sign(c);
  }
  return Math.sign(x.prerelease.length - y.prerelease.length);
}

/** The next version after `previous` for a delta: removed/changed → major, added → minor, else patch. */
export function suggestNextVersion(previous: string | undefined, delta: { added: number; removed: number; changed: number }): string {
  if (!previous) return '1.0.0';
  const v = parseSemver(previous);
  if (delta.removed || delta.changed) return `${v.major + 1}.0.0`;
  if (delta.added) return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + 1}`;
}
