import assert from 'node:assert/strict';
import { it } from 'node:test';
import { formatTime } from '../../src/core/index.js';

it('formatTime writes minutes:seconds, with hours when there are any', () => {
  assert.deepEqual([0, 5.9, 65, 600, 3599, 3723, 36000].map(formatTime), ['0:00', '0:05', '1:05', '10:00', '59:59', '1:02:03', '10:00:00']);
  assert.deepEqual([-1, Number.NaN, Number.POSITIVE_INFINITY].map(formatTime), ['0:00', '0:00', '0:00']);
});
