import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interview } from '../../src/data/interview.js';
import { emailProblems } from './email-html-validate.js';
import { verbatim } from './helpers/cli.js';

const FIXTURE = 'test/node/fixtures/email-transcript.json';

describe('verbatim email-card', () => {
  it('--list lists the topics of the bundled interview, id and title', async () => {
    const { status, stdout, stderr } = await verbatim(['email-card', '--list']);
    assert.equal(status, 0, stderr);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((line) => line.split(/\s+/)[0]), interview.topics.map((topic) => topic.id));
    assert.ok(lines[0]!.endsWith(interview.topics[0]!.title));
  });

  it('writes a topic card of the bundled interview that passes the email checks', async () => {
    const topic = interview.topics.at(-1)!;
    const { status, stdout, stderr } = await verbatim(['email-card', topic.id, '--href', 'https://example.org/talk.html']);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^<!--\[if mso\]>/);
    assert.ok(stdout.includes(`href="https://example.org/talk.html#verbatim-${topic.segments[0]}"`));
    assert.deepEqual(emailProblems(stdout), []);
  });

  it('--document wraps the card in a complete document; --src reads another transcript', async () => {
    const { status, stdout, stderr } = await verbatim(['email-card', 'engines', '--src', FIXTURE, '--document', '--accent', '#036', '--width', '480']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(stdout.includes('<title>Engines that compute</title>'));
    assert.ok(stdout.includes('max-width:480px;') && stdout.includes('#003366'));
    assert.deepEqual(emailProblems(stdout), []);
  });

  it('--text writes the plain-text part', async () => {
    const { status, stdout } = await verbatim(['email-card', 'goodbye', '--src', FIXTURE, '--text', '--href', 'https://example.org/t']);
    assert.equal(status, 0);
    assert.equal(stdout, 'Goodbye\n=======\n\nAda thanks her guests.\n\nWith Ada Lovelace\n\nRead this part of the conversation:\nhttps://example.org/t#verbatim-s006\n');
  });

  it('exits with 2 for an unknown topic, naming the closest and the valid ids', async () => {
    const { status, stdout, stderr } = await verbatim(['email-card', 'engine', '--src', FIXTURE]);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'verbatim email-card: No topic "engine" in this transcript. Closest: "engines", "hostile", "goodbye".\nValid topic ids: engines, hostile, goodbye.\n');
  });

  it('exits with 2 for a link an email cannot use, a bad accent or width, or a wrong command line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['engines', '--href', 'talk.html'], /The link "talk\.html" cannot be used in an email: it must be an absolute http:\/\/ or https:\/\/ URL/],
      [['engines', '--href', 'javascript:alert(1)'], /cannot be used in an email/],
      [['engines', '--accent', 'red'], /The accent colour "red" must be a hex colour/],
      [['engines', '--width', '700'], /The width 700 must be a whole number of pixels from 320 to 600/],
      [['engines', '--width', 'wide'], /--width must be a whole number of pixels, not "wide"/],
      [[], /expected one topic id or --list/],
      [['engines', 'goodbye'], /expected one topic id or --list/],
      [['engines', '--colour', 'red'], /Unknown option '--colour'/],
      [['engines', '--document', '--text'], /cannot be combined/],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = await verbatim(['email-card', ...args, '--src', FIXTURE]);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, message, args.join(' '));
      assert.match(stderr, /^verbatim email-card: /);
    }
  });

  it('exits with 1 and one line on stderr for a transcript that cannot be read', async () => {
    const broken = await verbatim(['email-card', 'engines', '--src', 'test/node/fixtures/email-broken.json']);
    assert.equal(broken.status, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /^verbatim email-card: test\/node\/fixtures\/email-broken\.json: line 3: This is not valid JSON \(.+\)\.\n$/);
    const missing = await verbatim(['email-card', '--list', '--src', 'test/node/fixtures/email-missing.json']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'verbatim email-card: cannot read test/node/fixtures/email-missing.json: ENOENT\n');
  });

  it('is listed by verbatim --help', async () => {
    const { status, stdout } = await verbatim(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^ {2}email-card +a topic card as email-safe HTML/m);
  });
});
