import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/files.js';

const SCRIPT = join(ROOT, 'scripts/check-self-contained.sh');
const BRIEF = ['DESIGN', 'md'].join('.');
const SIBLING = ['..', 'shared'].join('/');

/** Runs the CI check in a new git repository holding `files` (path → text), tracked. */
function checkRepository(files: Record<string, string>): { status: number | null; stdout: string } {
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-self-contained-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    spawnSync('git', ['init', '-q'], { cwd: folder });
    spawnSync('git', ['add', '-A'], { cwd: folder });
    const { status, stdout } = spawnSync('bash', [SCRIPT], { cwd: folder, encoding: 'utf8' });
    return { status, stdout };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the self-containment check of CI', () => {
  it('lists each file and line that names the brief or climbs above the repository', () => {
    const { status, stdout } = checkRepository({
      'README.md': `# Title\n\nSee ${BRIEF} and ${SIBLING}/notes.\n`,
      'test/node/fixtures.ts': `const a = 1;\nconst url = new URL('../../${SIBLING}/x.json', import.meta.url);\n`,
    });
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      `README.md:3:See ${BRIEF} and ${SIBLING}/notes.`,
      'README.md:3: a path outside the repository',
      'test/node/fixtures.ts:2: a path outside the repository',
      'The repository must stand alone: the lines above refer to files outside it.',
    ]);
  });

  it('passes relative paths that stay inside the repository', () => {
    const { status, stdout } = checkRepository({
      'src/components/quote/quote.ts': `import { define } from '${SIBLING}/define.js';\n`,
      'src/components/common/define.ts': 'export const define = 1;\n',
      'docs/guide.md': 'Nothing outside.\n',
    });
    assert.equal(stdout, '');
    assert.equal(status, 0);
  });
});
