import { cohortSolveSection, qualitySection, runBench, scoringCostSection } from '../../bench/run';
import type { BenchSection } from '../../bench/run';

describe('the matching benchmark', () => {
  const small = () => [
    scoringCostSection([100]),
    cohortSolveSection([[60, 60]]),
    qualitySection([1000]),
  ];

  it('prints one JSON object, with the on-approval section an integrator adds', async () => {
    const lines: string[] = [];
    const onApprovalLatency: BenchSection<{ p50Ms: number }> = {
      name: 'anything',
      measure: () => ({ p50Ms: 12 }),
      print: (result, write) => write(`p50 ${result.p50Ms} ms`),
    };

    await runBench({
      json: true,
      sections: small(),
      hooks: { onApprovalLatency: onApprovalLatency as BenchSection },
      write: (line) => lines.push(line),
    });

    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]);
    expect(report.onApprovalLatency).toEqual({ p50Ms: 12 });
    expect(report.scoringCost[0]).toMatchObject({ members: 100, sampledMentees: 59 });
    expect(report.cohortSolve[0]).toMatchObject({ mentors: 60, mentees: 60 });
    expect(report.quality[0].spread.simulated[0].matchRate).toBeGreaterThan(0.9);
    const met = report.goals.map((goal: { met: boolean | null }) => goal.met);
    expect(met).toEqual([null, null, null, true]);
  });

  it('says the on-approval latency was not measured when no section is given', async () => {
    const lines: string[] = [];

    await runBench({ json: false, sections: small(), write: (line) => lines.push(line) });

    const report = lines.join('\n');
    expect(report).toMatch(/Scoring cost per candidate/);
    expect(report).toMatch(/Whole-cohort optimum/);
    expect(report).toMatch(/spread .* by score/s);
    expect(report).toMatch(/On-approval latency: not measured/);
    expect(report).toMatch(/Goals \(shown, not asserted\)/);
  });
});
