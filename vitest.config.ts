import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/build-web.ts"],
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
});
