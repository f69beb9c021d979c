// The one test command: every check runs, each test is counted, and the last line is
// `N passed, N failed` (the format CI reads). Exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(command, args, env = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(name, command, args) {
  if (run(command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

/** A vitest run whose tests are counted one by one from its JSON report. */
function vitest(name, config) {
  const report = `${resultsDir}/${name}.json`;
  rmSync(report, { force: true });
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that fails to load has no tests but must still fail the run.
  const brokenSuites = json.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0);
  failed += brokenSuites.length;
  for (const s of json.testResults) {
    for (const t of s.assertionResults) if (t.status === 'failed') failures.push(`${name}: ${t.fullName}`);
  }
  for (const s of brokenSuites) failures.push(`${name}: ${s.name} did not load`);
  if (!ok && json.numFailedTests === 0 && brokenSuites.length === 0) {
    failed += 1;
    failures.push(`${name} (runner failed)`);
  }
}

check('typecheck', 'npx', ['tsc', '-b', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit', 'vitest.config.ts');
check('build', 'npx', ['electron-vite', 'build']);
check('electronegativity', 'node', ['test/electronegativity.mjs']);
vitest('e2e', 'vitest.e2e.config.ts');

if (failures.length > 0) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
