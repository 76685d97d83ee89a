/**
 * The two searches of the assignment solver, both Dijkstra over reduced costs (costs are
 * negated weights, so reduced costs never go below 0). They share one module because a call
 * into another module goes through an accessor under some loaders and is not inlined.
 *
 * Placing a row: from the row to the nearest column with room, or to the nearest row that
 * may as well go unmatched, then every row on the path moves one step. Search nodes are the
 * columns, then one "unmatched" node per row (colCount + row).
 *
 * Taking a placed row out again (so that a row whose edges changed can be placed afresh):
 * when it leaves a column that has a price, that column now has room it is not entitled to at
 * that price. The free slot is passed on along the cheapest chain of moves (some row moves in,
 * leaving a slot in its own column, and so on) until it lands in a column that may hold it at
 * price 0, at the cost of dropping that column's price, or an unmatched row takes it. That
 * search runs from columns to the rows that could move into them. Search nodes: columns;
 * colCount + column for "stop here"; 2 * colCount + row for "this unmatched row takes it".
 */
import { joinColumn, leaveColumn } from './assignment-state';
import type { SolverState } from './assignment-state';

/** Places `source` optimally; the rows placed before stay optimal. */
export function placeRow(s: SolverState, source: number): void {
  startSearch(s);
  relaxRow(s, source, 0);

  const target = nearestTarget(s);
  settlePotentials(s, s.dist[target], 1);
  augment(s, source, target);
  s.placed[source] = 1;
}

function nearestTarget(s: SolverState): number {
  const { g, load } = s;
  for (;;) {
    const node = s.heap.pop();
    if (node >= g.colCount) return node;
    if (s.done[node] === s.stamp) continue;
    if (load[node] < g.capacity[node]) return node;

    scan(s, node);
    const offset = s.dist[node] + s.potential[node];
    for (let slot = s.slotStart[node], end = slot + load[node]; slot < end; slot++) {
      const row = s.slotRow[slot];
      relaxRow(s, row, offset + s.rowWeight[row]);
    }
  }
}

/**
 * Offers the columns of `row`, and its staying unmatched, to the search. `offset` is the
 * distance at which the row was reached minus its dual variable.
 */
function relaxRow(s: SolverState, row: number, offset: number): void {
  const { g, done, potential, stamp } = s;
  for (let e = g.rowStart[row], end = g.rowStart[row + 1]; e < end; e++) {
    const col = g.colIndex[e];
    if (done[col] !== stamp) offer(s, col, offset - g.weight[e] - potential[col], row, g.weight[e]);
  }
  offer(s, g.colCount + row, offset, row, 0);
}

/** Moves each row on the path into the column that reached it, ending with the source. */
function augment(s: SolverState, source: number, target: number): void {
  let col: number;
  let slot: number;
  if (target >= s.g.colCount) {
    const leaving = target - s.g.colCount;
    if (leaving === source) return;
    col = s.rowMate[leaving];
    slot = s.rowSlot[leaving];
    s.rowMate[leaving] = -1;
    s.rowWeight[leaving] = 0;
  } else {
    col = target;
    slot = s.slotStart[col] + s.load[col]++;
  }

  for (;;) {
    const row = s.pred[col];
    const nextCol = s.rowMate[row];
    const nextSlot = s.rowSlot[row];
    s.slotRow[slot] = row;
    s.rowMate[row] = col;
    s.rowSlot[row] = slot;
    s.rowWeight[row] = s.predWeight[col];
    if (row === source) return;
    col = nextCol;
    slot = nextSlot;
  }
}

/** Needs `s.reverse` built for the current graph. */
export function unplaceRow(s: SolverState, row: number): void {
  s.placed[row] = 0;
  const col = s.rowMate[row];
  if (col < 0) return;

  leaveColumn(s, row);
  if (s.potential[col] < 0) releaseSlot(s, col);
}

function releaseSlot(s: SolverState, start: number): void {
  const n = s.g.colCount;
  startSearch(s);
  offer(s, start, 0, -1, 0);

  let target: number;
  for (;;) {
    target = s.heap.pop();
    if (target >= n) break;
    if (!scan(s, target)) continue;

    offer(s, n + target, s.dist[target] - s.potential[target], -1, 0);
    relaxInto(s, target);
  }
  settlePotentials(s, s.dist[target], -1);
  shiftRows(s, start, target);
}

/** Offers every placed row with an edge into `col` the move into it. */
function relaxInto(s: SolverState, col: number): void {
  const { colStart, rows, weights } = s.reverse!;
  const n = s.g.colCount;
  const base = s.dist[col] - s.potential[col];
  for (let i = colStart[col]; i < colStart[col + 1]; i++) {
    const row = rows[i];
    const from = s.rowMate[row];
    if (s.placed[row] === 0 || from === col) continue;

    if (from < 0) {
      if (offer(s, 2 * n + row, base - weights[i], row, weights[i])) s.predCol[2 * n + row] = col;
    } else if (s.done[from] !== s.stamp) {
      const d = base - weights[i] + s.rowWeight[row] + s.potential[from];
      if (offer(s, from, d, row, weights[i])) s.predCol[from] = col;
    }
  }
}

/** Applies the chain of moves that ends at `target`, starting from the column with room. */
function shiftRows(s: SolverState, start: number, target: number): void {
  const n = s.g.colCount;
  const moves: number[] = [];
  let col = target - n;
  if (target >= 2 * n) {
    col = s.predCol[target];
    moves.push(target - 2 * n, col, s.predWeight[target]);
  }
  while (col !== start) {
    moves.push(s.pred[col], s.predCol[col], s.predWeight[col]);
    col = s.predCol[col];
  }

  for (let i = moves.length - 3; i >= 0; i -= 3) {
    const row = moves[i];
    if (s.rowMate[row] >= 0) leaveColumn(s, row);
    joinColumn(s, row, moves[i + 1], moves[i + 2]);
  }
}

/** Starts a new search: fresh stamps, empty heap, nothing scanned. */
function startSearch(s: SolverState): void {
  s.stamp++;
  s.scannedCount = 0;
  s.heap.clear();
}

/**
 * Offers a node to the current search at distance `d`, through `row` and an edge of `weight`;
 * returns whether that is the shortest way to it so far.
 */
function offer(
  s: SolverState,
  node: number,
  d: number,
  row: number,
  weight: number,
): boolean {
  if (s.seen[node] === s.stamp && d >= s.dist[node]) return false;
  s.dist[node] = d;
  s.seen[node] = s.stamp;
  s.pred[node] = row;
  s.predWeight[node] = weight;
  s.heap.push(d, node);
  return true;
}

/** Marks a column scanned; returns false when it already was (a stale heap entry). */
function scan(s: SolverState, col: number): boolean {
  if (s.done[col] === s.stamp) return false;
  s.done[col] = s.stamp;
  s.scanned[s.scannedCount++] = col;
  return true;
}

/** Moves the potentials so that every edge keeps a non-negative reduced cost (see callers). */
function settlePotentials(s: SolverState, reach: number, sign: 1 | -1): void {
  for (let i = 0; i < s.scannedCount; i++) {
    const col = s.scanned[i];
    s.potential[col] += sign * (s.dist[col] - reach);
  }
}
