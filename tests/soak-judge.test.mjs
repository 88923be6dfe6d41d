// The soak's verdict on samples made up to look like a flat run with busy moments, a leak,
// a wasm memory that steps once and one that keeps stepping, and a frame time that creeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judge } from '../tools/soak.mjs';

const KB = 1024;
/** Samples every 5 s for 60 s with the heap, wasm memory and frame time given per sample. */
function run(heap, wasm = () => 1600 * KB, frame = () => 1.2) {
  return Array.from({ length: 13 }, (_, i) => ({
    t: i * 5, heap: heap(i) * KB, wasm: wasm(i), frameWorkLow: frame(i), frameMs: 16.7, frames: 300,
  }));
}

test('a flat heap with busy moments above its floor passes', () => {
  // The production-cluster run that failed on the median: 2,081 KB → 2,313 KB at the end.
  const heap = [2279, 2077, 2047, 2182, 2081, 2085, 2199, 2199, 2312, 2150, 2313, 2502, 2150];
  assert.deepEqual(judge(run((i) => heap[i]), 15).reasons, []);
});

test('a heap whose floor keeps rising fails', () => {
  const { reasons } = judge(run((i) => 2000 + i * 60 + (i % 2) * 100), 15);
  assert.equal(reasons.length, 1);
  assert.match(reasons[0], /^JS heap grew/);
});

test('wasm memory that steps up once passes; one that keeps stepping fails', () => {
  const once = (i) => (i < 4 ? 1536 : 1728) * KB;
  assert.deepEqual(judge(run(() => 2000, once), 15).reasons, []);
  const leak = (i) => (1536 + i * 64) * KB;
  assert.match(judge(run(() => 2000, leak), 15).reasons.join(), /wasm memory grew/);
});

test('a frame time that creeps upward fails, a noisy flat one passes', () => {
  assert.match(judge(run(() => 2000, undefined, (i) => 1 + i * 0.2), 15).reasons.join(), /frame time trends upward/);
  assert.deepEqual(judge(run(() => 2000, undefined, (i) => 1.2 + (i % 3) * 0.3), 15).reasons, []);
});
