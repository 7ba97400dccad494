import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_INDEX, demoArchive } from '../../scripts/demo-archive.js';
import { folderFiles, root } from './archive-helpers.js';

describe('the demo archive', () => {
  it('is the index of its episodes and the bundled interview as they are now (npm run archive:demo)', async () => {
    const { files, skipped } = await demoArchive(root);
    assert.deepEqual(skipped, []);
    const committed = await folderFiles(join(root, DEMO_INDEX));
    assert.deepEqual([...committed.keys()].sort(), [...files.keys()].sort());
    for (const [path, content] of files) assert.equal(committed.get(path), content, path);
  });
});
