import { defineConfig } from 'vitest/config';

// Two projects: `unit` gives strings (or a temp folder) to one module and reads back data, with no browser, no
// compiled lib/, no child process and no CLI run, so it runs in seconds (`npm run test:unit`); `e2e` is everything
// else. New unit tests go under tests/unit/, mirroring src/; the older files that already qualify are listed here
// (they stay where they are so that nothing moves under parallel work).
const unit = [
  'tests/unit/**/*.test.ts',
  'tests/config/colour.test.ts',
  'tests/model/blocks.test.ts',
  'tests/model/deck.test.ts',
  'tests/model/timing.test.ts',
  'tests/outline/attributes.test.ts',
  'tests/outline/dialects.test.ts',
  'tests/outline/fences.test.ts',
  'tests/outline/front-matter.test.ts',
  'tests/outline/split.test.ts',
  'tests/render/balance.test.ts',
  'tests/render/deck.test.ts',
  'tests/render/handout-html.test.ts',
  'tests/render/stable-ids.test.ts',
  'tests/render/typography.test.ts',
  'tests/export/page-workers.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    // e2e files start Chromium; two at a time suit a 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // Unit files share one module graph per worker (isolate: false): importing it once, not once per file, is
      // most of what makes the loop fast. They keep no state between files.
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      { extends: true, test: { name: 'e2e', include: ['tests/**/*.test.ts'], exclude: ['**/node_modules/**', ...unit] } },
    ],
  },
});
