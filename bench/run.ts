/**
 * The matching benchmark (`npm run bench`, or `npm run bench -- --json` for one JSON object).
 * It prints figures and compares them with the goals of issue 5; it asserts nothing.
 *
 * Each part is a BenchSection, so that another file can run them on its own or add one. The
 * on-approval latency end to end (load, score, store, enqueue the email) needs the database
 * and the job queue, which the engine does not know: the integrator supplies it as the
 * `onApprovalLatency` hook of runBench. `npm run bench` passes bench/on-approval.ts as that
 * hook; a caller that passes none gets a report saying the latency was not measured.
 */
import { cpus } from 'node:os';
import { measureCohortSolve, printCohortSolve } from './cohort-solve';
import type { CohortSolveResult } from './cohort-solve';
import { measureQuality, printQuality } from './quality';
import type { QualityResult } from './quality';
import { measureScoringCost, printScoringCost } from './scoring-cost';
import type { ScoringCost } from './scoring-cost';

export const SEED = 20250501;

/** One part of the benchmark: how to measure it, and how to print what it measured. */
export interface BenchSection<T = unknown> {
  name: string;
  measure(): T | Promise<T>;
  print(result: T, write: (line: string) => void): void;
}

/** Sections that live outside this folder. */
export interface BenchHooks {
  /** On-approval latency end to end, p50 and p95, on SQLite and on MariaDB. */
  onApprovalLatency?: BenchSection;
}

export interface BenchOptions {
  json: boolean;
  /** The sections to run (default: defaultSections()). */
  sections?: BenchSection[];
  hooks?: BenchHooks;
  /** Run only the sections with these names (all when empty). */
  only?: string[];
  write?: (line: string) => void;
}

export function scoringCostSection(
  sizes = [100, 1000, 10000, 100000],
): BenchSection<ScoringCost[]> {
  return {
    name: 'scoringCost',
    measure: () => measureScoringCost(sizes, SEED),
    print: printScoringCost,
  };
}

export function cohortSolveSection(
  shapes: Array<[number, number]> = [
    [1000, 1000],
    [5000, 5000],
  ],
): BenchSection<CohortSolveResult[]> {
  return {
    name: 'cohortSolve',
    measure: () => measureCohortSolve(shapes, SEED),
    print: printCohortSolve,
  };
}

export function qualitySection(sizes = [100, 1000, 10000]): BenchSection<QualityResult[]> {
  return { name: 'quality', measure: () => measureQuality(sizes, SEED), print: printQuality };
}

export function defaultSections(): BenchSection[] {
  return [scoringCostSection(), cohortSolveSection(), qualitySection()] as BenchSection[];
}

/** Runs the sections, prints them (as text, or as one JSON object) and returns the results. */
export async function runBench(options: BenchOptions): Promise<Record<string, unknown>> {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const chosen = options.sections ?? defaultSections();
  const sections = [...chosen, ...hookSections(options.hooks ?? {})].filter(
    (section) => !options.only?.length || options.only.includes(section.name),
  );
  const report: Record<string, unknown> = { machine: machine(), seed: SEED };
  if (!options.json) write(`Matching benchmark on ${describeMachine()}, seed ${SEED}\n`);

  for (const section of sections) {
    const started = Date.now();
    const result = await section.measure();
    report[section.name] = result;
    if (!options.json) {
      section.print(result, write);
      write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }
  }
  if (report.onApprovalLatency === undefined) {
    report.onApprovalLatency = notMeasured();
    if (!options.json) write(`On-approval latency: not measured (${notMeasured().note})\n`);
  }
  report.goals = goals(report);
  write(options.json ? JSON.stringify(report) : formatGoals(report.goals as Goal[]));
  return report;
}

function hookSections(hooks: BenchHooks): BenchSection[] {
  return hooks.onApprovalLatency ? [{ ...hooks.onApprovalLatency, name: 'onApprovalLatency' }] : [];
}

function notMeasured() {
  return {
    measured: false,
    note: 'needs the database layer: pass an onApprovalLatency section to runBench (bench/run.ts)',
  };
}

interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

function goals(report: Record<string, unknown>): Goal[] {
  const scoring = report.scoringCost as ScoringCost[] | undefined;
  const solve = report.cohortSolve as CohortSolveResult[] | undefined;
  const quality = report.quality as QualityResult[] | undefined;
  const at100k = scoring?.find((r) => r.members === 100000);
  const at5000 = solve?.find((r) => r.mentors === 5000 && r.mentees === 5000);
  const large = quality?.filter((r) => r.members >= 1000) ?? [];
  const matchRates = large.map((r) => r.spread.simulated[0].matchRate);

  const nsPerCandidate = at100k?.scoreNsPerCandidate.min;
  const approvals = report.onApprovalLatency as
    | Array<{ profiles: number; timing: { p50: number } }>
    | { measured: false };
  const at10k = Array.isArray(approvals) ? approvals.filter((r) => r.profiles === 10000) : [];
  const worstP50 = at10k.length ? Math.max(...at10k.map((r) => r.timing.p50)) : undefined;
  return [
    goal('<= 20 ns per candidate at 100,000', nsPerCandidate, (ns) => `${ns} ns`, (ns) => ns <= 20),
    goal('5,000 x 5,000 optimum in <= 5 s', at5000?.solveMs, seconds, (ms) => ms <= 5000),
    goal(
      'on-approval p50 <= 50 ms at 10,000 profiles (SQLite and MariaDB)',
      worstP50,
      (ms) => `${ms} ms at worst`,
      (ms) => ms <= 50,
    ),
    goal(
      '>= 95 % matched in the simulated process at 1,000 and more',
      matchRates.length ? Math.min(...matchRates) : undefined,
      (rate) => `${(rate * 100).toFixed(1)} % at worst`,
      (rate) => rate >= 0.95,
    ),
  ];
}

function goal(
  text: string,
  value: number | undefined,
  show: (value: number) => string,
  meets: (value: number) => boolean,
): Goal {
  if (value === undefined) return { goal: text, measured: 'not run', met: null };
  return { goal: text, measured: show(value), met: meets(value) };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function formatGoals(list: Goal[]): string {
  const mark = (met: boolean | null) => (met === null ? '-' : met ? 'met' : 'NOT met');
  const lines = list.map((g) => `  ${g.goal}: ${g.measured} (${mark(g.met)})`);
  return ['Goals (shown, not asserted)', ...lines].join('\n');
}

function machine() {
  const cpu = cpus();
  return { node: process.version, cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown' };
}

function describeMachine(): string {
  const { node, cpus: count, cpuModel } = machine();
  return `Node ${node}, ${count} x ${cpuModel}`;
}

function parseArgs(argv: string[]): BenchOptions {
  const only = argv.find((arg) => arg.startsWith('--only='));
  return { json: argv.includes('--json'), only: only?.slice('--only='.length).split(',') };
}

if (require.main === module) {
  // Imported here so that importing run.ts for its sections does not load the database layer.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { onApprovalSection } = require('./on-approval') as typeof import('./on-approval');
  const options = parseArgs(process.argv.slice(2));
  runBench({ ...options, hooks: { onApprovalLatency: onApprovalSection() } }).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
