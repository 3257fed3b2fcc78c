/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // office-addin-manifest (CommonJS) requires two ESM-only packages, uuid 14 and strip-bom 5,
    // which jest cannot require on Node < 24.9: they alone are compiled to CommonJS.
    "/node_modules/(?:.*/node_modules/)?(?:uuid|strip-bom)/.+\\.js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, isolatedModules: true, module: "commonjs", target: "ES2022" } },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(?:.*/node_modules/)?(?:uuid|strip-bom)/)"],
};
