// axe-core (npm) run inside the page: accessibility violations as a list of
// "rule: target" strings, empty when there is none.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page) {
  // Evaluated from outside, not added as a <script>: a page under a strict
  // Content-Security-Policy (the editor's) refuses inline scripts, and
  // should.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  );
}
