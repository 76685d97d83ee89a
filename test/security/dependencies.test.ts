/**
 * Dependencies: `npm audit` finds nothing high or critical in what ships, and no installed copy
 * of the SAML and XML libraries (nested copies included) is a version with a known signature
 * bypass. The advisory table below is kept by hand from the published advisories.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Advisory {
  id: string;
  /** Affected when introduced <= version < fixed; `introduced` absent means from the start. */
  ranges: Array<{ introduced?: string; fixed?: string }>;
}

/** Advisories about signature verification (or parsing that led to it) in these packages. */
const SIGNATURE_ADVISORIES: Record<string, Advisory[]> = {
  '@node-saml/node-saml': [
    // Assertion read from the unsigned document instead of the verified part.
    { id: 'CVE-2025-54369 / CVE-2025-54419', ranges: [{ fixed: '5.1.0' }] },
    { id: 'CVE-2022-39299 (multiple roots)', ranges: [{ fixed: '4.0.0-beta.5' }] },
  ],
  'passport-saml': [{ id: 'CVE-2022-39299 (multiple roots)', ranges: [{ fixed: '3.2.2' }] }],
  'xml-crypto': [
    {
      id: 'CVE-2025-29774 / CVE-2025-29775 (several SignedInfo references, DigestValue comment)',
      ranges: [
        { fixed: '2.1.6' },
        { introduced: '3.0.0', fixed: '3.2.1' },
        { introduced: '4.0.0', fixed: '6.0.1' },
      ],
    },
    {
      id: 'CVE-2024-32962 (key taken from KeyInfo)',
      ranges: [{ introduced: '4.0.0', fixed: '6.0.0' }],
    },
    { id: 'GHSA-c27r-x354-4m68 (HMAC with the public key)', ranges: [{ fixed: '2.0.0' }] },
  ],
  '@xmldom/xmldom': [
    {
      id: 'CVE-2022-39353 (several root elements accepted)',
      ranges: [
        { fixed: '0.7.7' },
        { introduced: '0.8.0', fixed: '0.8.4' },
        { introduced: '0.9.0-beta.1', fixed: '0.9.0-beta.4' },
      ],
    },
  ],
  // Every version of the unscoped package is affected and it can no longer be published.
  xmldom: [{ id: 'CVE-2022-39353 and others, unmaintained', ranges: [{}] }],
};

type Version = { numbers: number[]; pre: string[] };

function parseVersion(text: string): Version {
  const [core, pre] = text.split('+')[0].split(/-(.*)/s);
  return { numbers: core.split('.').map(Number), pre: pre ? pre.split('.') : [] };
}

function comparePre(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] === undefined || b[i] === undefined) return a[i] === undefined ? -1 : 1;
    const [x, y] = [Number(a[i]), Number(b[i])];
    const order = Number.isNaN(x) || Number.isNaN(y) ? a[i].localeCompare(b[i]) : x - y;
    if (order !== 0) return order;
  }
  return 0;
}

/** Semantic-version order, prereleases before their release. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i += 1) {
    if ((x.numbers[i] ?? 0) !== (y.numbers[i] ?? 0))
      return (x.numbers[i] ?? 0) - (y.numbers[i] ?? 0);
  }
  return comparePre(x.pre, y.pre);
}

function advisoriesFor(name: string, version: string): string[] {
  const inRange = (r: { introduced?: string; fixed?: string }) =>
    (!r.introduced || compareVersions(version, r.introduced) >= 0) &&
    (!r.fixed || compareVersions(version, r.fixed) < 0);
  return (SIGNATURE_ADVISORIES[name] ?? []).filter((a) => a.ranges.some(inRange)).map((a) => a.id);
}

interface InstalledCopy {
  name: string;
  version: string;
  where: string;
}

/** Every package folder under node_modules, scoped and nested ones included. */
function installedCopies(dir: string, found: InstalledCopy[] = []): InstalledCopy[] {
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const folders = entry.startsWith('@')
      ? fs.readdirSync(path.join(dir, entry)).map((scoped) => path.join(dir, entry, scoped))
      : [path.join(dir, entry)];
    for (const folder of folders) {
      const manifestPath = path.join(folder, 'package.json');
      if (!fs.existsSync(manifestPath)) continue;
      const { name, version } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      found.push({ name, version, where: path.relative(ROOT, folder) });
      installedCopies(path.join(folder, 'node_modules'), found);
    }
  }
  return found;
}

describe('SAML and XML libraries', () => {
  const copies = installedCopies(path.join(ROOT, 'node_modules')).filter(
    (copy) => copy.name in SIGNATURE_ADVISORIES,
  );

  it('flags the versions the advisories name, and only those', () => {
    expect(advisoriesFor('xml-crypto', '5.0.0')).toHaveLength(2);
    expect(advisoriesFor('xml-crypto', '6.0.0')).toHaveLength(1);
    expect(advisoriesFor('xml-crypto', '3.2.0')).toHaveLength(1);
    expect(advisoriesFor('xml-crypto', '6.0.1')).toEqual([]);
    expect(advisoriesFor('@node-saml/node-saml', '5.0.1')).toHaveLength(1);
    expect(advisoriesFor('@node-saml/node-saml', '4.0.0-beta.4')).toHaveLength(2);
    expect(advisoriesFor('@xmldom/xmldom', '0.8.3')).toHaveLength(1);
    expect(advisoriesFor('@xmldom/xmldom', '0.9.0-beta.3')).toHaveLength(1);
    expect(advisoriesFor('@xmldom/xmldom', '0.9.0')).toEqual([]);
    expect(advisoriesFor('xmldom', '0.6.0')).toHaveLength(1);
  });

  it('has no installed copy with a known signature bypass', () => {
    const names = new Set(copies.map((copy) => copy.name));
    expect(names).toEqual(new Set(['@node-saml/node-saml', 'xml-crypto', '@xmldom/xmldom']));

    const vulnerable = copies
      .map((copy) => ({ ...copy, advisories: advisoriesFor(copy.name, copy.version) }))
      .filter((copy) => copy.advisories.length > 0);

    expect(vulnerable).toEqual([]);
    const listed = copies.map((c) => `${c.name}@${c.version}`).join(', ');
    process.stdout.write(`dependencies: ${copies.length} copies checked (${listed})\n`);
  });
});

interface AuditResult {
  reachable: boolean;
  reason?: string;
  counts?: Record<string, number>;
  findings?: string[];
}

function runAudit(): AuditResult {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  let report: {
    error?: { summary?: string };
    message?: string;
    statusCode?: number;
    metadata?: { vulnerabilities?: Record<string, number> };
    vulnerabilities?: Record<string, { severity: string }>;
  };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return {
      reachable: false,
      reason: `npm audit printed no JSON: ${run.error?.message ?? run.stderr.trim()}`,
    };
  }
  if (!report.metadata?.vulnerabilities) {
    return {
      reachable: false,
      reason: report.message ?? report.error?.summary ?? 'no audit metadata',
    };
  }
  const findings = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
  return { reachable: true, counts: report.metadata.vulnerabilities, findings };
}

describe('npm audit of production dependencies', () => {
  const audit = runAudit();
  if (!audit.reachable) {
    process.stdout.write(
      `npm audit skipped: the registry's audit endpoint is unreachable: ${audit.reason}\n`,
    );
  }
  const auditIt = audit.reachable ? it : it.skip;

  auditIt('finds nothing high or critical', () => {
    process.stdout.write(`npm audit: ${JSON.stringify(audit.counts)}\n`);
    expect(audit.findings).toEqual([]);
  });
});
