import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { interview } from '../../src/data/interview.js';
import { loadInterviewProvenance } from '../../src/data/provenance.js';
import { verbatim } from './helpers/cli.js';

describe('verbatim check: provenance of the bundled interview', () => {
  it('says in how many places the interview corrects the automatic captions', async () => {
    const { corrections } = await loadInterviewProvenance();
    const { status, stdout } = await verbatim(['check', 'src/data/interview.json']);
    assert.equal(status, 0);
    assert.match(stdout, new RegExp(`^Corrected from the automatic captions in ${corrections.length} places \\(--corrections lists them\\)\\.$`, 'm'));
  });

  it('lists every correction with --corrections', async () => {
    const { corrections } = await loadInterviewProvenance();
    const { status, stdout } = await verbatim(['check', 'src/data/interview.json', '--corrections']);
    assert.equal(status, 0);
    const listed = stdout.split('\n').filter((line) => line.startsWith('  '));
    assert.equal(listed.length, corrections.length);
    const stark = corrections.find((correction) => correction.raw === 'Tony Start')!;
    assert.ok(listed.includes(`  ${stark.segment}: "Tony Start" → "Tony Stark" (${stark.reason})`));
  });

  it('says nothing of the kind for another transcript, even one with the interview\'s id', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-check-'));
    const file = join(folder, 'edited.json');
    const quoted = new Set(interview.quotes.map((quote) => quote.segment));
    const unquoted = interview.segments.find((segment) => !quoted.has(segment.id))!;
    const edited = { ...interview, segments: interview.segments.map((segment) => (segment === unquoted ? { ...segment, text: 'Words of my own.' } : segment)) };
    writeFileSync(file, JSON.stringify(edited));
    const { status, stdout } = await verbatim(['check', file]);
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /automatic captions/);
  });
});
