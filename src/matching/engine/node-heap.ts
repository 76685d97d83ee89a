/**
 * A binary min-heap of (key, node) pairs in typed arrays, for Dijkstra's search. Entries are
 * never updated in place: a node pushed again with a smaller key simply wins, and the caller
 * skips the stale copy when it comes out. Equal keys come out smallest node first.
 */
export class NodeHeap {
  private keys = new Float64Array(256);
  private nodes = new Int32Array(256);
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(key: number, node: number): void {
    if (this.count === this.keys.length) this.grow();

    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!precedes(key, node, this.keys[parent], this.nodes[parent])) break;
      this.keys[i] = this.keys[parent];
      this.nodes[i] = this.nodes[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes and returns the node with the smallest key; the heap must not be empty. */
  pop(): number {
    const top = this.nodes[0];
    const last = --this.count;
    if (last > 0) this.siftDown(this.keys[last], this.nodes[last], last);
    return top;
  }

  private siftDown(key: number, node: number, end: number): void {
    const { keys, nodes } = this;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= end) break;
      const right = child + 1;
      if (right < end && precedes(keys[right], nodes[right], keys[child], nodes[child])) {
        child = right;
      }
      if (!precedes(keys[child], nodes[child], key, node)) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}

function precedes(key: number, node: number, otherKey: number, otherNode: number): boolean {
  return key < otherKey || (key === otherKey && node < otherNode);
}
