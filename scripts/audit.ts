/**
 * `npm run audit`: `npm audit --omit=dev` must report no high or critical finding in what ships.
 * Exit 1 on such a finding. When the registry will not answer the audit endpoint (this project's
 * own machines reach a registry that refuses it), it says plainly that nothing was checked and
 * exits 3, or 0 with `--allow-unreachable` (for a pipeline that must not stop on it). CI does not
 * run it: it runs exactly the README's test command.
 */
import { execFileSync } from 'node:child_process';

interface AuditReport {
  message?: string;
  error?: unknown;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string }>;
}

let stdout = '';
try {
  stdout = execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });
} catch (error) {
  // npm exits non-zero both when it finds something and when it cannot ask; the JSON tells which.
  stdout = (error as { stdout?: string }).stdout ?? '';
}
const report = (stdout.trim() ? JSON.parse(stdout) : {}) as AuditReport;
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? (report.error ? JSON.stringify(report.error) : 'no report');
  console.log(`npm audit: NOT CHECKED — the registry did not answer the audit endpoint (${why}).`);
  process.exit(process.argv.includes('--allow-unreachable') ? 0 : 3);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, finding]) => ['high', 'critical'].includes(finding.severity));
console.log(`npm audit (--omit=dev): ${JSON.stringify(counts)}`);
if (serious.length > 0) {
  console.error(`high or critical: ${serious.map(([name, finding]) => `${name} (${finding.severity})`).join(', ')}`);
  process.exit(1);
}
