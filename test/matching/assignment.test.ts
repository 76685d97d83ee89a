import { Random } from '../../bench/population';
import {
  AssignmentSolver,
  certifiesOptimum,
  graphFromEdges,
  solveAssignment,
} from '../../src/matching/engine/assignment';

type Weights = Array<Array<number | null>>;

/** Every way of giving each row one column or none, within capacities: the best total. */
function bruteForceBest(capacity: number[], weights: Weights): number {
  const load = capacity.map(() => 0);
  let best = 0;
  const visit = (row: number, total: number): void => {
    if (row === weights.length) {
      best = Math.max(best, total);
      return;
    }
    visit(row + 1, total);
    weights[row].forEach((weight, col) => {
      if (weight === null || load[col] >= capacity[col]) return;
      load[col]++;
      visit(row + 1, total + weight);
      load[col]--;
    });
  };
  visit(0, 0);
  return best;
}

function edgesOf(weights: Weights): Array<[number, number, number]> {
  const edges: Array<[number, number, number]> = [];
  weights.forEach((row, r) => row.forEach((w, c) => w !== null && edges.push([r, c, w])));
  return edges;
}

function randomProblem(random: Random, density = 0.6): { capacity: number[]; weights: Weights } {
  const rows = random.int(1, 7);
  const capacity = Array.from({ length: random.int(1, 4) }, () => random.int(0, 3));
  const weights = Array.from({ length: rows }, () =>
    capacity.map(() => (random.chance(density) ? random.int(-5, 40) : null)),
  );
  return { capacity, weights };
}

function loads(rowMate: Int32Array, columns: number): number[] {
  const load = new Array<number>(columns).fill(0);
  rowMate.forEach((col) => col >= 0 && load[col]++);
  return load;
}

describe('the assignment solver', () => {
  it('finds the best total that brute force finds, on 2,000 random small problems', () => {
    const random = new Random(20240501);
    for (let trial = 0; trial < 2000; trial++) {
      const { capacity, weights } = randomProblem(random);
      const graph = graphFromEdges(weights.length, capacity, edgesOf(weights));

      const assignment = solveAssignment(graph);

      expect(assignment.total).toBe(bruteForceBest(capacity, weights));
    }
  });

  it('never puts more rows in a column than its capacity, nor a row on a missing edge', () => {
    const random = new Random(7);
    for (let trial = 0; trial < 500; trial++) {
      const { capacity, weights } = randomProblem(random);

      const { rowMate, rowWeight } = solveAssignment(
        graphFromEdges(weights.length, capacity, edgesOf(weights)),
      );

      loads(rowMate, capacity.length).forEach((load, col) => {
        expect(load).toBeLessThanOrEqual(capacity[col]);
      });
      rowMate.forEach((col, row) => {
        if (col >= 0) expect(weights[row][col]).toBe(rowWeight[row]);
      });
    }
  });

  it('proves each result optimal with its duals', () => {
    const random = new Random(99);
    for (let trial = 0; trial < 500; trial++) {
      const { capacity, weights } = randomProblem(random);
      const graph = graphFromEdges(weights.length, capacity, edgesOf(weights));

      expect(certifiesOptimum(graph, solveAssignment(graph))).toBe(true);
    }
  });

  it('leaves a row unmatched rather than take an edge of negative weight', () => {
    const graph = graphFromEdges(2, [1], [
      [0, 0, -3],
      [1, 0, 5],
    ]);

    const assignment = solveAssignment(graph);

    expect(Array.from(assignment.rowMate)).toEqual([-1, 0]);
    expect(assignment.total).toBe(5);
  });

  it('gives a column to the pair of rows that together score most, not the best single row', () => {
    // Row 0 likes column 0 best, but only row 0 can use column 1: the optimum moves it.
    const graph = graphFromEdges(2, [1, 1], [
      [0, 0, 10],
      [0, 1, 8],
      [1, 0, 9],
    ]);

    const assignment = solveAssignment(graph);

    expect(Array.from(assignment.rowMate)).toEqual([1, 0]);
    expect(assignment.total).toBe(17);
  });

  it('stays optimal when rows are revised with new edges and placed again', () => {
    const random = new Random(3);
    for (let trial = 0; trial < 500; trial++) {
      const { capacity, weights } = randomProblem(random, 0.4);
      const before = graphFromEdges(weights.length, capacity, edgesOf(weights));
      const solver = new AssignmentSolver(before);
      solver.solve();

      const revised = weights.flatMap((row, r) => (random.chance(0.4) ? [r] : []));
      for (const r of revised) {
        weights[r] = weights[r].map((w) => w ?? (random.chance(0.5) ? random.int(0, 45) : null));
      }
      const graph = graphFromEdges(weights.length, capacity, edgesOf(weights));
      solver.revise(graph, revised);
      const assignment = solver.solve();

      expect(assignment.total).toBe(bruteForceBest(capacity, weights));
      expect(certifiesOptimum(graph, assignment)).toBe(true);
    }
  });

  it('refuses a revised graph with other rows or columns', () => {
    const solver = new AssignmentSolver(graphFromEdges(1, [1], [[0, 0, 1]]));

    expect(() => solver.revise(graphFromEdges(2, [1], [[0, 0, 1]]), [0])).toThrow(RangeError);
  });
});
