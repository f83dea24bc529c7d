// The stages of one direction of one link, as a linked list: adding, updating or removing a toxic costs O(1) per
// connection, and a chunk in flight keeps its place (it moves on to `next`) while the chain changes around it.
import type { Stage } from './toxic.js';

/** One toxic's place in a chain. */
export interface StageNode {
  readonly name: string;
  /** null: the toxicity roll skipped this connection, so the node passes data through. */
  stage: Stage | null;
  next: StageNode | undefined;
  prev: StageNode | undefined;
  /** Set on removal; a chunk still inside a removed node skips removed nodes on its way out. */
  removed: boolean;
}

/** An ordered chain of stages; new toxics go to the end, as in Toxiproxy. */
export class StageChain {
  head: StageNode | undefined;
  private tail: StageNode | undefined;
  private acting = 0;

  /** True when no node has a stage: the pump may move bytes straight through (the fast path). */
  get passThrough(): boolean {
    return this.acting === 0;
  }

  /** Add a node at the end. */
  append(name: string, stage: Stage | null): StageNode {
    const node: StageNode = { name, stage, next: undefined, prev: this.tail, removed: false };
    if (this.tail === undefined) this.head = node;
    else this.tail.next = node;
    this.tail = node;
    if (stage !== null) this.acting++;
    return node;
  }

  /** Swap a node's stage (a toxic update). */
  replace(node: StageNode, stage: Stage | null): void {
    if (node.stage !== null) this.acting--;
    if (stage !== null) this.acting++;
    node.stage = stage;
  }

  /** Unlink a node; its own `next` is kept so a chunk inside it can still move on. */
  remove(node: StageNode): void {
    if (node.removed) return;
    node.removed = true;
    if (node.stage !== null) this.acting--;
    if (node.prev === undefined) this.head = node.next;
    else node.prev.next = node.next;
    if (node.next === undefined) this.tail = node.prev;
    else node.next.prev = node.prev;
  }
}

/** The first live node at or after `node`. */
export function liveFrom(node: StageNode | undefined): StageNode | undefined {
  let n = node;
  while (n !== undefined && n.removed) n = n.next;
  return n;
}
