import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  test: {
    globalSetup: ["tests/global-setup.ts"],
    // Cheaper password hashing in every test file (the file says why and what still holds).
    setupFiles: ["tests/setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/unit/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One file per core (Vitest's default leaves one core free, so a single file at a time
          // on two): a file spends much of its time waiting on its database, a command it started
          // or a poll, and the other file uses the core meanwhile.
          maxWorkers: availableParallelism(),
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          // Added to the root's: one Chromium shared by every browser test file.
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
