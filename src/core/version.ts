/** The package version, for URLs of the CDN build (test/node/embed.test.ts keeps it equal to package.json's). */
export const VERSION = '0.1.0';
