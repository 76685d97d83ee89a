/**
 * The state the assignment solver keeps between searches: who sits in which column, the
 * column potentials, and scratch space for Dijkstra's searches (assignment-search.ts). Rows
 * sit in a column's slots [slotStart, slotStart + load) with no gaps.
 */
import type { Assignment, BipartiteGraph } from './assignment';
import { NodeHeap } from './node-heap';

export interface SolverState {
  g: BipartiteGraph;
  /** Rows with an edge into each column, for searches that run from columns to rows. */
  reverse: ReverseIndex | null;
  /** Column potentials, never above 0; a column's dual price is the negation. */
  readonly potential: Float64Array;
  readonly load: Int32Array;
  readonly slotStart: Int32Array;
  readonly slotRow: Int32Array;
  /** The column of each row, or -1 when it is unmatched or not placed yet. */
  readonly rowMate: Int32Array;
  readonly rowSlot: Int32Array;
  readonly rowWeight: Float64Array;
  /** 1 once a row is placed (in a column or knowingly unmatched). */
  readonly placed: Uint8Array;
  /** Search scratch over up to 2 * colCount + rowCount nodes (see the searches). */
  readonly dist: Float64Array;
  readonly seen: Int32Array;
  readonly done: Int32Array;
  readonly pred: Int32Array;
  readonly predCol: Int32Array;
  readonly predWeight: Float64Array;
  readonly scanned: Int32Array;
  scannedCount: number;
  stamp: number;
  readonly heap: NodeHeap;
}

export interface ReverseIndex {
  readonly colStart: Int32Array;
  readonly rows: Int32Array;
  readonly weights: Float64Array;
}

export function createState(g: BipartiteGraph): SolverState {
  const nodes = 2 * g.colCount + g.rowCount;
  const slotStart = new Int32Array(g.colCount + 1);
  for (let c = 0; c < g.colCount; c++) {
    slotStart[c + 1] = slotStart[c] + Math.max(0, g.capacity[c]);
  }

  return {
    g,
    reverse: null,
    potential: new Float64Array(g.colCount),
    load: new Int32Array(g.colCount),
    slotStart,
    slotRow: new Int32Array(slotStart[g.colCount]),
    rowMate: new Int32Array(g.rowCount).fill(-1),
    rowSlot: new Int32Array(g.rowCount),
    rowWeight: new Float64Array(g.rowCount),
    placed: new Uint8Array(g.rowCount),
    dist: new Float64Array(nodes),
    seen: new Int32Array(nodes),
    done: new Int32Array(g.colCount),
    pred: new Int32Array(nodes),
    predCol: new Int32Array(nodes),
    predWeight: new Float64Array(nodes),
    scanned: new Int32Array(g.colCount),
    scannedCount: 0,
    stamp: 0,
    heap: new NodeHeap(),
  };
}

export function joinColumn(s: SolverState, row: number, col: number, weight: number): void {
  const slot = s.slotStart[col] + s.load[col]++;
  s.slotRow[slot] = row;
  s.rowMate[row] = col;
  s.rowSlot[row] = slot;
  s.rowWeight[row] = weight;
}

/** Takes a row out of its column, moving the column's last row into the gap. */
export function leaveColumn(s: SolverState, row: number): void {
  const col = s.rowMate[row];
  const last = s.slotStart[col] + --s.load[col];
  const moved = s.slotRow[last];
  s.slotRow[s.rowSlot[row]] = moved;
  s.rowSlot[moved] = s.rowSlot[row];
  s.rowMate[row] = -1;
  s.rowWeight[row] = 0;
}

export function reverseIndex(g: BipartiteGraph): ReverseIndex {
  const colStart = new Int32Array(g.colCount + 1);
  for (let e = 0; e < g.colIndex.length; e++) colStart[g.colIndex[e] + 1]++;
  for (let c = 0; c < g.colCount; c++) colStart[c + 1] += colStart[c];

  const fill = colStart.slice(0, g.colCount);
  const rows = new Int32Array(g.colIndex.length);
  const weights = new Float64Array(g.colIndex.length);
  for (let r = 0; r < g.rowCount; r++) {
    for (let e = g.rowStart[r]; e < g.rowStart[r + 1]; e++) {
      const at = fill[g.colIndex[e]]++;
      rows[at] = r;
      weights[at] = g.weight[e];
    }
  }
  return { colStart, rows, weights };
}

/** A snapshot of the assignment with its duals, independent of later changes. */
export function snapshot(s: SolverState): Assignment {
  const rowDual = new Float64Array(s.g.rowCount);
  let total = 0;
  for (let r = 0; r < s.g.rowCount; r++) {
    if (s.rowMate[r] < 0) continue;
    total += s.rowWeight[r];
    rowDual[r] = s.rowWeight[r] + s.potential[s.rowMate[r]];
  }

  return {
    rowMate: s.rowMate.slice(),
    rowWeight: s.rowWeight.slice(),
    colLoad: s.load.slice(),
    total,
    rowDual,
    colDual: s.potential.map((p) => (p === 0 ? 0 : -p)),
  };
}
