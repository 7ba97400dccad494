// The email checks on what ships: the built `verbatim` command (dist/cli.js) renders the card of
// every topic of the bundled interview, as a fragment and as a document, and each must pass
// the email checks of the test suite (test/node/email-html-validate.ts). Run after the build.
import { execFileSync } from 'node:child_process';
import { emailProblems } from '../test/node/email-html-validate.js';

const cli = (...args: string[]): string => execFileSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

const topics = cli('email-card', '--list').split('\n').map((line) => line.trim().split(/\s+/)[0]).filter(Boolean) as string[];
if (topics.length === 0) throw new Error('email-card --list printed no topics');
let failures = 0;
for (const topic of topics) {
  for (const extra of [[], ['--document']]) {
    const html = cli('email-card', topic, '--href', 'https://example.org/interview.html', ...extra);
    const problems = emailProblems(html);
    if (problems.length > 0) failures++;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${topic} ${extra.join(' ')}${problems.map((problem) => `\n     ${problem}`).join('')}`);
  }
}
console.log(`${topics.length} topics checked, ${failures} failed`);
process.exit(failures ? 1 : 0);
