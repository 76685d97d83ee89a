/**
 * Exact maximum-weight b-matching on a bipartite graph: each row (a mentee) takes at most one
 * column (a mentor), each column takes at most its capacity, and a row may stay unmatched.
 *
 * It adds one row at a time along a shortest augmenting path (Dijkstra on reduced costs, as
 * in the Hungarian method), which keeps the assignment of the rows added so far optimal. A
 * row's way of staying unmatched is a private column of weight 0, so that displacing a row
 * into it is just another path. Columns hold all their rows under one potential, which is
 * what lets capacity be handled without copying a mentor once per slot.
 *
 * An AssignmentSolver can also take rows out and place them again after their edges change,
 * keeping the rest: that is how a caller grows a pruned graph without solving from scratch.
 *
 * The result carries LP duals: every edge has weight <= rowDual + colDual, with equality on
 * matched edges; rows left unmatched and columns with room have dual 0. That certificate is
 * what lets a caller solve on a pruned graph and prove the result optimal on the full one.
 * With whole-number weights all arithmetic is exact; with fractional weights, rounding can
 * cost optimality by a few units in the last place.
 */
import { createState, reverseIndex, snapshot } from './assignment-state';
import type { SolverState } from './assignment-state';
import { placeRow, unplaceRow } from './assignment-search';

/** Edges of row r: colIndex[e] and weight[e] for e from rowStart[r] to rowStart[r + 1]. */
export interface BipartiteGraph {
  readonly rowCount: number;
  readonly colCount: number;
  readonly capacity: Int32Array;
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly weight: Float64Array;
}

export interface Assignment {
  /** The column of each row, or -1. */
  readonly rowMate: Int32Array;
  /** The weight of each row's edge, 0 when unmatched. */
  readonly rowWeight: Float64Array;
  readonly colLoad: Int32Array;
  readonly total: number;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
}

/** Builds a graph from [row, column, weight] triples; a repeated pair keeps both edges. */
export function graphFromEdges(
  rowCount: number,
  capacity: ArrayLike<number>,
  edges: ReadonlyArray<readonly [number, number, number]>,
): BipartiteGraph {
  const rowStart = new Int32Array(rowCount + 1);
  for (const [row] of edges) rowStart[row + 1]++;
  for (let r = 0; r < rowCount; r++) rowStart[r + 1] += rowStart[r];

  const fill = rowStart.slice(0, rowCount);
  const colIndex = new Int32Array(edges.length);
  const weight = new Float64Array(edges.length);
  for (const [row, col, w] of edges) {
    colIndex[fill[row]] = col;
    weight[fill[row]++] = w;
  }
  const caps = Int32Array.from(capacity);
  return { rowCount, colCount: caps.length, capacity: caps, rowStart, colIndex, weight };
}

/** The maximum-weight assignment with its dual certificate. */
export function solveAssignment(graph: BipartiteGraph): Assignment {
  return new AssignmentSolver(graph).solve();
}

/** A solver that keeps its state, so that rows can be revised and the optimum found again. */
export class AssignmentSolver {
  private readonly state: SolverState;

  constructor(graph: BipartiteGraph) {
    this.state = createState(graph);
  }

  /** Places every row not placed yet, best edge first, and returns the optimum so far. */
  solve(): Assignment {
    const s = this.state;
    for (const row of rowsByBestEdge(s.g)) {
      if (s.placed[row] === 0) placeRow(s, row);
    }
    return snapshot(s);
  }

  /**
   * Switches to `graph`, which must differ from the current one only in the edges of `rows`,
   * and takes those rows out so that the next solve() places them again.
   */
  revise(graph: BipartiteGraph, rows: Iterable<number>): void {
    const s = this.state;
    if (graph.rowCount !== s.g.rowCount || graph.colCount !== s.g.colCount) {
      throw new RangeError('a revised graph must keep its rows and columns');
    }
    const revised = [...rows];
    for (const row of revised) s.placed[row] = 0;

    s.g = graph;
    s.reverse = reverseIndex(graph);
    for (const row of revised) unplaceRow(s, row);
  }
}

/** True when the duals prove the assignment optimal for this graph (see the module note). */
export function certifiesOptimum(graph: BipartiteGraph, a: Assignment): boolean {
  for (let r = 0; r < graph.rowCount; r++) {
    if (a.rowDual[r] < 0 || (a.rowMate[r] < 0 && a.rowDual[r] !== 0)) return false;
    for (let e = graph.rowStart[r]; e < graph.rowStart[r + 1]; e++) {
      const slack = a.rowDual[r] + a.colDual[graph.colIndex[e]] - graph.weight[e];
      if (slack < 0) return false;
      if (graph.colIndex[e] === a.rowMate[r] && graph.weight[e] === a.rowWeight[r] && slack !== 0) {
        return false;
      }
    }
  }
  for (let c = 0; c < graph.colCount; c++) {
    if (a.colDual[c] < 0 || (a.colLoad[c] < graph.capacity[c] && a.colDual[c] !== 0)) return false;
  }
  return true;
}

/**
 * Rows with edges, best edge first. Any order gives the optimum; this one settles the most
 * sought-after columns early, which roughly halves the search on crowded problems.
 */
function rowsByBestEdge(g: BipartiteGraph): Int32Array {
  const best = new Float64Array(g.rowCount).fill(-Infinity);
  for (let r = 0; r < g.rowCount; r++) {
    for (let e = g.rowStart[r]; e < g.rowStart[r + 1]; e++) {
      best[r] = Math.max(best[r], g.weight[e]);
    }
  }
  const rows = Int32Array.from({ length: g.rowCount }, (_, r) => r).filter(
    (r) => best[r] > -Infinity,
  );
  return rows.sort((a, b) => best[b] - best[a] || a - b);
}
