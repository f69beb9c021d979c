/**
 * Trains the relevance model (shared/extract/relevance.ts) on the labelled postmortems.
 *
 *   npm run train                       learn from every set, write shared/extract/relevance-weights.ts
 *   npm run train -- --measure blind4   learn from the other sets, print the held-out set's scores, write nothing
 */
import { writeFileSync } from 'node:fs';
import { loadGoldCases } from '../unit/shared/extract/gold';
import { examples, measure, train, TRAINING_SETS, WEIGHTS_FILE, weightsModule } from './relevance-training';

function main(): void {
  const flag = process.argv.indexOf('--measure');
  const heldOut = flag >= 0 ? (process.argv[flag + 1] ?? '').split(',') : [];
  const learnFrom = TRAINING_SETS.filter((s) => !heldOut.includes(s));
  const weights = train(examples(loadGoldCases(learnFrom)));
  if (heldOut.length > 0) {
    const cases = loadGoldCases(heldOut);
    console.log(`held out ${heldOut.join(', ')}: rules alone ${measure(cases, {})}`);
    console.log(`held out ${heldOut.join(', ')}: with the model ${measure(cases, weights)}`);
    return;
  }
  writeFileSync(WEIGHTS_FILE, weightsModule(weights, learnFrom));
  console.log(`${Object.keys(weights).length} weights written to ${WEIGHTS_FILE}`);
}

main();
